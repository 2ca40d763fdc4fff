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
#include "render.h"

#ifndef STORSTIL_VERSION
#define STORSTIL_VERSION "0.1.0"
#endif

#define KIOSK_POLL_DATA_MS 2000 /* how often the data folder is looked at */
#define KIOSK_ESCAPE_HOLD_MS 1000
#define KIOSK_READ_POLL_MS 40    /* while reading: how often the sentence heard is checked */ /* Escape held this long quits an unlocked kiosk */

typedef struct {
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
    struct Speaker *speaker; /* reading aloud (kiosk_read.c), NULL when not offered */
    bool read_on, read_restart; /* speaking; speak again from read_from */
    unsigned read_epoch;     /* the app's epoch being spoken */
    int read_page, read_sentence; /* the page spoken, the sentence last drawn */
    size_t read_from;
    long read_words;         /* words of every page plan started, for the tests */
    uint64_t read_started;   /* SDL ticks when reading last started */
    uint64_t audio_opened;   /* SDL ticks when the audio device opened (tests) */
    uint64_t read_stopped;   /* SDL ticks when reading last stopped (tests) */
    int64_t next_poll;   /* next look at the data folder (SDL ticks) */
    int64_t escape_down; /* when Escape went down, or -1 */
    bool dirty;          /* something changed: draw a frame */
    bool reload_pending; /* rescan the data folder when no text is open */
    bool first_frame_done;
    bool started; /* the first frame and the preparation after it are done */
    bool drawn_sliding; /* the last frame drawn was in the middle of a page-turn slide */
    struct timespec opened; /* when kiosk_open began: the first frame's time counts from it */
    bool quit;
    Quote (*quotes)[QUOTE_MAX]; /* each text's attract quotes (kiosk_texts.c) */
    int *n_quotes;
    int quote_doc, quote_idx;  /* the quote the open text was opened at, or -1 */
    unsigned quotes_generation; /* changes whenever the quotes are chosen anew */
    int64_t usb_seen[3]; /* the USB status file last seen: inode, size, mtime (kiosk_usb.c) */
} Kiosk;

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

/* Applies a command at now and marks the screen for drawing. */
void kiosk_command(Kiosk *k, AppCommand cmd, int arg, int64_t now);

/* Handles one SDL event at now: touches and the mouse through gestures and
 * ui, keys through the key map, window changes. */
void kiosk_event(Kiosk *k, const SDL_Event *e, int64_t now);

/* Runs what time brings at now: a rescan of the data folder and a look at
 * the USB status file when due (or when `reload` asks), held gestures, the
 * app's timeouts. */
void kiosk_tick(Kiosk *k, int64_t now, bool reload);

/* Brings the pages and the app in step, draws and presents a frame; saves
 * it to shot_path first when given. */
void kiosk_draw(Kiosk *k, int64_t now, const char *shot_path);

/* Idle work after a frame: the first time, loads the hyphenation patterns
 * and dictionary (typeset_prepare); each time, draws the pages next to the
 * one in view into the renderer's cache, so the next turn is one copy. Call
 * after kiosk_draw. */
void kiosk_prefetch(Kiosk *k, int64_t now);

/* When the kiosk next needs to run without input (a slide frame, a
 * countdown, a held gesture), or -1 for not until an event. */
int64_t kiosk_next_deadline(const Kiosk *k, int64_t now);

#endif
