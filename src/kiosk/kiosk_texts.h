/* kiosk_texts: the kiosk's texts and their pages, kept in step with the
 * data folder and the app: the list handed to app (with each text's quotes
 * for the attract screen), rescans, and the open text's pages, contents and
 * the page of the quote it was opened at. Part of kiosk.c's job, in a file
 * of its own; SDL side only because Kiosk is. */
#ifndef STORSTIL_KIOSK_TEXTS_H
#define STORSTIL_KIOSK_TEXTS_H

#include <stdbool.h>

#include "core/app.h"
#include "core/quote.h"

typedef struct Kiosk Kiosk;

/* The texts' state in the Kiosk; kiosk_texts.c's own. */
typedef struct {
    Quote (*quotes)[QUOTE_MAX]; /* each text's attract quotes */
    int *n_quotes;
    int quote_doc, quote_idx;   /* the quote the open text was opened at, or -1 */
    unsigned generation;        /* changes whenever the quotes are chosen anew */
    bool reload_pending;        /* rescan the data folder once no text is open */
} KioskTexts;

/* Tells app the new list of texts (broken ones marked) and their quotes,
 * and forgets the laid-out text, whose Doc may be gone. */
void kiosk_texts_changed(Kiosk *k);

/* Rescans the data folder when no text is open (shelf, attract or staff
 * screens); a reader is never disturbed. */
void kiosk_texts_reload(Kiosk *k, int64_t now);

/* Brings ui and the pages in step with the app's view v (see kiosk.c). */
void kiosk_texts_sync(Kiosk *k, const AppView *v);

/* Quote q of text doc, or NULL. */
const Quote *kiosk_texts_quote(const Kiosk *k, int doc, int q);

/* Frees the quotes. */
void kiosk_texts_free(Kiosk *k);

#endif
