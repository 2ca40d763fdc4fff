/* hyphenate: Swedish hyphenation points of one word, through libhyphen and
 * Debian's hyphen-sv patterns. Which points are good comes with the text: a
 * word the importer settled (a Doc's `hyphenation:` list, README "The text
 * format") uses its marks; any other word the plain rules below. No
 * spelling dictionary is opened here. UTF-8 in, byte offsets out; results
 * cached per word. */
#ifndef STORSTIL_HYPHENATE_H
#define STORSTIL_HYPHENATE_H

#include <stddef.h>
#include <stdint.h>

#define HYPHENATE_DEFAULT_DIC "/usr/share/hyphen/hyph_sv_SE.dic"
#define HYPHENATE_MIN_LETTERS 3  /* at least this many letters each side of a break */
#define HYPHENATE_MAX_LETTERS 63 /* longer "words" are not hyphenated at all */
#define HYPHENATE_MIN_RIGHT 4    /* the plain rules: letters after a good break */
#define HYPHENATE_MARK '|'       /* a settled word's good point */

typedef struct Hyphenator Hyphenator;

/* Loads the patterns at dic_path (NULL: HYPHENATE_DEFAULT_DIC); NULL on failure. */
Hyphenator *hyphenate_new(const char *dic_path);

/* Frees the patterns, the settled words and the cache; NULL is fine. */
void hyphenate_free(Hyphenator *hyphen);

/* Takes the n settled words of the text about to be laid out (each letters
 * with HYPHENATE_MARK at its good points, any case; malformed ones are
 * skipped), replacing the last text's; the strings are copied. Clears the
 * cache when the list is another one. 0 on success, -1 out of memory (then
 * no word is settled). */
int hyphenate_settle(Hyphenator *hyphen, char *const *words, size_t n);

/* Where `word` (len bytes of UTF-8 letters) may be hyphenated: writes up to
 * max byte offsets, ascending, each with >= HYPHENATE_MIN_LETTERS letters on
 * both sides, into out and returns how many. good (NULL: not wanted) gets 1
 * for a point a reader is not misled by, 0 for a point to use only when the
 * word cannot fit on an empty line: a settled word's marks are its good
 * points (and libhyphen's others the last resort); any other word's are
 * judged by hyphenate_judge_plain. A word with characters outside Latin-1
 * or longer than HYPHENATE_MAX_LETTERS gives 0. */
size_t hyphenate_points(Hyphenator *hyphen, const char *word, size_t len, size_t *out,
                        unsigned char *good, size_t max);

/* The lower-case Latin-1 letters of the UTF-8 word into latin (NUL-ended,
 * HYPHENATE_MAX_LETTERS + 1 bytes) and each letter's byte offset into
 * byte_at (NULL: not wanted); returns the letters, 0 when the word has a
 * character beyond Latin-1 or is too long. */
size_t hyphenate_latin(const char *word, size_t len, char *latin, uint16_t *byte_at);

/* libhyphen's points of a lower-case Latin-1 word of `letters` letters, as
 * letter indices, ascending, at least HYPHENATE_MIN_LETTERS from each end;
 * writes up to HYPHENATE_MAX_LETTERS into out and returns how many. */
size_t hyphenate_pattern_points(Hyphenator *hyphen, const char *latin, size_t letters, size_t *out);

/* The plain rules for a word nobody settled, in good[0..n): a point is good
 * when HYPHENATE_MIN_RIGHT letters or more follow it; when none is, all are. */
void hyphenate_judge_plain(size_t letters, const size_t *pts, size_t n, unsigned char *good);

#endif
