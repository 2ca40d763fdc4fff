/* style: the reader screen's geometry and text style for a screen size and a
 * text size step. SDL-free; the kiosk, --dump-pages and the tests all use it,
 * so the dumped pages are exactly the pages the kiosk draws. */
#ifndef STORSTIL_STYLE_H
#define STORSTIL_STYLE_H

#include "layout.h"

#define STYLE_TEXT_SIZE_MIN 1
#define STYLE_TEXT_SIZE_MAX 5
#define STYLE_TEXT_SIZE_DEFAULT 3
#define STYLE_BAR_MIN_PX 56 /* bars never get lower: their buttons stay big */
#define STYLE_TOUCH_MIN_PX 56 /* a control's least size in pixels ... */
#define STYLE_TOUCH_MIN_MM 15.0 /* ... and in millimetres, where the screen's size is known */
#define STYLE_GAP_MIN_MM 3.0    /* the least space between two controls */
/* At text size 3 the body's x-height is at least this, where the screen's
 * size is known: large print read at arm's length (about 20 pt). */
#define STYLE_X_HEIGHT_MIN_MM 3.5
/* Every control's label has at least this x-height, where the screen's size
 * is known: a label is never shrunk below it to fit; what does not fit
 * moves (ui.h's "Text och ljud" panel) or takes shorter words. */
#define STYLE_LABEL_X_HEIGHT_MIN_MM 2.5
/* The x-height of the bundled Atkinson Hyperlegible, in thousandths of its
 * size (em). A configured font with a larger x-height only reads larger. */
#define STYLE_X_HEIGHT_PERMILLE 496
/* A screen shorter than this (where its size is known) gets one row of
 * controls at the foot and a slim line for the title at the top: with two
 * rows of 15 mm controls a 7" panel (86 mm) would hold only two lines of
 * text at size 5. */
#define STYLE_ONE_BAR_BELOW_MM 100.0
/* A screen narrower than this (where its size is known) has no room for the
 * title between Alla texter, A- and A+: the title gets a slim line of its own
 * above them (the Touch Display 2 upright is 88 mm wide). */
#define STYLE_TITLE_LINE_BELOW_MM 120.0

typedef struct {
    int text_size;       /* the step used, clamped to 1..5 */
    LayoutRect top_bar;  /* home button, title, A- / A+ */
    LayoutRect text;     /* the text area the layout fills */
    LayoutRect bottom_bar; /* prev / next, "Sida 3 av 41", progress */
    LayoutStyle style;   /* font sizes, line boxes, gaps, list indent */
    int touch_px;        /* the least height and width of a control */
    int one_bar;         /* 1: every control in bottom_bar; top_bar is a slim
                          * line for the title and the page label */
    int title_line_px;   /* > 0: top_bar starts with a slim line this high for
                          * the title, its buttons under it */
    int gap_px;          /* the least space between two controls */
    int label_min_px;    /* style_label_min_px: labels never smaller (0: unknown) */
} StyleScreen;

/* Geometry and text style of the reader for a w x h screen (already swapped
 * when rotated 90/270) with px_per_mm pixels a millimetre (0: unknown) and
 * text size step 1..5 (clamped; 3 is the default).
 * Contract: the body size at step 3 is the larger of 1/20 of the shorter
 * screen side and, where px_per_mm is known, the size whose x-height is
 * STYLE_X_HEIGHT_MIN_MM; the steps scale it by 0.75, 0.875, 1, 1.25 and 1.5;
 * lines are 1.45 times the size; headings 1.3 times the body. Controls are at
 * least STYLE_TOUCH_MIN_PX and STYLE_TOUCH_MIN_MM, STYLE_GAP_MIN_MM apart.
 * Each bar takes 12% of the shorter side but never less than a control and
 * its gap; a screen under STYLE_ONE_BAR_BELOW_MM tall gets one bar of
 * controls and a slim top line of 60% of a control; one under
 * STYLE_TITLE_LINE_BELOW_MM wide gets that slim line above its top bar; side margins are 5% of the width (at least 8 px); the text area
 * keeps half a body size of air under the top bar and above the bottom bar. */
void style_screen(int w, int h, double px_per_mm, int text_size, StyleScreen *out);

/* Pixels a millimetre of a panel px_w x px_h pixels and w_mm x h_mm
 * millimetres (the same orientation), the mean of both directions; 0 when
 * either size is unknown (0). */
double style_px_per_mm(int px_w, int px_h, int w_mm, int h_mm);

/* The least label size in pixels whose x-height is
 * STYLE_LABEL_X_HEIGHT_MIN_MM with px_per_mm pixels a millimetre; 0 when
 * px_per_mm is 0 (unknown). */
int style_label_min_px(double px_per_mm);

/* The body's x-height in millimetres for a body size (0 when px_per_mm is 0). */
double style_x_height_mm(int body_px, double px_per_mm);


#endif
