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

typedef struct {
    int text_size;       /* the step used, clamped to 1..5 */
    LayoutRect top_bar;  /* home button, title, A- / A+ */
    LayoutRect text;     /* the text area the layout fills */
    LayoutRect bottom_bar; /* prev / next, "Sida 3 av 41", progress */
    LayoutStyle style;   /* font sizes, line boxes, gaps, list indent */
} StyleScreen;

/* Geometry and text style of the reader for a w x h screen (already swapped
 * when rotated 90/270) and text size step 1..5 (clamped; 3 is the default).
 * Contract: the body size at step 3 is 1/20 of the shorter screen side and
 * the steps scale it by 0.75, 0.875, 1, 1.25 and 1.5; lines are 1.45 times
 * the size; headings 1.3 times the body. Each bar takes 12% of the shorter
 * side but never less than STYLE_BAR_MIN_PX; side margins are 5% of the
 * width (at least 8 px); the text area keeps half a body size of air under
 * the top bar and above the bottom bar. */
void style_screen(int w, int h, int text_size, StyleScreen *out);

#endif
