/* panel: the screen's physical size in millimetres, for large print that is
 * large on every screen (core/style.h). SDL side. */
#ifndef STORSTIL_PANEL_H
#define STORSTIL_PANEL_H

#include <SDL.h>

#include "core/config.h"
#include "render.h"

/* Call right after SDL_Init: under X11 with one display whose XRandR output
 * reports no size (Xvfb, some VNC and framebuffer servers), video is started
 * again without XRandR, so SDL reads the X screen's own millimetres.
 * Returns -1, said on stderr, when video cannot be started again within
 * about five seconds; then SDL video is not running. */
int panel_after_init(void);

/* The size of the window's pixels (phys_w x phys_h, unrotated) in
 * millimetres: the config's screen_size_mm, else the display's density, else
 * unknown (0 x 0). A display report outside CONFIG_SCREEN_MM_MIN..MAX is
 * ignored with one line on stderr. Returns where it came from. */
RenderSizeSource panel_size(SDL_Window *win, const Config *cfg, int phys_w, int phys_h, int *w_mm,
                            int *h_mm);

#endif
