/* hyphenate: wraps libhyphen with the Swedish patterns of hyphen-sv.
 *
 * Owns the pattern dictionary, the settled words of the text being laid
 * out (copied, sorted for look-up) and a cache of results per word (the
 * same words recur on every relayout). The patterns are ISO-8859-1 and
 * lower case, so each word is lowered and converted here. Which points are
 * good was settled by the importer (src/import/compound.c, with hunspell)
 * for the words where its judgement differs from the plain rules; this file
 * opens no dictionary but the patterns. It knows nothing of lines or
 * widths: layout decides when a break point is used. */
#include "hyphenate.h"

#include <hyphen.h> /* libhyphen's own header */
#include <stdlib.h>
#include <string.h>

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

typedef struct {
    char latin[HYPHENATE_MAX_LETTERS + 1]; /* lower-case Latin-1, the sort key */
    uint64_t marks; /* bit p: a good point before letter p */
} Settled;

struct Hyphenator {
    HyphenDict *dict;
    Settled *settled; /* sorted by latin */
    size_t n_settled;
    CacheSlot *slots;
    size_t cap, used; /* cap is a power of two */
};

Hyphenator *hyphenate_new(const char *dic_path)
{
    Hyphenator *hy = calloc(1, sizeof *hy);
    if (!hy) return NULL;
    hy->dict = hnj_hyphen_load(dic_path ? dic_path : HYPHENATE_DEFAULT_DIC);
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
    free(hy->settled);
    free(hy);
}

size_t hyphenate_latin(const char *word, size_t len, char *latin, uint16_t *byte_at)
{
    size_t n = 0, i = 0;
    while (i < len) {
        uint32_t cp;
        size_t k = utf8_decode(word + i, len - i, &cp);
        cp = utf8_lower(cp);
        if (cp > 0xFF || cp == UTF8_REPLACEMENT || n >= HYPHENATE_MAX_LETTERS) return 0;
        if (byte_at) byte_at[n] = (uint16_t)i;
        latin[n++] = (char)cp;
        i += k;
    }
    latin[n] = '\0';
    return n;
}

size_t hyphenate_pattern_points(Hyphenator *hy, const char *latin, size_t n, size_t *out)
{
    if (n < 2 * HYPHENATE_MIN_LETTERS || n > HYPHENATE_MAX_LETTERS) return 0;
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
            if (hyphens[j] & 1) out[count++] = j + 1;
    }
    if (rep) {
        for (size_t j = 0; j < n; j++) free(rep[j]);
        free(rep);
    }
    free(pos);
    free(cut);
    return count;
}

void hyphenate_judge_plain(size_t letters, const size_t *pts, size_t n, unsigned char *good)
{
    size_t plain = 0;
    for (size_t i = 0; i < n; i++) plain += good[i] = letters - pts[i] >= HYPHENATE_MIN_RIGHT;
    if (!plain) memset(good, 1, n); /* only short right parts: the best there is */
}

static int settled_cmp(const void *a, const void *b)
{
    return strcmp(((const Settled *)a)->latin, ((const Settled *)b)->latin);
}

/* Reads one settled word ("samverkans|uppdrag") into s; 0 when malformed
 * (a mark within HYPHENATE_MIN_LETTERS of an end, or two marks together). */
static int settled_parse(const char *w, Settled *s)
{
    char plain[4 * HYPHENATE_MAX_LETTERS + 1];
    size_t o = 0, letters = 0, last = 0;
    s->marks = 0;
    for (size_t i = 0; w[i]; i++) {
        if (o + 1 >= sizeof plain) return 0;
        if (w[i] != HYPHENATE_MARK) {
            letters += ((unsigned char)w[i] & 0xC0) != 0x80;
            plain[o++] = w[i];
            continue;
        }
        if (letters < HYPHENATE_MIN_LETTERS || letters == last) return 0;
        s->marks |= UINT64_C(1) << letters;
        last = letters;
    }
    plain[o] = '\0';
    size_t n = hyphenate_latin(plain, o, s->latin, NULL);
    return n == letters && (!last || n >= last + HYPHENATE_MIN_LETTERS);
}

int hyphenate_settle(Hyphenator *hy, char *const *words, size_t n)
{
    Settled *list = n ? calloc(n, sizeof *list) : NULL;
    size_t k = 0;
    for (size_t i = 0; list && i < n; i++) k += settled_parse(words[i], &list[k]);
    if (k) qsort(list, k, sizeof *list, settled_cmp);
    int same = k == hy->n_settled && (!k || memcmp(list, hy->settled, k * sizeof *list) == 0);
    free(hy->settled);
    hy->settled = list;
    hy->n_settled = k;
    if (!same) { /* another text: its words' answers may differ */
        for (size_t i = 0; i < hy->cap; i++) {
            free(hy->slots[i].word);
            free(hy->slots[i].more);
        }
        memset(hy->slots, 0, hy->cap * sizeof *hy->slots);
        hy->used = 0;
    }
    return n && !list ? -1 : 0;
}

/* Computes the points with libhyphen and judges them (settled marks, else
 * the plain rules); returns how many went into pts (byte offsets, GOOD_BIT
 * on the good ones). */
static size_t compute(Hyphenator *hy, const char *word, size_t len, uint16_t *pts)
{
    Settled key;
    uint16_t byte_at[HYPHENATE_MAX_LETTERS + 1]; /* UTF-8 offset of each letter */
    size_t n = hyphenate_latin(word, len, key.latin, byte_at);
    size_t at[HYPHENATE_MAX_LETTERS], all[HYPHENATE_MAX_LETTERS];
    unsigned char good[HYPHENATE_MAX_LETTERS];
    size_t count = hyphenate_pattern_points(hy, key.latin, n, at), k = 0;
    const Settled *s = hy->n_settled ? bsearch(&key, hy->settled, hy->n_settled, sizeof key, settled_cmp) : NULL;
    if (!s) {
        hyphenate_judge_plain(n, at, count, good);
        memcpy(all, at, count * sizeof *at);
        k = count;
    } else { /* the marks good, libhyphen's other points the last resort */
        for (size_t p = 1, i = 0; p < n; p++) {
            int mark = (s->marks >> p) & 1;
            int pat = i < count && at[i] == p;
            i += pat;
            if (!mark && !pat) continue;
            all[k] = p;
            good[k++] = (unsigned char)mark;
        }
    }
    for (size_t j = 0; j < k; j++)
        pts[j] = (uint16_t)(byte_at[all[j]] | (good[j] ? GOOD_BIT : 0u));
    return k;
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
