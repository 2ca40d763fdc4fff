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

#include "main_kiosk.h"
#include "core/app.h"
#include "dump.h"
#include "core/gesture.h"
#include "core/library.h"
#include "main_bench.h"
#include "main_check.h"
#include "main_script.h"
#include "core/options.h"
#include "render.h"
#include "core/script.h"
#include "core/ui.h"


#define MAX_SLEEP_MS 500    /* the loop wakes at least this often (signals, watchdog) */
#define MOUSE_FINGER 0      /* gesture.h: the mouse is finger 0 ... */
#define FINGER_BASE 1       /* ... so real fingers are numbered from 1 */

static volatile sig_atomic_t got_term, got_hup;

static void on_signal(int sig)
{
    if (sig == SIGHUP) got_hup = 1;
    else got_term = 1;
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

static void on_gesture(Kiosk *k, Gesture g)
{
    if (g.kind == GESTURE_NONE) return;
    AppView v;
    app_view(k->app, kiosk_now(k), &v);
    int arg = 0;
    AppCommand cmd = ui_command(render_ui(k->render), &v, &g, &arg);
    kiosk_command(k, cmd == APP_CMD_NONE ? APP_CMD_ANY_INPUT : cmd, arg);
}

static void on_pointer(Kiosk *k, GesturePhase phase, int64_t finger, int px, int py)
{
    GestureSample s = {.phase = phase, .finger = finger, .t_ms = kiosk_now(k)};
    to_logical(k, px, py, &s.x, &s.y);
    if (phase == GESTURE_DOWN) kiosk_command(k, APP_CMD_ANY_INPUT, 0);
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
    case SDLK_t: cmd = APP_CMD_THEME; break; /* staff's keyboard: try the themes */
    case SDLK_F4:
        if (key->keysym.mod & KMOD_ALT) cmd = APP_CMD_QUIT_REQUEST;
        break;
    default:
        if (key->keysym.sym >= SDLK_0 && key->keysym.sym <= SDLK_9) {
            kiosk_command(k, APP_CMD_PIN_DIGIT, key->keysym.sym - SDLK_0);
            return;
        }
        break;
    }
    kiosk_command(k, cmd, 0);
}

static void on_event(Kiosk *k, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_QUIT: kiosk_command(k, APP_CMD_QUIT_REQUEST, 0); break;
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

/* Prints what a scripted shot shows, so tests can check the state as well
 * as the picture. */
static void print_state(Kiosk *k, const char *shot)
{
    static const char *const names[] = {"shelf", "reader", "end", "error", "idle", "staff-pin",
                                        "staff-menu", "staff-info"};
    AppView v;
    app_view(k->app, kiosk_now(k), &v);
    printf("shot %s: screen=%s doc=%d page=%d pages=%d text_size=%d theme=%s shelf_page=%d docs=%d hint=%d "
           "turns=%d min_turn_gap_ms=%lld\n",
           shot, names[v.screen], v.doc, v.page + 1, v.n_pages, v.text_size, theme_get(v.theme)->name,
           v.shelf_page + 1, v.n_docs, v.hint_visible, k->turns, (long long)k->min_turn_gap_ms);
    fflush(stdout);
}

/* Runs the loop until quit: events, timeouts, the data folder, signals. */
static void loop(Kiosk *k)
{
    uint64_t wd_usec = 0;
    int64_t wd_every = sd_watchdog_enabled(0, &wd_usec) > 0 ? (int64_t)(wd_usec / 3000) : -1;
    while (!k->quit && !got_term) {
        int64_t now = kiosk_now(k);
        /* The watchdog is fed only from the frame loop (which wakes at least
         * every MAX_SLEEP_MS), so a frozen loop is restarted by systemd. */
        if (wd_every >= 0 && (int64_t)SDL_GetTicks64() - k->last_watchdog >= wd_every) {
            sd_notify(0, "WATCHDOG=1");
            k->last_watchdog = (int64_t)SDL_GetTicks64();
        }
        if (got_hup || app_take_reload(k->app) || (int64_t)SDL_GetTicks64() >= k->next_poll) {
            got_hup = 0;
            k->reload_pending = true;
            k->next_poll = (int64_t)SDL_GetTicks64() + KIOSK_POLL_DATA_MS;
        }
        if (k->reload_pending) kiosk_reload(k);
        Gesture g = gesture_poll(k->gest, now);
        on_gesture(k, g);
        int64_t due = app_next_deadline(k->app, now);
        if (due >= 0 && due <= now) k->dirty = true;
        /* Like a screen at 60 Hz, a scripted run draws once per frame: the
         * actions due within the same frame are all taken first. */
        bool coalesce = k->script && k->script_pos < k->script->n &&
                        k->script->actions[k->script_pos].kind != SCRIPT_SHOT &&
                        k->script->actions[k->script_pos].at_ms < now + APP_FRAME_MS &&
                        now - k->drawn_at < APP_FRAME_MS;
        if (k->dirty && !coalesce) kiosk_draw(k, NULL);
        if (k->quit) break;

        if (k->script) {
            /* Scripted: time jumps to the next action, frame by frame while
             * something moves, sleeping the real time only for waits. */
            if (k->script_pos >= k->script->n) break; /* the program ends with its script */
            const ScriptAction *a = &k->script->actions[k->script_pos];
            if (a->at_ms > now) {
                int64_t step = a->at_ms;
                int64_t d1 = app_next_deadline(k->app, now), d2 = gesture_next_deadline(k->gest);
                if (d1 > now && d1 < step) step = d1;
                if (d2 > now && d2 < step) step = d2;
                if ((a->kind == SCRIPT_IDLE && a->x) || a->kind == SCRIPT_SHOT) {
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
                app_view(k->app, kiosk_now(k), &v);
                while (v.anim_dir != 0) {
                    k->vclock += APP_FRAME_MS;
                    app_view(k->app, kiosk_now(k), &v);
                }
                kiosk_draw(k, a->text);
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
    Kiosk k;
    int rc = kiosk_open(&k, opt);
    if (rc != 0) return rc;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    loop(&k);
    if (opt->screenshot) kiosk_draw(&k, opt->screenshot);
    rc = k.exit_code;
    kiosk_close(&k);
    return rc;
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
    case OPTIONS_BENCH_KIOSK: return main_bench(&opt, stdout);
    case OPTIONS_SOAK: return main_soak(&opt, stdout);
    case OPTIONS_RUN: break;
    }
    return run_kiosk(&opt);
}
