/* ui_internal: what ui.c (the reader, shelf, overlays and staff screens)
 * and ui_screens.c (the contents list and the attract screen) share. Not for
 * other modules: they use ui.h. */
#ifndef STORSTIL_UI_INTERNAL_H
#define STORSTIL_UI_INTERNAL_H

#include "ui.h"

/* A rectangle; a negative size becomes 0. */
UiRect ui_rect_make(int x, int y, int w, int h);

/* r shrunk by d on every side, as long as it stays at least min_h tall. */
UiRect ui_inset(UiRect r, int d, int min_h);

/* Fills the contents list's rectangles; the reader's are laid out first. */
void ui_layout_contents(UiLayout *o);

/* Fills the attract screen's rectangles; the reader's are laid out first. */
void ui_layout_attract(UiLayout *o);

/* The command a tap at (x, y) means on the contents list. */
AppCommand ui_contents_hit(const UiLayout *lay, const AppView *v, int x, int y, int *arg);

#endif
