/* quote: the sentences the attract screen shows from a text. SDL-free and
 * deterministic: the same Doc always gives the same quotes in the same order.
 *
 *   Quote q[QUOTE_MAX];
 *   int n = quote_choose(doc, q, QUOTE_MAX);
 *   page = quote_page(&q[i], layout);                  the page to open
 *
 * A text's own `quote:` header lines win (README, "The text format"); else
 * up to QUOTE_MAX complete sentences of QUOTE_MIN_WORDS to QUOTE_MAX_WORDS
 * words are picked from speakers' turns and paragraphs (never a heading, a
 * note or a list item), spread evenly through the text. */
#ifndef STORSTIL_QUOTE_H
#define STORSTIL_QUOTE_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "layout.h"

#define QUOTE_MAX 8
#define QUOTE_MIN_WORDS 8
#define QUOTE_MAX_WORDS 25
#define QUOTE_NOWHERE ((size_t)-1) /* a header quote not found in the body */

typedef struct {
    const char *text; /* into doc->text or doc->quotes[]; len bytes, not NUL-terminated */
    size_t len;
    size_t offset;    /* byte offset in doc->text where it starts, or QUOTE_NOWHERE */
    int speaker;      /* index into doc->speakers of who says it, or -1 */
    bool from_header; /* a `quote:` line */
} Quote;

/* Fills out[0..cap) with doc's quotes (none for a broken doc) and returns
 * how many; they point into doc, valid while it lives. */
int quote_choose(const Doc *doc, Quote *out, int cap);

/* True when s[0..len) is a complete sentence the attract screen may show:
 * it starts with a capital letter or a digit, but not with a word that leans
 * on the sentence before ("Och", "Men", "Så" ...), ends with ".", "!" or
 * "?", has QUOTE_MIN_WORDS to QUOTE_MAX_WORDS words, no "..." or "…" and
 * no unbalanced brackets or quotation marks. */
bool quote_is_sentence(const char *s, size_t len);

/* The 0-based page of layout (made from the quote's doc) that holds the
 * quote's first word: the page to open; 0 when it is not in the body. */
size_t quote_page(const Quote *q, const Layout *layout);

#endif
