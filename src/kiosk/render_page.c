/* render_page: the open text's pages as drawn textures.
 *
 * Owns a small cache of drawn pages (previous, current, next), so a page
 * turn is a texture copy; a texture is kept for its page, layout generation
 * and theme; the read-aloud band is drawn over the copy, never into the
 * cache. The pages themselves are the typesetter's; screens and bars are
 * render.c's. */
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

/* Draws line l of a page whose text area is at (ox, oy). */
static void draw_line(Render *r, const LayoutLine *l, int ox, int oy, const Theme *t)
{
    ThemeColor c = t->text;
    if (l->face == LAYOUT_FACE_NAME) c = theme_speaker(t, l->speaker);
    else if (l->face == LAYOUT_FACE_NOTE) c = t->muted;
    int x = ox + l->x - r->area.x, y = oy + l->text_y - r->area.y;
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
    if (!s) return;
    SDL_Texture *tex = SDL_CreateTextureFromSurface(r->ren, s);
    SDL_Rect dst = {x, y, s->w, s->h};
    if (tex) SDL_RenderCopy(r->ren, tex, NULL, &dst);
    SDL_DestroyTexture(tex);
    SDL_FreeSurface(s);
}

/* Draws one page's lines into the current target, text area at (ox, oy). */
static void draw_lines(Render *r, int page, int ox, int oy, const Theme *t)
{
    size_t n;
    const LayoutLine *lines = layout_page_lines(r->layout, (size_t)page, &n);
    for (size_t i = 0; i < n; i++) draw_line(r, &lines[i], ox, oy, t);
}

/* The read-aloud band over line l of a page drawn at (ox, oy), where the
 * sentence being heard covers it: the band, then the line again, clipped
 * to the band, so the cached page stays as it is and a new sentence costs
 * a line or two of text, not a page. */
static void draw_band(Render *r, const LayoutLine *l, int ox, int oy, const Theme *t)
{
    size_t from, to, len;
    if (!speech_sentence_on_line(r->hl, l, &from, &to)) return;
    const char *s = layout_line_text(r->doc, l, &len);
    LayoutFace face = (LayoutFace)l->face;
    int x = ox + l->x - r->area.x, pad = l->h / 8;
    int x0 = x + font_span_width(r->fonts, face, s, from) - pad;
    int x1 = (to == len ? x + l->w : x + font_span_width(r->fonts, face, s, to)) + pad; /* with a "-" */
    SDL_Rect band = {x0, oy + l->y - r->area.y, x1 - x0, l->h}, old, clip = band;
    bool clipped = SDL_RenderIsClipEnabled(r->ren);
    SDL_RenderGetClipRect(r->ren, &old);
    if (clipped && !SDL_IntersectRect(&old, &band, &clip)) return;
    SDL_RenderSetClipRect(r->ren, &clip);
    render_fill(r, band, t->highlight);
    draw_line(r, l, ox, oy, t);
    SDL_RenderSetClipRect(r->ren, clipped ? &old : NULL);
}

static void draw_bands(Render *r, int page, int ox, int oy, const Theme *t)
{
    if (!r->hl || r->hl_page != page) return;
    size_t n;
    const LayoutLine *lines = layout_page_lines(r->layout, (size_t)page, &n);
    for (size_t i = 0; i < n; i++) draw_band(r, &lines[i], ox, oy, t);
}

/* The cached texture of `page`, drawn now if it is not there. */
static SDL_Texture *page_texture(Render *r, int page, const Theme *t)
{
    r->clock++;
    PageTexture *slot = NULL;
    for (int i = 0; i < RENDER_PAGE_CACHE; i++) {
        PageTexture *p = &r->pages[i];
        if (p->tex && p->page == page && p->generation == r->generation && p->theme == t) {
            p->last_use = r->clock;
            return p->tex;
        }
    }
    /* Reuse an empty slot first, then one from an old layout, then the
     * least recently used. */
    unsigned best = 0;
    for (int i = 0; i < RENDER_PAGE_CACHE; i++) {
        PageTexture *p = &r->pages[i];
        unsigned score = !p->tex ? 0 : p->generation != r->generation || p->theme != t ? 1 : 2 + p->last_use;
        if (!slot || score < best) {
            slot = p;
            best = score;
        }
    }
    if (slot->tex) SDL_DestroyTexture(slot->tex);
    LayoutRect a = r->area;
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
    slot->theme = t;
    slot->last_use = r->clock;
    return slot->tex;
}

void render_page(Render *r, int page, int x, int y, const Theme *t)
{
    if (!r->layout) return;
    SDL_Texture *tex = page_texture(r, page, t);
    LayoutRect a = r->area;
    SDL_Rect dst = {x, y, a.w, a.h};
    if (tex) SDL_RenderCopy(r->ren, tex, NULL, &dst);
    else draw_lines(r, page, x, y, t); /* no target textures: draw directly */
    draw_bands(r, page, x, y, t);
}

void render_prefetch(Render *r, const RenderView *rv)
{
    const AppView *v = rv->app;
    render_use_view(r, rv);
    if (!r->layout || v->screen != APP_SCREEN_READER || v->anim_dir != 0) return;
    const Theme *t = theme_get(v->theme);
    if (v->page + 1 < v->n_pages) page_texture(r, v->page + 1, t);
    if (v->page > 0) page_texture(r, v->page - 1, t);
}
