/* display: SDL's video started on the kiosk's screen (SDL side). */
#ifndef STORSTIL_DISPLAY_H
#define STORSTIL_DISPLAY_H

#include <SDL.h>

/* Starts SDL's video and events: 0, or -1 after saying why on stderr. With
 * SDL_VIDEODRIVER=kmsdrm (the unit) it waits up to 20 s for the display
 * device, saying so once; on KMSDRM it asks for the OpenGL ES renderer
 * unless SDL_RENDER_DRIVER chose one. */
int display_start(void);

#endif
