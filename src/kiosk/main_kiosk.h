/* main_kiosk: the kiosk's process-wide state and its life cycle, shared by
 * the event loop (main.c) and the benchmark (main_bench.c). SDL side only. */
#ifndef STORSTIL_MAIN_KIOSK_H
#define STORSTIL_MAIN_KIOSK_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/app.h"
#include "core/gesture.h"
#include "core/library.h"
#include "core/options.h"
#include "render.h"
#include "core/script.h"

#ifndef STORSTIL_VERSION
#define STORSTIL_VERSION "0.1.0"
#endif

#define KIOSK_POLL_DATA_MS 2000 /* how often the data folder is looked at */

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
    bool virtual_clock; /* scripted or benchmarked: time is vclock */
    int64_t vclock;     /* the virtual clock */
    int64_t next_poll;  /* next look at the data folder */
    int64_t last_watchdog;
    bool dirty;         /* something changed: draw a frame */
    bool reload_pending; /* rescan the data folder when no text is open */
    bool first_frame_done;
    Uint64 presented_at; /* performance counter at the last present */
    /* page turns seen at drawing time, for the scripted tests' state line */
    int seen_doc, seen_page, seen_size, turns;
    int64_t last_turn_ms, min_turn_gap_ms;
    int64_t drawn_at; /* kiosk time of the last frame drawn */
    bool quit;
    int exit_code;
} Kiosk;


/* Opens the window, the fonts and the texts for opt (kept); 0 on success,
 * else an exit status after a message on stderr (k is then closed). */
int kiosk_open(Kiosk *k, Options *opt);

/* Frees everything kiosk_open made; says STOPPING to systemd. */
void kiosk_close(Kiosk *k);

/* The kiosk's clock: the virtual one when scripted, else SDL's ticks. */
int64_t kiosk_now(const Kiosk *k);

/* Applies a command at kiosk_now and marks the screen for drawing. */
void kiosk_command(Kiosk *k, AppCommand cmd, int arg);

/* Brings layout and app in step, draws and presents a frame; saves it to
 * shot_path first when given. */
void kiosk_draw(Kiosk *k, const char *shot_path);

/* Rescans the data folder if no text is open (see main_kiosk.c). */
void kiosk_reload(Kiosk *k);

#endif
