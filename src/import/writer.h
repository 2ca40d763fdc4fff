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

/* Whether any character of a block's text survives the writer (a block of
 * only "#", U+FFFD, spaces or control characters would be an empty line,
 * which the writer leaves out). */
bool import_writer_has_text(const char *text);

#endif
