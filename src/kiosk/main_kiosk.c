/* main_kiosk: owns the kiosk's window, renderer and modules from start to
 * end, the drawing of a frame (layout in step, rotation, systemd READY) and
 * the rescans of the data folder. Events and the loop are main.c's. */
#include "main_kiosk.h"

#include <SDL_image.h>
#include <stdio.h>
#include <string.h>
#include <systemd/sd-daemon.h>
#include <time.h>

#include "core/ui.h"

int64_t kiosk_now(const Kiosk *k)
{
    return k->virtual_clock ? k->vclock : (int64_t)SDL_GetTicks64();
}

void kiosk_command(Kiosk *k, AppCommand cmd, int arg)
{
    app_command(k->app, cmd, arg, kiosk_now(k));
    k->dirty = true;
}

/* Sizes the logical screen from the window and the rotation. */
static int setup_screen(Kiosk *k)
{
    SDL_GetRendererOutputSize(k->ren, &k->phys_w, &k->phys_h);
    bool quarter = k->opt->cfg.rotate == 90 || k->opt->cfg.rotate == 270;
    k->w = quarter ? k->phys_h : k->phys_w;
    k->h = quarter ? k->phys_w : k->phys_h;
    if (k->target) SDL_DestroyTexture(k->target);
    k->target = NULL;
    if (k->opt->cfg.rotate != 0) {
        k->target = SDL_CreateTexture(k->ren, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                      k->w, k->h);
        if (!k->target) {
            fprintf(stderr, "storstil: cannot rotate the screen: %s\n", SDL_GetError());
            return -1;
        }
    }
    gesture_set_screen(k->gest, k->w, k->h);
    render_set_screen(k->render, k->w, k->h);
    app_set_shelf_per_page(k->app, ui_shelf_per_page(render_ui(k->render)));
    return 0;
}

static void save_png(Kiosk *k, const char *path)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, k->phys_w, k->phys_h, 32, SDL_PIXELFORMAT_RGBA32);
    if (!s) return;
    if (SDL_RenderReadPixels(k->ren, NULL, SDL_PIXELFORMAT_RGBA32, s->pixels, s->pitch) != 0 ||
        IMG_SavePNG(s, path) != 0)
        fprintf(stderr, "storstil: cannot save %s: %s\n", path, SDL_GetError());
    SDL_FreeSurface(s);
}

/* Brings layout and app in step, draws the logical screen, and shows it
 * turned to the window; saves it to shot_path first when given. */
void kiosk_draw(Kiosk *k, const char *shot_path)
{
    int64_t now = kiosk_now(k);
    app_tick(k->app, now);
    AppView v;
    app_view(k->app, now, &v);
    render_prepare(k->render, k->app, k->lib, &v);
    app_view(k->app, now, &v);
    if (v.screen == APP_SCREEN_READER && v.doc == k->seen_doc && v.text_size == k->seen_size &&
        v.page != k->seen_page) {
        if (k->turns++ > 0 && (k->min_turn_gap_ms < 0 || now - k->last_turn_ms < k->min_turn_gap_ms))
            k->min_turn_gap_ms = now - k->last_turn_ms;
        k->last_turn_ms = now;
    }
    k->seen_doc = v.screen == APP_SCREEN_READER ? v.doc : -1;
    k->seen_page = v.page;
    k->seen_size = v.text_size;
    k->drawn_at = now;
    if (k->target) SDL_SetRenderTarget(k->ren, k->target);
    render_frame(k->render, k->lib, &v);
    if (k->target) {
        SDL_SetRenderTarget(k->ren, NULL);
        SDL_SetRenderDrawColor(k->ren, 0, 0, 0, 255);
        SDL_RenderClear(k->ren);
        SDL_Rect dst = {(k->phys_w - k->w) / 2, (k->phys_h - k->h) / 2, k->w, k->h};
        SDL_RenderCopyEx(k->ren, k->target, NULL, &dst, (double)k->opt->cfg.rotate, NULL, SDL_FLIP_NONE);
    }
    if (shot_path) save_png(k, shot_path);
    SDL_RenderPresent(k->ren);
    k->presented_at = SDL_GetPerformanceCounter();
    render_prefetch(k->render, &v);
    k->dirty = false;
    if (!k->first_frame_done) {
        k->first_frame_done = true;
        if (k->opt->first_frame_stamp) {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            printf("first_frame_epoch_ns: %lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
            fflush(stdout);
        }
        sd_notify(0, "READY=1");
    }
    if (v.wants_quit) k->quit = true;
}

/* Rescans the data folder when no text is open: a reader in the middle of a
 * text is never disturbed (and document indexes never shift under it); the
 * scan waits until the visitor is back on the shelf. */
void kiosk_reload(Kiosk *k)
{
    AppView v;
    app_view(k->app, kiosk_now(k), &v);
    AppScreen s = v.screen == APP_SCREEN_IDLE ? v.under : v.screen;
    if (s != APP_SCREEN_SHELF && s != APP_SCREEN_STAFF_MENU && s != APP_SCREEN_STAFF_INFO &&
        s != APP_SCREEN_STAFF_PIN)
        return;
    k->reload_pending = false;
    if (library_scan(k->lib, NULL)) {
        render_library_changed(k->render, k->app, k->lib);
        k->dirty = true;
    }
}

int kiosk_open(Kiosk *k, Options *opt)
{
    memset(k, 0, sizeof *k);
    k->opt = opt;
    char err[512];
    if (opt->script && !(k->script = script_load(opt->script, err, sizeof err))) {
        fprintf(stderr, "storstil: %s\n", err);
        return 2;
    }
    k->virtual_clock = k->script != NULL;
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    /* With the software renderer, SDL would otherwise show the window's
     * pixels through an OpenGL texture: a whole GL stack (about 100 MiB with
     * Mesa's llvmpipe) loaded just to copy a picture. */
    const char *driver = SDL_GetHint(SDL_HINT_RENDER_DRIVER);
    if (driver && strcmp(driver, "software") == 0) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        fprintf(stderr, "storstil: cannot start SDL video: %s\n", SDL_GetError());
        script_free(k->script);
        return 1;
    }
    int display = opt->cfg.display < SDL_GetNumVideoDisplays() ? opt->cfg.display : 0;
    int w = opt->width, h = opt->height;
    SDL_DisplayMode mode;
    if ((!w || !h) && SDL_GetDesktopDisplayMode(display, &mode) == 0) {
        w = mode.w;
        h = mode.h;
    }
    if (!w || !h) {
        w = 1280;
        h = 800;
    }
    Uint32 flags = SDL_WINDOW_SHOWN | (opt->cfg.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    k->win = SDL_CreateWindow("storstil", SDL_WINDOWPOS_CENTERED_DISPLAY(display),
                              SDL_WINDOWPOS_CENTERED_DISPLAY(display), w, h, flags);
    if (k->win) k->ren = SDL_CreateRenderer(k->win, -1, SDL_RENDERER_TARGETTEXTURE);
    if (!k->win || !k->ren) {
        fprintf(stderr, "storstil: cannot open the screen: %s\n", SDL_GetError());
        kiosk_close(k);
        return 1;
    }
    SDL_ShowCursor(opt->cfg.fullscreen ? SDL_DISABLE : SDL_ENABLE);
    k->lib = library_new(opt->cfg.data_dir);
    k->app = app_new(&opt->cfg, kiosk_now(k));
    k->gest = gesture_new(w, h);
    k->render = render_new(k->ren, &opt->cfg, STORSTIL_VERSION);
    if (!k->lib || !k->app || !k->gest || !k->render || setup_screen(k) < 0) {
        fprintf(stderr, "storstil: cannot start: %s\n", k->render ? "out of memory" : "no usable font");
        kiosk_close(k);
        return 1;
    }
    library_set_log(k->lib, stderr); /* the journal, under systemd */
    library_scan(k->lib, NULL);
    if (library_problem(k->lib)[0]) fprintf(stderr, "storstil: %s\n", library_problem(k->lib));
    render_library_changed(k->render, k->app, k->lib);
    k->next_poll = (int64_t)SDL_GetTicks64() + KIOSK_POLL_DATA_MS;
    k->dirty = true;
    k->seen_doc = -1;
    k->min_turn_gap_ms = -1;
    return 0;
}

void kiosk_close(Kiosk *k)
{
    sd_notify(0, "STOPPING=1");
    render_free(k->render);
    gesture_free(k->gest);
    app_free(k->app);
    library_free(k->lib);
    script_free(k->script);
    if (k->target) SDL_DestroyTexture(k->target);
    if (k->ren) SDL_DestroyRenderer(k->ren);
    if (k->win) SDL_DestroyWindow(k->win);
    IMG_Quit();
    SDL_Quit();
    memset(k, 0, sizeof *k);
}
