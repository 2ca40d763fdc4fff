/* render_screens: the look of the contents list, the attract screen and
 * the USB import's banner on the shelf.
 *
 * Owns their colours, sizes and strings, and the attract screen's texture:
 * its words are drawn once a quote and then only copied, faded, so a fade
 * step costs one copy and the kiosk sleeps between steps. It reads the
 * RenderView it is given and changes nothing in it; where things go is ui's. */
#include <stdio.h>
#include <string.h>

#include "core/card.h"
#include "render_internal.h"

#define S(r, id) render_string(r, id)

/* --- contents --- */

/* One row: the heading (indented by level) and "sidan 12" at the right. */
static void draw_row(Render *r, UiRect row, const Doc *d, const ContentsEntry *e, const Theme *t)
{
    render_box(r, row, t->button_bg, t->border, 2);
    int px = render_label_px(r, row.h);
    char page[64];
    lang_format(page, sizeof page, r->lang, STR_CONTENTS_PAGE, e->page + 1);
    int page_w = render_text_width(r, page, px, false) + px;
    int indent = px + (e->level > 1 ? 2 * px : 0);
    UiRect title = {row.x + indent, row.y, row.w - indent - page_w - px, row.h};
    const char *text = d->text + d->blocks[e->block].start;
    render_text(r, title, text, px, e->level == 1, t->button_text, ALIGN_LEFT);
    render_text(r, (UiRect){row.x + row.w - page_w - px / 2, row.y, page_w, row.h}, page, px, false, t->muted,
                ALIGN_RIGHT);
}

void render_contents(Render *r, const RenderView *rv, const Theme *t)
{
    const UiLayout *u = r->ui;
    const AppView *v = rv->app;
    const Doc *d = library_doc(rv->lib, (size_t)v->doc);
    if (!d) return;
    render_fill_bar(r, u->top_bar, t);
    render_fill_bar(r, u->bottom_bar, t);
    render_button(r, u->contents_back, S(r, STR_CONTENTS_BACK), t, true);
    char heading[600];
    snprintf(heading, sizeof heading, "%s: %s", S(r, STR_CONTENTS), d->title);
    render_text(r, u->contents_heading, heading, render_label_px(r, u->contents_heading.h), true, t->text,
                ALIGN_CENTER);
    for (int i = 0; i < u->contents_per_page && i < v->contents_per_page; i++) {
        int entry = v->contents_page * v->contents_per_page + i;
        if (entry >= v->n_contents) break;
        draw_row(r, u->contents_rows[i], d, &v->contents[entry], t);
    }
    render_paging_bar(r, t, v->contents_page, v->n_contents_pages, v->contents_page > 0,
                      v->contents_page + 1 < v->n_contents_pages, u->contents_label, u->contents_progress);
}

/* --- attract --- */

void render_drop_attract(Render *r)
{
    if (r->attract_tex) SDL_DestroyTexture(r->attract_tex);
    r->attract_tex = NULL;
    r->attract_quote = NULL;
}

/* The largest size from most down to least at which text, wrapped, fits box. */
static int fit_px(Render *r, UiRect box, const char *text, int most, int least)
{
    int px = most;
    UiRect tall = {box.x, box.y, box.w, 1 << 20};
    for (; px > least; px = px * 15 / 16) {
        if (render_wrapped_height(r, tall, text, px, false, 64) <= box.h) break;
    }
    return px < least ? least : px;
}

/* The largest size, from a seventh of the screen's shorter side down to
 * the reader's body size, at which the quote fits its rectangle. */
static int quote_px(Render *r, UiRect box, const char *text)
{
    int shorter = r->w < r->h ? r->w : r->h;
    return fit_px(r, box, text, shorter / 7, r->ui->body_px);
}

/* The quote and who says it, where, into the texture's w x h (the card's
 * inside, its top-left at ox, oy on the screen). */
static void draw_words(Render *r, const RenderView *rv, const Theme *t, int ox, int oy)
{
    const UiLayout *u = r->ui;
    const Quote *q = rv->quote;
    const Doc *d = library_doc(rv->lib, (size_t)rv->app->attract_doc);
    if (!q || !d) return;
    char words[1024], text[1100], by[1200];
    size_t n = q->len < sizeof words - 1 ? q->len : sizeof words - 1;
    memcpy(words, q->text, n);
    words[n] = '\0';
    lang_format(text, sizeof text, r->lang, STR_ATTRACT_QUOTE, words);
    UiRect box = {u->attract_quote.x - ox, u->attract_quote.y - oy, u->attract_quote.w, u->attract_quote.h};
    render_wrapped_centred(r, box, text, quote_px(r, box, text), false, t->button_text, ALIGN_CENTER, 64);
    const char *who = q->speaker >= 0 && q->speaker < d->n_speakers ? d->speakers[q->speaker] : NULL;
    if (who && card_is_person(who))
        lang_format(by, sizeof by, r->lang, STR_ATTRACT_BY, who, d->title);
    else
        lang_format(by, sizeof by, r->lang, STR_ATTRACT_FROM, d->title);
    UiRect b = {u->attract_by.x - ox, u->attract_by.y - oy, u->attract_by.w, u->attract_by.h};
    render_wrapped_centred(r, b, by, render_label_px(r, b.h), false, t->muted, ALIGN_CENTER, 2);
}

/* The words' texture for the quote in view, drawn now when it is new. */
static SDL_Texture *words_texture(Render *r, const RenderView *rv, const Theme *t, UiRect in)
{
    if (r->attract_tex && r->attract_quote == rv->quote && r->attract_generation == rv->quotes_generation
        && r->attract_theme == t)
        return r->attract_tex;
    render_drop_attract(r);
    r->attract_tex = SDL_CreateTexture(r->ren, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, in.w, in.h);
    if (!r->attract_tex) return NULL;
    SDL_Texture *prev = SDL_GetRenderTarget(r->ren);
    SDL_SetRenderTarget(r->ren, r->attract_tex);
    SDL_SetRenderDrawColor(r->ren, t->button_bg.r, t->button_bg.g, t->button_bg.b, 255);
    SDL_RenderClear(r->ren);
    draw_words(r, rv, t, in.x, in.y);
    SDL_SetRenderTarget(r->ren, prev);
    SDL_SetTextureBlendMode(r->attract_tex, SDL_BLENDMODE_BLEND);
    r->attract_quote = rv->quote;
    r->attract_generation = rv->quotes_generation;
    r->attract_theme = t;
    return r->attract_tex;
}

void render_attract(Render *r, const RenderView *rv, const Theme *t)
{
    const UiLayout *u = r->ui;
    UiRect card = u->attract_card;
    render_box(r, card, t->button_bg, t->accent, 4);
    /* The words fade over the card; the card and the buttons stay, so the
     * screen never blinks and a finger always has somewhere to go. */
    UiRect in = {card.x + 4, card.y + 4, card.w - 8, u->attract_invite.y - card.y - 8};
    SDL_Texture *tex = words_texture(r, rv, t, in);
    if (tex) {
        SDL_SetTextureAlphaMod(tex, (Uint8)rv->app->attract_alpha);
        SDL_RenderCopy(r->ren, tex, NULL, &(SDL_Rect){in.x, in.y, in.w, in.h});
    } else {
        draw_words(r, rv, t, 0, 0); /* no target textures: drawn each frame, unfaded */
    }
    Theme on_accent = *t;
    on_accent.button_bg = t->accent;
    on_accent.border = t->accent;
    on_accent.button_text = t->bg;
    render_button(r, u->attract_invite, S(r, STR_ATTRACT_INVITE), &on_accent, true);
    render_button(r, u->attract_home, S(r, STR_HOME), t, true);
}

/* --- the USB banner --- */

void render_usb_banner(Render *r, UiRect where, const char *text, const Theme *t)
{
    render_box(r, where, t->button_bg, t->border, 2);
    int pad = where.h / 12 + 2;
    UiRect in = {where.x + 3 * pad, where.y + pad, where.w - 6 * pad, where.h - 2 * pad};
    int most = render_label_px(r, where.h), least = render_label_px(r, where.h) * 2 / 3;
    render_wrapped_centred(r, in, text, fit_px(r, in, text, most, least), false, t->button_text, ALIGN_CENTER, 3);
}
