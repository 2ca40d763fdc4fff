/* kiosk: owns the kiosk's window, renderer and modules from start to end:
 * the pages kept in step with the app through the typesetter, the drawing
 * of a frame (rotation, systemd READY) and the rescans of the data folder.
 * The loop and its clock are the caller's; SDL's events are kiosk_input.c's,
 * what a command does app.c's, the look render.c's, reading aloud
 * kiosk_read.c's. */
#include "kiosk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <systemd/sd-daemon.h>

#include "display.h"
#include "kiosk_input.h"
#include "panel.h"
#include "shot.h"


/* A frame only when the command changed what the screen shows: a finger
 * coming down changes nothing on most screens, and a frame drawn between
 * it and its lifting (a second or more on a slow, busy CPU) made the tap a
 * long press, which does nothing. */
void kiosk_command(Kiosk *k, AppCommand cmd, int arg, int64_t now)
{
    AppView before, after;
    app_view(k->app, now, &before);
    app_command(k->app, cmd, arg, now);
    app_view(k->app, now, &after);
    kiosk_usage_step(k, cmd, &before, &after, now);
    if (memcmp(&before, &after, sizeof before) != 0) k->dirty = true;
}

/* --- the texts and their pages: kiosk_texts.c --- */

void kiosk_tick(Kiosk *k, int64_t now, bool reload_now)
{
    int64_t ticks = (int64_t)SDL_GetTicks64(); /* the folder is polled in real time */
    if (reload_now || app_take_reload(k->app) || ticks >= k->next_poll) {
        k->texts.reload_pending = true;
        k->next_poll = ticks + KIOSK_POLL_DATA_MS;
        kiosk_usb_poll(k, now);
    }
    if (k->texts.reload_pending) kiosk_texts_reload(k, now);
    kiosk_input_gesture(k, gesture_poll(k->gest, now), now);
    kiosk_read_tick(k, now);
    int64_t due = app_next_deadline(k->app, now);
    if (due >= 0 && due <= now) k->dirty = true;
    /* A frame drawn mid-slide is always followed by another: when a frame
     * takes longer than the slide (a slow CPU, the emulated system), the
     * app has ended the slide by now and asks for no frame, and the screen
     * kept the old page under the new page number. */
    if (k->drawn_sliding) k->dirty = true;
}

int64_t kiosk_next_deadline(const Kiosk *k, int64_t now)
{
    int64_t d1 = app_next_deadline(k->app, now), d2 = gesture_next_deadline(k->gest);
    if (k->read.on && (d1 < 0 || d1 > now + KIOSK_READ_POLL_MS)) d1 = now + KIOSK_READ_POLL_MS;
    if (d1 < 0) return d2;
    return d2 >= 0 && d2 < d1 ? d2 : d1;
}

/* --- frames --- */

static void save_png(Kiosk *k, const char *path)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, k->phys_w, k->phys_h, 32, SDL_PIXELFORMAT_RGBA32);
    if (!s) return;
    char err[300];
    if (SDL_RenderReadPixels(k->ren, NULL, SDL_PIXELFORMAT_RGBA32, s->pixels, s->pitch) != 0)
        fprintf(stderr, "storstil: cannot save %s: %s\n", path, SDL_GetError());
    else if (shot_save_png(s->pixels, s->w, s->h, s->pitch, path, err, sizeof err) != 0)
        fprintf(stderr, "storstil: cannot save %s\n", err);
    SDL_FreeSurface(s);
}

/* What the renderer is shown for v: the pages only when they are the open
 * text's. */
static RenderView render_view(const Kiosk *k, const AppView *v)
{
    const Doc *open = v->doc >= 0 ? library_doc(k->lib, (size_t)v->doc) : NULL;
    bool laid_out = open && open == typeset_doc(k->typeset);
    return (RenderView){
        .app = v, .ui = &k->ui, .lib = k->lib,
        .pages = laid_out ? typeset_layout(k->typeset) : NULL,
        .text_area = typeset_screen(k->typeset)->text,
        .pages_generation = typeset_generation(k->typeset),
        .quote = kiosk_texts_quote(k, v->attract_doc, v->attract_quote),
        .quotes_generation = k->texts.generation,
    };
}

/* The screen's size and what the current text size gives, for Info. */
static RenderScreenInfo screen_info(Kiosk *k, int text_size)
{
    bool quarter = k->opt->cfg.rotate == 90 || k->opt->cfg.rotate == 270;
    RenderScreenInfo info = {.w_mm = quarter ? k->panel_h_mm : k->panel_w_mm,
                             .h_mm = quarter ? k->panel_w_mm : k->panel_h_mm,
                             .source = k->size_source, .text_size = text_size};
    typeset_facts(k->typeset, text_size, &info.facts);
    info.stats = k->opt->cfg.stats;
    info.today = kiosk_usage_today(k);
    info.week_days = kiosk_usage_week(k, &info.week);
    return info;
}

/* Under systemd, one line in the journal with the first frame's time (from
 * the start of kiosk_open, so a wait for the display counts) and the peak
 * memory until then: the figures of a start on the real screen. */
static void say_first_frame(const Kiosk *k)
{
    if (!kiosk_managed()) return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long long ms = (now.tv_sec - k->opened.tv_sec) * 1000LL + (now.tv_nsec - k->opened.tv_nsec) / 1000000;
    struct rusage ru;
    long peak_kib = getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;
    fprintf(stderr, "storstil: first frame after %lld ms, %.1f MiB resident\n", ms, (double)peak_kib / 1024.0);
}

/* Draws the logical screen, turned to the window when rotated. */
static void draw_screen(Kiosk *k, const RenderView *rv)
{
    if (k->target) SDL_SetRenderTarget(k->ren, k->target);
    render_frame(k->render, rv);
    if (k->target) {
        SDL_SetRenderTarget(k->ren, NULL);
        SDL_SetRenderDrawColor(k->ren, 0, 0, 0, 255);
        SDL_RenderClear(k->ren);
        SDL_Rect dst = {(k->phys_w - k->w) / 2, (k->phys_h - k->h) / 2, k->w, k->h};
        SDL_RenderCopyEx(k->ren, k->target, NULL, &dst, (double)k->opt->cfg.rotate, NULL, SDL_FLIP_NONE);
    }
}

void kiosk_update(Kiosk *k, int64_t now, AppView *v)
{
    AppView before;
    app_view(k->app, now, &before);
    app_tick(k->app, now);
    app_view(k->app, now, v);
    kiosk_usage_step(k, APP_CMD_NONE, &before, v, now);
    kiosk_texts_sync(k, v);
    app_view(k->app, now, v); /* the page counts and contents just handed over */
    kiosk_read_sync(k, v);
    if (v->wants_quit) k->quit = true;
}

void kiosk_present(Kiosk *k, const AppView *v, const char *shot_path)
{
    RenderView rv = render_view(k, v);
    rv.highlight = kiosk_read_highlight(k, v, &rv.highlight_page);
    RenderScreenInfo info;
    if (v->screen == APP_SCREEN_STAFF_INFO) {
        info = screen_info(k, v->text_size);
        rv.screen = &info;
    }
    draw_screen(k, &rv);
    k->drawn_sliding = v->anim_dir != 0;
    if (shot_path) save_png(k, shot_path);
    SDL_RenderPresent(k->ren);
    k->dirty = false;
    if (!k->first_frame_done) {
        k->first_frame_done = true;
        sd_notify(0, "READY=1");
        say_first_frame(k);
    }
}

void kiosk_draw(Kiosk *k, int64_t now, const char *shot_path)
{
    AppView v;
    kiosk_update(k, now, &v);
    kiosk_present(k, &v, shot_path);
}

/* The unit's watchdog (WatchdogSec=10) counts from the kiosk's start, not
 * from READY=1, and a start drawing in software on a slow, busy CPU took
 * over 20 s (the emulated system under load: three watchdog kills before
 * the first frame). So the kiosk asks systemd for KIOSK_START_WATCHDOG_USEC
 * while it starts and gives the unit's own time back once the first frame
 * and the one-off preparation after it are done. No-op without a watchdog. */
#define KIOSK_START_WATCHDOG_USEC 60000000ULL
static void watchdog_for_start(bool starting)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec >= KIOSK_START_WATCHDOG_USEC) return;
    sd_notifyf(0, "WATCHDOG_USEC=%llu", starting ? KIOSK_START_WATCHDOG_USEC : (unsigned long long)usec);
}

void kiosk_prefetch(Kiosk *k, int64_t now)
{
    typeset_prepare(k->typeset); /* once, after the first frame; then nothing */
    AppView v;
    app_view(k->app, now, &v);
    RenderView rv = render_view(k, &v);
    render_prefetch(k->render, &rv);
    if (!k->started) {
        k->started = true;
        watchdog_for_start(false);
    }
}

/* --- start and end --- */

bool kiosk_managed(void)
{
    /* systemd sets INVOCATION_ID for every service it starts, and
     * NOTIFY_SOCKET for a Type=notify one. */
    return getenv("INVOCATION_ID") || getenv("NOTIFY_SOCKET");
}

void kiosk_say_how_to_leave(const Kiosk *k)
{
    AppView v;
    app_view(k->app, 0, &v);
    if (!k->opt->cfg.fullscreen) return;
    if (!v.kiosk)
        fprintf(stderr, "storstil: to leave, press Ctrl+Q, hold Escape for a second or close the window.\n"
                        "storstil: a public kiosk is locked by a staff_pin or by starting it as a service.\n");
    else if (k->opt->cfg.staff_pin[0])
        fprintf(stderr, "storstil: locked; to leave, hold the top-left corner for 5 seconds, type the staff "
                        "PIN and choose Avsluta.\n");
}

/* Sizes the logical screen from the window and the rotation. */
static int setup_screen(Kiosk *k)
{
    SDL_GetRendererOutputSize(k->ren, &k->phys_w, &k->phys_h);
    k->size_source = panel_size(k->win, &k->opt->cfg, k->phys_w, k->phys_h, &k->panel_w_mm, &k->panel_h_mm);
    k->px_per_mm = style_px_per_mm(k->phys_w, k->phys_h, k->panel_w_mm, k->panel_h_mm);
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
    typeset_set_screen(k->typeset, k->w, k->h, k->px_per_mm);
    render_set_screen(k->render, k->w, k->h);
    ui_layout(&k->ui, k->w, k->h, k->px_per_mm, STYLE_TEXT_SIZE_DEFAULT);
    k->ui_text_size = 0; /* laid out again for the app's text size at the first frame */
    app_set_shelf_per_page(k->app, ui_shelf_per_page(&k->ui));
    app_set_contents_per_page(k->app, k->ui.contents_per_page);
    return 0;
}

/* Opens the window on the configured display, full screen or at opt's size. */
static int open_window(Kiosk *k)
{
    const Options *opt = k->opt;
    /* With the software renderer, SDL would otherwise show the window's
     * pixels through an OpenGL texture: a whole GL stack (about 100 MiB with
     * Mesa's llvmpipe) loaded just to copy a picture. */
    const char *driver = SDL_GetHint(SDL_HINT_RENDER_DRIVER);
    if (driver && strcmp(driver, "software") == 0) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (display_start() < 0 || panel_after_init() < 0) return -1;
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
        return -1;
    }
    SDL_ShowCursor(opt->cfg.fullscreen ? SDL_DISABLE : SDL_ENABLE);
    return 0;
}

int kiosk_open(Kiosk *k, const Options *opt, bool managed, int64_t now)
{
    memset(k, 0, sizeof *k);
    clock_gettime(CLOCK_MONOTONIC, &k->opened);
    watchdog_for_start(true);
    k->opt = opt;
    k->escape_down = -1;
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (open_window(k) < 0) {
        kiosk_close(k);
        return 1;
    }
    if (!(k->fonts = font_open(opt->cfg.font))) { /* font_open said why */
        kiosk_close(k);
        return 1;
    }
    TypesetFonts tf = font_typeset(k->fonts);
    k->typeset = typeset_new(&tf, NULL, stderr);
    k->render = render_new(k->ren, k->fonts, opt->cfg.lang, STORSTIL_VERSION);
    k->lib = library_new(opt->cfg.data_dir, opt->cfg.synced_dir);
    k->app = app_new(&opt->cfg, managed, now);
    k->gest = gesture_new(k->phys_w, k->phys_h);
    if (!k->typeset || !k->render || !k->lib || !k->app || !k->gest) {
        fprintf(stderr, "storstil: cannot start: out of memory\n");
        kiosk_close(k);
        return 1;
    }
    kiosk_read_open(k); /* before the screen: "Läs upp" takes room in the bars */
    if (setup_screen(k) < 0) {
        kiosk_close(k);
        return 1;
    }
    library_set_log(k->lib, stderr); /* the journal, under systemd */
    library_scan(k->lib);
    if (library_problem(k->lib)[0]) fprintf(stderr, "storstil: %s\n", library_problem(k->lib));
    kiosk_texts_changed(k);
    kiosk_usb_start(k);
    kiosk_usage_open(k, now);
    k->next_poll = (int64_t)SDL_GetTicks64() + KIOSK_POLL_DATA_MS;
    k->dirty = true;
    return 0;
}

void kiosk_close(Kiosk *k)
{
    sd_notify(0, "STOPPING=1");
    kiosk_read_close(k);
    kiosk_usage_close(k);
    render_free(k->render);
    typeset_free(k->typeset);
    kiosk_texts_free(k);
    font_free(k->fonts);
    gesture_free(k->gest);
    app_free(k->app);
    library_free(k->lib);
    if (k->target) SDL_DestroyTexture(k->target);
    if (k->ren) SDL_DestroyRenderer(k->ren);
    if (k->win) SDL_DestroyWindow(k->win);
    SDL_Quit();
    memset(k, 0, sizeof *k);
}
