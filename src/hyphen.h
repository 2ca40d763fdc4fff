/* hyphen: Swedish hyphenation points of one word, through libhyphen and
 * Debian's hyphen-sv patterns. UTF-8 in, byte offsets out; results cached. */
#ifndef STORSTIL_HYPHEN_H
#define STORSTIL_HYPHEN_H

#include <stddef.h>

#define HYPHEN_DEFAULT_DIC "/usr/share/hyphen/hyph_sv_SE.dic"
#define HYPHEN_MIN_LETTERS 3  /* at least this many letters each side of a break */
#define HYPHEN_MAX_LETTERS 63 /* longer "words" are not hyphenated at all */

typedef struct Hyphen Hyphen;

/* Loads the patterns at dic_path (NULL: HYPHEN_DEFAULT_DIC); NULL on failure. */
Hyphen *hyphen_new(const char *dic_path);

/* Frees the patterns and the cache; NULL is fine. */
void hyphen_free(Hyphen *hyphen);

/* Where `word` (len bytes of UTF-8 letters) may be hyphenated: writes up to
 * max byte offsets, ascending, each with >= HYPHEN_MIN_LETTERS letters on
 * both sides, into out and returns how many. A word with characters outside
 * Latin-1 or longer than HYPHEN_MAX_LETTERS gives 0. */
size_t hyphen_points(Hyphen *hyphen, const char *word, size_t len, size_t *out, size_t max);

#endif
