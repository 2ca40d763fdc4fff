/* app_contents: the contents list of the app's state machine: which
 * headings the open text has (a fact from the caller, after each layout),
 * the list's pages, a heading's page opened, and "Tillbaka" to the page the
 * reader was on. It must not lay text out, know pixels or read the clock;
 * app.c decides when a command is the list's and runs every timer. */
#include "app_internal.h"

#include <stdlib.h>
#include <string.h>

static int list_pages(const App *app)
{
    int per = app->contents_per_page < 1 ? 1 : app->contents_per_page;
    return app->n_contents <= 0 ? 1 : (app->n_contents + per - 1) / per;
}

bool app_set_contents(App *app, const ContentsEntry *entries, int n)
{
    if (n < 0 || !entries) n = 0;
    if (n > CONTENTS_MAX) n = CONTENTS_MAX;
    ContentsEntry *copy = n > 0 ? malloc((size_t)n * sizeof *copy) : NULL;
    bool ok = n == 0 || copy;
    if (copy)
        memcpy(copy, entries, (size_t)n * sizeof *copy);
    else
        n = 0; /* without memory: no list, the text reads on */
    free(app->contents);
    app->contents = copy;
    app->n_contents = n;
    if (app->screen == APP_SCREEN_CONTENTS && n < CONTENTS_MIN)
        app_go(app, APP_SCREEN_READER); /* the list is gone: back to the text */
    app->contents_page = app->contents_page < list_pages(app) ? app->contents_page : list_pages(app) - 1;
    return ok;
}

void app_set_contents_per_page(App *app, int per_page)
{
    app->contents_per_page = per_page < 1 ? 1 : per_page;
    if (app->contents_page >= list_pages(app))
        app->contents_page = list_pages(app) - 1;
}

/* Opens the list at the page that holds the heading of the reader's page. */
static void open_list(App *app)
{
    if (app->screen != APP_SCREEN_READER || app->n_contents < CONTENTS_MIN)
        return;
    int at = 0;
    for (int i = 0; i < app->n_contents; i++)
        if (app->contents[i].page <= app->page)
            at = i;
    int per = app->contents_per_page < 1 ? 1 : app->contents_per_page;
    app->contents_from = app->page;
    app->contents_page = at / per;
    app->hint_done = true;
    app_go(app, APP_SCREEN_CONTENTS);
}

static void back_to_reader(App *app, int page)
{
    app_go(app, APP_SCREEN_READER);
    app->page = page < 0 ? 0 : page >= app->n_pages ? app->n_pages - 1 : page;
}

static void turn_list(App *app, int dir, int64_t now)
{
    int to = app->contents_page + dir;
    if (to >= 0 && to < list_pages(app) && app_may_turn(app, now))
        app->contents_page = to;
}

void app_contents_command(App *app, AppCommand cmd, int arg, int64_t now)
{
    if (cmd == APP_CMD_CONTENTS) {
        open_list(app);
        return;
    }
    switch (cmd) {
    case APP_CMD_CONTENTS_GO:
        if (arg >= 0 && arg < app->n_contents)
            back_to_reader(app, app->contents[arg].page);
        break;
    case APP_CMD_MENU_BACK: case APP_CMD_ACTIVATE: back_to_reader(app, app->contents_from); break;
    case APP_CMD_NEXT: case APP_CMD_FOCUS_NEXT: turn_list(app, +1, now); break;
    case APP_CMD_PREV: case APP_CMD_FOCUS_PREV: turn_list(app, -1, now); break;
    case APP_CMD_HOME: app_go_home(app); break;
    default: break; /* A+, A- and the rest wait for the reader */
    }
}

void app_contents_view(const App *app, AppView *v)
{
    bool open = app->doc >= 0 && app->screen != APP_SCREEN_SHELF && app->screen != APP_SCREEN_ATTRACT;
    v->contents = open ? app->contents : NULL;
    v->n_contents = open ? app->n_contents : 0;
    v->contents_page = app->contents_page;
    v->n_contents_pages = list_pages(app);
    v->contents_per_page = app->contents_per_page < 1 ? 1 : app->contents_per_page;
}
