/* writer: renders blocks in storstil's text format (see README.md, "The text
 * format"): a `key: value` header, a blank line, then one block per line. */
#ifndef STORSTIL_IMPORT_WRITER_H
#define STORSTIL_IMPORT_WRITER_H

#include <stdbool.h>

#include "blocks.h"

typedef struct {
    const char *title, *subtitle, *series, *episode, *date, *kind, *source; /* NULL to leave out */
} ImportMeta;

/* The whole output file as a new string. Speakers are declared main voices
 * first (in order of appearance), brief voices such as jingles last; any
 * U+FFFD left in the text is dropped. */
char *import_writer_render(const ImportBlocks *blocks, const ImportMeta *meta);

/* Whether a block's text holds a word: a letter or a digit. A block of only
 * punctuation, "#", U+FFFD or spaces ("#[]", "…") says nothing a reader or
 * the format could use, and the writer leaves it out. */
bool import_writer_has_text(const char *text);

/* Whether the writer would write any block of B (import_writer_has_text):
 * a text without one is refused rather than written with no body. */
bool import_writer_has_words(const ImportBlocks *B);

#endif
