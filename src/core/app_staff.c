/* app_staff: the staff screens of the app's state machine: the PIN pad with
 * its growing waits after wrong tries, the menu (quit, reload, info) and the
 * info screen. It must not touch the visitor's screens beyond returning to
 * them, read the clock or touch SDL; app.c decides when a command is a staff
 * one and runs every timer. */
#include "app_internal.h"

#include <string.h>

void app_staff_begin(App *app)
{
    /* Cancel returns to the visitor's screen beneath (app_go), never to
     * the overlay; from the attract screen to the shelf, where it starts
     * again. */
    app_go(app, APP_SCREEN_STAFF_PIN);
    app->n_digits = 0;
    app->pin_wrong = false;
}

/* Checks the typed digits against the PIN: the menu opens, or the next try
 * waits twice as long as the last, up to APP_PIN_WAIT_MAX_MS. */
static void pin_ok(App *app, int64_t now)
{
    if (now < app->locked_until || app->n_digits == 0)
        return;
    app->digits[app->n_digits] = '\0';
    /* Compare every byte so timing says nothing about where it differed. */
    size_t want = strlen(app->pin);
    unsigned diff = (size_t)app->n_digits != want;
    for (size_t i = 0; i < CONFIG_PIN_MAX; i++)
        diff |= (unsigned)(app->digits[i] ^ app->pin[i]) & (i < want ? 0xffu : 0u);
    app->n_digits = 0;
    memset(app->digits, 0, sizeof app->digits);
    if (!diff) {
        app->failures = 0;
        app->locked_until = 0;
        app->reloaded = false;
        app_go(app, APP_SCREEN_STAFF_MENU);
        return;
    }
    app->pin_wrong = true;
    app->failures++;
    int64_t wait = APP_PIN_WAIT_FIRST_MS;
    for (int i = 1; i < app->failures && wait < APP_PIN_WAIT_MAX_MS; i++)
        wait *= 2;
    app->locked_until = now + (wait > APP_PIN_WAIT_MAX_MS ? APP_PIN_WAIT_MAX_MS : wait);
}

void app_staff_command(App *app, AppCommand cmd, int arg, int64_t now)
{
    AppScreen s = app->screen;
    if (cmd == APP_CMD_HOME) {
        app_reset_visit(app);
    } else if (s == APP_SCREEN_STAFF_PIN) {
        if (cmd == APP_CMD_PIN_DIGIT && arg >= 0 && arg <= 9 && app->n_digits < CONFIG_PIN_MAX) {
            app->digits[app->n_digits++] = (char)('0' + arg);
            app->pin_wrong = false;
        } else if (cmd == APP_CMD_PIN_ERASE && app->n_digits > 0) {
            app->digits[--app->n_digits] = '\0';
        } else if (cmd == APP_CMD_PIN_OK || cmd == APP_CMD_ACTIVATE) {
            pin_ok(app, now);
        } else if (cmd == APP_CMD_PIN_CANCEL || cmd == APP_CMD_MENU_BACK) {
            app->n_digits = 0;
            app->pin_wrong = false;
            if (app->under == APP_SCREEN_SHELF)
                app_show_shelf(app);
            else
                app_go(app, app->under); /* back where the hold started */
        }
    } else if (s == APP_SCREEN_STAFF_MENU) {
        if (cmd == APP_CMD_MENU_QUIT)
            app->wants_quit = true;
        else if (cmd == APP_CMD_MENU_RELOAD)
            app->reload_pending = app->reloaded = true;
        else if (cmd == APP_CMD_MENU_INFO)
            app_go(app, APP_SCREEN_STAFF_INFO);
        else if (cmd == APP_CMD_MENU_BACK)
            app_reset_visit(app);
    } else if (s == APP_SCREEN_STAFF_INFO) {
        if (cmd == APP_CMD_MENU_BACK || cmd == APP_CMD_ACTIVATE)
            app_go(app, APP_SCREEN_STAFF_MENU);
    }
}

bool app_take_reload(App *app)
{
    bool r = app->reload_pending;
    app->reload_pending = false;
    return r;
}
