/* encoding: raw transcripts that are not UTF-8. Windows editors still save
 * Swedish as Windows-1252 (a superset of Latin-1): å, ä, ö as single bytes.
 * This module recognises such a file and turns it into UTF-8, and tells
 * text from binary. */
#ifndef STORSTIL_IMPORT_ENCODING_H
#define STORSTIL_IMPORT_ENCODING_H

#include <stdbool.h>
#include <stddef.h>

/* True when bytes hold invalid UTF-8 and not one valid multi-byte UTF-8
 * sequence: then they are taken to be Windows-1252. */
bool import_encoding_is_cp1252(const char *bytes, size_t len);

/* Converts Windows-1252 bytes to a new NUL-terminated UTF-8 buffer (bytes
 * that code no character become U+FFFD); sets *out_len. NULL without memory. */
char *import_encoding_from_cp1252(const char *bytes, size_t len, size_t *out_len);

/* True when bytes open with a UTF-16 byte order mark (FF FE or FE FF), as
 * Windows' Notepad saves "Unicode" (subtitle files often come so). */
bool import_encoding_is_utf16(const char *bytes, size_t len);

/* Converts UTF-16 after its byte order mark to a new NUL-terminated UTF-8
 * buffer (unpaired surrogates and NUL become U+FFFD); sets *out_len. NULL
 * without memory. */
char *import_encoding_from_utf16(const char *bytes, size_t len, size_t *out_len);

/* True when clean UTF-8 text looks like text: U+FFFD and control
 * characters (other than tab, LF, CR, form feed) make up under 5% of its
 * characters. An empty text is text (the caller reports that it is empty). */
bool import_encoding_looks_like_text(const char *text, size_t len);

#endif
