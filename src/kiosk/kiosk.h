/* kiosk: the kiosk's window and modules from start to end, and what one
 * event, one tick and one frame do. The loop that calls these is main.c's
 * (and, for scripted runs, harness.c's); every call takes the time, so the
 * kiosk follows whichever clock its caller keeps. SDL side only. */
#ifndef STORSTIL_KIOSK_H
#define STORSTIL_KIOSK_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "core/app.h"
#include "core/gesture.h"
#include "core/library.h"
#include "core/options.h"
#include "core/quote.h"
#include "core/typeset.h"
#include "core/ui.h"
#include "font.h"
#include "kiosk_read.h"
#include "kiosk_texts.h"
#include "kiosk_usage.h"
#include "kiosk_usb.h"
#include "render.h"

#ifndef STORSTIL_VERSION
#define STORSTIL_VERSION "0.1.0"
#endif

#define KIOSK_POLL_DATA_MS 2000 /* how often the data folder is looked at */
#define KIOSK_ESCAPE_HOLD_MS 1000 /* Escape held this long quits an unlocked kiosk */

/* The kiosk: the window and its modules, shared by kiosk.c and its parts;
 * each part's state is its own struct, owned by its file (kiosk_read.c,
 * kiosk_texts.c, kiosk_usb.c). */
struct Kiosk {
    const Options *opt;
    SDL_Window *win;
    SDL_Renderer *ren;
    SDL_Texture *target; /* the logical screen when rotated, else NULL */
    int phys_w, phys_h;  /* window pixels */
    int w, h;            /* logical screen (swapped for 90 and 270) */
    int panel_w_mm, panel_h_mm; /* the panel's size, unrotated; 0: unknown */
    RenderSizeSource size_source;
    double px_per_mm;    /* 0: unknown, and sizes follow the pixels */
    FontSet *fonts;
    Typesetter *typeset;
    Render *render;
    UiLayout ui;         /* for the screen and ui_text_size */
    int ui_text_size;
    Library *lib;
    App *app;
    GestureRecognizer *gest;
    KioskRead read;      /* reading aloud (kiosk_read.c) */
    KioskTexts texts;    /* the texts' quotes and rescans (kiosk_texts.c) */
    KioskUsb usb;        /* the USB status file last seen (kiosk_usb.c) */
    KioskUsage counts;   /* the use counts (kiosk_usage.c) */
    int64_t next_poll;   /* next look at the data folder (SDL ticks) */
    int64_t escape_down; /* when Escape went down, or -1 */
    bool dirty;          /* something changed: draw a frame */
    bool first_frame_done;
    bool started; /* the first frame and the preparation after it are done */
    bool drawn_sliding; /* the last frame drawn was in the middle of a page-turn slide */
    struct timespec opened; /* when kiosk_open began: the first frame's time counts from it */
    bool quit;
};

/* Opens the window, the fonts and the texts for opt (kept) at time now;
 * `managed` says a service manager started it (app.h: who may quit).
 * Returns 0, else an exit status after a message on stderr (k is then
 * closed). */
int kiosk_open(Kiosk *k, const Options *opt, bool managed, int64_t now);

/* True when a service manager (systemd) started this process. */
bool kiosk_managed(void);

/* Says on stderr, for the person at the terminal, how to leave a full-screen
 * kiosk: the usual keys, or the staff menu when it is locked. */
void kiosk_say_how_to_leave(const Kiosk *k);

/* Frees everything kiosk_open made; says STOPPING to systemd. */
void kiosk_close(Kiosk *k);

/* Applies a command at now and marks the screen for drawing when the
 * app's view changed. */
void kiosk_command(Kiosk *k, AppCommand cmd, int arg, int64_t now);

/* Handles one SDL event at now: touches and the mouse through gestures and
 * ui, keys through the key map, window changes. */
void kiosk_event(Kiosk *k, const SDL_Event *e, int64_t now);

/* Runs what time brings at now: a rescan of the data folder and a look at
 * the USB status file when due (or when `reload` asks), held gestures, the
 * app's timeouts. */
void kiosk_tick(Kiosk *k, int64_t now, bool reload);

/* The frame's first half: runs the app's timeouts due by now, brings the
 * ui, the open text's pages (typesetter) and reading aloud in step with the
 * app, and fills v with what to draw. Draws nothing. */
void kiosk_update(Kiosk *k, int64_t now, AppView *v);

/* The frame's second half: draws v as it is (it decides nothing) and
 * presents it; saves it to shot_path first when given. */
void kiosk_present(Kiosk *k, const AppView *v, const char *shot_path);

/* One whole frame at now: kiosk_update, then kiosk_present. */
void kiosk_draw(Kiosk *k, int64_t now, const char *shot_path);

/* Idle work after a frame: the first time, loads the hyphenation patterns
 * (typeset_prepare); each time, draws the pages next to the
 * one in view into the renderer's cache, so the next turn is one copy. Call
 * after kiosk_draw. */
void kiosk_prefetch(Kiosk *k, int64_t now);

/* When the kiosk next needs to run without input (a slide frame, a
 * countdown, a held gesture), or -1 for not until an event. */
int64_t kiosk_next_deadline(const Kiosk *k, int64_t now);

#endif
