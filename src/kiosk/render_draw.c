/* render_draw: the renderer's primitives: boxes, one-line and wrapped text,
 * buttons with drawn arrows, and the cache of UI label fonts.
 *
 * Owns the UI fonts (opened from the same files as the text faces, at label
 * sizes). Knows nothing of screens or of the document's pages. */
#include <string.h>

#include "font_sdl.h"
#include "render_internal.h"

#define ARROW_LEFT "\xE2\x97\x80"  /* ◀ */
#define ARROW_RIGHT "\xE2\x96\xB6" /* ▶ */
#define ELLIPSIS "\xE2\x80\xA6"

SDL_Color render_color(ThemeColor c)
{
    return (SDL_Color){c.r, c.g, c.b, 255};
}

void render_fill(Render *r, SDL_Rect rect, ThemeColor c)
{
    SDL_SetRenderDrawColor(r->ren, c.r, c.g, c.b, 255);
    SDL_RenderFillRect(r->ren, &rect);
}

void render_box(Render *r, UiRect u, ThemeColor fill, ThemeColor border, int border_px)
{
    SDL_Rect rect = {u.x, u.y, u.w, u.h};
    render_fill(r, rect, border);
    SDL_Rect inner = {u.x + border_px, u.y + border_px, u.w - 2 * border_px, u.h - 2 * border_px};
    if (inner.w > 0 && inner.h > 0) render_fill(r, inner, fill);
}

int render_label_px(const Render *r, int h)
{
    return ui_label_px(r->ui, h);
}

TTF_Font *render_ui_font(Render *r, int px, bool bold)
{
    UiFont *free_slot = NULL, *oldest = &r->ui_fonts[0];
    r->clock++;
    for (int i = 0; i < RENDER_UI_FONTS; i++) {
        UiFont *f = &r->ui_fonts[i];
        if (f->font && f->px == px && f->bold == bold) {
            f->last_use = r->clock;
            return f->font;
        }
        if (!f->font && !free_slot) free_slot = f;
        if (f->last_use < oldest->last_use) oldest = f;
    }
    UiFont *slot = free_slot ? free_slot : oldest;
    if (slot->font) TTF_CloseFont(slot->font);
    /* A second handle on the text face's file: the text faces keep their
     * own sizes for layout, so labels never disturb measuring. */
    const char *path = font_face_path(r->fonts, bold ? LAYOUT_FACE_NAME : LAYOUT_FACE_BODY);
    slot->font = path ? TTF_OpenFont(path, px) : NULL;
    if (!slot->font) slot->font = TTF_OpenFont(font_face_path(r->fonts, LAYOUT_FACE_BODY), px);
    if (slot->font && bold && path && strcmp(path, font_face_path(r->fonts, LAYOUT_FACE_BODY)) == 0)
        TTF_SetFontStyle(slot->font, TTF_STYLE_BOLD);
    slot->px = px;
    slot->bold = bold;
    slot->last_use = r->clock;
    return slot->font;
}

void render_close_ui_fonts(Render *r)
{
    for (int i = 0; i < RENDER_UI_FONTS; i++) {
        if (r->ui_fonts[i].font) TTF_CloseFont(r->ui_fonts[i].font);
        r->ui_fonts[i].font = NULL;
    }
}

static bool continuation(char c)
{
    return ((unsigned char)c & 0xC0) == 0x80;
}

/* True when the first n bytes of text and "…" fit in max_w (n < cap - 3). */
static bool fits_with_ellipsis(TTF_Font *f, const char *text, size_t n, int max_w, char *buf)
{
    memcpy(buf, text, n);
    memcpy(buf + n, ELLIPSIS, sizeof ELLIPSIS);
    int w = 0;
    return TTF_SizeUTF8(f, buf, &w, NULL) == 0 && w <= max_w;
}

/* Bytes of text that fit in max_w with "…" after them, cut between whole
 * characters and leaving room for the "…" in a buffer of cap bytes. A
 * binary search: a long title is measured about log2(length) times. */
static size_t fit_with_ellipsis(TTF_Font *f, const char *text, int max_w, char *buf, size_t cap)
{
    size_t lo = 0, hi = strlen(text); /* the cut is in [lo, hi]; lo fits */
    if (hi > cap - sizeof ELLIPSIS) hi = cap - sizeof ELLIPSIS;
    while (lo < hi) {
        size_t half = lo + (hi - lo + 1) / 2, mid = half;
        while (mid > lo && continuation(text[mid])) mid--;
        if (mid == lo) { /* no character starts in (lo, half]: try above */
            for (mid = half; mid <= hi && continuation(text[mid]); mid++) {}
            if (mid > hi) break;
        }
        if (fits_with_ellipsis(f, text, mid, max_w, buf)) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}

/* Draws text at (x, y) top-left; returns its width. */
static int blit(Render *r, TTF_Font *f, const char *text, ThemeColor c, int x, int y)
{
    if (!text[0]) return 0;
    SDL_Surface *s = TTF_RenderUTF8_Blended(f, text, render_color(c));
    if (!s) return 0;
    SDL_Texture *t = SDL_CreateTextureFromSurface(r->ren, s);
    SDL_Rect dst = {x, y, s->w, s->h};
    if (t) {
        SDL_RenderCopy(r->ren, t, NULL, &dst);
        SDL_DestroyTexture(t);
    }
    SDL_FreeSurface(s);
    return dst.w;
}

int render_text(Render *r, UiRect rect, const char *text, int px, bool bold, ThemeColor c, Align align)
{
    TTF_Font *f = render_ui_font(r, px, bold);
    if (!f || !text[0]) return 0;
    int w = 0, h = TTF_FontHeight(f);
    TTF_SizeUTF8(f, text, &w, NULL);
    char buf[512];
    const char *draw = text;
    if (w > rect.w) {
        size_t n = fit_with_ellipsis(f, text, rect.w, buf, sizeof buf);
        memcpy(buf, text, n);
        memcpy(buf + n, ELLIPSIS, sizeof ELLIPSIS);
        draw = buf;
        TTF_SizeUTF8(f, draw, &w, NULL);
    }
    int x = align == ALIGN_LEFT ? rect.x : align == ALIGN_CENTER ? rect.x + (rect.w - w) / 2
                                                                   : rect.x + rect.w - w;
    return blit(r, f, draw, c, x, rect.y + (rect.h - h) / 2);
}

/* Lays out (and when draw is set, draws) wrapped text; returns the height. */
static int wrap(Render *r, UiRect rect, const char *text, int px, bool bold, ThemeColor c, Align align,
                int max_lines, bool draw)
{
    TTF_Font *f = render_ui_font(r, px, bold);
    if (!f) return 0;
    int line_h = TTF_FontLineSkip(f) * 6 / 5, y = rect.y, lines = 0;
    const char *p = text;
    char buf[512];
    while (*p && lines < max_lines && y + TTF_FontHeight(f) <= rect.y + rect.h) {
        while (*p == ' ') p++;
        /* Take words while they fit; a newline ends the line. */
        size_t best = 0, i = 0;
        while (p[i] && p[i] != '\n') {
            size_t j = i;
            while (p[j] && p[j] != ' ' && p[j] != '\n') j++;
            if (j >= sizeof buf) break;
            memcpy(buf, p, j);
            buf[j] = '\0';
            int w = 0;
            TTF_SizeUTF8(f, buf, &w, NULL);
            if (w > rect.w && best > 0) break;
            best = j;
            if (w > rect.w) break;
            i = j;
            while (p[i] == ' ') i++;
        }
        if (best == 0 && p[0] != '\n') best = strlen(p) < sizeof buf - 1 ? strlen(p) : sizeof buf - 1;
        memcpy(buf, p, best);
        buf[best] = '\0';
        bool last = lines + 1 == max_lines || y + 2 * line_h > rect.y + rect.h + (line_h - TTF_FontHeight(f));
        bool more = p[best] && p[best] != '\n';
        UiRect row = {rect.x, y, rect.w, TTF_FontHeight(f)};
        if (!draw) {
        } else if (last && more) {
            char cut[512];
            size_t n = strlen(buf) < sizeof cut - 8 ? strlen(buf) : sizeof cut - 8;
            memcpy(cut, buf, n);
            memcpy(cut + n, " " ELLIPSIS, 5);
            render_text(r, row, cut, px, bold, c, align);
        } else {
            render_text(r, row, buf, px, bold, c, align);
        }
        p += best;
        if (*p == '\n') p++;
        y += line_h;
        lines++;
    }
    return lines ? y - rect.y - (line_h - TTF_FontHeight(f)) : 0;
}

int render_wrapped(Render *r, UiRect rect, const char *text, int px, bool bold, ThemeColor c,
                   Align align, int max_lines)
{
    return wrap(r, rect, text, px, bold, c, align, max_lines, true);
}

int render_wrapped_height(Render *r, UiRect rect, const char *text, int px, bool bold, int max_lines)
{
    return wrap(r, rect, text, px, bold, (ThemeColor){0, 0, 0}, ALIGN_LEFT, max_lines, false);
}

int render_wrapped_centred(Render *r, UiRect rect, const char *text, int px, bool bold, ThemeColor c,
                           Align align, int max_lines)
{
    int h = wrap(r, rect, text, px, bold, c, align, max_lines, false);
    UiRect inner = {rect.x, rect.y + (rect.h - h) / 2, rect.w, rect.h - (rect.h - h) / 2};
    return wrap(r, inner, text, px, bold, c, align, max_lines, true);
}

int render_text_width(Render *r, const char *text, int px, bool bold)
{
    TTF_Font *f = render_ui_font(r, px, bold);
    int w = 0;
    return f && TTF_SizeUTF8(f, text, &w, NULL) == 0 ? w : 0;
}

/* The least size a label may shrink to from px: the millimetre rule where the
 * screen's size is known (ui.h), else 3/5 of px (at least 12). */
static int least_px(const Render *r, int px)
{
    if (r->ui->label_min_px > 0) return r->ui->label_min_px < px ? r->ui->label_min_px : px;
    return px * 3 / 5 > 12 ? px * 3 / 5 : 12;
}

/* The largest size from px down to least_px at which text fits in max_w. */
static int fit_px(Render *r, const char *text, int px, bool bold, int max_w)
{
    int min = least_px(r, px);
    for (; px > min; px--) {
        TTF_Font *f = render_ui_font(r, px, bold);
        int w = 0;
        if (!f || TTF_SizeUTF8(f, text, &w, NULL) != 0 || w <= max_w) break;
    }
    return px;
}

/* A filled triangle pointing left (dir < 0) or right, centred at (cx, cy). */
static void arrow(Render *r, int cx, int cy, int size, int dir, ThemeColor c)
{
    SDL_Color col = render_color(c);
    float half = (float)size / 2.0f, x0 = (float)cx - (float)dir * half, x1 = (float)cx + (float)dir * half;
    SDL_Vertex v[3] = {
        {{x0, (float)cy - half}, col, {0, 0}},
        {{x0, (float)cy + half}, col, {0, 0}},
        {{x1, (float)cy}, col, {0, 0}},
    };
    SDL_RenderGeometry(r->ren, NULL, v, 3, NULL, 0);
}

/* A label's words and its arrow: "◀ " before or " ▶" after the words
 * become dir -1 or 1 and the words alone go to *text (buf holds them); a
 * lone arrow has no words. */
static int split_arrow(const char *label, const char **text, char *buf, size_t size)
{
    size_t n = strlen(label);
    *text = label;
    if (!strcmp(label, ARROW_LEFT) || !strcmp(label, ARROW_RIGHT)) {
        *text = "";
        return !strcmp(label, ARROW_LEFT) ? -1 : 1;
    }
    if (n > 4 && strncmp(label, ARROW_LEFT " ", 4) == 0) {
        *text = label + 4;
        return -1;
    }
    if (n > 4 && strcmp(label + n - 4, " " ARROW_RIGHT) == 0 && n - 4 < size) {
        memcpy(buf, label, n - 4);
        buf[n - 4] = '\0';
        *text = buf;
        return 1;
    }
    return 0;
}

/* The air each side of a button's label at px: 8 pixels, a quarter of the
 * size for large labels. */
static int label_pad(int px)
{
    return px / 4 > 8 ? px / 4 : 8;
}

/* The room a button's words have at px: its width less the padding and,
 * with an arrow, the arrow and its space. */
static int words_room(UiRect rect, int dir, int px)
{
    return rect.w - 2 * label_pad(px) - (dir ? px * 5 / 4 : 0);
}

/* True when label's words fit rect at px. */
static bool label_fits(Render *r, UiRect rect, const char *label, int px)
{
    char buf[256];
    const char *text;
    int dir = split_arrow(label, &text, buf, sizeof buf);
    return render_text_width(r, text, px, true) <= words_room(rect, dir, px);
}

/* A button with its label at exactly px. */
static void button_at(Render *r, UiRect rect, const char *label, const Theme *t, bool enabled, int px)
{
    /* A button that does nothing here stays where it is, dimmed (a flat
     * box, a thin border, muted text), so the controls never move under a
     * finger; ui and app leave it inert. */
    int border = !enabled ? 1 : rect.h >= 80 ? 3 : 2;
    render_box(r, rect, enabled ? t->button_bg : t->bg, t->border, border);
    /* The fonts have no arrow glyphs; the arrows are drawn as triangles. */
    char buf[256];
    const char *text;
    int dir = split_arrow(label, &text, buf, sizeof buf);
    ThemeColor c = enabled ? t->button_text : t->muted;
    int cy = rect.y + rect.h / 2;
    int pad = label_pad(px);
    if (dir == 0) {
        render_text(r, (UiRect){rect.x + pad, rect.y, rect.w - 2 * pad, rect.h}, text, px, true, c, ALIGN_CENTER);
        return;
    }
    if (!text[0]) { /* the arrow alone, as large as a label's capitals */
        int size = px * 3 / 4 + px / 4;
        arrow(r, rect.x + rect.w / 2, cy, size, dir, c);
        return;
    }
    int tw = render_text_width(r, text, px, true);
    int gap = px / 2, size = px * 3 / 4;
    int total = tw + gap + size;
    if (total > rect.w - 2 * pad) total = rect.w - 2 * pad;
    int x = rect.x + (rect.w - total) / 2;
    if (dir < 0) {
        arrow(r, x + size / 2, cy, size, -1, c);
        render_text(r, (UiRect){x + size + gap, rect.y, total - size - gap, rect.h}, text, px, true, c, ALIGN_LEFT);
    } else {
        render_text(r, (UiRect){x, rect.y, total - size - gap, rect.h}, text, px, true, c, ALIGN_LEFT);
        arrow(r, x + total - size / 2, cy, size, 1, c);
    }
}

void render_button(Render *r, UiRect rect, const char *label, const Theme *t, bool enabled)
{
    int px = render_label_px(r, rect.h);
    char buf[256];
    const char *text;
    int dir = split_arrow(label, &text, buf, sizeof buf);
    button_at(r, rect, label, t, enabled, fit_px(r, text, px, true, words_room(rect, dir, px)));
}

void render_button_row(Render *r, const RenderButton *b, int n, const Theme *t)
{
    if (n <= 0) return;
    int px = render_label_px(r, b[0].rect.h);
    for (int i = 1; i < n; i++) {
        int p = render_label_px(r, b[i].rect.h);
        if (p < px) px = p;
    }
    /* One size for the row: the largest at which every label fits, its own
     * words or its shorter ones (an arrow's words may go), never under the
     * least size (then the words are cut with "…"). */
    int least = least_px(r, px);
    for (int i = 0; i < n; i++) {
        char buf[256];
        const char *text;
        if (split_arrow(b[i].label, &text, buf, sizeof buf)) continue;
        while (px > least && !label_fits(r, b[i].rect, b[i].label, px) &&
               !(b[i].short_label && label_fits(r, b[i].rect, b[i].short_label, px)))
            px--;
    }
    /* ◀ and ▶ of a row take the same words: their own, the shorter ones, or
     * none (the arrow alone), as the longest of them allows. */
    int arrow_form = 0;
    for (int i = 0; i < n; i++) {
        char buf[256];
        const char *text;
        if (!split_arrow(b[i].label, &text, buf, sizeof buf)) continue;
        int form = label_fits(r, b[i].rect, b[i].label, px) ? 0
                   : b[i].short_label && label_fits(r, b[i].rect, b[i].short_label, px) ? 1 : 2;
        if (form > arrow_form) arrow_form = form;
    }
    for (int i = 0; i < n; i++) {
        const char *label = b[i].label;
        char buf[256];
        const char *text;
        int dir = split_arrow(label, &text, buf, sizeof buf);
        if (dir && arrow_form == 2) label = dir < 0 ? ARROW_LEFT : ARROW_RIGHT;
        else if (dir && arrow_form == 1) label = b[i].short_label;
        else if (!dir && !label_fits(r, b[i].rect, label, px) && b[i].short_label) label = b[i].short_label;
        button_at(r, b[i].rect, label, t, b[i].enabled, px);
    }
}

/* The largest size from most down to least at which text, wrapped, fits box. */
int render_fit_wrapped_px(Render *r, UiRect box, const char *text, int most, int least)
{
    int px = most;
    UiRect tall = {box.x, box.y, box.w, 1 << 20};
    for (; px > least; px = px * 15 / 16) {
        if (render_wrapped_height(r, tall, text, px, false, 64) <= box.h) break;
    }
    return px < least ? least : px;
}

void render_accent_button(Render *r, UiRect rect, const char *label, const Theme *t)
{
    Theme on_accent = *t;
    on_accent.button_bg = t->accent;
    on_accent.border = t->accent;
    on_accent.button_text = t->bg;
    render_button(r, rect, label, &on_accent, true);
}
