/* Tests for the ligature repair: the damage rule, single words, and the
 * repair of FoU-podden (000) measured against a hand-checked word list
 * (tests/import/repair_words.tsv), with the clean documents in data/ as the
 * frequency list. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "import/freq.h"
#include "import/pipeline.h"
#include "import/repair.h"
#include "import/text.h"
#include "core/utf8.h"

#define AFF "/usr/share/hunspell/sv_SE.aff"
#define DIC "/usr/share/hunspell/sv_SE.dic"
#define R "\xEF\xBF\xBD"
#define SOURCE "data/sources/000_20a1eb5c6125d5f1.txt"

static const char *clean_docs[] = {
    "data/02-valfardsteknik-digital-omstallning.txt",
    "data/03-valfardsteknik-lund-e-halsokommun.txt",
    "data/04-naravardpodden-patrik-sundstrom.txt",
    "data/05-sweco-regional-testbadd-orebro.txt",
};

static char *read_all(const char *path, size_t *len)
{
    char err[256];
    char *s = import_pipeline_read(path, len, err, sizeof err);
    if (!s) fail_msg("%s", err);
    return s;
}

static ImportFreq *clean_freq(void)
{
    ImportFreq *f = import_freq_new();
    for (size_t i = 0; i < sizeof clean_docs / sizeof *clean_docs; i++) {
        size_t len;
        char *s = read_all(clean_docs[i], &len);
        import_freq_add_text(f, s, len);
        free(s);
    }
    return f;
}

static void damage_rule_needs_replacement_and_no_ligature_pairs(void **state)
{
    (void)state;
    const char *damaged = "Vi ska " R "ta p\xC3\xA5 det";
    assert_true(import_repair_is_damaged(damaged, strlen(damaged)));
    const char *clean = "Vi ska titta p\xC3\xA5 det";
    assert_false(import_repair_is_damaged(clean, strlen(clean)));
    const char *mixed = "en " R " och ett";
    assert_false(import_repair_is_damaged(mixed, strlen(mixed)));
}

static char *fix(ImportRepair *r, const char *w, bool start)
{
    return import_repair_word(r, w, strlen(w), start, NULL);
}

static void words_are_restored(void **state)
{
    (void)state;
    ImportFreq *f = clean_freq();
    char err[256];
    ImportRepair *r = import_repair_new(AFF, DIC, f, err, sizeof err);
    assert_non_null(r);
    struct {
        const char *in, *want;
        bool start;
    } cases[] = {
        {R "ll", "till", false},        {R "ll", "Till", true},
        {"at", "att", false},           {"At", "Att", false},
        {"et", "ett", false},           {"s\xC3\xA4t", "s\xC3\xA4tt", false},
        {"ha" R, "haft", false},        {"e" R "er", "efter", false},
        {"vet", "vet", false},          {"det", "det", false},
        {"O" R "a", "Ofta", false},     {"pla" R "ormen", "plattformen", false},
        {"hita", "hitta", false},       {"Sweco", "Sweco", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = fix(r, cases[i].in, cases[i].start);
        if (strcmp(got, cases[i].want) != 0) fail_msg("%s gave %s, want %s", cases[i].in, got, cases[i].want);
        free(got);
    }
    import_repair_free(r);
    import_freq_free(f);
}

/* The word at token index k of a line. */
static char *token(const char *line, size_t len, int k)
{
    size_t pos = 0, st, wl;
    for (int i = 0; import_text_next_word(line, len, &pos, &st, &wl); i++)
        if (i == k) return strndup(line + st, wl);
    return NULL;
}

/* Start and length of line n (1-based) in text. */
static const char *line_at(const char *text, int n, size_t *len)
{
    const char *p = text;
    for (int i = 1; i < n && p; i++) {
        p = strchr(p, '\n');
        if (p) p++;
    }
    if (!p) return NULL;
    const char *e = strchr(p, '\n');
    *len = e ? (size_t)(e - p) : strlen(p);
    return p;
}

static void hand_checked_words_of_000_are_restored(void **state)
{
    (void)state;
    size_t raw_len, tsv_len, clean_len;
    char *raw = read_all(SOURCE, &raw_len);
    char *text = utf8_sanitize(raw, raw_len, &clean_len, NULL, NULL);
    free(raw);
    ImportFreq *f = clean_freq();
    char err[256];
    ImportRepair *r = import_repair_new(AFF, DIC, f, err, sizeof err);
    assert_non_null(r);
    ImportRepairStats st = {0};
    char *fixed = import_repair_text(r, text, clean_len, &st);
    char *tsv = read_all("tests/import/repair_words.tsv", &tsv_len);

    int total = 0, right = 0;
    int prev_line = -1, used = 0;
    char prev_form[64] = "";
    for (char *row = strtok(tsv, "\n"); row; row = strtok(NULL, "\n")) {
        if (row[0] == '#') continue;
        char form[64], want[64];
        int ln;
        if (sscanf(row, "%d\t%63[^\t]\t%63s", &ln, form, want) != 3) fail_msg("bad row: %s", row);
        used = (ln == prev_line && strcmp(form, prev_form) == 0) ? used + 1 : 0;
        prev_line = ln;
        snprintf(prev_form, sizeof prev_form, "%s", form);
        size_t ol, fl;
        const char *orig = line_at(text, ln, &ol), *rep = line_at(fixed, ln, &fl);
        assert_non_null(orig);
        assert_non_null(rep);
        int k = -1, seen = 0;
        for (int i = 0;; i++) {
            char *t = token(orig, ol, i);
            if (!t) break;
            bool hit = strcmp(t, form) == 0;
            free(t);
            if (hit && seen++ == used) {
                k = i;
                break;
            }
        }
        if (k < 0) fail_msg("line %d has no %s", ln, form);
        char *got = token(rep, fl, k);
        total++;
        if (got && strcmp(got, want) == 0) right++;
        else printf("  line %d: %s -> %s, hand-checked %s\n", ln, form, got ? got : "?", want);
        free(got);
    }
    printf("repair: %d of %d hand-checked words right (%.1f%%); in the whole text %zu words changed, "
           "%zu undecided\n",
           right, total, 100.0 * right / total, st.changed, st.undecided);
    assert_true(total >= 100);
    assert_true(right * 100 >= total * 98);
    free(tsv);
    free(fixed);
    free(text);
    import_repair_free(r);
    import_freq_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(damage_rule_needs_replacement_and_no_ligature_pairs),
        cmocka_unit_test(words_are_restored),
        cmocka_unit_test(hand_checked_words_of_000_are_restored),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
