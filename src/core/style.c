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

/* The least body size in pixels at size 3 for the x-height rule; 0 when
 * the screen's size is unknown. */
static int body_min_px(double px_per_mm)
{
    if (px_per_mm <= 0) return 0;
    double em_mm = STYLE_X_HEIGHT_MIN_MM * 1000.0 / STYLE_X_HEIGHT_PERMILLE;
    return (int)(em_mm * px_per_mm + 0.999);
}

static int mm_px(double mm, double px_per_mm)
{
    return (int)(mm * px_per_mm + 0.999);
}

double style_px_per_mm(int px_w, int px_h, int w_mm, int h_mm)
{
    if (px_w <= 0 || px_h <= 0 || w_mm <= 0 || h_mm <= 0) return 0;
    return ((double)px_w / w_mm + (double)px_h / h_mm) / 2;
}

int style_label_min_px(double px_per_mm)
{
    if (px_per_mm <= 0) return 0;
    return (int)(STYLE_LABEL_X_HEIGHT_MIN_MM * 1000.0 / STYLE_X_HEIGHT_PERMILLE * px_per_mm + 0.999);
}

double style_x_height_mm(int body_px, double px_per_mm)
{
    return px_per_mm > 0 ? body_px * STYLE_X_HEIGHT_PERMILLE / 1000.0 / px_per_mm : 0;
}

void style_screen(int w, int h, double px_per_mm, int text_size, StyleScreen *out)
{
    if (w < 1) w = 1;
    if (h < 1) h = 1;
    if (text_size < STYLE_TEXT_SIZE_MIN) text_size = STYLE_TEXT_SIZE_MIN;
    if (text_size > STYLE_TEXT_SIZE_MAX) text_size = STYLE_TEXT_SIZE_MAX;
    /* The shorter side sets the sizes, so a rotated screen keeps its letters
     * and gets more lines instead of a few huge words per line. */
    int short_side = w < h ? w : h;
    int base = (short_side + 10) / 20;
    if (base < body_min_px(px_per_mm)) base = body_min_px(px_per_mm); /* big screens keep theirs */
    int body = scale(base, step_permille[text_size - 1]);
    if (body < 8) body = 8;

    LayoutStyle *st = &out->style;
    st->body_px = body;
    st->heading_px = scale(body, 1300);
    st->line_px = scale_up(body, 1450);
    st->heading_line_px = scale_up(st->heading_px, 1400);
    st->para_gap_px = scale(body, 800);
    st->indent_px = scale(body, 1200);

    int touch = STYLE_TOUCH_MIN_PX, gap = short_side / 60;
    if (touch < mm_px(STYLE_TOUCH_MIN_MM, px_per_mm)) touch = mm_px(STYLE_TOUCH_MIN_MM, px_per_mm);
    if (gap < 4) gap = 4;
    if (gap < mm_px(STYLE_GAP_MIN_MM, px_per_mm)) gap = mm_px(STYLE_GAP_MIN_MM, px_per_mm);
    int bar = scale(short_side, 120);
    if (bar < STYLE_BAR_MIN_PX) bar = STYLE_BAR_MIN_PX;
    /* Where the size is known, the bar's buttons (inset by half a gap) keep
     * their millimetres; elsewhere today's pixel rule stands. */
    if (px_per_mm > 0 && bar < touch + gap) bar = touch + gap;
    if (bar > h / 3) bar = h / 3; /* a tiny window still shows some text */
    int one_bar = px_per_mm > 0 && h < STYLE_ONE_BAR_BELOW_MM * px_per_mm;
    int title_line = !one_bar && px_per_mm > 0 && w < STYLE_TITLE_LINE_BELOW_MM * px_per_mm
                     ? scale(touch, 600) : 0;
    int top = one_bar ? scale(touch, 600) : bar + title_line;
    int margin = scale(w, 50);
    if (margin < 8) margin = 8;
    if (margin > w / 4) margin = w / 4;
    int pad = body / 2;

    out->text_size = text_size;
    out->touch_px = touch;
    out->gap_px = gap;
    out->one_bar = one_bar;
    out->title_line_px = title_line;
    out->label_min_px = style_label_min_px(px_per_mm);
    out->top_bar = (LayoutRect){0, 0, w, top};
    out->bottom_bar = (LayoutRect){0, h - bar, w, bar};
    int text_h = h - top - bar - 2 * pad;
    if (text_h < 1) text_h = 1;
    out->text = (LayoutRect){margin, top + pad, w - 2 * margin, text_h};
}
