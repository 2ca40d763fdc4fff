/* utf8: decoding and repair of UTF-8 text, shared by the loader, the layout
 * and the importer. No allocation except in utf8_sanitize. */
#ifndef STORSTIL_UTF8_H
#define STORSTIL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu

/* Decodes one code point at s[0..len); stores it in *cp and returns the bytes
 * used (1..4). Invalid input (overlong, surrogate, above U+10FFFF, truncated,
 * stray continuation) yields U+FFFD and the length of its maximal subpart
 * (Unicode 15, 3.9 "U+FFFD Substitution of Maximal Subparts"), at least 1.
 * len must be > 0. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Encodes cp (must be a scalar value) into out (4 bytes room); returns bytes. */
size_t utf8_encode(uint32_t cp, char *out);

/* Bytes of the next code point in valid UTF-8 (1 at a bad byte). */
size_t utf8_next_len(const char *s, size_t len);

/* Repairs raw bytes into clean UTF-8: drops a leading BOM, turns CRLF and lone
 * CR into LF, replaces NUL and each maximal invalid subpart with U+FFFD.
 * Returns a new NUL-terminated buffer (free with free()) and its length in
 * *out_len, or NULL when memory runs out. *n_invalid (if not NULL) receives
 * how many replacements were made and *first_bad_line (if not NULL) the
 * 1-based line of the first one (0 when none). */
char *utf8_sanitize(const char *in, size_t len, size_t *out_len,
                    size_t *n_invalid, int *first_bad_line);

/* Lower-cases one code point of ASCII, Latin-1 or Latin Extended-A (the
 * letters of Swedish texts and of the names in them). Everything else comes
 * back unchanged, as do the letters there without a one-to-one pair: ß, İ,
 * ı, ĸ, ŉ, ſ. */
uint32_t utf8_lower(uint32_t cp);

/* Upper-cases one code point over the same ranges. Each undoes the other:
 * for every c that utf8_lower changes, utf8_upper(utf8_lower(c)) == c, and
 * the other way round (the Latin-1/Extended-A pair ÿ U+00FF, Ÿ U+0178
 * included). */
uint32_t utf8_upper(uint32_t cp);

/* True for letters of the Latin scripts Swedish texts use (incl. å ä ö é ü). */
int utf8_is_letter(uint32_t cp);

/* True for the characters that change how text around them shows while
 * showing nothing themselves: the bidirectional controls (U+061C,
 * U+200E-U+200F, U+202A-U+202E, U+2066-U+2069) and the zero-width ones
 * (U+200B-U+200D, U+2060-U+2064, U+FEFF). A name from a stick keeps none. */
bool utf8_is_invisible(uint32_t cp);

#endif
