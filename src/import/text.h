/* text: small Unicode-aware questions about lines and words that the other
 * importer modules share (sentence ends, letter case, word scanning, case
 * conversion). Pure functions over UTF-8; nothing here knows about layout. */
#ifndef STORSTIL_IMPORT_TEXT_H
#define STORSTIL_IMPORT_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True for an upper-case letter (Swedish ranges, see utf8.h). */
bool import_text_is_upper(uint32_t cp);

/* True for a lower-case letter. */
bool import_text_is_lower(uint32_t cp);

/* True when s[0..len) ends a sentence: its last visible character, after any
 * closing quotes or brackets, is . ! ? or an ellipsis. */
bool import_text_ends_sentence(const char *s, size_t len);

/* True when the text, like a paragraph continuation, starts with a
 * lower-case letter (after opening quotes). */
bool import_text_starts_lower(const char *s, size_t len);

/* Number of space-separated words in s[0..len). */
int import_text_count_words(const char *s, size_t len);

/* Number of code points in s[0..len). */
size_t import_text_cp_count(const char *s, size_t len);

/* True when s[0..len) has at least two letters and none of them lower-case. */
bool import_text_is_all_caps(const char *s, size_t len);

/* Finds the next word (a run of letters and U+FFFD) at or after *pos; stores
 * its byte range in *start and *wlen, moves *pos past it and returns true, or
 * returns false at the end. */
bool import_text_next_word(const char *s, size_t len, size_t *pos, size_t *start, size_t *wlen);

/* New string: s[0..len) in lower case. */
char *import_text_lower(const char *s, size_t len);

/* New string: each word of s[0..len) (split at spaces and hyphens) with an
 * upper-case first letter and the rest in lower case ("ANNA-KARIN" ->
 * "Anna-Karin"). */
char *import_text_title_case(const char *s, size_t len);

/* New string: s[0..len) with its first letter in upper case. */
char *import_text_capitalize(const char *s, size_t len);

#endif
