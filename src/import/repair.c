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
#include "text.h"
#include "core/hash.h"
#include "core/utf8.h"

#define MAX_CANDIDATES 4096
#define CACHE_SIZE 8192

typedef struct {
    char *key;   /* word bytes + sentence-start flag */
    char *value; /* repaired word */
    int outcome; /* 0 untouched, 1 by count, 2 by shape, 3 undecided, 4 kept after check */
    bool damaged;
} CacheSlot;

struct ImportRepair {
    Hunhandle *h;
    bool latin1; /* the dictionary's SET is ISO8859-1 */
    const ImportFreq *freq;
    CacheSlot *cache;
    size_t cached;
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
    return r;
}

void import_repair_free(ImportRepair *r)
{
    if (!r) return;
    for (size_t i = 0; i < CACHE_SIZE; i++) free(r->cache[i].key), free(r->cache[i].value);
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

/* Repairs one word; *outcome as in CacheSlot, *damaged when it was broken. */
static char *repair_one(ImportRepair *r, const char *word, size_t len, bool sentence_start, int *outcome,
                        bool *damaged)
{
    Scanned sc = {0};
    *outcome = 0;
    *damaged = false;
    if (!scan_word(word, len, sentence_start, &sc) || (!sc.fffd && !sc.ts)) return import_xstrndup(word, len);
    CaseShape shape = sc.shape;
    size_t fffd = sc.fffd;

    List cand = {import_xmalloc(MAX_CANDIDATES * sizeof(char *)), 0};
    ImportBuf prefix = {0};
    double combos = 1;
    for (size_t i = 0; i < sc.fffd; i++) combos *= 5;
    for (size_t i = 0; i < sc.ts; i++) combos *= 2;
    expand(sc.cps, sc.n, 0, &prefix, combos <= MAX_CANDIDATES, &cand);
    import_buf_free(&prefix);

    char *orig_lower = import_text_lower(word, len);
    char *best = NULL;
    unsigned best_count = 0;
    double best_shape = 0;
    bool best_ok = false, orig_ok = false;
    unsigned orig_count = import_freq_count(r->freq, orig_lower, strlen(orig_lower));
    for (size_t k = 0; k < cand.n; k++) {
        char *cased = apply_case(cand.v[k], shape);
        bool ok = spell(r, cased);
        free(cased);
        bool is_orig = strcmp(cand.v[k], orig_lower) == 0;
        if (is_orig) orig_ok = ok;
        unsigned count = ok ? import_freq_count(r->freq, cand.v[k], strlen(cand.v[k])) : 0;
        double sh = import_freq_shape(r->freq, cand.v[k], strlen(cand.v[k]));
        bool better;
        if (!best) better = true;
        else if (ok != best_ok) better = ok;
        else if (count != best_count) better = count > best_count;
        else better = sh > best_shape;
        if (better) {
            best = cand.v[k];
            best_ok = ok;
            best_count = count;
            best_shape = sh;
        }
    }
    char *out;
    if (!fffd && (orig_ok ? best_count <= orig_count : !best_ok)) {
        /* A spelling the dictionary knows, or nothing better: keep it. */
        out = import_xstrndup(word, len);
        *outcome = orig_ok ? 4 : 0;
    } else {
        *damaged = true;
        out = apply_case(best, shape);
        *outcome = !best_ok ? 3 : best_count > 0 ? 1 : 2;
    }
    for (size_t k = 0; k < cand.n; k++) free(cand.v[k]);
    free(cand.v);
    free(orig_lower);
    return out;
}

/* Adds one word's outcome to the statistics. */
static void tally(ImportRepairStats *st, const char *word, size_t len, const char *value, int outcome,
                  bool damaged)
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
}

char *import_repair_word(ImportRepair *r, const char *word, size_t len, bool sentence_start,
                         ImportRepairStats *st)
{
    ImportBuf key = {0};
    import_buf_add(&key, word, len);
    import_buf_addc(&key, sentence_start ? '1' : '0');
    size_t i = (size_t)hash_bytes(key.s, key.len, HASH_SEED) & (CACHE_SIZE - 1);
    while (r->cache[i].key && strcmp(r->cache[i].key, key.s) != 0) i = (i + 1) & (CACHE_SIZE - 1);
    CacheSlot *slot = &r->cache[i];
    if (!slot->key && r->cached * 4 >= CACHE_SIZE * 3) {
        /* The cache is full enough: answer without keeping the result. */
        int outcome;
        bool damaged;
        char *v = repair_one(r, word, len, sentence_start, &outcome, &damaged);
        tally(st, word, len, v, outcome, damaged);
        import_buf_free(&key);
        return v;
    }
    if (!slot->key) {
        slot->key = import_buf_take(&key);
        slot->value = repair_one(r, word, len, sentence_start, &slot->outcome, &slot->damaged);
        r->cached++;
    }
    import_buf_free(&key);
    tally(st, word, len, slot->value, slot->outcome, slot->damaged);
    return import_xstrndup(slot->value, strlen(slot->value));
}

/* Whether the word at `start` begins a sentence: start of text, after . ! ?
 * or an ellipsis, after a blank line, or after a line that is only a name. */
static bool sentence_start_at(const char *text, size_t start)
{
    size_t i = start;
    int newlines = 0;
    while (i > 0) {
        unsigned char c = (unsigned char)text[i - 1];
        if (c == ' ' || c == '"' || c == '(' || c == '-') {
            i--;
            continue;
        }
        if (c == '\n') {
            newlines++;
            if (newlines >= 2) return true;
            /* Look at the previous line: a short line of capitalised words is a label. */
            size_t e = i - 1, b = e;
            while (b > 0 && text[b - 1] != '\n') b--;
            while (e > b && text[e - 1] == ' ') e--;
            size_t s0 = b;
            while (s0 < e && text[s0] == ' ') s0++;
            if (e > s0 && e - s0 <= 40 && import_text_count_words(text + s0, e - s0) <= 3) {
                uint32_t cp;
                utf8_decode(text + s0, e - s0, &cp);
                bool punct = false;
                for (size_t k = s0; k < e; k++) punct |= strchr(".,;:!?", text[k]) != NULL;
                if (import_text_is_upper(cp) && !punct) return true;
            }
            i--;
            continue;
        }
        if (c == '.' || c == '!' || c == '?') return true;
        if (i >= 3 && memcmp(text + i - 3, "\xE2\x80\xA6", 3) == 0) return true;  /* … */
        if (i >= 3 && memcmp(text + i - 3, "\xE2\x80\x9D", 3) == 0) {           /* ” */
            i -= 3;
            continue;
        }
        return false;
    }
    return true;
}

char *import_repair_text(ImportRepair *r, const char *text, size_t len, ImportRepairStats *st)
{
    ImportBuf out = {0};
    size_t pos = 0, s, wl, done = 0;
    while (import_text_next_word(text, len, &pos, &s, &wl)) {
        import_buf_add(&out, text + done, s - done);
        char *w = import_repair_word(r, text + s, wl, sentence_start_at(text, s), st);
        import_buf_adds(&out, w);
        free(w);
        done = s + wl;
    }
    import_buf_add(&out, text + done, len - done);
    return import_buf_take(&out);
}
