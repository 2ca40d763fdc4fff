/* contents: a text's headings with the page each starts on, for the
 * reader's "Innehåll" list. SDL-free: the pages come from a Layout, so the
 * numbers follow the text size and the screen the text was laid out for.
 *
 *   ContentsEntry e[CONTENTS_MAX];
 *   size_t n = contents_list(doc, typeset_layout(ts), e, CONTENTS_MAX);
 *   if (contents_count(doc) >= CONTENTS_MIN) show the button */
#ifndef STORSTIL_CONTENTS_H
#define STORSTIL_CONTENTS_H

#include <stddef.h>

#include "doc.h"
#include "layout.h"

#define CONTENTS_MIN 2   /* a text with fewer headings has no contents list */
#define CONTENTS_MAX 200 /* headings listed at most; later ones are left out */

typedef struct {
    size_t block; /* index into doc->blocks: a DOC_HEADING */
    int level;    /* 1 or 2 */
    int page;     /* 0-based page of the layout where the heading stands */
} ContentsEntry;

/* Number of headings in doc (every level). */
size_t contents_count(const Doc *doc);

/* Fills out[0..cap) with doc's headings in reading order and the page of
 * layout (made from doc) that holds each; returns how many were written. */
size_t contents_list(const Doc *doc, const Layout *layout, ContentsEntry *out, size_t cap);

#endif
