/* cuetext: the text inside a WebVTT or SRT cue made plain. Tags go (<c.x>,
 * <i>, <b>, <u>, <lang sv>, <font ...>, inline timestamps <00:17.500>),
 * ruby keeps its base text and drops the <rt> reading, entities become
 * characters, and <v Name> voices split the cue into segments, each with its
 * voice (an unclosed <v> runs to the cue's end). Line breaks stay '\n'. */
#ifndef STORSTIL_IMPORT_CUETEXT_H
#define STORSTIL_IMPORT_CUETEXT_H

#include <stddef.h>

#include "buf.h"

typedef struct {
    char *voice; /* the <v> annotation, trimmed; NULL outside a voice */
    char *text;  /* plain text; may be empty */
} ImportCueSeg;

/* Splits cue text s[0..len) into plain segments; returns a new array of *n
 * (at least one) that import_cuetext_free frees. */
ImportCueSeg *import_cuetext_segments(const char *s, size_t len, size_t *n);

/* Frees n segments and the array. */
void import_cuetext_free(ImportCueSeg *segs, size_t n);

/* Decodes the character reference at s ("&amp;", "&#39;", "&#xE5;", "&nbsp;"
 * ...) into b; returns the bytes it used, or 0 when s does not start with
 * one that it knows (then '&' is plain text). */
size_t import_cuetext_entity(const char *s, size_t len, ImportBuf *b);

#endif
