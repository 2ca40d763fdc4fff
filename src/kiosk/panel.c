/* panel: owns how the kiosk learns the screen's size in millimetres. It
 * asks SDL (kmsdrm reads the connector's size, X11 and Wayland the
 * server's) unless staff gave the size; it decides no sizes itself. */
#include "panel.h"

#include <stdio.h>
#include <string.h>

enum { PANEL_REOPEN_TRIES = 50, PANEL_REOPEN_PAUSE_MS = 100 };

int panel_after_init(void)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    float h = 0, v = 0;
    if (!driver || strcmp(driver, "x11") != 0 || SDL_GetNumVideoDisplays() != 1 ||
        SDL_GetDisplayDPI(0, NULL, &h, &v) == 0 || SDL_GetHint(SDL_HINT_VIDEO_X11_XRANDR))
        return 0;
    SDL_VideoQuit();
    SDL_SetHint(SDL_HINT_VIDEO_X11_XRANDR, "0");
    /* When the kiosk was the X server's only client, the server resets as it
     * leaves and refuses connections for a moment (xinit, Xvfb). */
    for (int tries = 0; tries < PANEL_REOPEN_TRIES; tries++) {
        if (SDL_VideoInit(NULL) == 0) return 0;
        SDL_Delay(PANEL_REOPEN_PAUSE_MS);
    }
    fprintf(stderr, "storstil: cannot start SDL video again: %s\n", SDL_GetError());
    return -1;
}

static int sane_mm(int mm)
{
    return mm >= CONFIG_SCREEN_MM_MIN && mm <= CONFIG_SCREEN_MM_MAX;
}

RenderSizeSource panel_size(SDL_Window *win, const Config *cfg, int phys_w, int phys_h, int *w_mm, int *h_mm)
{
    *w_mm = cfg->screen_w_mm;
    *h_mm = cfg->screen_h_mm;
    if (cfg->screen_w_mm) return RENDER_SIZE_CONFIG;
    float hdpi = 0, vdpi = 0;
    int display = SDL_GetWindowDisplayIndex(win);
    SDL_DisplayMode mode;
    if (display < 0 || SDL_GetDisplayDPI(display, NULL, &hdpi, &vdpi) != 0 || hdpi <= 0 || vdpi <= 0 ||
        SDL_GetDesktopDisplayMode(display, &mode) != 0)
        return RENDER_SIZE_UNKNOWN;
    int mw = (int)((float)mode.w * 25.4f / hdpi + 0.5f), mh = (int)((float)mode.h * 25.4f / vdpi + 0.5f);
    if (!sane_mm(mw) || !sane_mm(mh)) {
        fprintf(stderr, "storstil: the display says it is %dx%d mm; ignored (set screen_size_mm)\n", mw, mh);
        return RENDER_SIZE_UNKNOWN;
    }
    /* A window shows the display's density. */
    *w_mm = (int)((float)phys_w * 25.4f / hdpi + 0.5f);
    *h_mm = (int)((float)phys_h * 25.4f / vdpi + 0.5f);
    return RENDER_SIZE_DISPLAY;
}
