/* main: the storstil process. Owns the command line's dispatch, signals,
 * systemd's watchdog and the production loop: wait for an event or a
 * deadline, hand it on, draw if something changed. What the kiosk does with
 * an event is kiosk.c's; scripted runs are harness.c's. */
#include <SDL.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <systemd/sd-daemon.h>

#include "check.h"
#include "dump.h"
#include "harness.h"
#include "kiosk.h"

#define MAX_SLEEP_MS 500 /* the loop wakes at least this often (signals, watchdog) */

static volatile sig_atomic_t got_term, got_hup;

static void on_signal(int sig)
{
    if (sig == SIGHUP) got_hup = 1;
    else got_term = 1;
}

/* Feeds systemd's watchdog, when it has one, from the loop itself, so a
 * frozen loop is restarted. */
static void feed_watchdog(int64_t every_ms, int64_t *last, int64_t now)
{
    if (every_ms < 0 || now - *last < every_ms) return;
    sd_notify(0, "WATCHDOG=1");
    *last = now;
}

/* Sleeps until an event or the kiosk's next deadline, then hands on every
 * event waiting. */
static void wait_and_handle(Kiosk *k, int64_t now)
{
    int64_t wake = now + MAX_SLEEP_MS, due = kiosk_next_deadline(k, now);
    if (due >= 0 && due < wake) wake = due;
    SDL_Event e;
    if (!SDL_WaitEventTimeout(&e, (int)(wake > now ? wake - now : 0))) return;
    do kiosk_event(k, &e, (int64_t)SDL_GetTicks64());
    while (SDL_PollEvent(&e));
}

static void loop(Kiosk *k)
{
    uint64_t wd_usec = 0;
    int64_t wd_every = sd_watchdog_enabled(0, &wd_usec) > 0 ? (int64_t)(wd_usec / 3000) : -1, wd_last = 0;
    while (!k->quit && !got_term) {
        int64_t now = (int64_t)SDL_GetTicks64();
        feed_watchdog(wd_every, &wd_last, now);
        kiosk_tick(k, now, got_hup);
        got_hup = 0;
        if (k->dirty) {
            kiosk_draw(k, now, NULL);
            kiosk_prefetch(k, now);
        }
        if (!k->quit) wait_and_handle(k, now);
    }
}

static int run_kiosk(const Options *opt)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    if (opt->script) return harness_run(opt, &got_term);
    Kiosk k;
    int rc = kiosk_open(&k, opt, kiosk_managed(), (int64_t)SDL_GetTicks64());
    if (rc != 0) return rc;
    kiosk_say_how_to_leave(&k);
    loop(&k);
    if (opt->screenshot) kiosk_draw(&k, (int64_t)SDL_GetTicks64(), opt->screenshot);
    kiosk_close(&k);
    return 0;
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
    case OPTIONS_PRINT_CONFIG: config_print(stdout); return 0;
    case OPTIONS_DUMP_PAGES: return dump_pages(&opt, stdout);
    case OPTIONS_CHECK: return check_data(&opt, stdout);
    case OPTIONS_RUN: break;
    }
    return run_kiosk(&opt);
}
