/* repair: the ligature repair of one word, with hunspell and word
 * frequencies. Owns candidate generation from the damage rule, the
 * dictionary check (in the dictionary's own encoding), the first choice
 * between candidates and the rival that repair_text.c weighs against it.
 * It decides nothing from a built-in word list but the few acronyms a
 * damaged capital word may be (they are in no dictionary): every other
 * preference comes from the dictionary or the clean texts. */
#include "repair.h"
#include "repair_internal.h"

#include <hunspell.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"
#include "core/hash.h"
#include "core/utf8.h"

#define MAX_CANDIDATES 4096

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
    r->header = NULL;
    r->text = NULL;
    r->stems = NULL;
    r->text_stems = NULL;
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
    for (size_t i = 0; i < CACHE_SIZE; i++) {
        free(r->cache[i].key);
        repair_result_free(&r->cache[i].res);
    }
    free(r->cache);
    import_freq_free(r->header);
    import_freq_free(r->text);
    import_freq_free(r->stems);
    import_freq_free(r->text_stems);
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

bool repair_spell(const ImportRepair *r, const char *w)
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
        j.ok[k] = repair_spell(r, cased);
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

/* The known acronyms a damaged capital word may have been: their own
 * spelling is not in the dictionary, and clean texts rarely hold them. */
static const char *const acronyms[] = {"TTS", "STT", "HTTP", "HTTPS", "FTP", "SFTP"};

/* The candidate that is a known acronym or one the library writes, for a
 * word in capitals not itself such; SIZE_MAX when there is none. */
static size_t acronym(const ImportRepair *r, const Judged *j, const char *orig_lower)
{
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < j->cand.n; k++) {
            const char *c = j->cand.v[k];
            char *up = apply_case(c, CASE_UPPER);
            bool known = false;
            for (size_t a = 0; a < sizeof acronyms / sizeof *acronyms; a++) known |= strcmp(up, acronyms[a]) == 0;
            free(up);
            if (pass == 0 && known) return strcmp(c, orig_lower) == 0 ? SIZE_MAX : k;
            if (pass == 1 && strcmp(c, orig_lower) != 0 && import_freq_count(r->freq, c, strlen(c)) > 0 &&
                import_freq_count(r->freq, orig_lower, strlen(orig_lower)) == 0)
                return k;
        }
    return SIZE_MAX;
}

/* The best dictionary candidate other than `chosen` (by count, then by
 * shape), or SIZE_MAX. */
static size_t rival(const Judged *j, const char *chosen)
{
    size_t b = SIZE_MAX;
    for (size_t k = 0; k < j->cand.n; k++) {
        if (!j->ok[k] || strcmp(j->cand.v[k], chosen) == 0) continue;
        if (b == SIZE_MAX || j->count[k] > j->count[b] || (j->count[k] == j->count[b] && j->shape[k] > j->shape[b]))
            b = k;
    }
    return b;
}

/* Repairs one word into *res (all fields new). */
static void repair_one(ImportRepair *r, const char *word, size_t len, bool sentence_start, RepairResult *res)
{
    Scanned sc = {0};
    memset(res, 0, sizeof *res);
    if (!scan_word(word, len, sentence_start, &sc) || (!sc.fffd && !sc.ts)) {
        res->value = import_xstrndup(word, len);
        return;
    }
    Judged j = judge(r, &sc);
    char *orig_lower = import_text_lower(word, len);
    bool orig_ok = false;
    for (size_t k = 0; k < j.cand.n; k++)
        if (strcmp(j.cand.v[k], orig_lower) == 0) orig_ok = j.ok[k];
    unsigned orig_count = import_freq_count(r->freq, orig_lower, strlen(orig_lower));
    size_t b = pick(&j), ac = sc.shape == CASE_UPPER ? acronym(r, &j, orig_lower) : SIZE_MAX;
    const char *chosen;
    if (ac != SIZE_MAX) {
        res->damaged = true;
        res->outcome = REPAIR_ACRONYM;
        chosen = j.cand.v[ac];
    } else if (!sc.fffd && (orig_ok ? j.count[b] <= orig_count : !j.ok[b])) {
        /* A spelling the dictionary knows, or nothing better: keep it as
         * written; repair_text.c weighs it against its rival. */
        res->outcome = orig_ok ? REPAIR_KEPT : REPAIR_UNTOUCHED;
        chosen = orig_lower;
    } else {
        res->damaged = true;
        chosen = j.cand.v[b];
        res->outcome = !j.ok[b] ? REPAIR_UNDECIDED : j.count[b] > 0 ? REPAIR_BY_COUNT : REPAIR_BY_SHAPE;
    }
    bool as_written = res->outcome == REPAIR_KEPT || res->outcome == REPAIR_UNTOUCHED;
    res->value = as_written ? import_xstrndup(word, len) : apply_case(chosen, sc.shape);
    size_t rv = res->outcome == REPAIR_UNDECIDED || res->outcome == REPAIR_ACRONYM ? SIZE_MAX : rival(&j, chosen);
    if (rv != SIZE_MAX) res->rival = apply_case(j.cand.v[rv], sc.shape);
    judged_free(&j);
    free(orig_lower);
}

void repair_result_free(RepairResult *res)
{
    free(res->value);
    free(res->rival);
    memset(res, 0, sizeof *res);
}

/* Adds one word's outcome to the statistics. */
static void tally(ImportRepairStats *st, const char *word, size_t len, const RepairResult *res)
{
    if (!st) return;
    bool relevant = false;
    for (size_t k = 0; k < len; k++)
        relevant |= word[k] == 't' || word[k] == 'T' ||
                    (k + 2 < len && memcmp(word + k, "\xEF\xBF\xBD", 3) == 0);
    if (!relevant) return;
    st->looked_at++;
    st->damaged += res->damaged;
    st->changed += strlen(res->value) != len || memcmp(res->value, word, len) != 0;
    st->by_count += res->damaged && res->outcome == REPAIR_BY_COUNT;
    st->by_shape += res->damaged && res->outcome == REPAIR_BY_SHAPE;
    st->undecided += res->damaged && res->outcome == REPAIR_UNDECIDED;
    st->acronyms += res->outcome == REPAIR_ACRONYM;
}

static char *dup0(const char *s)
{
    return s ? import_xstrndup(s, strlen(s)) : NULL;
}

void repair_cached(ImportRepair *r, const char *word, size_t len, bool sentence_start, ImportRepairStats *st,
                   RepairResult *out)
{
    ImportBuf key = {0};
    import_buf_add(&key, word, len);
    import_buf_addc(&key, sentence_start ? '1' : '0');
    size_t i = (size_t)hash_bytes(key.s, key.len, HASH_SEED) & (CACHE_SIZE - 1);
    while (r->cache[i].key && strcmp(r->cache[i].key, key.s) != 0) i = (i + 1) & (CACHE_SIZE - 1);
    CacheSlot *slot = &r->cache[i];
    if (!slot->key && r->cached * 4 >= CACHE_SIZE * 3) {
        /* The cache is full enough: answer without keeping the result. */
        repair_one(r, word, len, sentence_start, out);
        tally(st, word, len, out);
        import_buf_free(&key);
        return;
    }
    if (!slot->key) {
        slot->key = import_buf_take(&key);
        repair_one(r, word, len, sentence_start, &slot->res);
        r->cached++;
    }
    import_buf_free(&key);
    tally(st, word, len, &slot->res);
    *out = slot->res;
    out->value = dup0(slot->res.value);
    out->rival = dup0(slot->res.rival);
}

char *import_repair_word(ImportRepair *r, const char *word, size_t len, bool sentence_start,
                         ImportRepairStats *st)
{
    RepairResult res;
    repair_cached(r, word, len, sentence_start, st, &res);
    char *v = res.value;
    res.value = NULL;
    repair_result_free(&res);
    return v;
}
