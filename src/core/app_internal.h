/* app_internal: what app.c (the visitor's screens and every timer) and
 * app_staff.c (the staff PIN, menu and info screens) share: the App struct
 * and the few steps both take. Not for other modules: they use app.h. */
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

    /* staff */
    char digits[CONFIG_PIN_MAX + 1];
    int n_digits;
    bool pin_wrong;
    int failures;
    int64_t locked_until;
    bool reloaded, reload_pending;
    bool wants_quit;
};

/* Shows the shelf with no document open, its page and focus clamped. */
void app_show_shelf(App *app);

/* Gives the next visitor the configured defaults and a fresh start. */
void app_reset_visit(App *app);

/* Opens the PIN screen over a visitor's screen (the corner was held); the
 * caller has checked that a PIN is set and no staff screen is showing. */
void app_staff_begin(App *app);

/* Applies cmd (arg: PIN_DIGIT's digit) on a staff screen at now. */
void app_staff_command(App *app, AppCommand cmd, int arg, int64_t now);

#endif
