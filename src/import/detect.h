/* detect: which format a file to import is in, told by its content: every
 * row of the formats table (formats.h) says how sure it is, and the surest
 * wins. The file name's ending only settles rows that are equally sure (a
 * file with cue timings but no signature); anything else is raw text. */
#ifndef STORSTIL_IMPORT_DETECT_H
#define STORSTIL_IMPORT_DETECT_H

#include <stdbool.h>
#include <stddef.h>

#include "formats.h"

/* The format of bytes[0..len), never NULL; name (may be NULL) is the
 * file's name. */
const ImportFormat *import_detect(const char *bytes, size_t len, const char *name);

/* True when s[0..len) starts with sig. */
bool import_detect_starts(const char *s, size_t len, const char *sig);

/* True when s[0..len) holds needle, ASCII case ignored. */
bool import_detect_has(const char *s, size_t len, const char *needle);

#endif
