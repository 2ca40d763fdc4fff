/* compound: which hyphenation points of a Swedish word are worth using,
 * judged with hunspell's sv_SE dictionary (the joints of compounds). */
#ifndef STORSTIL_COMPOUND_H
#define STORSTIL_COMPOUND_H

#include <stddef.h>

#define COMPOUND_DEFAULT_AFF "/usr/share/hunspell/sv_SE.aff"
#define COMPOUND_DEFAULT_DIC "/usr/share/hunspell/sv_SE.dic"
#define COMPOUND_MIN_PART 4 /* letters each side of a joint, and after any good break */

typedef struct Compound Compound;

/* Opens the hunspell dictionary (NULL paths: the defaults); NULL on failure. */
Compound *compound_new(const char *aff_path, const char *dic_path);

/* Closes the dictionary; NULL is fine. */
void compound_free(Compound *co);

/* The break points of the lower-case Latin-1 word of `letters` letters, as
 * letter indices, ascending: the joints of a compound, merged with the n
 * points libhyphen found (pts, ascending). Writes up to max into out, with
 * good[i] = 1 where a reader is not misled, 0 where the point is for a word
 * that cannot fit on an empty line only; returns how many. co NULL (no
 * dictionary): libhyphen's points, judged by their length alone. */
size_t compound_points(Compound *co, const char *latin, size_t letters, const size_t *pts,
                       size_t n, size_t *out, unsigned char *good, size_t max);

#endif
