/* hyphenate: Swedish hyphenation points of one word, through libhyphen and
 * Debian's hyphen-sv patterns, judged with hunspell's sv_SE. UTF-8 in, byte
 * offsets out; results cached per word. */
#ifndef STORSTIL_HYPHENATE_H
#define STORSTIL_HYPHENATE_H

#include <stddef.h>

#define HYPHENATE_DEFAULT_DIC "/usr/share/hyphen/hyph_sv_SE.dic"
#define HYPHENATE_MIN_LETTERS 3  /* at least this many letters each side of a break */
#define HYPHENATE_MAX_LETTERS 63 /* longer "words" are not hyphenated at all */

typedef struct Hyphenator Hyphenator;

/* Loads the patterns at dic_path (NULL: HYPHENATE_DEFAULT_DIC); NULL on failure. */
Hyphenator *hyphenate_new(const char *dic_path);

/* Frees the patterns and the cache; NULL is fine. */
void hyphenate_free(Hyphenator *hyphen);

/* Where `word` (len bytes of UTF-8 letters) may be hyphenated: writes up to
 * max byte offsets, ascending, each with >= HYPHENATE_MIN_LETTERS letters on
 * both sides, into out and returns how many. good (NULL: not wanted) gets 1
 * for a point a reader is not misled by (a compound's joint first: see
 * compound.h), 0 for a point to use only when the word cannot fit on an
 * empty line. A word with characters outside Latin-1 or longer than
 * HYPHENATE_MAX_LETTERS gives 0. */
size_t hyphenate_points(Hyphenator *hyphen, const char *word, size_t len, size_t *out,
                        unsigned char *good, size_t max);

#endif
