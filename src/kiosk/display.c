/* display: owns starting SDL's video on the kiosk's screen and the choice
 * of the renderer that can draw there. It waits for a KMSDRM device that is
 * not there yet at boot; it opens no window and knows nothing of the app. */
#include "display.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <systemd/sd-daemon.h>

/* How long a kiosk started at boot waits for its display device to appear. */
#define DISPLAY_WAIT_MS 20000
#define DISPLAY_RETRY_MS 250

/* See display.h: start, wait for a KMSDRM device at boot, pick the renderer. */
int display_start(void)
{
    const char *want = SDL_getenv("SDL_VIDEODRIVER");
    bool wait = want && strcmp(want, "kmsdrm") == 0;
    Uint64 until = SDL_GetTicks64() + DISPLAY_WAIT_MS;
    bool said = false;
    while (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        if (!wait || SDL_GetTicks64() >= until) {
            fprintf(stderr, "storstil: cannot start SDL video: %s\n", SDL_GetError());
            return -1;
        }
        if (!said) {
            fprintf(stderr, "storstil: waiting for the display (%s)\n", SDL_GetError());
            sd_notify(0, "STATUS=waiting for the display");
            said = true;
        }
        SDL_Delay(DISPLAY_RETRY_MS);
    }
    if (said) fprintf(stderr, "storstil: the display is there after %llu ms\n", (unsigned long long)SDL_GetTicks64());
    /* KMSDRM's context is OpenGL ES, yet SDL tries its desktop "opengl"
     * renderer first where Mesa offers desktop GL too (a Pi's v3d and vc4,
     * llvmpipe): that renderer then finds no drawing functions in libGLESv2
     * ("undefined symbol: _glVertexPointer") and draws nothing but the clear
     * colour, a black screen. Found by the emulated system test. */
    if (!SDL_GetHint(SDL_HINT_RENDER_DRIVER) && SDL_strcasecmp(SDL_GetCurrentVideoDriver(), "KMSDRM") == 0)
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "opengles2");
    return 0;
}

