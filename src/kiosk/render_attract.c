/* render_attract: the look of the attract screen, and its texture: the
 * quote's words are drawn once a quote and then only copied, faded, so a
 * fade step costs one copy and the kiosk sleeps between steps. It reads the
 * RenderView it is given and changes nothing in it; where things go is ui's. */
#include <stdio.h>
#include <string.h>

#include "core/card.h"
#include "render_internal.h"

void render_drop_attract(Render *r)
{
    if (r->attract_tex) SDL_DestroyTexture(r->attract_tex);
    r->attract_tex = NULL;
    r->attract_quote = NULL;
}

/* The largest size, from a seventh of the screen's shorter side down to
 * the reader's body size, at which the quote fits its rectangle. */
static int quote_px(Render *r, UiRect box, const char *text)
{
    int shorter = r->w < r->h ? r->w : r->h;
    return render_fit_wrapped_px(r, box, text, shorter / 7, r->ui->body_px);
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
    render_accent_button(r, u->attract_invite, render_string(r, STR_ATTRACT_INVITE), t);
    render_button(r, u->attract_home, render_string(r, STR_HOME), t, true);
}
