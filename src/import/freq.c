/* freq: word counts, word-pair counts and a letter trigram model, learnt
 * from clean texts. Owns two open-addressing hash tables (pairs are kept
 * with the words, under keys that hold their separator, which no word
 * holds); it knows nothing of damage or of hunspell. */
#include "freq.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"
#include "core/hash.h"
#include "core/utf8.h"

typedef struct {
    char *word; /* NULL when the slot is empty */
    unsigned count;
} WordSlot;

typedef struct {
    uint64_t key; /* 0 when empty */
    unsigned count;
} GramSlot;

struct ImportFreq {
    WordSlot *words;
    size_t wcap, wn;
    GramSlot *grams;
    size_t gcap, gn;
    size_t total;        /* words counted in texts (not pairs, not added words) */
    size_t letters;      /* distinct letters seen, for smoothing */
    double letter_total; /* letters counted, boundaries included */
};

ImportFreq *import_freq_new(void)
{
    ImportFreq *f = import_xmalloc(sizeof *f);
    memset(f, 0, sizeof *f);
    f->wcap = 1024;
    f->words = import_xcalloc(f->wcap, sizeof *f->words);
    f->gcap = 4096;
    f->grams = import_xcalloc(f->gcap, sizeof *f->grams);
    return f;
}

void import_freq_free(ImportFreq *f)
{
    if (!f) return;
    for (size_t i = 0; i < f->wcap; i++) free(f->words[i].word);
    free(f->words);
    free(f->grams);
    free(f);
}

static WordSlot *word_slot(WordSlot *t, size_t cap, const char *w, size_t len)
{
    size_t i = (size_t)hash_bytes(w, len, HASH_SEED) & (cap - 1);
    while (t[i].word && !(strlen(t[i].word) == len && memcmp(t[i].word, w, len) == 0)) i = (i + 1) & (cap - 1);
    return &t[i];
}

static void add_word(ImportFreq *f, const char *w, size_t len)
{
    if ((f->wn + 1) * 2 > f->wcap) {
        size_t cap = f->wcap * 2;
        WordSlot *t = import_xcalloc(cap, sizeof *t);
        for (size_t i = 0; i < f->wcap; i++)
            if (f->words[i].word) *word_slot(t, cap, f->words[i].word, strlen(f->words[i].word)) = f->words[i];
        free(f->words);
        f->words = t;
        f->wcap = cap;
    }
    WordSlot *s = word_slot(f->words, f->wcap, w, len);
    if (!s->word) {
        s->word = import_xstrndup(w, len);
        f->wn++;
    }
    s->count++;
}

static GramSlot *gram_slot(GramSlot *t, size_t cap, uint64_t key)
{
    size_t i = (size_t)hash_bytes(&key, sizeof key, HASH_SEED) & (cap - 1);
    while (t[i].key && t[i].key != key) i = (i + 1) & (cap - 1);
    return &t[i];
}

static void add_gram(ImportFreq *f, uint64_t key)
{
    if ((f->gn + 1) * 2 > f->gcap) {
        size_t cap = f->gcap * 2;
        GramSlot *t = import_xcalloc(cap, sizeof *t);
        for (size_t i = 0; i < f->gcap; i++)
            if (f->grams[i].key) *gram_slot(t, cap, f->grams[i].key) = f->grams[i];
        free(f->grams);
        f->grams = t;
        f->gcap = cap;
    }
    GramSlot *s = gram_slot(f->grams, f->gcap, key);
    if (!s->key) {
        s->key = key;
        f->gn++;
    }
    s->count++;
}

static unsigned gram_count(const ImportFreq *f, uint64_t key)
{
    const GramSlot *s = gram_slot(f->grams, f->gcap, key);
    return s->key ? s->count : 0;
}

/* Key of an n-gram (n = 1..3) of code points; 1 marks a word boundary. */
static uint64_t gram_key(int n, const uint32_t *cps)
{
    uint64_t k = (uint64_t)n << 62;
    for (int i = 0; i < n; i++) k |= (uint64_t)(cps[i] & 0x1FFFFF) << (21 * i);
    return k;
}

/* Code points of a word with boundary marks; returns how many (<= cap). */
static size_t word_cps(const char *w, size_t len, uint32_t *out, size_t cap)
{
    size_t n = 0;
    out[n++] = 1;
    for (size_t i = 0; i < len && n + 1 < cap;) {
        uint32_t cp;
        i += utf8_decode(w + i, len - i, &cp);
        out[n++] = cp;
    }
    out[n++] = 1;
    return n;
}

/* How the bytes [b, e) between two words join them: " " (white space
 * only), "-" (a hyphen alone), "- " (a hyphen, then white space), or NULL
 * (punctuation: no pair). */
static const char *separator(const char *s, size_t b, size_t e)
{
    if (b == e) return NULL;
    bool hyphen = s[b] == '-';
    for (size_t i = b + hyphen; i < e; i++)
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\r') return NULL;
    if (!hyphen) return " ";
    return e == b + 1 ? "-" : "- ";
}

/* Counts the pair "a" sep "b" (both lower case). */
static void add_pair(ImportFreq *f, const char *a, const char *sep, const char *b)
{
    ImportBuf k = {0};
    import_buf_adds(&k, a);
    import_buf_adds(&k, sep);
    import_buf_adds(&k, b);
    add_word(f, k.s, k.len);
    import_buf_free(&k);
}

void import_freq_add_word(ImportFreq *f, const char *word, size_t len, unsigned times)
{
    if (!times) return;
    add_word(f, word, len);
    word_slot(f->words, f->wcap, word, len)->count += times - 1;
}

unsigned import_freq_pair(const ImportFreq *f, const char *a, const char *sep, const char *b)
{
    ImportBuf k = {0};
    import_buf_adds(&k, a);
    import_buf_adds(&k, sep);
    import_buf_adds(&k, b);
    unsigned n = import_freq_count(f, k.s, k.len);
    import_buf_free(&k);
    return n;
}

void import_freq_each(const ImportFreq *f, ImportFreqEachFn fn, void *ctx)
{
    for (size_t i = 0; i < f->wcap; i++) {
        const char *w = f->words[i].word;
        if (w && !strpbrk(w, " -")) fn(ctx, w, f->words[i].count);
    }
}

void import_freq_add_text(ImportFreq *f, const char *text, size_t len)
{
    size_t pos = 0, st, wl, prev_end = 0;
    char *prev = NULL;
    while (import_text_next_word(text, len, &pos, &st, &wl)) {
        char *low = import_text_lower(text + st, wl);
        size_t ll = strlen(low);
        add_word(f, low, ll);
        f->total++;
        const char *sep = prev ? separator(text, prev_end, st) : NULL;
        if (sep) add_pair(f, prev, sep, low);
        if (sep && strcmp(sep, "- ") == 0) add_pair(f, "", sep, low); /* "- och": what follows a cut */
        free(prev);
        prev = import_xstrndup(low, ll);
        prev_end = st + wl;
        uint32_t cps[130];
        size_t n = word_cps(low, ll, cps, 130);
        for (size_t i = 0; i < n; i++) {
            add_gram(f, gram_key(1, cps + i));
            if (i + 1 < n) add_gram(f, gram_key(2, cps + i));
            if (i + 2 < n) add_gram(f, gram_key(3, cps + i));
        }
        free(low);
    }
    free(prev);
    f->letters = 0;
    f->letter_total = 0;
    for (size_t i = 0; i < f->gcap; i++)
        if (f->grams[i].key && (f->grams[i].key >> 62) == 1) {
            f->letters++;
            f->letter_total += f->grams[i].count;
        }
}

size_t import_freq_total(const ImportFreq *f)
{
    return f->total;
}

unsigned import_freq_count(const ImportFreq *f, const char *word, size_t len)
{
    const WordSlot *s = word_slot(f->words, f->wcap, word, len);
    return s->word ? s->count : 0;
}

double import_freq_shape(const ImportFreq *f, const char *word, size_t len)
{
    uint32_t cps[130];
    size_t n = word_cps(word, len, cps, 130);
    double v = (double)(f->letters + 1), total = f->letter_total;
    double lp = 0;
    for (size_t i = 1; i < n; i++) {
        /* Interpolated trigram, bigram and add-one unigram estimates. */
        double p1 = (gram_count(f, gram_key(1, cps + i)) + 1.0) / (total + v);
        unsigned c1 = gram_count(f, gram_key(1, cps + i - 1));
        double p2 = c1 ? (double)gram_count(f, gram_key(2, cps + i - 1)) / c1 : 0;
        double p3 = 0;
        if (i >= 2) {
            unsigned c2 = gram_count(f, gram_key(2, cps + i - 2));
            p3 = c2 ? (double)gram_count(f, gram_key(3, cps + i - 2)) / c2 : 0;
        }
        lp += log(0.6 * p3 + 0.3 * p2 + 0.1 * p1);
    }
    return lp;
}
