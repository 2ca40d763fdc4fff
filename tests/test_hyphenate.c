/* Tests for hyphen: Swedish break points from hyphen-sv through libhyphen,
 * as byte offsets into UTF-8, with three letters on each side, and which of
 * them are good: compound joints first, judged with hunspell sv_SE at import
 * (import/hyphenation.h) and settled in the text; the plain rules for a
 * word no import settled. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <stdlib.h>

#include "core/doc.h"
#include "core/hyphenate.h"
#include "import/hyphenation.h"

/* Settles `n` words in hy as the importer and the typesetter would: a text
 * of them through import_hyphenation_settle (hunspell sv_SE), its
 * `hyphenation:` lines read back by doc_parse. Returns the Doc to free. */
static Doc *settle(Hyphenator *hy, const char *const *words, size_t n)
{
    char src[4096] = "title: T\n\n";
    for (size_t i = 0; i < n; i++) {
        strcat(src, words[i]);
        strcat(src, "\n");
    }
    char err[300];
    char *text = import_hyphenation_settle(src, NULL, NULL, NULL, err, sizeof err);
    assert_non_null(text);
    Doc *doc = doc_parse("t.txt", text, strlen(text));
    free(text);
    assert_non_null(doc);
    assert_true(doc->hyphenation_settled);
    assert_int_equal(doc->n_problems, 0);
    assert_int_equal(hyphenate_settle(hy, doc->hyphenation, doc->n_hyphenation), 0);
    return doc;
}

/* The word with "-" at each point, in a static buffer. */
static const char *marked(Hyphenator *hy, const char *word)
{
    static char buf[256];
    size_t pts[HYPHENATE_MAX_LETTERS];
    size_t n = hyphenate_points(hy, word, strlen(word), pts, NULL, HYPHENATE_MAX_LETTERS);
    size_t o = 0, p = 0;
    for (size_t i = 0; word[i]; i++) {
        if (p < n && pts[p] == i) {
            buf[o++] = '-';
            p++;
        }
        buf[o++] = word[i];
    }
    buf[o] = '\0';
    return buf;
}

/* The word with "|" at each good point only (hyphenate.h), static buffer. */
static const char *good_only(Hyphenator *hy, const char *word)
{
    static char buf[256];
    size_t pts[HYPHENATE_MAX_LETTERS];
    unsigned char good[HYPHENATE_MAX_LETTERS];
    size_t n = hyphenate_points(hy, word, strlen(word), pts, good, HYPHENATE_MAX_LETTERS);
    size_t o = 0, p = 0;
    for (size_t i = 0; word[i]; i++) {
        for (; p < n && pts[p] == i; p++)
            if (good[p]) buf[o++] = '|';
        buf[o++] = word[i];
    }
    buf[o] = '\0';
    return buf;
}

/* Issue 12: the joints of compounds (hunspell sv_SE), and no point that
 * misleads, each split of the issue pinned. */
static void test_compound_joints(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    static const char *const pinned[][2] = {
        {"verksamhetsutveckling", "verksamhets|utveckling"}, /* not verksam-hets... */
        {"samverkansuppdrag", "samverkans|uppdrag"},         /* not samverkan-suppdrag */
        {"Kompetenscenter", "Kompetens|center"},             /* libhyphen has no point there */
        {"Kartläggningens", "Kart|läggningens"},             /* not Kartläggning-ens */
        {"undersköterskan", "under|sköterskan"},             /* not undersköters-kan */
        {"distriktssköterskan", "distrikts|sköterskan"},     /* not distriktssköters-kan */
        {"funktionsnedsatta", "funktions|nedsatta"},         /* not funk-tionsnedsatta */
        {"demokratireform", "demokrati|reform"},             /* not demokratire-form */
        {"benchmarkingstudie", "benchmarking|studie"},       /* not benchmar-kingstudie */
        {"hälsokommun", "hälso|kommun"},                     /* hälsa: hälso- */
        {"arbetsdifferentiering", "arbets|differentiering"}, /* arbete: arbets- */
        {"verksamhetsplan", "verksamhets|plan"},             /* a short part after -s */
        {"grundläggande", "grund|läggande"},                 /* not grundlägg-ande */
        {"förutsättningar", "förut|sättningar"},             /* förut + sättning */
        {"enkätundersökning", "enkät|undersökning"},         /* not enkätunders-ökning */
        /* No joint: libhyphen's points, but not before a short right part
         * or one that is another word. */
        {"digitaliseringen", "digi|ta|li|seringen"},         /* not digitalise-ringen */
        {"innanförskapet", "innan|för|skapet"}, /* not innanförska-pet */
        /* Not Swedish to hunspell: moved whole, cut only when it must. */
        {"Näravårdpodden", "Näravårdpodden"},
    };
    size_t n = sizeof pinned / sizeof pinned[0];
    const char *words[sizeof pinned / sizeof pinned[0]];
    for (size_t i = 0; i < n; i++) words[i] = pinned[i][0];
    Doc *doc = settle(hy, words, n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(good_only(hy, pinned[i][0]), pinned[i][1]);
    /* The points not marked good are still there, for a word too long for a line. */
    assert_string_equal(marked(hy, "Näravårdpodden"), "När-a-vård-pod-den");
    assert_string_equal(marked(hy, "innanförskapet"), "innan-för-ska-pet");
    /* Another text's list replaces it: the plain rules again (no hunspell). */
    assert_int_equal(hyphenate_settle(hy, NULL, 0), 0);
    assert_string_equal(good_only(hy, "Näravårdpodden"), "När|a|vård|podden");
    assert_string_equal(good_only(hy, "samverkansuppdrag"), "sam|ver|kan|supp|drag");
    doc_free(doc);
    hyphenate_free(hy);
}

/* The importer writes only the words where hunspell's judgement differs
 * from the plain rules, and a malformed settled word is skipped. */
static void test_settled_list(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    static const char *const words[] = {"välfärdsteknik", "samverkansuppdrag kommunikatör"};
    Doc *doc = settle(hy, words, 2);
    /* kommunikatör: the plain rules find what hunspell does; not written. */
    assert_int_equal(doc->n_hyphenation, 2);
    assert_string_equal(doc->hyphenation[0], "samverkans|uppdrag");
    assert_string_equal(doc->hyphenation[1], "välfärds|teknik");
    doc_free(doc);
    char *bad[] = {"sa|mverkansuppdrag", "samverkans||uppdrag", "samverkans|upp-drag", "ab|c"};
    assert_int_equal(hyphenate_settle(hy, bad, 4), 0);
    assert_string_equal(good_only(hy, "samverkansuppdrag"), "sam|ver|kan|supp|drag");
    char *one[] = {"SAMVERKANS|uppdrag"};
    assert_int_equal(hyphenate_settle(hy, one, 1), 0);
    assert_string_equal(good_only(hy, "Samverkansuppdrag"), "Samverkans|uppdrag");
    hyphenate_free(hy);
}

static void test_examples(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    assert_non_null(hy);
    assert_string_equal(marked(hy, "digitaliseringsstrategi"), "digi-ta-li-se-rings-stra-tegi");
    assert_string_equal(marked(hy, "sjukvårdskontext"), "sjuk-vårds-kon-text");
    assert_string_equal(marked(hy, "välfärdsteknik"), "väl-färds-tek-nik");
    assert_string_equal(marked(hy, "verksamhetsutvecklare"), "verk-sam-hets-ut-veck-lare");
    hyphenate_free(hy);
}

static void test_case_and_cache(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    /* Upper case is lowered before the patterns see it; offsets stay UTF-8. */
    assert_string_equal(marked(hy, "VÄLFÄRDSTEKNIK"), "VÄL-FÄRDS-TEK-NIK");
    for (int i = 0; i < 3; i++)
        assert_string_equal(marked(hy, "Välfärdsteknik"), "Väl-färds-tek-nik");
    hyphenate_free(hy);
}

static void test_minimum_three_letters(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    const char *words[] = {"strategi", "hälsovård", "arbetsmiljöverket", "äldreomsorgen",
                           "kommunikatör", "omsorgsdirektör"};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t pts[HYPHENATE_MAX_LETTERS];
        size_t len = strlen(words[w]);
        size_t n = hyphenate_points(hy, words[w], len, pts, NULL, HYPHENATE_MAX_LETTERS);
        for (size_t i = 0; i < n; i++) {
            size_t before = 0, after = 0;
            for (size_t b = 0; b < pts[i]; b++) before += ((unsigned char)words[w][b] & 0xC0) != 0x80;
            for (size_t b = pts[i]; b < len; b++) after += ((unsigned char)words[w][b] & 0xC0) != 0x80;
            assert_true(before >= HYPHENATE_MIN_LETTERS);
            assert_true(after >= HYPHENATE_MIN_LETTERS);
        }
    }
    hyphenate_free(hy);
}

static void test_no_points(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    size_t pts[4];
    assert_int_equal(hyphenate_points(hy, "hus", 3, pts, NULL, 4), 0);
    assert_int_equal(hyphenate_points(hy, "", 0, pts, NULL, 4), 0);
    assert_int_equal(hyphenate_points(hy, "Łódźwojewództwo", strlen("Łódźwojewództwo"), pts, NULL, 4), 0);
    char longword[200];
    memset(longword, 'a', sizeof longword);
    assert_int_equal(hyphenate_points(hy, longword, sizeof longword, pts, NULL, 4), 0);
    /* max limits what is written. */
    assert_int_equal(hyphenate_points(hy, "digitaliseringsstrategi", 23, pts, NULL, 2), 2);
    assert_int_equal(pts[0], 4);
    assert_int_equal(pts[1], 6);
    assert_null(hyphenate_new("/nonexistent/hyph.dic"));
    hyphenate_free(NULL);
    hyphenate_free(hy);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_examples),
        cmocka_unit_test(test_case_and_cache),
        cmocka_unit_test(test_minimum_three_letters),
        cmocka_unit_test(test_no_points),
        cmocka_unit_test(test_compound_joints),
        cmocka_unit_test(test_settled_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
