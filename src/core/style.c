/* style: the numbers behind the reader's look, in one place.
 *
 * Owns the text sizes, line spacing, bar heights and margins as functions of
 * the screen size. It draws nothing and knows no fonts: font.c opens faces
 * at the sizes given here, layout.c fills the text rectangle. */
#include "style.h"

/* Scale of each text size step relative to the default body size. Steps are
 * about 15-25% apart so one tap on A+ or A- is clearly visible. */
static const int step_permille[STYLE_TEXT_SIZE_MAX] = {750, 875, 1000, 1250, 1500};

static int scale(int v, int permille) { return (v * permille + 500) / 1000; }

/* Rounds up, so line boxes never fall under their promised factor. */
static int scale_up(int v, int permille) { return (v * permille + 999) / 1000; }

void style_screen(int w, int h, int text_size, StyleScreen *out)
{
    if (w < 1) w = 1;
    if (h < 1) h = 1;
    if (text_size < STYLE_TEXT_SIZE_MIN) text_size = STYLE_TEXT_SIZE_MIN;
    if (text_size > STYLE_TEXT_SIZE_MAX) text_size = STYLE_TEXT_SIZE_MAX;
    /* The shorter side sets the sizes, so a rotated screen keeps its letters
     * and gets more lines instead of a few huge words per line. */
    int short_side = w < h ? w : h;
    int base = (short_side + 10) / 20;
    int body = scale(base, step_permille[text_size - 1]);
    if (body < 8) body = 8;

    LayoutStyle *st = &out->style;
    st->body_px = body;
    st->heading_px = scale(body, 1300);
    st->line_px = scale_up(body, 1450);
    st->heading_line_px = scale_up(st->heading_px, 1400);
    st->para_gap_px = scale(body, 800);
    st->indent_px = scale(body, 1200);

    int bar = scale(short_side, 120);
    if (bar < STYLE_BAR_MIN_PX) bar = STYLE_BAR_MIN_PX;
    if (bar > h / 3) bar = h / 3; /* a tiny window still shows some text */
    int margin = scale(w, 50);
    if (margin < 8) margin = 8;
    if (margin > w / 4) margin = w / 4;
    int pad = body / 2;

    out->text_size = text_size;
    out->top_bar = (LayoutRect){0, 0, w, bar};
    out->bottom_bar = (LayoutRect){0, h - bar, w, bar};
    int text_h = h - 2 * bar - 2 * pad;
    if (text_h < 1) text_h = 1;
    out->text = (LayoutRect){margin, bar + pad, w - 2 * margin, text_h};
}
