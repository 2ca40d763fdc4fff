/* app_view: what the app shows and when it next changes: the AppView of a
 * moment (the screen, the page, the slide's progress, the countdowns, and
 * through app_contents.c, app_attract.c and app_usb.c their parts) and the
 * next deadline the kiosk may sleep until. It reads the App and changes
 * nothing; what happens is app.c's. */
#include "app_internal.h"

#include <string.h>

static int seconds_left(int64_t end, int64_t now)
{
    int64_t ms = end - now;
    return ms <= 0 ? 0 : (int)((ms + 999) / 1000);
}

void app_view(const App *app, int64_t now, AppView *v)
{
    memset(v, 0, sizeof *v);
    v->screen = app->screen;
    v->under = app->screen == APP_SCREEN_IDLE ? app->under : app->screen;
    v->n_docs = app->n_docs;
    v->doc = app->doc;
    v->page = v->doc >= 0 ? app->page : 0;
    v->n_pages = v->doc >= 0 ? app->n_pages : 1;
    v->shelf_page = app->shelf_page;
    v->n_shelf_pages = app_shelf_pages(app);
    v->shelf_per_page = app->per_page;
    v->shelf_focus = app->n_docs > 0 ? app->focus : -1;
    v->hint_visible = app->screen == APP_SCREEN_READER && !app->hint_done && now < app->hint_end;
    if (app->screen == APP_SCREEN_IDLE) {
        v->idle_seconds_left = seconds_left(app->idle_end, now);
        if (v->idle_seconds_left < 1)
            v->idle_seconds_left = 1;
    }
    v->pin_length = app->n_digits;
    v->pin_wrong = app->pin_wrong;
    v->pin_wait_seconds = seconds_left(app->locked_until, now);
    v->reloaded = app->reloaded;
    if (app->anim_dir && app->screen == APP_SCREEN_READER && now - app->anim_start < APP_SLIDE_MS) {
        int64_t t = now - app->anim_start;
        v->anim_dir = app->anim_dir;
        v->anim_progress = t <= 0 ? 0.0f : (float)t / (float)APP_SLIDE_MS;
        v->anim_from_page = app->anim_from;
    }
    v->text_size = app->text_size;
    v->theme = app->theme;
    v->read_available = app->read_available;
    v->reading = app->reading && app->screen == APP_SCREEN_READER;
    v->read_epoch = app->read_epoch;
    v->pace = app->pace;
    v->panel_open = app->panel_open && app->screen == APP_SCREEN_READER;
    v->kiosk = app->kiosk;
    v->visitor = app->visitor;
    v->wants_quit = app->wants_quit;
    app_contents_view(app, v);
    app_attract_view(app, now, v);
    app_usb_view(app, now, v);
}

static int64_t earliest(int64_t a, int64_t b)
{
    return a < 0 ? b : b < 0 ? a : a < b ? a : b;
}

/* The next moment a countdown to end shows a different whole second. */
static int64_t next_second(int64_t end, int64_t now)
{
    int64_t ms = end - now;
    if (ms <= 0)
        return -1;
    return now + (ms - 1) % 1000 + 1;
}

int64_t app_next_deadline(const App *app, int64_t now)
{
    int64_t d = -1;
    if (app->anim_dir && app->screen == APP_SCREEN_READER && now - app->anim_start < APP_SLIDE_MS)
        d = earliest(d, now + APP_FRAME_MS);
    if (app->screen == APP_SCREEN_READER && !app->hint_done)
        d = earliest(d, app->hint_end);
    if (app->screen == APP_SCREEN_IDLE)
        d = earliest(d, next_second(app->idle_end, now));
    if (app->screen == APP_SCREEN_STAFF_PIN)
        d = earliest(d, next_second(app->locked_until, now));
    AppQuiet quiet = app_screen(app->screen)->quiet;
    if (quiet == APP_QUIET_WARN || quiet == APP_QUIET_RESET || (quiet == APP_QUIET_RESET_VISITED && app->visitor))
        d = earliest(d, app->last_input + app->idle_ms);
    d = earliest(d, app_usb_deadline(app, now));
    return earliest(d, app_attract_deadline(app, now));
}
