/* doc_internal: what doc.c and doc_format.c share. Not for other modules:
 * they use doc.h. */
#ifndef STORSTIL_DOC_INTERNAL_H
#define STORSTIL_DOC_INTERNAL_H

#include <stddef.h>

#include "doc.h"

/* Fills doc's header fields, speakers, blocks and problems from clean UTF-8
 * text (LF line ends, no NUL bytes), as the format says; marks it broken when
 * nothing is left to show. Returns -1 when memory runs out, else 0. */
int doc_format_parse(Doc *doc, const char *text, size_t len);

/* Adds a problem at `line` (0: the whole file), worded printf-style; past
 * the first 50, or out of memory, it is dropped. */
void doc_add_problem(Doc *doc, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Adds a problem and marks the document as one that cannot be shown. */
void doc_mark_broken(Doc *doc, int line, const char *why);

/* Appends the time `ms` for the part of doc->text from byte `at` on (at is
 * not below the last time's); *cap is doc->times' room, grown as needed. A
 * time earlier than the last is reported at `line` and dropped; one at the
 * same byte as the last replaces it. Returns -1 when memory runs out, else 0. */
int doc_time_add(Doc *doc, size_t *cap, size_t at, long ms, int line);

#endif
