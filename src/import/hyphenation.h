/* hyphenation: settles, at import, which hyphenation points of a text's
 * words are good, so that the kiosk needs no spelling dictionary: the
 * `hyphenation:` header lines of the text format (README). */
#ifndef STORSTIL_IMPORT_HYPHENATION_H
#define STORSTIL_IMPORT_HYPHENATION_H

#include <stddef.h>

#include "compound.h"
#include "core/hyphenate.h"

/* The word list for the text format `text` (with a header): every letter
 * run of its body whose good points by compound's judgement (co, hunspell)
 * differ from the plain rules (hyphenate.h), each written in lower case
 * with HYPHENATE_MARK at its good points, separated by spaces, as new
 * "hyphenation: ..." header lines of at most about 76 bytes (one empty
 * "hyphenation:" line when no word needs settling). A new string. */
char *import_hyphenation_lines(Hyphenator *hy, Compound *co, const char *text, size_t len);

/* Returns a copy of the text format `text` with its `hyphenation:` lines
 * (any old ones dropped) settled anew: the patterns at dic_path (NULL: the
 * default) judged with the hunspell dictionary aff/dic (NULL: sv_SE). A
 * text with no header comes back unchanged. NULL with a message in err
 * when the patterns or the dictionary cannot be opened. */
char *import_hyphenation_settle(const char *text, const char *dic_path, const char *aff, const char *dic,
                                char *err, size_t errsize);

#endif
