/* repair: ligature repair with hunspell and word frequencies.
 * Owns candidate generation from the damage rule, the dictionary check (in
 * the dictionary's own encoding) and the choice between candidates. It must
 * not decide anything from a built-in word list: every preference comes from
 * the dictionary or the clean texts in the frequency model. */
#include "repair.h"

#include <hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sentstart.h"
#include "text.h"
#include "core/hash.h"
#include "core/utf8.h"

#define MAX_CANDIDATES 4096
#define CACHE_SIZE 8192

typedef struct {
    char *key;   /* word bytes + sentence-start flag */
    char *value; /* repaired word */
    char *alt;   /* another dictionary spelling that fits as well, or NULL */
    int outcome; /* 0 untouched, 1 by count, 2 by shape, 3 undecided, 4 kept after check */
    bool damaged;
} CacheSlot;

struct ImportRepair {
    Hunhandle *h;
    bool latin1; /* the dictionary's SET is ISO8859-1 */
    const ImportFreq *freq;
    CacheSlot *cache;
    size_t cached;
    const char *name;      /* the text's name in notes */
    ImportWarnFn note;     /* gets each uncertain word; NULL: not reported */
    void *note_ctx;
};

ImportRepair *import_repair_new(const char *aff, const char *dic, const ImportFreq *freq, char *err,
                                size_t errsize)
{
    FILE *fa = fopen(aff, "r"), *fd = fopen(dic, "r");
    if (!fa || !fd) {
        snprintf(err, errsize, "%s: cannot open the hunspell dictionary", fa ? dic : aff);
        if (fa) fclose(fa);
        if (fd) fclose(fd);
        return NULL;
    }
    fclose(fa);
    fclose(fd);
    Hunhandle *h = Hunspell_create(aff, dic);
    if (!h) {
        snprintf(err, errsize, "%s: hunspell cannot load the dictionary", dic);
        return NULL;
    }
    const char *enc = Hunspell_get_dic_encoding(h);
    bool utf8 = enc && (strcmp(enc, "UTF-8") == 0 || strcmp(enc, "utf-8") == 0);
    bool latin1 = enc && (strcmp(enc, "ISO8859-1") == 0 || strcmp(enc, "ISO-8859-1") == 0);
    if (!utf8 && !latin1) {
        snprintf(err, errsize, "%s: unsupported dictionary encoding %s", aff, enc ? enc : "(none)");
        Hunspell_destroy(h);
        return NULL;
    }
    ImportRepair *r = import_xmalloc(sizeof *r);
    r->h = h;
    r->latin1 = latin1;
    r->freq = freq;
    r->cache = import_xcalloc(CACHE_SIZE, sizeof *r->cache);
    r->cached = 0;
    r->name = NULL;
    r->note = NULL;
    r->note_ctx = NULL;
    return r;
}

void import_repair_set_notes(ImportRepair *r, const char *name, ImportWarnFn note, void *ctx)
{
    r->name = name;
    r->note = note;
    r->note_ctx = ctx;
}

void import_repair_free(ImportRepair *r)
{
    if (!r) return;
    for (size_t i = 0; i < CACHE_SIZE; i++) free(r->cache[i].key), free(r->cache[i].value), free(r->cache[i].alt);
    free(r->cache);
    Hunspell_destroy(r->h);
    free(r);
}

bool import_repair_is_damaged(const char *text, size_t len)
{
    bool fffd = false;
    for (size_t i = 0; i + 1 < len; i++) {
        char a = (char)(text[i] | 0x20), b = (char)(text[i + 1] | 0x20);
        if (a == 't' && (b == 't' || b == 'i')) return false;
        if (a == 'f' && b == 't') return false;
        if (i + 2 < len && memcmp(text + i, "\xEF\xBF\xBD", 3) == 0) fffd = true;
    }
    return fffd;
}

/* Asks hunspell about a UTF-8 word, converting it for a Latin-1 dictionary. */
static bool spell(const ImportRepair *r, const char *w)
{
    if (!r->latin1) return Hunspell_spell(r->h, w) != 0;
    size_t len = strlen(w);
    char *l1 = import_xmalloc(len + 1);
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += utf8_decode(w + i, len - i, &cp);
        if (cp > 0xFF) {
            free(l1);
            return false;
        }
        l1[o++] = (char)cp;
    }
    l1[o] = '\0';
    bool ok = Hunspell_spell(r->h, l1) != 0;
    free(l1);
    return ok;
}

typedef struct {
    char **v;
    size_t n;
} List;

/* Expands cps[i..n) after prefix: U+FFFD to each lost ligature, "t" to "t"
 * or "tt" when `doubling`. */
static void expand(const uint32_t *cps, size_t n, size_t i, ImportBuf *prefix, bool doubling, List *out)
{
    if (out->n >= MAX_CANDIDATES) return;
    if (i == n) {
        out->v[out->n++] = import_xstrndup(prefix->s ? prefix->s : "", prefix->len);
        return;
    }
    size_t keep = prefix->len;
    if (cps[i] == UTF8_REPLACEMENT) {
        static const char *lig[] = {"ti", "ft", "tf", "tti", "ttf"};
        for (size_t k = 0; k < 5; k++) {
            import_buf_adds(prefix, lig[k]);
            expand(cps, n, i + 1, prefix, doubling, out);
            prefix->len = keep;
        }
        return;
    }
    import_buf_addcp(prefix, cps[i]);
    expand(cps, n, i + 1, prefix, doubling, out);
    prefix->len = keep;
    if (doubling && cps[i] == 't') {
        import_buf_adds(prefix, "tt");
        expand(cps, n, i + 1, prefix, doubling, out);
        prefix->len = keep;
    }
}

typedef enum { CASE_LOWER, CASE_CAPITAL, CASE_UPPER } CaseShape;

static char *apply_case(const char *lower, CaseShape c)
{
    if (c == CASE_LOWER) return import_xstrndup(lower, strlen(lower));
    if (c == CASE_CAPITAL) return import_text_capitalize(lower, strlen(lower));
    ImportBuf b = {0};
    size_t len = strlen(lower);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += utf8_decode(lower + i, len - i, &cp);
        import_buf_addcp(&b, utf8_upper(cp));
    }
    return import_buf_take(&b);
}

/* A word lowered into code points, with what repair looks for in it. */
typedef struct {
    uint32_t cps[64];
    size_t n, fffd, ts; /* code points, U+FFFD among them, and 't's */
    CaseShape shape;
} Scanned;

/* Lowers word into s and counts its U+FFFD and 't'; false when it is too
 * long to repair (more than 64 code points). */
static bool scan_word(const char *word, size_t len, bool sentence_start, Scanned *s)
{
    bool upper_first = false, any_lower = false;
    int uppers = 0;
    s->n = s->fffd = s->ts = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += utf8_decode(word + i, len - i, &cp);
        if (s->n == 64) return false;
        if (s->n == 0 && import_text_is_upper(cp)) upper_first = true;
        if (import_text_is_upper(cp)) uppers++;
        if (import_text_is_lower(cp)) any_lower = true;
        if (cp == UTF8_REPLACEMENT) s->fffd++;
        cp = utf8_lower(cp);
        if (cp == 't') s->ts++;
        s->cps[s->n++] = cp;
    }
    s->shape = CASE_LOWER;
    if (!any_lower && uppers >= 2) s->shape = CASE_UPPER;
    else if (upper_first || (s->n && s->cps[0] == UTF8_REPLACEMENT && sentence_start)) s->shape = CASE_CAPITAL;
    return true;
}

/* What the dictionary and the clean texts say of each candidate. */
typedef struct {
    List cand;
    bool *ok;
    unsigned *count;
    double *shape;
} Judged;

static Judged judge(ImportRepair *r, const Scanned *sc)
{
    Judged j = {{import_xmalloc(MAX_CANDIDATES * sizeof(char *)), 0}, NULL, NULL, NULL};
    ImportBuf prefix = {0};
    double combos = 1;
    for (size_t i = 0; i < sc->fffd; i++) combos *= 5;
    for (size_t i = 0; i < sc->ts; i++) combos *= 2;
    expand(sc->cps, sc->n, 0, &prefix, combos <= MAX_CANDIDATES, &j.cand);
    import_buf_free(&prefix);
    j.ok = import_xcalloc(j.cand.n, sizeof *j.ok);
    j.count = import_xcalloc(j.cand.n, sizeof *j.count);
    j.shape = import_xcalloc(j.cand.n, sizeof *j.shape);
    for (size_t k = 0; k < j.cand.n; k++) {
        const char *c = j.cand.v[k];
        char *cased = apply_case(c, sc->shape);
        j.ok[k] = spell(r, cased);
        free(cased);
        j.count[k] = j.ok[k] ? import_freq_count(r->freq, c, strlen(c)) : 0;
        j.shape[k] = import_freq_shape(r->freq, c, strlen(c));
    }
    return j;
}

static void judged_free(Judged *j)
{
    for (size_t k = 0; k < j->cand.n; k++) free(j->cand.v[k]);
    free(j->cand.v);
    free(j->ok);
    free(j->count);
    free(j->shape);
}

/* The best candidate: a dictionary word first, then the most frequent in
 * clean text, then the most Swedish-looking. */
static size_t pick(const Judged *j)
{
    size_t b = 0;
    for (size_t k = 1; k < j->cand.n; k++) {
        bool better;
        if (j->ok[k] != j->ok[b]) better = j->ok[k];
        else if (j->count[k] != j->count[b]) better = j->count[k] > j->count[b];
        else better = j->shape[k] > j->shape[b];
        if (better) b = k;
    }
    return b;
}

/* Another dictionary candidate than `chosen` that clean text rates just as
 * often (so nothing but the letters tells them apart), or NULL. */
static const char *tie(const Judged *j, const char *chosen, unsigned count)
{
    for (size_t k = 0; k < j->cand.n; k++)
        if (j->ok[k] && j->count[k] == count && strcmp(j->cand.v[k], chosen) != 0) return j->cand.v[k];
    return NULL;
}

/* Repairs one word; *outcome as in CacheSlot, *damaged when it was broken,
 * *alt (new, or NULL) another spelling that fits as well. */
static char *repair_one(ImportRepair *r, const char *word, size_t len, bool sentence_start, int *outcome,
                        bool *damaged, char **alt)
{
    Scanned sc = {0};
    *outcome = 0;
    *damaged = false;
    *alt = NULL;
    if (!scan_word(word, len, sentence_start, &sc) || (!sc.fffd && !sc.ts)) return import_xstrndup(word, len);
    Judged j = judge(r, &sc);
    char *orig_lower = import_text_lower(word, len);
    bool orig_ok = false;
    for (size_t k = 0; k < j.cand.n; k++)
        if (strcmp(j.cand.v[k], orig_lower) == 0) orig_ok = j.ok[k];
    unsigned orig_count = import_freq_count(r->freq, orig_lower, strlen(orig_lower));
    size_t b = pick(&j);
    char *out;
    const char *other = NULL;
    if (!sc.fffd && (orig_ok ? j.count[b] <= orig_count : !j.ok[b])) {
        /* A spelling the dictionary knows, or nothing better: keep it, and
         * when no clean text tells "dit" from "ditt", say so. */
        out = import_xstrndup(word, len);
        *outcome = orig_ok ? 4 : 0;
        if (orig_ok) other = tie(&j, orig_lower, orig_count);
    } else {
        *damaged = true;
        out = apply_case(j.cand.v[b], sc.shape);
        *outcome = !j.ok[b] ? 3 : j.count[b] > 0 ? 1 : 2;
        if (*outcome == 2) other = tie(&j, j.cand.v[b], 0);
    }
    if (other) *alt = apply_case(other, sc.shape);
    judged_free(&j);
    free(orig_lower);
    return out;
}

/* Adds one word's outcome to the statistics. */
static void tally(ImportRepairStats *st, const char *word, size_t len, const char *value, int outcome,
                  bool damaged, bool uncertain)
{
    if (!st) return;
    bool relevant = false;
    for (size_t k = 0; k < len; k++)
        relevant |= word[k] == 't' || word[k] == 'T' ||
                    (k + 2 < len && memcmp(word + k, "\xEF\xBF\xBD", 3) == 0);
    if (!relevant) return;
    st->looked_at++;
    st->damaged += damaged;
    st->changed += strlen(value) != len || memcmp(value, word, len) != 0;
    st->by_count += damaged && outcome == 1;
    st->by_shape += damaged && outcome == 2;
    st->undecided += damaged && outcome == 3;
    st->uncertain += uncertain || (damaged && outcome == 3);
}

/* import_repair_word, with *alt set to another spelling that fits as well
 * (owned by the repairer, or by *alt_owned when not cached), or NULL. */
static char *repair_cached(ImportRepair *r, const char *word, size_t len, bool sentence_start,
                           ImportRepairStats *st, const char **alt, char **alt_owned)
{
    ImportBuf key = {0};
    import_buf_add(&key, word, len);
    import_buf_addc(&key, sentence_start ? '1' : '0');
    size_t i = (size_t)hash_bytes(key.s, key.len, HASH_SEED) & (CACHE_SIZE - 1);
    while (r->cache[i].key && strcmp(r->cache[i].key, key.s) != 0) i = (i + 1) & (CACHE_SIZE - 1);
    CacheSlot *slot = &r->cache[i];
    *alt_owned = NULL;
    if (!slot->key && r->cached * 4 >= CACHE_SIZE * 3) {
        /* The cache is full enough: answer without keeping the result. */
        int outcome;
        bool damaged;
        char *v = repair_one(r, word, len, sentence_start, &outcome, &damaged, alt_owned);
        tally(st, word, len, v, outcome, damaged, *alt_owned != NULL);
        import_buf_free(&key);
        *alt = *alt_owned;
        return v;
    }
    if (!slot->key) {
        slot->key = import_buf_take(&key);
        slot->value = repair_one(r, word, len, sentence_start, &slot->outcome, &slot->damaged, &slot->alt);
        r->cached++;
    }
    import_buf_free(&key);
    tally(st, word, len, slot->value, slot->outcome, slot->damaged, slot->alt != NULL);
    *alt = slot->alt;
    return import_xstrndup(slot->value, strlen(slot->value));
}

char *import_repair_word(ImportRepair *r, const char *word, size_t len, bool sentence_start,
                         ImportRepairStats *st)
{
    const char *alt;
    char *owned;
    char *v = repair_cached(r, word, len, sentence_start, st, &alt, &owned);
    free(owned);
    return v;
}

/* Tells staff about a word the repair could not be sure of. */
static void note_word(const ImportRepair *r, int line, const char *w, const char *alt)
{
    if (!r->note) return;
    char msg[512];
    if (alt)
        snprintf(msg, sizeof msg, "%s:%d: check \"%s\": \"%s\" fits as well, and no clean text decides",
                 r->name ? r->name : "(input)", line, w, alt);
    else
        snprintf(msg, sizeof msg, "%s:%d: check \"%s\": no dictionary word fits", r->name ? r->name : "(input)",
                 line, w);
    r->note(r->note_ctx, msg);
}

char *import_repair_text(ImportRepair *r, const char *text, size_t len, ImportRepairStats *st)
{
    ImportBuf out = {0};
    size_t pos = 0, s, wl, done = 0;
    int line = 1;
    while (import_text_next_word(text, len, &pos, &s, &wl)) {
        import_buf_add(&out, text + done, s - done);
        for (size_t k = done; k < s; k++) line += text[k] == '\n';
        const char *alt;
        char *owned;
        size_t undecided = st ? st->undecided : 0;
        char *w = repair_cached(r, text + s, wl, import_sentstart_at(text, s), st, &alt, &owned);
        if (alt || (st && st->undecided > undecided)) note_word(r, line, w, alt);
        import_buf_adds(&out, w);
        free(w);
        free(owned);
        done = s + wl;
    }
    import_buf_add(&out, text + done, len - done);
    return import_buf_take(&out);
}
