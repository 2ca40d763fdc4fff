/* hyphenate: wraps libhyphen with the Swedish patterns of hyphen-sv.
 *
 * Owns the pattern dictionary and a cache of results per word (the same
 * words recur on every relayout). The patterns are ISO-8859-1 and lower
 * case, so each word is lowered and converted here. Which points a reader
 * is not misled by is compound's judgement (hunspell's sv_SE, opened with
 * the patterns); it is cached with the points. It knows nothing of lines or
 * widths: layout decides when a break point is used. */
#include "hyphenate.h"

#include <hyphen.h> /* libhyphen's own header */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compound.h"
#include "hash.h"
#include "utf8.h"

typedef struct {
    char *word;       /* owned copy of the UTF-8 key, NULL when the slot is empty */
    size_t len;
    uint64_t hash;
    unsigned char n;  /* number of points */
    uint16_t pts[8];  /* byte offsets, GOOD_BIT set on good points; words have few */
    uint16_t *more;   /* all points when n > 8 */
} CacheSlot;

#define GOOD_BIT 0x8000u /* offsets are below 4 * HYPHENATE_MAX_LETTERS */

struct Hyphenator {
    HyphenDict *dict;
    Compound *compound; /* NULL when the dictionary did not load */
    CacheSlot *slots;
    size_t cap, used; /* cap is a power of two */
};

Hyphenator *hyphenate_new(const char *dic_path)
{
    Hyphenator *hy = calloc(1, sizeof *hy);
    if (!hy) return NULL;
    hy->dict = hnj_hyphen_load(dic_path ? dic_path : HYPHENATE_DEFAULT_DIC);
    if (hy->dict) hy->compound = compound_new(NULL, NULL); /* without it: patterns only */
    hy->cap = 1024;
    hy->slots = calloc(hy->cap, sizeof *hy->slots);
    if (!hy->dict || !hy->slots) {
        hyphenate_free(hy);
        return NULL;
    }
    return hy;
}

void hyphenate_free(Hyphenator *hy)
{
    if (!hy) return;
    for (size_t i = 0; hy->slots && i < hy->cap; i++) {
        free(hy->slots[i].word);
        free(hy->slots[i].more);
    }
    free(hy->slots);
    if (hy->dict) hnj_hyphen_free(hy->dict);
    compound_free(hy->compound);
    free(hy);
}

/* Computes the points with libhyphen and has compound judge them; returns
 * how many went into pts (byte offsets, GOOD_BIT on the good ones). */
static size_t compute(Hyphenator *hy, const char *word, size_t len, uint16_t *pts)
{
    char latin[HYPHENATE_MAX_LETTERS + 1];
    uint16_t byte_at[HYPHENATE_MAX_LETTERS + 1]; /* UTF-8 offset of each letter */
    size_t n = 0, i = 0;
    while (i < len) {
        uint32_t cp;
        size_t k = utf8_decode(word + i, len - i, &cp);
        cp = utf8_lower(cp);
        if (cp > 0xFF || cp == UTF8_REPLACEMENT || n >= HYPHENATE_MAX_LETTERS) return 0;
        byte_at[n] = (uint16_t)i;
        latin[n++] = (char)cp;
        i += k;
    }
    latin[n] = '\0';
    if (n < 2 * HYPHENATE_MIN_LETTERS) return 0;
    char hyphens[HYPHENATE_MAX_LETTERS + 5];
    char **rep = NULL;
    int *pos = NULL, *cut = NULL;
    size_t count = 0;
    if (hnj_hyphen_hyphenate3(hy->dict, latin, (int)n, hyphens, NULL, &rep, &pos, &cut,
                              HYPHENATE_MIN_LETTERS, HYPHENATE_MIN_LETTERS,
                              HYPHENATE_MIN_LETTERS, HYPHENATE_MIN_LETTERS) == 0) {
        /* hyphens[j] odd: a break after letter j. Enforce the minimum ourselves
         * too, as libhyphen's handling of it varies between pattern files. */
        for (size_t j = HYPHENATE_MIN_LETTERS - 1; j + HYPHENATE_MIN_LETTERS < n; j++)
            if (hyphens[j] & 1) pts[count++] = (uint16_t)(j + 1); /* letter index for now */
    }
    if (rep) {
        for (size_t j = 0; j < n; j++) free(rep[j]);
        free(rep);
    }
    free(pos);
    free(cut);
    size_t at[HYPHENATE_MAX_LETTERS], all[HYPHENATE_MAX_LETTERS];
    unsigned char good[HYPHENATE_MAX_LETTERS];
    for (size_t j = 0; j < count; j++) at[j] = pts[j];
    count = compound_points(hy->compound, latin, n, at, count, all, good, HYPHENATE_MAX_LETTERS);
    for (size_t j = 0; j < count; j++)
        pts[j] = (uint16_t)(byte_at[all[j]] | (good[j] ? GOOD_BIT : 0u));
    return count;
}

static int grow(Hyphenator *hy)
{
    size_t cap = hy->cap * 2;
    CacheSlot *slots = calloc(cap, sizeof *slots);
    if (!slots) return 0;
    for (size_t i = 0; i < hy->cap; i++) {
        if (!hy->slots[i].word) continue;
        size_t j = hy->slots[i].hash & (cap - 1);
        while (slots[j].word) j = (j + 1) & (cap - 1);
        slots[j] = hy->slots[i];
    }
    free(hy->slots);
    hy->slots = slots;
    hy->cap = cap;
    return 1;
}

/* Copies k cached points into out and good (which may be NULL). */
static size_t answer(const uint16_t *p, size_t k, size_t *out, unsigned char *good)
{
    for (size_t i = 0; i < k; i++) {
        out[i] = p[i] & ~GOOD_BIT;
        if (good) good[i] = (p[i] & GOOD_BIT) != 0;
    }
    return k;
}

size_t hyphenate_points(Hyphenator *hy, const char *word, size_t len, size_t *out,
                        unsigned char *good, size_t max)
{
    if (!hy || len == 0 || len > 4 * HYPHENATE_MAX_LETTERS) return 0;
    uint64_t h = hash_bytes(word, len, HASH_SEED);
    size_t j = h & (hy->cap - 1);
    while (hy->slots[j].word) {
        CacheSlot *s = &hy->slots[j];
        if (s->hash == h && s->len == len && memcmp(s->word, word, len) == 0) {
            return answer(s->more ? s->more : s->pts, s->n < max ? s->n : max, out, good);
        }
        j = (j + 1) & (hy->cap - 1);
    }
    uint16_t pts[HYPHENATE_MAX_LETTERS];
    size_t n = compute(hy, word, len, pts);
    /* Cache the answer; if memory is short, just answer uncached. */
    if ((hy->used + 1) * 2 > hy->cap && grow(hy)) {
        j = h & (hy->cap - 1);
        while (hy->slots[j].word) j = (j + 1) & (hy->cap - 1);
    }
    if ((hy->used + 1) * 2 <= hy->cap) {
        CacheSlot *s = &hy->slots[j];
        char *copy = malloc(len);
        uint16_t *more = n > 8 ? malloc(n * sizeof *more) : NULL;
        if (copy && (n <= 8 || more)) {
            memcpy(copy, word, len);
            s->word = copy;
            s->len = len;
            s->hash = h;
            s->n = (unsigned char)n;
            s->more = more;
            memcpy(more ? more : s->pts, pts, n * sizeof *pts);
            hy->used++;
        } else {
            free(copy);
            free(more);
        }
    }
    return answer(pts, n < max ? n : max, out, good);
}
