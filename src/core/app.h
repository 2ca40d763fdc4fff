/* app: the screen state machine. Commands and the time come in, an AppView
 * (what to draw) comes out. It never reads the clock or touches SDL, so every
 * timeout is testable with plain integers.
 *
 * Start:       app = app_new(&cfg, managed, now); app_set_docs(app, n, broken);
 *              app_set_quotes(app, counts) (after every app_set_docs);
 *              app_set_shelf_per_page(app, layout.shelf_per_page);
 *              app_set_contents_per_page(app, layout.contents_per_page);
 * Each event:  app_command(app, APP_CMD_ANY_INPUT, 0, now) for raw input that
 *              makes no command (finger down, motion, unmapped keys); else
 *              app_command(app, cmd, arg, now) with the command from ui (taps,
 *              swipes, holds) or from the key map.
 * Each frame:  app_tick(app, now); app_view(app, now, &v); if v.doc or
 *              v.text_size changed, lay the document out again and call
 *              app_set_page_count(app, n_pages, page_keeping_position)
 *              (when v.open_quote >= 0, the page holding that quote) and
 *              app_set_contents(app, entries, n) for the new pages;
 *              if (app_take_reload(app)) reload, then app_set_docs(...);
 *              while v.reading: speak the page from its first line whenever
 *              v.read_epoch changes; when the page has been read, send
 *              APP_CMD_READ_PAGE_DONE;
 *              a new USB status file: app_set_usb_status(app, &st, now);
 *              draw v; if v.wants_quit, leave the loop.
 * Sleeping:    wait for an event until app_next_deadline(app, now) (and
 *              gesture_next_deadline), -1 meaning "until an event". */
#ifndef STORSTIL_APP_H
#define STORSTIL_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "config.h"
#include "contents.h"
#include "pace.h"
#include "usbstatus.h"

#define APP_TURN_MIN_MS 250     /* page turns closer than this are dropped */
#define APP_SLIDE_MS 180        /* page-turn slide; none with animations = off */
#define APP_FRAME_MS 16         /* deadline step while a slide runs */
#define APP_HINT_MS 6000        /* first-use hint, unless a page is turned first */
#define APP_PIN_WAIT_FIRST_MS 1000  /* wait after the first wrong PIN ... */
#define APP_PIN_WAIT_MAX_MS 300000  /* ... doubling each time, up to 5 minutes */
#define APP_ATTRACT_QUOTE_MS 12000  /* the attract screen shows each quote this long ... */
#define APP_ATTRACT_FADE_MS 600     /* ... fading in and out over this (animations on) ... */
#define APP_ATTRACT_FADE_STEPS 8    /* ... in this many steps, so the kiosk sleeps between */
#define APP_USB_BANNER_MS 15000     /* the USB import's banner stays on the shelf this long */
#define APP_USB_TEXT_MAX 1024

typedef enum {
    APP_SCREEN_SHELF,      /* the start screen: one card per document */
    APP_SCREEN_READER,
    APP_SCREEN_END,        /* calm last page after the text */
    APP_SCREEN_ERROR,      /* "Den här texten kunde inte visas" for view.doc */
    APP_SCREEN_IDLE,       /* "Läser du fortfarande?" over view.under */
    APP_SCREEN_STAFF_PIN,
    APP_SCREEN_STAFF_MENU,
    APP_SCREEN_STAFF_INFO,
    APP_SCREEN_CONTENTS,   /* the open text's headings and their pages */
    APP_SCREEN_ATTRACT,    /* one quote at a time, after a quiet while on the shelf */
    APP_SCREEN_COUNT
} AppScreen;

/* What a quiet kiosk does on a screen once idle_seconds have passed. */
typedef enum {
    APP_QUIET_STAY,        /* nothing (the attract screen, the idle overlay's own countdown) */
    APP_QUIET_WARN,        /* a reading place to lose: the idle overlay first, then the shelf */
    APP_QUIET_RESET,       /* nothing to lose: the shelf and the defaults at once */
    APP_QUIET_RESET_VISITED /* the shelf: the defaults again, once a visitor has been */
} AppQuiet;

/* What each screen is and allows: one row per AppScreen (app_screen.c), the
 * only place these facts are written. */
typedef struct {
    const char *name;     /* "shelf", "staff-pin": scripts' state lines, logs */
    bool staff;           /* a staff screen: the PIN pad, the menu, Info */
    bool overlay;         /* drawn over the screen beneath (AppView.under) */
    bool open_doc;        /* shows the open document (or its error card); a
                           * rescan of the texts must wait until it closes */
    bool lays_out;        /* needs the open document laid out (its pages) */
    bool turns;           /* swipes and the page buttons turn pages */
    bool returnable;      /* a staff screen's Cancel may return to it */
    AppQuiet quiet;
} AppScreenInfo;

/* Returns screen s's row; s must be an AppScreen below APP_SCREEN_COUNT. */
const AppScreenInfo *app_screen(AppScreen s);

typedef enum {
    APP_CMD_NONE,
    APP_CMD_NEXT,         /* next page; next shelf page on the shelf */
    APP_CMD_PREV,         /* previous page; previous shelf page on the shelf */
    APP_CMD_OPEN,         /* arg: document index (a shelf card) */
    APP_CMD_ACTIVATE,     /* Return: open the highlighted card, press the
                           * screen's main button (end, error, idle; the
                           * attract screen's quote) */
    APP_CMD_FOCUS_NEXT,   /* Down: move the shelf highlight; NEXT elsewhere */
    APP_CMD_FOCUS_PREV,   /* Up: likewise backwards */
    APP_CMD_HOME,         /* "Alla texter", Escape, Home */
    APP_CMD_BIGGER,       /* A+ */
    APP_CMD_SMALLER,      /* A- */
    APP_CMD_THEME,        /* next colour theme */
    APP_CMD_KEEP_READING, /* "Ja, fortsätt läsa" */
    APP_CMD_STAFF_CORNER, /* the corner was held for 5 s */
    APP_CMD_PIN_DIGIT,    /* arg: 0..9 */
    APP_CMD_PIN_ERASE,
    APP_CMD_PIN_OK,
    APP_CMD_PIN_CANCEL,
    APP_CMD_MENU_QUIT,
    APP_CMD_MENU_RELOAD,
    APP_CMD_MENU_INFO,
    APP_CMD_MENU_BACK,    /* "Tillbaka": info -> menu -> shelf; contents -> the reader's page */
    APP_CMD_READ,         /* "Läs upp" / "Sluta läsa", key r: start or stop reading aloud */
    APP_CMD_READ_PAGE_DONE, /* the page has been read aloud: turn and read on (not
                             * the visitor's input: it never holds off the idle warning) */
    APP_CMD_QUIT_REQUEST, /* window close, Ctrl+Q, Alt+F4, Escape held: a locked kiosk ignores it */
    APP_CMD_ANY_INPUT,    /* the visitor is here; never dismisses the idle overlay */
    APP_CMD_CONTENTS,     /* "Innehåll": the open text's contents list */
    APP_CMD_CONTENTS_GO,  /* arg: contents entry; opens the page of its heading */
    APP_CMD_SLOWER,       /* "Saktare": the reading pace one step slower (pace.h) */
    APP_CMD_FASTER,       /* "Fortare": one step faster */
    APP_CMD_PANEL         /* "Text och ljud" / "Stäng": opens or closes the reader's
                           * panel of A-, A+, the pace and Innehåll (where ui has one) */
} AppCommand;

typedef struct {
    AppScreen screen;
    AppScreen under;       /* for APP_SCREEN_IDLE the screen beneath, else == screen */
    int n_docs;
    int doc;               /* the open document (reader, end, error, and beneath
                            * the idle overlay or staff screens), else -1 */
    int page, n_pages;     /* 0-based page of doc and the page count (>= 1) */
    int shelf_page, n_shelf_pages, shelf_per_page;
    int shelf_focus;       /* highlighted card (document index), -1 if none */
    bool hint_visible;     /* first-use page-turn hint over the reader */
    int idle_seconds_left; /* APP_SCREEN_IDLE countdown, >= 1 */
    int pin_length;        /* digits typed (never the digits) */
    bool pin_wrong;        /* the last try was wrong (until a digit is typed) */
    int pin_wait_seconds;  /* > 0: OK is refused for this many more seconds */
    bool reloaded;         /* staff menu: texts reloaded since it opened */
    int anim_dir;          /* slide: +1 forward, -1 back, 0 none */
    float anim_progress;   /* 0..1 while anim_dir != 0 */
    int anim_from_page;    /* the page sliding out */
    int text_size;         /* 1..5 */
    ThemeId theme;
    bool read_available;   /* the reader shows "Läs upp" (config on, audio opened) */
    bool reading;          /* reading aloud: the button says "Sluta läsa" */
    unsigned read_epoch;   /* changes whenever reading must start again from the
                            * page's first line (started, page turned) */
    int pace;              /* the visitor's pace of reading aloud, 0..PACE_STEPS-1
                            * (PACE_NORMAL: staff's speech_rate); a change goes on
                            * from the sentence being heard */
    bool panel_open;       /* the reader's "Text och ljud" panel is open */
    bool kiosk;            /* locked (see app_new): only the staff menu quits */
    bool visitor;          /* a visitor has touched since the last reset (usage.h's visits) */
    bool wants_quit;
    /* contents: the open text's headings (n_contents also in the reader,
     * whose "Innehåll" shows when n_contents >= CONTENTS_MIN); the entries
     * are the app's, valid until the next app call */
    const ContentsEntry *contents;
    int n_contents;
    int contents_page, n_contents_pages, contents_per_page;
    /* attract: the quote shown (document, index among its quotes) and how
     * opaque, 0..255; open_quote >= 0 in the reader: lay doc out and give
     * app_set_page_count the page holding that quote of it */
    int attract_doc, attract_quote, attract_alpha;
    int open_quote;
    /* the USB import's report, in the app's language: usb_banner on the
     * shelf for APP_USB_BANNER_MS after it came (else NULL), usb_last for
     * the Info screen (NULL until a stick was handled); the app's strings */
    const char *usb_banner, *usb_last;
} AppView;

typedef struct App App;

/* Returns an app on an empty shelf with cfg's settings (copied), or NULL.
 * It is locked (a quit request is ignored; only the staff menu quits) when
 * full screen with a staff PIN, or full screen and `managed` (started by a
 * service manager); a window, or a desktop run with no PIN, quits. */
App *app_new(const Config *cfg, bool managed, int64_t now_ms);

/* Frees the app; NULL is fine. */
void app_free(App *app);

/* Sets the documents on the shelf (broken[i]: shows an error card; NULL: none
 * broken). Returns false without memory (the old list stays). A visitor's
 * screen goes back to the shelf; staff screens stay. */
bool app_set_docs(App *app, int n_docs, const bool *broken);

/* Marks document doc broken (e.g. it could not be laid out); if it is open,
 * the error card replaces it. */
void app_set_broken(App *app, int doc);

/* Says whether reading aloud can be offered (read_aloud on and an audio
 * device open); false also stops any reading. */
void app_set_read_aloud(App *app, bool available);

/* Sets how many cards fit on one shelf page (from ui's layout), >= 1. */
void app_set_shelf_per_page(App *app, int per_page);

/* Sets the open document's page count and the page to show (clamped), after
 * a layout; the caller picks `page` so the reading position is kept (or, when
 * the view's open_quote >= 0, the page holding that quote, which this call
 * then forgets). */
void app_set_page_count(App *app, int n_pages, int page);

/* Sets how many quotes each document has (counts[n_docs] of the last
 * app_set_docs; NULL: none), for the attract screen; false without memory. */
bool app_set_quotes(App *app, const int *counts);

/* Sets the open document's headings and their pages after a layout (copied,
 * at most CONTENTS_MAX); false without memory (then there is no list). */
bool app_set_contents(App *app, const ContentsEntry *entries, int n);

/* Sets how many headings fit on one contents page (from ui's layout), >= 1. */
void app_set_contents_per_page(App *app, int per_page);

/* Applies one command (arg: OPEN's document, PIN_DIGIT's digit) at now_ms.
 * Every command but QUIT_REQUEST counts as the visitor being present. */
void app_command(App *app, AppCommand cmd, int arg, int64_t now_ms);

/* Runs the timeouts due by now_ms (hint, idle warning, idle reset, the
 * attract screen and its quotes). */
void app_tick(App *app, int64_t now_ms);

/* Fills out with what to draw at now_ms. */
void app_view(const App *app, int64_t now_ms, AppView *out);

/* Returns when app_tick/app_view next need to run for the screen to stay
 * right (a slide frame, a countdown second, a timeout), or -1 for never
 * without input. */
int64_t app_next_deadline(const App *app, int64_t now_ms);

/* Shows a USB stick's report (a new status file) at now_ms: a banner on the
 * shelf for APP_USB_BANNER_MS, brought up from the attract screen; a
 * visitor's text is not interrupted. Info keeps it. */
void app_set_usb_status(App *app, const UsbStatus *st, int64_t now_ms);

/* Returns true once after "Ladda om texter": the caller reloads the data
 * folder and calls app_set_docs. */
bool app_take_reload(App *app);

#endif
