/* sentstart: whether a word of a raw text begins a sentence. */
#ifndef STORSTIL_IMPORT_SENTSTART_H
#define STORSTIL_IMPORT_SENTSTART_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the text's own ellipses ("...", "…") end sentences: more of the
 * words after them begin with a capital than with a small letter. In a
 * transcript they mostly mark a pause ("som gör att man ... till exempel"). */
bool import_sentstart_ellipsis_ends(const char *text, size_t len);

/* Whether the word at byte `start` of the NUL-terminated text begins a
 * sentence: the text's start, after . ! ? or, when `ellipsis_ends`, an
 * ellipsis (closing quotes and blank lines between), or on the line after
 * a speaker's name alone (at most three capitalised words, no punctuation,
 * after a blank line). Blank lines alone decide nothing: a page break falls
 * mid-sentence as often as not, and a capital put on a word mid-sentence
 * is a new error. */
bool import_sentstart_at(const char *text, size_t start, bool ellipsis_ends);

#endif
