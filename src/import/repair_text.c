/* repair_text: the ligature repair of a whole text. Each word is first
 * repaired alone (repair.c); then every word that two dictionary spellings
 * fit ("dit" or "ditt") is settled by the evidence around it, in the order
 * evidence.c trusts (the text's own sure words, its neighbours in the
 * library, agreement with a neuter noun, frequency, the stem family), and a
 * compound cut to "X- y" is joined where the text, its header or the
 * library writes "X-y". Owns gathering that evidence; it writes nothing but
 * the repaired copy and the notes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "evidence.h"
#include "repair_internal.h"
#include "sentstart.h"
#include "text.h"
#include "core/utf8.h"

#define FUNCTION_WORD_SHARE 1000 /* see agrees() */
#define FAMILY_MIN_STEM 5        /* bytes of a stem that may end a longer one ("platta" in "surfplatta") */
#define JOIN_MIN_WORD 6          /* letters of a word joined to an acronym by its shape alone */
#define FAMILY_MAX_ENDING 5      /* bytes an inflection adds to its stem ("-arna"); more is a compound's part */

typedef struct {
    size_t s, wl; /* the word's bytes in the text */
    int line;
    RepairResult res;
} Word;

void import_repair_set_header(ImportRepair *r, const char *const *fields, size_t n)
{
    import_freq_free(r->header);
    r->header = import_freq_new();
    for (size_t i = 0; i < n; i++)
        if (fields[i]) import_freq_add_text(r->header, fields[i], strlen(fields[i]));
}

/* Whether hunspell's stem is the word's own lemma ("platta" of "plattan",
 * "röd" of "rött"), not the first part of a compound ("dokument" of
 * "dokumentafton", where the rest is a word of its own). */
static bool own_stem(const ImportRepair *r, const char *stem, const char *word)
{
    size_t sl = strlen(stem), wl = strlen(word);
    if (sl + FAMILY_MAX_ENDING < wl) return false;
    return !(wl >= sl + 3 && memcmp(word, stem, sl) == 0 && repair_spell(r, word + sl));
}

typedef struct {
    ImportRepair *r;
    ImportFreq *into;
} StemTable;

/* Adds each stem of `word` to the stem table, `count` times. */
static void add_stems(void *ctx, const char *word, unsigned count)
{
    StemTable *t = ctx;
    char **list;
    int n = Hunspell_stem(t->r->h, &list, word);
    for (int i = 0; i < n; i++)
        if (own_stem(t->r, list[i], word)) import_freq_add_word(t->into, list[i], strlen(list[i]), count);
    Hunspell_free_list(t->r->h, &list, n);
}

/* A new table of the stems of the words in f. */
static ImportFreq *stem_table(ImportRepair *r, const ImportFreq *f)
{
    StemTable t = {r, import_freq_new()};
    import_freq_each(f, add_stems, &t);
    return t.into;
}

typedef struct {
    const char *stem;
    size_t len;
    unsigned sum;
} FamilySum;

/* Sums the stems equal to, or (when long enough) ending in, sum->stem. */
static void sum_family(void *ctx, const char *stem, unsigned count)
{
    FamilySum *f = ctx;
    size_t l = strlen(stem);
    if (l == f->len ? memcmp(stem, f->stem, l) == 0
                    : l > f->len && f->len >= FAMILY_MIN_STEM && memcmp(stem + l - f->len, f->stem, f->len) == 0)
        f->sum += count;
}

/* How many library and text words share a stem with the lower-case word,
 * compounds ending in it included ("surfplatta" for "plattan"). A Latin-1
 * dictionary gives none. */
static unsigned family(ImportRepair *r, const char *w)
{
    if (r->latin1) return 0;
    if (!r->stems) r->stems = stem_table(r, r->freq);
    if (!r->text_stems) r->text_stems = stem_table(r, r->text);
    char **list;
    int n = Hunspell_stem(r->h, &list, w);
    unsigned sum = 0;
    for (int i = 0; i < n; i++) {
        if (!own_stem(r, list[i], w)) continue;
        FamilySum f = {list[i], strlen(list[i]), 0};
        import_freq_each(r->stems, sum_family, &f);
        import_freq_each(r->text_stems, sum_family, &f);
        sum += f.sum;
    }
    Hunspell_free_list(r->h, &list, n);
    return sum;
}

/* Whether the lower-case word is a neuter noun: hunspell knows its
 * definite form in -et ("lösenordet"), or in -t after a vowel ("stället"). */
static bool neuter_noun(const ImportRepair *r, const char *w)
{
    size_t l = strlen(w);
    if (l < 3) return false;
    char *def = import_xmalloc(l + 3);
    memcpy(def, w, l);
    strcpy(def + l, strchr("aeiouy", w[l - 1]) || (l >= 2 && strchr("\xA5\xA4\xB6", w[l - 1]) && w[l - 2] == '\xC3')
                        ? "t"
                        : "et");
    bool ok = repair_spell(r, def);
    free(def);
    return ok;
}

/* Whether the lower-case w is a -tt form that agrees with a following
 * neuter noun ("ditt lösenord", "ett rött hus"): a neuter word stands
 * before it, or the library uses it and the noun is no common word (one in
 * FUNCTION_WORD_SHARE words of the library or more is taken for a pronoun
 * or the like: "dit man kunde komma", though "manet" is a word). */
static bool agrees(const ImportRepair *r, const char *w, const char *prev, const char *next)
{
    static const char *const neuter[] = {"ett", "ditt", "mitt", "sitt", "v\xC3\xA5rt", "ert", "n\xC3\xA5got",
                                         "inget", "vilket"};
    size_t l = strlen(w);
    if (l < 3 || strcmp(w + l - 2, "tt") != 0 || !next || !neuter_noun(r, next)) return false;
    size_t common = (size_t)import_freq_count(r->freq, next, strlen(next)) * FUNCTION_WORD_SHARE;
    if (import_freq_count(r->freq, w, l) > 0 && common < import_freq_total(r->freq)) return true;
    for (size_t i = 0; prev && i < sizeof neuter / sizeof *neuter; i++)
        if (strcmp(prev, neuter[i]) == 0) return true;
    return false;
}

/* The lower-case value of word i, or NULL when i is out of range or the
 * bytes between it and word `from` are not white space alone. */
static char *neighbour(const char *text, const Word *w, size_t n, size_t from, size_t i)
{
    if (i >= n) return NULL;
    size_t b = i < from ? w[i].s + w[i].wl : w[from].s + w[from].wl, e = i < from ? w[from].s : w[i].s;
    for (size_t k = b; k < e; k++)
        if (text[k] != ' ' && text[k] != '\n' && text[k] != '\r') return NULL;
    return import_text_lower(w[i].res.value, strlen(w[i].res.value));
}

static unsigned in_text(const ImportRepair *r, const char *w)
{
    unsigned n = import_freq_count(r->text, w, strlen(w));
    return n + (r->header ? import_freq_count(r->header, w, strlen(w)) : 0);
}

/* What is known of the lower-case spelling w between prev and next. */
static ImportEvidenceFacts facts(ImportRepair *r, const char *w, const char *prev, const char *next)
{
    ImportEvidenceFacts f = {0};
    f.text = in_text(r, w);
    f.pairs = (prev ? import_freq_pair(r->freq, prev, " ", w) : 0) + (next ? import_freq_pair(r->freq, w, " ", next) : 0);
    f.agrees = agrees(r, w, prev, next);
    f.count = import_freq_count(r->freq, w, strlen(w));
    f.family = family(r, w);
    return f;
}

/* Tells staff about a word the repair could not be sure of: `alt` the
 * other spelling that fits, or NULL when no dictionary word fits. */
static void note_word(const ImportRepair *r, int line, const char *w, const char *alt)
{
    if (!r->note) return;
    char msg[512];
    const char *name = r->name ? r->name : "(input)";
    if (alt)
        snprintf(msg, sizeof msg, "%s:%d: check \"%s\": \"%s\" fits as well (%s)", name, line, w, alt,
                 import_evidence_name(EVIDENCE_NONE));
    else
        snprintf(msg, sizeof msg, "%s:%d: check \"%s\": no dictionary word fits", name, line, w);
    r->note(r->note_ctx, msg);
}

/* Whether x's value is the text's own bytes. */
static bool as_written(const char *text, const Word *x)
{
    return strlen(x->res.value) == x->wl && memcmp(x->res.value, text + x->s, x->wl) == 0;
}

/* Settles word i between its spelling and its rival by the evidence. */
static void settle(ImportRepair *r, const char *text, Word *w, size_t n, size_t i, ImportRepairStats *st)
{
    Word *x = &w[i];
    char *prev = i ? neighbour(text, w, n, i, i - 1) : NULL, *next = neighbour(text, w, n, i, i + 1);
    char *kept = import_text_lower(x->res.value, strlen(x->res.value));
    char *riv = import_text_lower(x->res.rival, strlen(x->res.rival));
    ImportEvidenceFacts a = facts(r, kept, prev, next), b = facts(r, riv, prev, next);
    ImportEvidence why;
    bool flip = import_evidence_prefers(&a, &b, &why);
    if (st) st->decided[why]++;
    if (flip) {
        bool was = as_written(text, x);
        char *t = x->res.value;
        x->res.value = x->res.rival;
        x->res.rival = t;
        bool now = as_written(text, x);
        if (st) {
            st->flipped++;
            st->changed += was && !now;
            st->changed -= !was && now;
            st->damaged += !x->res.damaged;
        }
        x->res.damaged = true;
    } else if (why == EVIDENCE_NONE) {
        if (st) st->uncertain++;
        note_word(r, x->line, x->res.value, x->res.rival);
    }
    free(prev);
    free(next);
    free(kept);
    free(riv);
}

/* Whether the bytes [b, e) are a hyphen that a space or a line end follows. */
static bool cut_hyphen(const char *text, size_t b, size_t e)
{
    if (e < b + 2 || text[b] != '-') return false;
    for (size_t k = b + 1; k < e; k++)
        if (text[k] != ' ' && text[k] != '\n' && text[k] != '\r') return false;
    return true;
}

/* Whether hunspell finds a stem for the word: "e-post" has one, while
 * "kommun-och" passes the spelling only as a cut before a conjunction. */
static bool has_stem(const ImportRepair *r, const char *w)
{
    if (r->latin1) return false;
    char **list;
    int n = Hunspell_stem(r->h, &list, w);
    Hunspell_free_list(r->h, &list, n);
    return n > 0;
}

/* Whether a is an acronym ("LSS", "FoU": two capitals or more) or a number. */
static bool acronym_or_number(const char *a)
{
    int caps = 0, digits = 0, n = 0;
    for (size_t i = 0, l = strlen(a); i < l; n++) {
        uint32_t cp;
        i += utf8_decode(a + i, l - i, &cp);
        caps += import_text_is_upper(cp);
        digits += cp >= '0' && cp <= '9';
    }
    return caps >= 2 || (n > 0 && digits == n);
}

/* Whether "a- b" (as written) should be "a-b": the text, its header or the
 * library writes it whole and the library never cuts it; or, where the
 * library never puts b after a cut ("hälso- och"), hunspell knows it whole
 * and finds its stem ("e-post", not "kommun-och"), or a is an acronym or a number and b a long lower-case word of its own
 * ("LSS- boende", "70- årsåldern"). */
static bool joins(const ImportRepair *r, const ImportFreq *raw, const char *a_cased, const char *b_cased)
{
    char *a = import_text_lower(a_cased, strlen(a_cased)), *b = import_text_lower(b_cased, strlen(b_cased));
    bool ok = false;
    if (import_freq_pair(r->freq, a, "- ", b) > 0) goto done;
    unsigned whole = import_freq_pair(raw, a, "-", b) + import_freq_pair(r->freq, a, "-", b) +
                     (r->header ? import_freq_pair(r->header, a, "-", b) : 0);
    ok = whole > 0;
    if (ok || import_freq_pair(r->freq, "", "- ", b) > 0) goto done;
    ImportBuf j = {0};
    import_buf_adds(&j, a_cased);
    import_buf_addc(&j, '-');
    import_buf_adds(&j, b_cased);
    ok = (repair_spell(r, j.s) && has_stem(r, j.s)) ||
         (acronym_or_number(a_cased) && strcmp(b, b_cased) == 0 &&
          import_text_cp_count(b, strlen(b)) >= JOIN_MIN_WORD && repair_spell(r, b));
    import_buf_free(&j);
done:
    free(a);
    free(b);
    return ok;
}

/* Repairs every word alone into w (*n of them, new array); the sure ones
 * go into r->text, the text's own evidence. */
static Word *repair_words(ImportRepair *r, const char *text, size_t len, ImportRepairStats *st, size_t *n)
{
    size_t cap = 256, pos = 0, s, wl, done = 0;
    Word *w = import_xmalloc(cap * sizeof *w);
    int line = 1;
    bool ellipsis_ends = import_sentstart_ellipsis_ends(text, len);
    *n = 0;
    import_freq_free(r->text);
    import_freq_free(r->text_stems);
    r->text_stems = NULL;
    r->text = import_freq_new();
    while (import_text_next_word(text, len, &pos, &s, &wl)) {
        for (size_t k = done; k < s; k++) line += text[k] == '\n';
        done = s;
        if (*n == cap) w = import_xrealloc(w, (cap *= 2) * sizeof *w);
        Word *x = &w[(*n)++];
        *x = (Word){s, wl, line, {0}};
        repair_cached(r, text + s, wl, import_sentstart_at(text, s, ellipsis_ends), st, &x->res);
        if (!x->res.rival && x->res.outcome != REPAIR_UNDECIDED) {
            char *low = import_text_lower(x->res.value, strlen(x->res.value));
            import_freq_add_word(r->text, low, strlen(low), 1);
            free(low);
        }
    }
    return w;
}

char *import_repair_text(ImportRepair *r, const char *text, size_t len, ImportRepairStats *st)
{
    size_t n;
    Word *w = repair_words(r, text, len, st, &n);
    for (size_t i = 0; i < n; i++) {
        if (w[i].res.rival) settle(r, text, w, n, i, st);
        else if (w[i].res.outcome == REPAIR_UNDECIDED) {
            if (st) st->uncertain++;
            note_word(r, w[i].line, w[i].res.value, NULL);
        }
    }
    ImportFreq *raw = import_freq_new();
    import_freq_add_text(raw, text, len);
    ImportBuf out = {0};
    size_t done = 0;
    for (size_t i = 0; i < n; i++) {
        size_t from = done;
        if (i > 0 && cut_hyphen(text, done, w[i].s) && joins(r, raw, w[i - 1].res.value, w[i].res.value)) {
            import_buf_addc(&out, '-');
            from = w[i].s;
            if (st) st->joined++;
        }
        import_buf_add(&out, text + from, w[i].s - from);
        import_buf_adds(&out, w[i].res.value);
        done = w[i].s + w[i].wl;
    }
    import_buf_add(&out, text + done, len - done);
    for (size_t i = 0; i < n; i++) repair_result_free(&w[i].res);
    free(w);
    import_freq_free(raw);
    return import_buf_take(&out);
}
