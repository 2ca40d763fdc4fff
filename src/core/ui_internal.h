/* ui_internal: what the ui's files share: ui.c (the reading screens and
 * every screen's taps), ui_staff.c, ui_contents.c and ui_attract.c (one
 * file per other family of screens). Not for other modules: they use ui.h. */
#ifndef STORSTIL_UI_INTERNAL_H
#define STORSTIL_UI_INTERNAL_H

#include "ui.h"

static inline int ui_max(int a, int b) { return a > b ? a : b; }
static inline int ui_min(int a, int b) { return a < b ? a : b; }

/* A rectangle; a negative size becomes 0. */
UiRect ui_rect_make(int x, int y, int w, int h);

/* r shrunk by d on every side, as long as it stays at least min_h tall. */
UiRect ui_inset(UiRect r, int d, int min_h);

/* A button of width bw, centred across the screen's width w in the row
 * [y, y + bh). */
UiRect ui_centred(int w, int bw, int y, int bh);

/* Fills the staff screens' rectangles; the bars are laid out first. */
void ui_layout_staff(UiLayout *o);

/* The command a tap at (x, y) means on a staff screen (v->screen). */
AppCommand ui_staff_hit(const UiLayout *lay, const AppView *v, int x, int y, int *arg);

/* Fills the contents list's rectangles; the reader's are laid out first. */
void ui_layout_contents(UiLayout *o);

/* Fills the attract screen's rectangles; the reader's are laid out first. */
void ui_layout_attract(UiLayout *o);

/* The command a tap at (x, y) means on the contents list. */
AppCommand ui_contents_hit(const UiLayout *lay, const AppView *v, int x, int y, int *arg);

#endif
