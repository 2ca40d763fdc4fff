/* typeset: the one owner of a text's pages. It puts the fonts' measure, the
 * style for the screen and text size, hyphenation and layout together for
 * one text at a time, and keeps the reader's place when any of them changes.
 * The kiosk's renderer, --dump-pages and --check all ask it; nothing else
 * assembles those parts. SDL-free: the fonts come in as a callback.
 *
 *   Typesetter *ts = typeset_new(&fonts, NULL, stderr);
 *   typeset_set_screen(ts, w, h, px_per_mm);                        on start and rotation
 *   page = typeset_text(ts, doc, text_size, page);       each frame, cheap when
 *                                                        nothing changed
 *   typeset_forget(ts);                                  before the Docs change */
#ifndef STORSTIL_TYPESET_H
#define STORSTIL_TYPESET_H

#include <stdio.h>

#include "doc.h"
#include "layout.h"
#include "style.h"

/* What the typesetter asks of the fonts: size the faces for a style and
 * fill *measure, which stays valid until the next call. 0, or -1 when the
 * fonts refuse (the text then cannot be shown). */
typedef struct {
    void *ctx;
    int (*set_style)(void *ctx, const LayoutStyle *style, LayoutMeasure *measure);
} TypesetFonts;

typedef struct Typesetter Typesetter;

/* A typesetter over fonts (copied; fonts->ctx must outlive it). Hyphenation
 * patterns come from hyphen_dic (NULL: the Swedish default; "": none) and are
 * loaded with the first text or typeset_prepare, not here; a missing file is said once on log
 * (NULL: silent) and texts are then not hyphenated. NULL without memory. */
Typesetter *typeset_new(const TypesetFonts *fonts, const char *hyphen_dic, FILE *log);

/* Loads the hyphenation patterns and dictionary now, which the first text
 * would otherwise load: the kiosk calls it once its first frame is shown. */
void typeset_prepare(Typesetter *ts);

/* Frees the typesetter, its layout and its patterns; NULL is fine. */
void typeset_free(Typesetter *ts);

/* Sets the logical screen size (after rotation) and its pixels a millimetre
 * (0: unknown); the next typeset_text lays the text out again, keeping the
 * reader's place. */
void typeset_set_screen(Typesetter *ts, int w, int h, double px_per_mm);

/* Brings the pages in step with doc at text_size (1..5, clamped). `page` is
 * the page in view; returns the page to show: the same one when nothing
 * changed, else the page that holds the first character of the old page in
 * view (a new text starts at `page`, clamped). Returns -1 when doc cannot be
 * laid out (broken, fonts refused, out of memory); there is then no layout. */
int typeset_text(Typesetter *ts, const Doc *doc, int text_size, int page);

/* Forgets the laid-out text (call before the Doc it points to is freed). */
void typeset_forget(Typesetter *ts);

/* The current pages, or NULL when no text is laid out. */
const Layout *typeset_layout(const Typesetter *ts);

/* The text laid out, or NULL. */
const Doc *typeset_doc(const Typesetter *ts);

/* The reader's geometry and style the current pages were made for. */
const StyleScreen *typeset_screen(const Typesetter *ts);

/* What a reader gets at one text size on this screen, for staff. */
typedef struct {
    double x_height_mm;  /* the body's; 0 when the screen's size is unknown */
    int lines_per_page;  /* body lines the text area holds */
    int chars_per_line;  /* letters of ordinary prose a line holds */
} TypesetFacts;

/* Fills out for text_size (the fonts are sized for it, the pages kept);
 * 0, or -1 when the fonts refuse. */
int typeset_facts(Typesetter *ts, int text_size, TypesetFacts *out);

/* A number that changes with every new layout (for caches of drawn pages). */
unsigned typeset_generation(const Typesetter *ts);

#endif
