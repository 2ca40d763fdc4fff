/* app_attract: the attract screen of the app's state machine: when it
 * starts (a quiet while on the shelf, never over a visitor's reading), which
 * quote it shows (through the texts in turn), its fades, a finger on it
 * holding the quote still, and what a tap does. It must not choose the
 * quotes' words (quote.c), know pixels or read the clock. */
#include "app_internal.h"

#include <stdlib.h>
#include <string.h>

#define STEP_MS (APP_ATTRACT_FADE_MS / APP_ATTRACT_FADE_STEPS)

static int64_t later(int64_t a, int64_t b) { return a > b ? a : b; }

/* Documents with at least one quote. */
static int docs_with_quotes(const App *app)
{
    int m = 0;
    for (int d = 0; app->quote_counts && d < app->n_docs; d++)
        m += app->quote_counts[d] > 0;
    return m;
}

bool app_set_quotes(App *app, const int *counts)
{
    if (!app->quote_counts)
        return false;
    for (int d = 0; d < app->n_docs; d++)
        app->quote_counts[d] = counts && counts[d] > 0 ? counts[d] : 0;
    return true;
}

/* Quote number k of the cycle: document k mod m of those with quotes (in
 * shelf order), and its quote (k / m) mod its count. False when none. */
static bool quote_of(const App *app, int k, int *doc, int *quote)
{
    int m = docs_with_quotes(app);
    if (m == 0 || k < 0)
        return false;
    int nth = k % m, round = k / m;
    for (int d = 0; d < app->n_docs; d++) {
        if (app->quote_counts[d] <= 0 || nth-- > 0)
            continue;
        *doc = d;
        *quote = round % app->quote_counts[d];
        return true;
    }
    return false;
}

/* The cycle's quote number at now. */
static int current_k(const App *app, int64_t now)
{
    if (app->attract_frozen)
        return app->frozen_k;
    int64_t t = now - app->attract_start;
    return t <= 0 ? 0 : (int)(t / APP_ATTRACT_QUOTE_MS % 1000000);
}

static int64_t due_at(const App *app)
{
    return later(app->last_input, app->quiet_from) + app->attract_ms;
}

void app_attract_tick(App *app, int64_t now, bool allow_start)
{
    if (app->screen == APP_SCREEN_ATTRACT) {
        if (docs_with_quotes(app) == 0) {
            app_show_shelf(app);
        } else if (app->attract_frozen && now - app->frozen_at >= APP_ATTRACT_QUOTE_MS) {
            /* A touch that became no tap: carry on from the quote it held. */
            app->attract_frozen = false;
            app->attract_start = now - (int64_t)app->frozen_k * APP_ATTRACT_QUOTE_MS;
        }
        return;
    }
    if (!allow_start || app->screen != APP_SCREEN_SHELF || app->attract_ms <= 0
        || docs_with_quotes(app) == 0 || now < due_at(app))
        return;
    app_reset_visit(app); /* whoever used the shelf has gone */
    app_go(app, APP_SCREEN_ATTRACT);
    app->attract_start = now;
    app->attract_frozen = false;
}

void app_attract_command(App *app, AppCommand cmd, int64_t now)
{
    if (cmd == APP_CMD_ANY_INPUT) { /* a finger came down: hold what it sees */
        if (!app->attract_frozen)
            app->frozen_k = current_k(app, now);
        app->attract_frozen = true;
        app->frozen_at = now;
        return;
    }
    int doc = -1, quote = -1;
    bool open = cmd == APP_CMD_ACTIVATE && quote_of(app, current_k(app, now), &doc, &quote);
    app->attract_frozen = false;
    app->visitor = true;
    if (!open) {
        app_show_shelf(app); /* anything else: the shelf, on its first page */
        return;
    }
    app_open_doc(app, doc, now);
    if (app->doc == doc && app->screen == APP_SCREEN_READER) {
        app->open_quote = quote;
        app->hint_done = true; /* the hint would cover the quote at the page's foot */
    }
}

/* How opaque the quote is t ms into its turn, in APP_ATTRACT_FADE_STEPS steps. */
static int alpha_at(int64_t t)
{
    int64_t left = APP_ATTRACT_QUOTE_MS - t;
    int64_t step = t < APP_ATTRACT_FADE_MS ? t / STEP_MS + 1
                 : left <= APP_ATTRACT_FADE_MS ? (left - 1) / STEP_MS : APP_ATTRACT_FADE_STEPS;
    if (step > APP_ATTRACT_FADE_STEPS)
        step = APP_ATTRACT_FADE_STEPS;
    return (int)(step * 255 / APP_ATTRACT_FADE_STEPS);
}

void app_attract_view(const App *app, int64_t now, AppView *v)
{
    v->attract_doc = v->attract_quote = -1;
    v->attract_alpha = 255;
    v->open_quote = app->screen == APP_SCREEN_READER ? app->open_quote : -1;
    if (app->screen != APP_SCREEN_ATTRACT)
        return;
    int doc, quote;
    if (quote_of(app, current_k(app, now), &doc, &quote)) {
        v->attract_doc = doc;
        v->attract_quote = quote;
    }
    if (app->animations && !app->attract_frozen)
        v->attract_alpha = alpha_at((now - app->attract_start) % APP_ATTRACT_QUOTE_MS);
}

int64_t app_attract_deadline(const App *app, int64_t now)
{
    if (app->screen == APP_SCREEN_SHELF && app->attract_ms > 0 && docs_with_quotes(app) > 0)
        return due_at(app) > now ? due_at(app) : now;
    if (app->screen != APP_SCREEN_ATTRACT)
        return -1;
    if (app->attract_frozen)
        return app->frozen_at + APP_ATTRACT_QUOTE_MS;
    int64_t since = now - app->attract_start;
    int64_t t = since % APP_ATTRACT_QUOTE_MS, turn = now - t;
    if (!app->animations)
        return turn + APP_ATTRACT_QUOTE_MS;
    if (t < APP_ATTRACT_FADE_MS || t >= APP_ATTRACT_QUOTE_MS - APP_ATTRACT_FADE_MS)
        return now + STEP_MS - t % STEP_MS; /* the next step of a fade */
    return turn + APP_ATTRACT_QUOTE_MS - APP_ATTRACT_FADE_MS;
}
