/* freq: what clean Swedish text says about words: how often each word occurs,
 * and a character trigram model that scores spellings never seen whole.
 * Both are learnt from the texts given to it; nothing is built in. */
#ifndef STORSTIL_IMPORT_FREQ_H
#define STORSTIL_IMPORT_FREQ_H

#include <stddef.h>

typedef struct ImportFreq ImportFreq;

/* New, empty model. */
ImportFreq *import_freq_new(void);

/* Counts the words (lower-cased), the pairs of neighbouring words and the
 * letter trigrams of a clean text. */
void import_freq_add_text(ImportFreq *f, const char *text, size_t len);

/* Counts `times` more occurrences of the lower-case word (no pairs, no
 * trigrams): for evidence that is not running text. */
void import_freq_add_word(ImportFreq *f, const char *word, size_t len, unsigned times);

/* How often the lower-case words a and b occurred side by side, joined by
 * sep: " " (white space only), "-" ("e-bok") or "- " ("hälso- och"); with
 * a "" and sep "- ", how often b followed any "X- ". */
unsigned import_freq_pair(const ImportFreq *f, const char *a, const char *sep, const char *b);

typedef void (*ImportFreqEachFn)(void *ctx, const char *word, unsigned count);

/* Calls fn with every word (not pair) and its count, in no set order. */
void import_freq_each(const ImportFreq *f, ImportFreqEachFn fn, void *ctx);

/* How many words the texts given to import_freq_add_text held. */
size_t import_freq_total(const ImportFreq *f);

/* How often the lower-case word occurred. */
unsigned import_freq_count(const ImportFreq *f, const char *word, size_t len);

/* Log-probability of the lower-case word under the trigram model (higher is
 * more Swedish-looking); comparable between spellings of one word. */
double import_freq_shape(const ImportFreq *f, const char *word, size_t len);

/* Frees the model; NULL is fine. */
void import_freq_free(ImportFreq *f);

#endif
