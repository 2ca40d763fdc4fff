/* app: owns which screen is shown and every timer of the kiosk's visit: the
 * reading position, the shelf page, the first-use hint, page-turn rate limit
 * and slide, reading aloud (on or off, when it starts a page again, the
 * visitor's pace), the reader's "Text och ljud" panel, the
 * idle warning and reset; the staff screens' commands are
 * app_staff.c's, the contents list's app_contents.c's, the attract screen's
 * app_attract.c's, what each screen is app_screen.c's, the view of it
 * app_view.c's. It must not read the clock, lay out text, know pixels (that
 * is ui) or touch SDL; the caller tells it the facts (documents, page counts). */
#include "app_internal.h"

#include <stdlib.h>
#include <string.h>

static int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static bool is_staff(AppScreen s)
{
    return app_screen(s)->staff;
}

int app_shelf_pages(const App *app)
{
    return app->n_docs <= 0 ? 1 : (app->n_docs + app->per_page - 1) / app->per_page;
}

void app_go(App *app, AppScreen s)
{
    const AppScreenInfo *to = app_screen(s), *from = app_screen(app->screen);
    if (!to->staff && !to->overlay)
        app->under = s;
    else if (!from->staff && !from->overlay) /* the visitor's screen stays beneath */
        app->under = from->returnable ? app->screen : APP_SCREEN_SHELF;
    app->screen = s;
    app->anim_dir = 0;
    if (s != APP_SCREEN_READER) { /* only the reader reads aloud, and has the panel */
        app->reading = false;
        app->panel_open = false;
    }
}

void app_show_shelf(App *app)
{
    app_go(app, APP_SCREEN_SHELF);
    app->doc = -1;
    app->shelf_page = clampi(app->shelf_page, 0, app_shelf_pages(app) - 1);
    app->focus = app->n_docs > 0 ? clampi(app->focus, 0, app->n_docs - 1) : -1;
}

void app_reset_visit(App *app)
{
    app->shelf_page = 0;
    app->focus = 0;
    app_show_shelf(app);
    app->text_size = app->default_size;
    app->theme = app->default_theme;
    app->pace = PACE_NORMAL;
    app->hint_done = false;
    app->visitor = false;
    app->n_digits = 0;
    app->pin_wrong = false;
}

App *app_new(const Config *cfg, bool managed, int64_t now_ms)
{
    App *app = calloc(1, sizeof *app);
    if (!app)
        return NULL;
    app->default_size = clampi(cfg->text_size, 1, 5);
    app->default_theme = cfg->theme;
    app->idle_ms = (int64_t)cfg->idle_seconds * 1000;
    app->warn_ms = (int64_t)cfg->idle_warning_seconds * 1000;
    app->animations = cfg->animations;
    app->kiosk = cfg->fullscreen && (cfg->staff_pin[0] || managed);
    memcpy(app->pin, cfg->staff_pin, sizeof app->pin);
    app->pin[CONFIG_PIN_MAX] = '\0';
    app->per_page = 1;
    app->n_pages = 1;
    app->last_input = now_ms;
    app->attract_ms = (int64_t)cfg->attract_seconds * 1000;
    app->open_quote = -1;
    app->lang = cfg->lang;
    app_reset_visit(app);
    return app;
}

void app_free(App *app)
{
    if (app) {
        free(app->broken);
        free(app->contents);
        free(app->quote_counts);
    }
    free(app);
}

bool app_set_docs(App *app, int n_docs, const bool *broken)
{
    if (n_docs < 0)
        n_docs = 0;
    bool *b = calloc((size_t)n_docs + 1, sizeof *b);
    int *counts = calloc((size_t)n_docs + 1, sizeof *counts);
    if (!b || !counts) {
        free(b);
        free(counts);
        return false;
    }
    free(app->quote_counts);
    app->quote_counts = counts; /* none until app_set_quotes */
    if (broken)
        memcpy(b, broken, (size_t)n_docs * sizeof *b);
    free(app->broken);
    app->broken = b;
    app->n_docs = n_docs;
    /* Indices may now name other documents: a reader must not stay open. */
    if (is_staff(app->screen)) {
        if (app_screen(app->under)->open_doc || app_screen(app->under)->overlay)
            app->under = APP_SCREEN_SHELF;
        app->doc = -1;
        app->shelf_page = clampi(app->shelf_page, 0, app_shelf_pages(app) - 1);
        app->focus = n_docs > 0 ? clampi(app->focus, 0, n_docs - 1) : -1;
    } else if (app->screen == APP_SCREEN_ATTRACT) {
        app->doc = -1; /* stays; app_attract_tick leaves it when no quote is left */
        app->shelf_page = app->focus = 0;
    } else {
        app_show_shelf(app);
    }
    return true;
}

void app_set_broken(App *app, int doc)
{
    if (doc < 0 || doc >= app->n_docs)
        return;
    app->broken[doc] = true;
    if (app->doc == doc && app_screen(app->screen)->lays_out)
        app_go(app, APP_SCREEN_ERROR);
    else if (app->doc == doc && app->screen == APP_SCREEN_IDLE)
        app->under = APP_SCREEN_ERROR;
}

void app_set_read_aloud(App *app, bool available)
{
    app->read_available = available;
    if (!available) app->reading = false;
}

void app_set_shelf_per_page(App *app, int per_page)
{
    app->per_page = per_page < 1 ? 1 : per_page;
    if (app->focus >= 0)
        app->shelf_page = app->focus / app->per_page;
    app->shelf_page = clampi(app->shelf_page, 0, app_shelf_pages(app) - 1);
}

void app_set_page_count(App *app, int n_pages, int page)
{
    app->n_pages = n_pages < 1 ? 1 : n_pages;
    app->page = clampi(page, 0, app->n_pages - 1);
    app->anim_dir = 0; /* the old page's picture no longer matches */
    app->open_quote = -1;
}

void app_open_doc(App *app, int doc, int64_t now)
{
    if (doc < 0 || doc >= app->n_docs)
        return;
    app->doc = doc;
    app->n_contents = 0; /* until the caller lays it out */
    app->open_quote = -1;
    app->focus = doc;
    app->page = 0;
    app->n_pages = 1; /* until the caller lays it out */
    if (app->broken[doc]) {
        app_go(app, APP_SCREEN_ERROR);
        return;
    }
    app_go(app, APP_SCREEN_READER);
    app->hint_end = now + APP_HINT_MS;
}

void app_go_home(App *app)
{
    if (app->doc >= 0)
        app->focus = app->doc;
    if (app->focus >= 0)
        app->shelf_page = app->focus / app->per_page;
    app_show_shelf(app);
}

/* A page turn is allowed if the last one was APP_TURN_MIN_MS ago or more. */
bool app_may_turn(App *app, int64_t now)
{
    if (app->turned_once && now - app->last_turn < APP_TURN_MIN_MS && now >= app->last_turn)
        return false;
    app->turned_once = true;
    app->last_turn = now;
    return true;
}

static void slide(App *app, int dir, int from, int64_t now)
{
    app->anim_dir = app->animations ? dir : 0;
    app->anim_from = from;
    app->anim_start = now;
    app->hint_done = true;
}

static void turn(App *app, int dir, int64_t now)
{
    if (app->screen == APP_SCREEN_SHELF) {
        int to = app->shelf_page + dir;
        if (to < 0 || to >= app_shelf_pages(app) || !app_may_turn(app, now))
            return;
        app->shelf_page = to;
        app->focus = app->n_docs > 0 ? clampi(to * app->per_page, 0, app->n_docs - 1) : -1;
    } else if (app->screen == APP_SCREEN_READER) {
        if (dir < 0 && app->page == 0)
            return;
        if (!app_may_turn(app, now))
            return;
        if (dir > 0 && app->page >= app->n_pages - 1) {
            app_go(app, APP_SCREEN_END);
            app->hint_done = true;
            return;
        }
        app->page += dir;
        app->read_epoch++; /* reading goes on from the new page's first line */
        slide(app, dir, app->page - dir, now);
    } else if (app->screen == APP_SCREEN_END && dir < 0 && app_may_turn(app, now)) {
        app_go(app, APP_SCREEN_READER);
        app->page = app->n_pages - 1;
    }
}

static void move_focus(App *app, int dir)
{
    if (app->n_docs <= 0)
        return;
    app->focus = clampi(app->focus + dir, 0, app->n_docs - 1);
    app->shelf_page = app->focus / app->per_page;
}

/* The page has been read aloud: the next one, read from its first line;
 * after the last, the end page (which stops reading). No rate limit: the
 * visitor did not turn it. */
static void read_on(App *app, int64_t now)
{
    if (!app->reading || app->screen != APP_SCREEN_READER)
        return;
    if (app->page >= app->n_pages - 1) {
        app_go(app, APP_SCREEN_END);
        app->hint_done = true;
        return;
    }
    app->page++;
    app->read_epoch++;
    slide(app, +1, app->page - 1, now);
}

/* A visitor's command on the shelf, reader, end or error screen. */
static void visitor_command(App *app, AppCommand cmd, int arg, int64_t now)
{
    switch (cmd) {
    case APP_CMD_NEXT: turn(app, +1, now); break;
    case APP_CMD_PREV: turn(app, -1, now); break;
    case APP_CMD_FOCUS_NEXT:
        if (app->screen == APP_SCREEN_SHELF)
            move_focus(app, +1);
        else
            turn(app, +1, now);
        break;
    case APP_CMD_FOCUS_PREV:
        if (app->screen == APP_SCREEN_SHELF)
            move_focus(app, -1);
        else
            turn(app, -1, now);
        break;
    case APP_CMD_OPEN:
        if (app->screen == APP_SCREEN_SHELF)
            app_open_doc(app, arg, now);
        break;
    case APP_CMD_ACTIVATE:
        if (app->screen == APP_SCREEN_SHELF)
            app_open_doc(app, app->focus, now);
        else if (app->screen != APP_SCREEN_READER)
            app_go_home(app);
        break;
    case APP_CMD_HOME: app_go_home(app); break;
    case APP_CMD_BIGGER: app->text_size = clampi(app->text_size + 1, 1, 5); break;
    case APP_CMD_SMALLER: app->text_size = clampi(app->text_size - 1, 1, 5); break;
    case APP_CMD_THEME: app->theme = (ThemeId)((app->theme + 1) % THEME_COUNT); break;
    case APP_CMD_READ:
        if (app->screen == APP_SCREEN_READER && app->read_available) {
            app->reading = !app->reading;
            app->read_epoch++;
            app->hint_done = true; /* the hint would cover the text being read */
        }
        break;
    case APP_CMD_SLOWER: /* chosen before or while reading; the speaker follows */
    case APP_CMD_FASTER:
        if (app->screen == APP_SCREEN_READER && app->read_available)
            app->pace = clampi(app->pace + (cmd == APP_CMD_FASTER ? 1 : -1), 0, PACE_STEPS - 1);
        break;
    case APP_CMD_PANEL:
        if (app->screen == APP_SCREEN_READER) {
            app->panel_open = !app->panel_open;
            app->hint_done = true; /* the panel covers where the hint would be */
        }
        break;
    default: break; /* staff and idle commands mean nothing here */
    }
}

static void tick(App *app, int64_t now, bool allow_attract);

void app_command(App *app, AppCommand cmd, int arg, int64_t now)
{
    /* A timeout that fell due before this input comes first; but the attract
     * screen never starts under a finger that is already touching the shelf. */
    tick(app, now, false);
    if (cmd == APP_CMD_NONE)
        return;
    if (cmd == APP_CMD_QUIT_REQUEST) {
        if (!app->kiosk)
            app->wants_quit = true;
        return;
    }
    if (cmd == APP_CMD_READ_PAGE_DONE) { /* the speaker's, not the visitor's */
        read_on(app, now);
        return;
    }
    app->last_input = now;
    if (cmd == APP_CMD_ANY_INPUT) {
        if (app->screen == APP_SCREEN_ATTRACT)
            app_attract_command(app, cmd, now); /* the quote under the finger stays */
        else if (!is_staff(app->screen))
            app->visitor = true;
        return;
    }
    if (cmd == APP_CMD_STAFF_CORNER) {
        if (app->pin[0] && !is_staff(app->screen)) {
            app->reading = false;
            app_staff_begin(app);
        }
        return;
    }
    if (is_staff(app->screen)) {
        app_staff_command(app, cmd, arg, now);
        return;
    }
    app->visitor = true;
    if (app->screen == APP_SCREEN_IDLE) { /* any command only dismisses it */
        app_go(app, app->under);
        return;
    }
    if (app->screen == APP_SCREEN_ATTRACT)
        app_attract_command(app, cmd, now);
    else if (app->screen == APP_SCREEN_CONTENTS || cmd == APP_CMD_CONTENTS)
        app_contents_command(app, cmd, arg, now);
    else
        visitor_command(app, cmd, arg, now);
}

void app_tick(App *app, int64_t now)
{
    tick(app, now, true);
}

static void tick(App *app, int64_t now, bool allow_attract)
{
    if (app->screen == APP_SCREEN_READER && !app->hint_done && now >= app->hint_end)
        app->hint_done = true;
    if (app->anim_dir && now - app->anim_start >= APP_SLIDE_MS)
        app->anim_dir = 0;
    int64_t quiet_until = app->last_input + app->idle_ms;
    AppQuiet quiet = app_screen(app->screen)->quiet;
    if (quiet == APP_QUIET_WARN && now >= quiet_until) { /* a reading place to lose */
        app_go(app, APP_SCREEN_IDLE); /* the question is asked in silence */
        app->idle_end = quiet_until + app->warn_ms;
    }
    if ((app->screen == APP_SCREEN_IDLE && now >= app->idle_end)
        || (quiet == APP_QUIET_RESET && now >= quiet_until)) {
        app_reset_visit(app); /* from staff or error: nothing to lose, no warning */
        app->quiet_from = now; /* the shelf shows a while before the attract screen */
    } else if (quiet == APP_QUIET_RESET_VISITED && app->visitor && now >= quiet_until) {
        app_reset_visit(app);
    }
    app_attract_tick(app, now, allow_attract);
}
