/* kiosk_texts: owns the kiosk's side of the texts: the list and quotes
 * handed to app after each scan, when a rescan may run, and the open text's
 * pages brought in step with the app through the typesetter (page count,
 * the place kept, contents, a quote's page). What the pages are is
 * typeset's; what the quotes are quote.c's; what a screen shows app's. */
#include "kiosk_texts.h"

#include "kiosk.h"

#include <stdlib.h>

#include "core/contents.h"
#include "kiosk_read.h"

void kiosk_texts_free(Kiosk *k)
{
    free(k->texts.quotes);
    free(k->texts.n_quotes);
    k->texts.quotes = NULL;
    k->texts.n_quotes = NULL;
}

/* Chooses every text's quotes (they point into the Docs, which stay until
 * the next scan that changes the list) and tells app how many each has. */
static void choose_quotes(Kiosk *k, size_t n)
{
    kiosk_texts_free(k);
    k->texts.quote_doc = k->texts.quote_idx = -1;
    k->texts.generation++; /* a drawn quote's picture is stale, even at the same address */
    k->texts.quotes = calloc(n ? n : 1, sizeof *k->texts.quotes);
    k->texts.n_quotes = calloc(n ? n : 1, sizeof *k->texts.n_quotes);
    if (!k->texts.quotes || !k->texts.n_quotes) {
        kiosk_texts_free(k); /* no attract screen, the rest works */
        app_set_quotes(k->app, NULL);
        return;
    }
    for (size_t i = 0; i < n; i++)
        k->texts.n_quotes[i] = quote_choose(library_doc(k->lib, i), k->texts.quotes[i], QUOTE_MAX);
    app_set_quotes(k->app, k->texts.n_quotes);
}

void kiosk_texts_changed(Kiosk *k)
{
    size_t n = library_count(k->lib);
    bool *broken = calloc(n ? n : 1, sizeof *broken);
    if (!broken) return;
    for (size_t i = 0; i < n; i++) broken[i] = library_doc(k->lib, i)->broken;
    typeset_forget(k->typeset);
    if (app_set_docs(k->app, (int)n, broken)) choose_quotes(k, n);
    free(broken);
}

const Quote *kiosk_texts_quote(const Kiosk *k, int doc, int q)
{
    if (!k->texts.quotes || doc < 0 || (size_t)doc >= library_count(k->lib) || q < 0 || q >= k->texts.n_quotes[doc])
        return NULL;
    return &k->texts.quotes[doc][q];
}

/* A reader in the middle of a text is never disturbed (and text indexes
 * never shift under it); the scan waits until the visitor is back on the
 * shelf, or the attract screen shows. */
void kiosk_texts_reload(Kiosk *k, int64_t now)
{
    AppView v;
    app_view(k->app, now, &v);
    AppScreen s = v.screen == APP_SCREEN_IDLE ? v.under : v.screen;
    if (app_screen(s)->open_doc) return;
    k->texts.reload_pending = false;
    if (library_scan(k->lib)) {
        kiosk_texts_changed(k);
        k->dirty = true;
    }
}

/* The reader's "Innehåll" (a text with a contents list of n entries) and
 * "Läs upp" (a speaker opened), while the reader is on screen (s). */
static void set_extras(Kiosk *k, AppScreen s, int n)
{
    bool reader = s == APP_SCREEN_READER;
    ui_set_reader_extras(&k->ui, reader && n >= CONTENTS_MIN, reader && k->read.speaker != NULL);
}

/* The ui's rectangles for the text size, and the reader's extra buttons. */
static void sync_ui(Kiosk *k, const AppView *v)
{
    if (k->ui_text_size != v->text_size) {
        ui_layout(&k->ui, k->w, k->h, k->px_per_mm, v->text_size);
        k->ui_text_size = v->text_size;
    }
    set_extras(k, v->screen == APP_SCREEN_IDLE ? v->under : v->screen, v->n_contents);
}

/* Hands app the headings of the new pages, and shows "Innehåll" in this
 * very frame when the reader is on screen (the view was taken before). */
static void send_contents(Kiosk *k, const Doc *doc, AppScreen s)
{
    size_t n = contents_count(doc);
    n = n < CONTENTS_MAX ? n : CONTENTS_MAX;
    ContentsEntry *entries = malloc((n ? n : 1) * sizeof *entries);
    if (!entries) return; /* no list this time; the text reads on */
    n = contents_list(doc, typeset_layout(k->typeset), entries, n);
    app_set_contents(k->app, entries, (int)n);
    free(entries);
    set_extras(k, s, (int)n);
}

/* Lays the open text out when it, its text size or the screen changed, and
 * hands app the page count and the page that keeps the reader's place (or
 * holds the quote it was opened at), and its contents; or marks the text
 * broken when it cannot be laid out. */
void kiosk_texts_sync(Kiosk *k, const AppView *v)
{
    sync_ui(k, v);
    AppScreen s = v->screen == APP_SCREEN_IDLE ? v->under : v->screen;
    const Doc *doc = v->doc >= 0 ? library_doc(k->lib, (size_t)v->doc) : NULL;
    if (!doc) k->texts.quote_doc = k->texts.quote_idx = -1;
    if (!doc || !app_screen(s)->lays_out) return;
    unsigned before = typeset_generation(k->typeset);
    int page = typeset_text(k->typeset, doc, v->text_size, v->page);
    if (page < 0) {
        app_set_broken(k->app, v->doc);
        return;
    }
    const Layout *lay = typeset_layout(k->typeset);
    int pages = (int)layout_page_count(lay);
    bool fresh = typeset_generation(k->typeset) != before;
    const Quote *q = kiosk_texts_quote(k, v->doc, v->open_quote);
    if (q) {
        page = (int)quote_page(q, lay);
        k->texts.quote_doc = v->doc;
        k->texts.quote_idx = v->open_quote;
    }
    if (fresh || pages != v->n_pages || v->open_quote >= 0)
        app_set_page_count(k->app, pages, q ? page : kiosk_read_relaid(k, page));
    if (fresh || (v->n_contents == 0 && contents_count(doc) >= CONTENTS_MIN))
        send_contents(k, doc, s);
}
