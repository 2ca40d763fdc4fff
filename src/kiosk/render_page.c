/* render_page: the open document's layout and its page textures.
 *
 * Owns the Layout of the document the reader shows (redone when the
 * document, the text size or the screen changes, keeping the first character
 * of the page in view) and a small cache of drawn pages, so a page turn is a
 * texture copy. Screens and bars are render.c's. */
#include <stdio.h>

#include "font_sdl.h"
#include "render_internal.h"

void render_drop_pages(Render *r)
{
    for (int i = 0; i < RENDER_PAGE_CACHE; i++) {
        if (r->pages[i].tex) SDL_DestroyTexture(r->pages[i].tex);
        r->pages[i].tex = NULL;
    }
}

void render_drop_layout(Render *r)
{
    layout_free(r->layout);
    r->layout = NULL;
    r->doc = NULL;
    r->generation++;
    render_drop_pages(r);
}

/* Lays the document out for the current screen and text size. */
static Layout *lay_out(Render *r, const Doc *doc, int text_size)
{
    /* The patterns load on the first layout, not at start: the shelf, the
     * first frame a visitor sees, does not need them. */
    if (!r->hyphen && !r->hyphen_failed) {
        r->hyphen = hyphenate_new(NULL);
        r->hyphen_failed = !r->hyphen;
        if (!r->hyphen)
            fprintf(stderr, "storstil: no hyphenation patterns at %s; words are not hyphenated\n",
                    HYPHENATE_DEFAULT_DIC);
    }
    style_screen(r->w, r->h, text_size, &r->style);
    if (font_set_style(r->fonts, &r->style.style) < 0) return NULL;
    LayoutMeasure m = font_measure(r->fonts);
    return layout_new(doc, r->style.text, &r->style.style, &m, r->hyphen);
}

void render_prepare(Render *r, App *app, const Library *lib, const AppView *v)
{
    if (r->ui_text_size != v->text_size) {
        ui_layout(&r->ui, r->w, r->h, v->text_size);
        r->ui_text_size = v->text_size;
    }
    ThemeId theme = v->theme;
    if (theme != r->theme_id) {
        r->theme_id = theme;
        r->generation++;
    }
    AppScreen s = v->screen == APP_SCREEN_IDLE ? v->under : v->screen;
    if (v->doc < 0 || (s != APP_SCREEN_READER && s != APP_SCREEN_END)) return;
    const Doc *doc = library_doc(lib, (size_t)v->doc);
    if (!doc) return;
    if (doc == r->doc && v->text_size == r->text_size && r->layout) {
        /* Laid out already (the visitor reopened the text they just left):
         * the app still needs the page count, which OPEN resets. */
        int pages = (int)layout_page_count(r->layout);
        if (v->n_pages != pages) app_set_page_count(app, pages, v->page);
        return;
    }

    /* The first character of the page in view stays in view. */
    size_t offset = 0;
    bool same = doc == r->doc && r->layout;
    if (same) offset = layout_page_offset(r->layout, (size_t)(v->page > 0 ? v->page : 0));
    Layout *fresh = doc->broken ? NULL : lay_out(r, doc, v->text_size);
    render_drop_layout(r);
    if (!fresh) {
        app_set_broken(app, v->doc);
        return;
    }
    r->layout = fresh;
    r->doc = doc;
    r->text_size = v->text_size;
    size_t page = same ? layout_page_of_offset(fresh, offset) : (size_t)(v->page > 0 ? v->page : 0);
    app_set_page_count(app, (int)layout_page_count(fresh), (int)page);
}

/* Draws one page's lines into the current target, text area at (ox, oy). */
static void draw_lines(Render *r, int page, int ox, int oy, const Theme *t)
{
    size_t n;
    const LayoutLine *lines = layout_page_lines(r->layout, (size_t)page, &n);
    for (size_t i = 0; i < n; i++) {
        const LayoutLine *l = &lines[i];
        ThemeColor c = t->text;
        if (l->face == LAYOUT_FACE_NAME) c = theme_speaker(t, l->speaker);
        else if (l->face == LAYOUT_FACE_NOTE) c = t->muted;
        int x = ox + l->x - r->style.text.x, y = oy + l->text_y - r->style.text.y;
        if (l->flags & LAYOUT_LINE_BULLET) {
            SDL_Surface *b = font_render_span(r->fonts, LAYOUT_FACE_LIST, LAYOUT_BULLET,
                                              sizeof LAYOUT_BULLET - 1, render_color(t->muted));
            if (b) {
                SDL_Texture *bt = SDL_CreateTextureFromSurface(r->ren, b);
                SDL_Rect dst = {ox, y, b->w, b->h};
                if (bt) SDL_RenderCopy(r->ren, bt, NULL, &dst);
                SDL_DestroyTexture(bt);
                SDL_FreeSurface(b);
            }
        }
        SDL_Surface *s = font_render_line(r->fonts, r->doc, l, render_color(c));
        if (!s) continue;
        SDL_Texture *tex = SDL_CreateTextureFromSurface(r->ren, s);
        SDL_Rect dst = {x, y, s->w, s->h};
        if (tex) SDL_RenderCopy(r->ren, tex, NULL, &dst);
        SDL_DestroyTexture(tex);
        SDL_FreeSurface(s);
    }
}

/* The cached texture of `page`, drawn now if it is not there. */
static SDL_Texture *page_texture(Render *r, int page, const Theme *t)
{
    r->clock++;
    PageTexture *slot = NULL;
    for (int i = 0; i < RENDER_PAGE_CACHE; i++) {
        PageTexture *p = &r->pages[i];
        if (p->tex && p->page == page && p->generation == r->generation) {
            p->last_use = r->clock;
            return p->tex;
        }
    }
    /* Reuse an empty slot first, then one from an old layout, then the
     * least recently used. */
    unsigned best = 0;
    for (int i = 0; i < RENDER_PAGE_CACHE; i++) {
        PageTexture *p = &r->pages[i];
        unsigned score = !p->tex ? 0 : p->generation != r->generation ? 1 : 2 + p->last_use;
        if (!slot || score < best) {
            slot = p;
            best = score;
        }
    }
    if (slot->tex) SDL_DestroyTexture(slot->tex);
    LayoutRect a = r->style.text;
    slot->tex = SDL_CreateTexture(r->ren, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, a.w, a.h);
    if (!slot->tex) return NULL;
    SDL_Texture *prev = SDL_GetRenderTarget(r->ren);
    SDL_SetRenderTarget(r->ren, slot->tex);
    SDL_SetRenderDrawColor(r->ren, t->bg.r, t->bg.g, t->bg.b, 255);
    SDL_RenderClear(r->ren);
    draw_lines(r, page, 0, 0, t);
    SDL_SetRenderTarget(r->ren, prev);
    slot->page = page;
    slot->generation = r->generation;
    slot->last_use = r->clock;
    return slot->tex;
}

void render_page(Render *r, int page, int x, int y, const Theme *t)
{
    if (!r->layout) return;
    SDL_Texture *tex = page_texture(r, page, t);
    LayoutRect a = r->style.text;
    SDL_Rect dst = {x, y, a.w, a.h};
    if (tex) SDL_RenderCopy(r->ren, tex, NULL, &dst);
    else draw_lines(r, page, x, y, t); /* no target textures: draw directly */
}

void render_prefetch(Render *r, const AppView *v)
{
    if (!r->layout || v->screen != APP_SCREEN_READER || v->anim_dir != 0) return;
    const Theme *t = theme_get(v->theme);
    if (v->page + 1 < v->n_pages) page_texture(r, v->page + 1, t);
    if (v->page > 0) page_texture(r, v->page - 1, t);
}
