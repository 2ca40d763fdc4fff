/* main: the storstil kiosk process.
 *
 * Owns the process-wide state (the Kiosk struct below), the window and its
 * rotation, the event loop and its sleeping, the translation of SDL events
 * into gestures and commands, the virtual clock of scripted runs, signals,
 * and systemd notification. What a screen looks like is render.c's; what a
 * command does is app.c's; where a tap lands is ui.c's. */
#include <SDL.h>
#include <SDL_image.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <systemd/sd-daemon.h>
#include <time.h>

#include "app.h"
#include "dump.h"
#include "gesture.h"
#include "library.h"
#include "main_check.h"
#include "main_script.h"
#include "options.h"
#include "render.h"
#include "script.h"
#include "ui.h"

#ifndef STORSTIL_VERSION
#define STORSTIL_VERSION "0.1.0"
#endif

#define POLL_DATA_MS 2000   /* how often the data folder is looked at */
#define MAX_SLEEP_MS 500    /* the loop wakes at least this often (signals, watchdog) */
#define MOUSE_FINGER 0      /* gesture.h: the mouse is finger 0 ... */
#define FINGER_BASE 1       /* ... so real fingers are numbered from 1 */

static volatile sig_atomic_t got_term, got_hup;

static void on_signal(int sig)
{
    if (sig == SIGHUP) got_hup = 1;
    else got_term = 1;
}

typedef struct {
    Options *opt;
    SDL_Window *win;
    SDL_Renderer *ren;
    SDL_Texture *target; /* the logical screen when rotated, else NULL */
    int phys_w, phys_h;  /* window pixels */
    int w, h;            /* logical screen (swapped for 90 and 270) */
    Render *render;
    Library *lib;
    App *app;
    GestureRecognizer *gest;
    Script *script;
    size_t script_pos;
    int64_t vclock;     /* the virtual clock while scripted */
    int64_t next_poll;  /* next look at the data folder */
    int64_t last_watchdog;
    bool dirty;         /* something changed: draw a frame */
    bool reload_pending; /* rescan the data folder when no text is open */
    bool first_frame_done;
    bool quit;
    int exit_code;
} Kiosk;

static int64_t now_ms(const Kiosk *k)
{
    return k->script ? k->vclock : (int64_t)SDL_GetTicks64();
}

/* Physical window pixels to the logical (rotated) screen. */
static void to_logical(const Kiosk *k, int px, int py, int *x, int *y)
{
    switch (k->opt->cfg.rotate) {
    case 90: *x = py; *y = k->phys_w - 1 - px; break;
    case 180: *x = k->phys_w - 1 - px; *y = k->phys_h - 1 - py; break;
    case 270: *x = k->phys_h - 1 - py; *y = px; break;
    default: *x = px; *y = py; break;
    }
}

static void command(Kiosk *k, AppCommand cmd, int arg)
{
    app_command(k->app, cmd, arg, now_ms(k));
    k->dirty = true;
}

static void on_gesture(Kiosk *k, Gesture g)
{
    if (g.kind == GESTURE_NONE) return;
    AppView v;
    app_view(k->app, now_ms(k), &v);
    int arg = 0;
    AppCommand cmd = ui_command(render_ui(k->render), &v, &g, &arg);
    command(k, cmd == APP_CMD_NONE ? APP_CMD_ANY_INPUT : cmd, arg);
}

static void on_pointer(Kiosk *k, GesturePhase phase, int64_t finger, int px, int py)
{
    GestureSample s = {.phase = phase, .finger = finger, .t_ms = now_ms(k)};
    to_logical(k, px, py, &s.x, &s.y);
    if (phase == GESTURE_DOWN) command(k, APP_CMD_ANY_INPUT, 0);
    on_gesture(k, gesture_feed(k->gest, &s));
}

static void on_key(Kiosk *k, const SDL_KeyboardEvent *key)
{
    AppCommand cmd = APP_CMD_ANY_INPUT;
    switch (key->keysym.sym) {
    case SDLK_RIGHT: case SDLK_PAGEDOWN: case SDLK_SPACE: cmd = APP_CMD_NEXT; break;
    case SDLK_LEFT: case SDLK_PAGEUP: case SDLK_BACKSPACE: cmd = APP_CMD_PREV; break;
    case SDLK_DOWN: cmd = APP_CMD_FOCUS_NEXT; break;
    case SDLK_UP: cmd = APP_CMD_FOCUS_PREV; break;
    case SDLK_RETURN: case SDLK_KP_ENTER: cmd = APP_CMD_ACTIVATE; break;
    case SDLK_ESCAPE: case SDLK_HOME: case SDLK_AC_BACK: cmd = APP_CMD_HOME; break;
    case SDLK_PLUS: case SDLK_KP_PLUS: case SDLK_EQUALS: cmd = APP_CMD_BIGGER; break;
    case SDLK_MINUS: case SDLK_KP_MINUS: cmd = APP_CMD_SMALLER; break;
    case SDLK_F4:
        if (key->keysym.mod & KMOD_ALT) cmd = APP_CMD_QUIT_REQUEST;
        break;
    default:
        if (key->keysym.sym >= SDLK_0 && key->keysym.sym <= SDLK_9) {
            command(k, APP_CMD_PIN_DIGIT, key->keysym.sym - SDLK_0);
            return;
        }
        break;
    }
    command(k, cmd, 0);
}

static void on_event(Kiosk *k, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_QUIT: command(k, APP_CMD_QUIT_REQUEST, 0); break;
    case SDL_KEYDOWN: on_key(k, &e->key); break;
    case SDL_FINGERDOWN: case SDL_FINGERMOTION: case SDL_FINGERUP: {
        GesturePhase ph = e->type == SDL_FINGERDOWN ? GESTURE_DOWN
                        : e->type == SDL_FINGERUP ? GESTURE_UP : GESTURE_MOVE;
        int px = (int)(e->tfinger.x * (float)k->phys_w), py = (int)(e->tfinger.y * (float)k->phys_h);
        on_pointer(k, ph, (int64_t)e->tfinger.fingerId + FINGER_BASE, px, py);
        break;
    }
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP:
        /* Touches also arrive as synthesised mouse events; the fingers count. */
        if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT) break;
        on_pointer(k, e->type == SDL_MOUSEBUTTONDOWN ? GESTURE_DOWN : GESTURE_UP, MOUSE_FINGER,
                   e->button.x, e->button.y);
        break;
    case SDL_MOUSEMOTION:
        if (e->motion.which == SDL_TOUCH_MOUSEID || !(e->motion.state & SDL_BUTTON_LMASK)) break;
        on_pointer(k, GESTURE_MOVE, MOUSE_FINGER, e->motion.x, e->motion.y);
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_FOCUS_LOST) gesture_reset(k->gest);
        k->dirty = true; /* exposed, resized, restored: draw again */
        break;
    default: break;
    }
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
    AppView v;
    app_view(k->app, now_ms(k), &v);
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
static void draw(Kiosk *k, const char *shot_path)
{
    int64_t now = now_ms(k);
    app_tick(k->app, now);
    AppView v;
    app_view(k->app, now, &v);
    render_prepare(k->render, k->app, k->lib, &v);
    app_view(k->app, now, &v);
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
static void reload(Kiosk *k)
{
    AppView v;
    app_view(k->app, now_ms(k), &v);
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

/* Prints what a scripted shot shows, so tests can check the state as well
 * as the picture. */
static void print_state(Kiosk *k, const char *shot)
{
    static const char *const names[] = {"shelf", "reader", "end", "error", "idle", "staff-pin",
                                        "staff-menu", "staff-info"};
    AppView v;
    app_view(k->app, now_ms(k), &v);
    printf("shot %s: screen=%s doc=%d page=%d pages=%d text_size=%d theme=%s shelf_page=%d docs=%d hint=%d\n",
           shot, names[v.screen], v.doc, v.page + 1, v.n_pages, v.text_size, config_theme_name(v.theme),
           v.shelf_page + 1, v.n_docs, v.hint_visible);
    fflush(stdout);
}

/* Runs the loop until quit: events, timeouts, the data folder, signals. */
static void loop(Kiosk *k)
{
    uint64_t wd_usec = 0;
    int64_t wd_every = sd_watchdog_enabled(0, &wd_usec) > 0 ? (int64_t)(wd_usec / 3000) : -1;
    while (!k->quit && !got_term) {
        int64_t now = now_ms(k);
        /* The watchdog is fed only from the frame loop (which wakes at least
         * every MAX_SLEEP_MS), so a frozen loop is restarted by systemd. */
        if (wd_every >= 0 && (int64_t)SDL_GetTicks64() - k->last_watchdog >= wd_every) {
            sd_notify(0, "WATCHDOG=1");
            k->last_watchdog = (int64_t)SDL_GetTicks64();
        }
        if (got_hup || app_take_reload(k->app) || (int64_t)SDL_GetTicks64() >= k->next_poll) {
            got_hup = 0;
            k->reload_pending = true;
            k->next_poll = (int64_t)SDL_GetTicks64() + POLL_DATA_MS;
        }
        if (k->reload_pending) reload(k);
        Gesture g = gesture_poll(k->gest, now);
        on_gesture(k, g);
        int64_t due = app_next_deadline(k->app, now);
        if (due >= 0 && due <= now) k->dirty = true;
        if (k->dirty) draw(k, NULL);
        if (k->quit) break;

        if (k->script) {
            /* Scripted: time jumps to the next action, frame by frame while
             * something moves, sleeping the real time only for waits. */
            if (k->script_pos >= k->script->n) {
                if (!k->dirty && app_next_deadline(k->app, now) < 0) break;
                break;
            }
            const ScriptAction *a = &k->script->actions[k->script_pos];
            if (a->at_ms > now) {
                int64_t step = a->at_ms;
                int64_t d1 = app_next_deadline(k->app, now), d2 = gesture_next_deadline(k->gest);
                if (d1 > now && d1 < step) step = d1;
                if (d2 > now && d2 < step) step = d2;
                if (a->kind == SCRIPT_IDLE || a->kind == SCRIPT_SHOT) {
                    /* A wait passes in real time too, in short steps, so the
                     * data folder is polled and outside events happen. */
                    if (step - now > 250) step = now + 250;
                    SDL_Delay((Uint32)(step - now));
                }
                k->vclock = step;
                SDL_Event e;
                while (SDL_PollEvent(&e)) on_event(k, &e);
                continue;
            }
            k->script_pos++;
            ScriptPush r = main_script_push(a, k->phys_w, k->phys_h);
            if (r == SCRIPT_PUSH_BAD_KEY)
                fprintf(stderr, "storstil: script line %d: unknown key \"%s\"\n", a->line, a->text);
            SDL_Event e;
            while (SDL_PollEvent(&e)) on_event(k, &e);
            if (r == SCRIPT_PUSH_SHOT) {
                /* A shot shows the screen at rest: let a running slide end. */
                AppView v;
                app_view(k->app, now_ms(k), &v);
                while (v.anim_dir != 0) {
                    k->vclock += APP_FRAME_MS;
                    app_view(k->app, now_ms(k), &v);
                }
                draw(k, a->text);
                print_state(k, a->text);
            }
            continue;
        }

        int64_t wake = now + MAX_SLEEP_MS;
        int64_t d1 = app_next_deadline(k->app, now), d2 = gesture_next_deadline(k->gest);
        if (d1 >= 0 && d1 < wake) wake = d1;
        if (d2 >= 0 && d2 < wake) wake = d2;
        int timeout = (int)(wake > now ? wake - now : 0);
        SDL_Event e;
        if (SDL_WaitEventTimeout(&e, timeout)) {
            on_event(k, &e);
            while (SDL_PollEvent(&e)) on_event(k, &e);
        }
    }
}

static int run_kiosk(Options *opt)
{
    Kiosk k = {.opt = opt, .exit_code = 0};
    char err[512];
    if (opt->script && !(k.script = script_load(opt->script, err, sizeof err))) {
        fprintf(stderr, "storstil: %s\n", err);
        return 2;
    }
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        fprintf(stderr, "storstil: cannot start SDL video: %s\n", SDL_GetError());
        script_free(k.script);
        return 1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);

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
    k.win = SDL_CreateWindow("storstil", SDL_WINDOWPOS_CENTERED_DISPLAY(display),
                             SDL_WINDOWPOS_CENTERED_DISPLAY(display), w, h, flags);
    if (k.win) k.ren = SDL_CreateRenderer(k.win, -1, SDL_RENDERER_TARGETTEXTURE);
    if (!k.win || !k.ren) {
        fprintf(stderr, "storstil: cannot open the screen: %s\n", SDL_GetError());
        if (k.win) SDL_DestroyWindow(k.win);
        SDL_Quit();
        script_free(k.script);
        return 1;
    }
    SDL_ShowCursor(opt->cfg.fullscreen ? SDL_DISABLE : SDL_ENABLE);

    k.lib = library_new(opt->cfg.data_dir);
    k.app = app_new(&opt->cfg, now_ms(&k));
    k.gest = gesture_new(w, h);
    k.render = render_new(k.ren, &opt->cfg, STORSTIL_VERSION);
    if (!k.lib || !k.app || !k.gest || !k.render || setup_screen(&k) < 0) {
        fprintf(stderr, "storstil: cannot start: %s\n", k.render ? "out of memory" : "no usable font");
        k.exit_code = 1;
    } else {
        library_scan(k.lib, NULL);
        if (library_problem(k.lib)[0]) fprintf(stderr, "storstil: %s\n", library_problem(k.lib));
        render_library_changed(k.render, k.app, k.lib);
        k.next_poll = (int64_t)SDL_GetTicks64() + POLL_DATA_MS;
        k.dirty = true;
        loop(&k);
        if (opt->screenshot) draw(&k, opt->screenshot);
    }
    sd_notify(0, "STOPPING=1");
    render_free(k.render);
    gesture_free(k.gest);
    app_free(k.app);
    library_free(k.lib);
    script_free(k.script);
    if (k.target) SDL_DestroyTexture(k.target);
    SDL_DestroyRenderer(k.ren);
    SDL_DestroyWindow(k.win);
    IMG_Quit();
    SDL_Quit();
    return k.exit_code;
}

int main(int argc, char **argv)
{
    Options opt;
    int rc = options_parse(&opt, argc, argv, stderr);
    if (rc != 0) {
        options_usage(stderr);
        return rc;
    }
    switch (opt.mode) {
    case OPTIONS_HELP: options_usage(stdout); return 0;
    case OPTIONS_VERSION: printf("storstil %s\n", STORSTIL_VERSION); return 0;
    case OPTIONS_DUMP_PAGES:
        return dump_pages_font(opt.dump_file, opt.width ? opt.width : 1920, opt.height ? opt.height : 1080,
                               opt.cfg.text_size, opt.cfg.font, stdout);
    case OPTIONS_CHECK: return main_check(&opt, stdout);
    case OPTIONS_BENCH_LAYOUT:
        return dump_bench_layout(opt.cfg.data_dir, opt.width ? opt.width : 1920, opt.height ? opt.height : 1080,
                                 opt.cfg.text_size, opt.bench_runs, opt.cfg.font, stdout);
    case OPTIONS_RUN: break;
    }
    return run_kiosk(&opt);
}
