/* app_internal: what app.c (the visitor's screens and every timer),
 * app_view.c (the view and the next deadline),
 * app_staff.c (the staff PIN, menu and info screens), app_contents.c (the
 * contents list) and app_attract.c (the attract screen) share: the App
 * struct and the few steps they take. Not for other modules: they use app.h. */
#ifndef STORSTIL_APP_INTERNAL_H
#define STORSTIL_APP_INTERNAL_H

#include "app.h"

struct App {
    /* settings, from the Config */
    int default_size;
    ThemeId default_theme;
    int64_t idle_ms, warn_ms;
    bool animations, kiosk;
    char pin[CONFIG_PIN_MAX + 1];

    /* facts from the caller */
    int n_docs;
    bool *broken;
    int per_page;
    int n_pages;

    /* the visit */
    AppScreen screen, under; /* under: beneath IDLE, and where PIN_CANCEL returns */
    int doc, page;
    int shelf_page, focus;
    int text_size;
    ThemeId theme;
    bool visitor;      /* someone used the kiosk since the last reset */
    int64_t last_input;
    int64_t idle_end;  /* APP_SCREEN_IDLE: when the countdown runs out */
    bool hint_done;
    int64_t hint_end;
    bool turned_once;
    int64_t last_turn;
    int anim_dir, anim_from;
    int64_t anim_start;
    bool read_available, reading; /* reading aloud: only on the reader */
    unsigned read_epoch;
    int pace;          /* 0..PACE_STEPS-1, the visitor's; PACE_NORMAL after a reset */
    bool panel_open;   /* the reader's "Text och ljud" panel */

    /* staff */
    char digits[CONFIG_PIN_MAX + 1];
    int n_digits;
    bool pin_wrong;
    int failures;
    int64_t locked_until;
    bool reloaded, reload_pending;
    bool wants_quit;

    /* contents (app_contents.c) */
    ContentsEntry *contents;
    int n_contents, contents_per_page, contents_page;
    int contents_from;   /* the reader's page "Tillbaka" returns to */

    /* attract (app_attract.c) */
    int64_t attract_ms;  /* 0: never */
    int *quote_counts;   /* quotes of each document */
    int64_t quiet_from;  /* a timed reset's moment: the shelf shows a while first */
    int64_t attract_start; /* when its first quote began */
    bool attract_frozen; /* a finger is on it: the quote stays, fully shown */
    int frozen_k;
    int64_t frozen_at;
    int open_quote;      /* the quote to show the page of once laid out, or -1 */

    /* the USB import's report (app_usb.c) */
    Lang lang;
    char usb_text[APP_USB_TEXT_MAX]; /* "" until a stick was handled */
    int64_t usb_until;   /* the shelf shows it as a banner until then */
};

/* The number of shelf pages (at least 1). */
int app_shelf_pages(const App *app);

/* Shows the shelf with no document open, its page and focus clamped. */
void app_show_shelf(App *app);

/* Gives the next visitor the configured defaults and a fresh start. */
void app_reset_visit(App *app);

/* Switches to screen s, ending a slide (and reading aloud, but on the
 * reader): the one way the screen changes. A staff screen or the overlay
 * keeps the visitor's screen beneath (the shelf for one that is not
 * returnable); any other screen has nothing beneath. */
void app_go(App *app, AppScreen s);

/* Opens document doc (a shelf card, a quote) on its first page. */
void app_open_doc(App *app, int doc, int64_t now);

/* True, and counted, when a page may turn now (APP_TURN_MIN_MS). */
bool app_may_turn(App *app, int64_t now);

/* Back to the shelf at the open document's card. */
void app_go_home(App *app);

/* Applies cmd on the contents screen, or CONTENTS in the reader. */
void app_contents_command(App *app, AppCommand cmd, int arg, int64_t now);

/* Fills the contents fields of v. */
void app_contents_view(const App *app, AppView *v);

/* Starts the attract screen when it is due (only from the shelf), changes
 * its quote and ends a finger's hold on it; allow_start false: input is
 * arriving, so it must not start now. */
void app_attract_tick(App *app, int64_t now, bool allow_start);

/* Applies cmd on the attract screen (a finger on it freezes the quote; the
 * quote opens its text; anything else goes to the shelf). */
void app_attract_command(App *app, AppCommand cmd, int64_t now);

/* Fills the attract fields of v. */
void app_attract_view(const App *app, int64_t now, AppView *v);

/* When the attract screen next changes (a fade step, a quote), or -1. */
int64_t app_attract_deadline(const App *app, int64_t now);

/* Fills the USB fields of v. */
void app_usb_view(const App *app, int64_t now, AppView *v);

/* When the USB banner goes, or -1. */
int64_t app_usb_deadline(const App *app, int64_t now);

/* Opens the PIN screen over a visitor's screen (the corner was held); the
 * caller has checked that a PIN is set and no staff screen is showing. */
void app_staff_begin(App *app);

/* Applies cmd (arg: PIN_DIGIT's digit) on a staff screen at now. */
void app_staff_command(App *app, AppCommand cmd, int arg, int64_t now);

#endif
