/* Tests for layout with a fixed-width fake font: every character is 10 px
 * wide and every line 20 px high, so the expected breaks can be counted by
 * hand. These pin line breaks, hyphenation and the guard against cutting
 * "1 000" or "SKR:s"; test_layout_pages.c pins pages and position keeping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "layout_fake.h"

/* Each case: a body text, the area width in characters, the lines wanted. */
typedef struct {
    const char *name;
    const char *text;
    int chars;
    const char *want[8];
} Case;

static const Case cases[] = {
    {"spaces", "aaa bbb ccc ddd", 7, {"aaa bbb", "ccc ddd"}},
    {"exact fit", "aaa bbb", 7, {"aaa bbb"}},
    {"ragged right, no stretch", "aa bbbb cc", 6, {"aa", "bbbb", "cc"}},
    {"1 000 stays whole", "kostar 1 000 kr", 10, {"kostar", "1 000 kr"}},
    {"short line hyphenates the next word", "kostar 1 000 kronor", 10,
     {"kostar", "1 000 kro-", "nor"}},
    {"12 500 000 stays whole", "summa 12 500 000 kr", 12, {"summa", "12 500 000", "kr"}},
    {"year then number breaks", "2023 100 st", 6, {"2023", "100 st"}},
    {"SKR:s stays whole", "enligt SKR:s rapport", 9, {"enligt", "SKR:s", "rapport"}},
    {"not before a dash", "hej hopp – och", 8, {"hej", "hopp –", "och"}},
    {"not before a comma", "ja , nej", 4, {"ja ,", "nej"}},
    {"after hälso- at the space", "hälso- och sjukvård", 8, {"hälso-", "och", "sjukvård"}},
    {"after an inner hyphen", "xxxxxxx FoU-podden", 12, {"xxxxxxx FoU-", "podden"}},
    {"e- keeps its word", "xxxxxxx e-hälsa", 12, {"xxxxxxx", "e-hälsa"}},
    {"too long alone: hyphenate", "digitaliseringsstrategi", 16,
     {"digitaliserings-", "strategi"}},
    {"sjukvårdskontext", "sjukvårdskontext", 12, {"sjukvårds-", "kontext"}},
    {"välfärdsteknik", "välfärdsteknik", 10, {"välfärds-", "teknik"}},
    {"välfärdsteknik narrow", "välfärdsteknik", 6, {"väl-", "färds-", "teknik"}},
    {"under 70% full: hyphenate", "aaaaaaaa välfärdsteknik", 20,
     {"aaaaaaaa välfärds-", "teknik"}},
    {"over 70% full: no hyphen", "aaaaaaaaaaaaaaa välfärdsteknik", 20,
     {"aaaaaaaaaaaaaaa", "välfärdsteknik"}},
    {"acronym is cut, not hyphenated", "ABCDEFGHIJ", 6, {"ABCDEF", "GHIJ"}},
    /* Issue 12: the slash before a cut inside a word ("universi-tet/högskolor"). */
    {"slash before a hyphenation", "xxxxxx universitet/högskolor", 16,
     {"xxxxxx", "universitet/", "högskolor"}},
    {"after the slash when it fits", "xx universitet/högskolor", 16,
     {"xx universitet/", "högskolor"}},
    {"compound joint, not the last point", "aaaaaa verksamhetsutveckling", 24,
     {"aaaaaa verksamhets-", "utveckling"}},
    {"hashtag moves whole", "xxxxxxxx #digitalisering", 20, {"xxxxxxxx", "#digitalisering"}},
    {"not Swedish: moves whole", "aaaaaaaa Näravårdpodden", 20, {"aaaaaaaa", "Näravårdpodden"}},
    {"not Swedish, too long: hyphenated", "Näravårdpodden", 10, {"Näravård-", "podden"}},
    {"cut by characters", "1234567890123456789012345", 10,
     {"1234567890", "1234567890", "12345"}},
    {"cut keeps € whole", "€€€€€€€€€€", 4, {"€€€€", "€€€€", "€€"}},
    {"spaces at ends dropped", "  aa   bb  ", 4, {"aa", "bb"}},
};

static void test_cases(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    assert_non_null(hy);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const Case *k = &cases[i];
        char src[256];
        snprintf(src, sizeof src, "title: T\n\n%s\n", k->text);
        Doc *doc = fake_doc_imported(src);
        Layout *lay = fake_layout(doc, k->chars, 100, hy);
        size_t n;
        const LayoutLine *lines = layout_page_lines(lay, 0, &n);
        size_t want_n = 0;
        while (want_n < 8 && k->want[want_n]) want_n++;
        if (n != want_n || layout_page_count(lay) != 1) {
            for (size_t j = 0; j < n; j++) print_error("  got '%s'\n", fake_line(doc, &lines[j]));
            fail_msg("%s: %zu lines, want %zu", k->name, n, want_n);
        }
        for (size_t j = 0; j < n; j++) {
            const char *got = fake_line(doc, &lines[j]);
            if (strcmp(got, k->want[j]) != 0)
                fail_msg("%s: line %zu is '%s', want '%s'", k->name, j, got, k->want[j]);
            assert_true(lines[j].w <= k->chars * FAKE_CHAR_W);
            assert_int_equal(lines[j].w, fake_width(got));
        }
        layout_free(lay);
        doc_free(doc);
    }
    hyphenate_free(hy);
}

static void test_hyphen_flag_only_when_added(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    Doc *doc = fake_doc_imported("title: T\n\nxxxxxxx FoU-podden digitaliseringsstrategi\n");
    Layout *lay = fake_layout(doc, 16, 100, hy);
    size_t n;
    const LayoutLine *l = layout_page_lines(lay, 0, &n);
    assert_int_equal(n, 4);
    /* "xxxxxxx FoU-" ends in the text's own hyphen; "digitaliserings-" gets
     * one, at the compound's joint ("podden digitali-" would fill the line
     * but cut inside "digitalisering"). */
    assert_string_equal(fake_line(doc, &l[0]), "xxxxxxx FoU-");
    assert_false(l[0].flags & LAYOUT_LINE_HYPHEN);
    assert_string_equal(fake_line(doc, &l[1]), "podden");
    assert_false(l[1].flags & LAYOUT_LINE_HYPHEN);
    assert_string_equal(fake_line(doc, &l[2]), "digitaliserings-");
    assert_true(l[2].flags & LAYOUT_LINE_HYPHEN);
    assert_string_equal(fake_line(doc, &l[3]), "strategi");
    layout_free(lay);
    doc_free(doc);
    hyphenate_free(hy);
}

/* The kiosk consults no dictionary: a text whose words were not settled at
 * import gets the plain rules ("Näravårdpodden", which hunspell does not
 * know, breaks at a pattern point), an imported one its settled judgement
 * (moved whole). */
static void test_settled_or_plain(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    const char *src = "title: T\n\naaaaaaaa Näravårdpodden\n";
    Doc *docs[2] = {fake_doc(src), fake_doc_imported(src)};
    const char *want[2][2] = {{"aaaaaaaa Näravård-", "podden"}, {"aaaaaaaa", "Näravårdpodden"}};
    for (int k = 0; k < 2; k++) {
        Layout *lay = fake_layout(docs[k], 20, 100, hy);
        size_t n;
        const LayoutLine *l = layout_page_lines(lay, 0, &n);
        assert_int_equal(n, 2);
        assert_string_equal(fake_line(docs[k], &l[0]), want[k][0]);
        assert_string_equal(fake_line(docs[k], &l[1]), want[k][1]);
        layout_free(lay);
        doc_free(docs[k]);
    }
    hyphenate_free(hy);
}

static void test_without_hyphenator_cuts(void **state)
{
    (void)state;
    Doc *doc = fake_doc("title: T\n\nvälfärdsteknik\n");
    Layout *lay = fake_layout(doc, 10, 100, NULL);
    size_t n;
    const LayoutLine *l = layout_page_lines(lay, 0, &n);
    assert_int_equal(n, 2);
    assert_string_equal(fake_line(doc, &l[0]), "välfärdste");
    layout_free(lay);
    doc_free(doc);
}

/* A 1 MB word with no spaces lays out, cut by characters, nothing lost. */
static void test_megabyte_word(void **state)
{
    (void)state;
    size_t big = 1u << 20;
    char *src = malloc(big + 32);
    assert_non_null(src);
    strcpy(src, "title: T\n\n");
    size_t h = strlen(src);
    for (size_t i = 0; i < big; i++) src[h + i] = (char)('a' + i % 26);
    src[h + big] = '\n';
    Doc *doc = fake_doc_n(src, h + big + 1);
    Hyphenator *hy = hyphenate_new(NULL);
    Layout *lay = fake_layout(doc, 80, 10, hy);
    size_t total = 0, pages = layout_page_count(lay);
    for (size_t p = 0; p < pages; p++) {
        size_t n;
        const LayoutLine *l = layout_page_lines(lay, p, &n);
        for (size_t j = 0; j < n; j++) {
            assert_true(l[j].w <= 800);
            assert_int_equal(l[j].start, doc->blocks[0].start + total);
            total += l[j].len;
        }
    }
    assert_int_equal(total, big);
    assert_int_equal(pages, big / 80 / 10 + (big % 800 ? 1 : 0));
    layout_free(lay);
    hyphenate_free(hy);
    doc_free(doc);
    free(src);
}

static void test_name_and_bullet_lines(void **state)
{
    (void)state;
    Doc *doc = fake_doc("title: T\nspeakers: Eva Sahlén\n\n"
                        "Eva Sahlén: Hej och välkomna.\n- en punkt i listan\n[skratt]\n");
    Layout *lay = fake_layout(doc, 12, 100, NULL);
    size_t n;
    const LayoutLine *l = layout_page_lines(lay, 0, &n);
    assert_int_equal(n, 6);
    assert_int_equal(l[0].face, LAYOUT_FACE_NAME);
    assert_string_equal(fake_line(doc, &l[0]), "Eva Sahlén");
    assert_int_equal(l[0].speaker, 0);
    assert_int_equal(l[1].face, LAYOUT_FACE_BODY);
    assert_int_equal(l[1].speaker, 0);
    assert_string_equal(fake_line(doc, &l[1]), "Hej och");
    assert_int_equal(l[3].face, LAYOUT_FACE_LIST);
    assert_true(l[3].flags & LAYOUT_LINE_BULLET);
    assert_false(l[4].flags & LAYOUT_LINE_BULLET);
    assert_int_equal(l[3].x, FAKE_X + FAKE_INDENT);
    assert_int_equal(l[4].x, FAKE_X + FAKE_INDENT);
    assert_string_equal(fake_line(doc, &l[3]), "en punkt i");
    assert_int_equal(l[5].face, LAYOUT_FACE_NOTE);
    assert_string_equal(fake_line(doc, &l[5]), "skratt");
    layout_free(lay);
    doc_free(doc);
}

/* The loader accepts any number of speakers; a turn by speaker 32,768 or
 * later keeps its index on the name line and the body lines. */
static void test_forty_thousand_speakers(void **state)
{
    (void)state;
    enum { N = 40000 };
    static const int turns[] = {32767, 32768, 39999, 0};
    size_t cap = 32 + (size_t)N * 8 + 4 * 32, o = 0;
    char *src = malloc(cap);
    assert_non_null(src);
    o += (size_t)snprintf(src + o, cap - o, "title: T\nspeakers: ");
    for (int i = 0; i < N; i++) o += (size_t)snprintf(src + o, cap - o, i ? ", S%d" : "S%d", i);
    o += (size_t)snprintf(src + o, cap - o, "\n\n");
    for (size_t t = 0; t < 4; t++) o += (size_t)snprintf(src + o, cap - o, "S%d: hej\n", turns[t]);
    Doc *doc = fake_doc_n(src, o);
    assert_int_equal(doc->n_speakers, N);
    Layout *lay = fake_layout(doc, 20, 100, NULL);
    size_t n;
    const LayoutLine *l = layout_page_lines(lay, 0, &n);
    assert_int_equal(n, 8);
    for (size_t t = 0; t < 4; t++) {
        char name[16];
        snprintf(name, sizeof name, "S%d", turns[t]);
        assert_int_equal(l[2 * t].face, LAYOUT_FACE_NAME);
        assert_int_equal(l[2 * t].speaker, turns[t]);
        assert_int_equal(l[2 * t + 1].speaker, turns[t]);
        assert_string_equal(fake_line(doc, &l[2 * t]), name);
        assert_string_equal(fake_line(doc, &l[2 * t + 1]), "hej");
    }
    layout_free(lay);
    doc_free(doc);
    free(src);
}

/* Found by fuzz_layout: a unit glued by a dash ("Sweco –") that does not
 * fit is cut by characters at its space; the line drops the space, and its
 * width must not count it either. 65 px: the space fits, the dash does not,
 * and the line is too far from the edge for the whole-line re-measure. */
static void test_cut_at_glued_space_keeps_width(void **state)
{
    (void)state;
    Doc *doc = fake_doc("title: T\n\nSweco \xE2\x80\x93 Eurovision\n");
    LayoutStyle st = {10, 10, FAKE_LINE_H, FAKE_LINE_H, 0, FAKE_INDENT};
    LayoutRect area = {FAKE_X, FAKE_Y, 65, 10 * FAKE_LINE_H};
    Layout *lay = layout_new(doc, area, &st, &fake_measure, NULL);
    assert_non_null(lay);
    size_t n;
    const LayoutLine *l = layout_page_lines(lay, 0, &n);
    assert_true(n >= 2);
    assert_string_equal(fake_line(doc, &l[0]), "Sweco");
    assert_int_equal(l[0].w, 5 * FAKE_CHAR_W);
    for (size_t i = 0; i < n; i++) assert_int_equal(l[i].w, fake_width(fake_line(doc, &l[i])));
    layout_free(lay);
    doc_free(doc);
}

static void test_deterministic(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    Doc *doc = fake_doc(FAKE_LONG_DOC);
    Layout *a = fake_layout(doc, 23, 9, hy), *b = fake_layout(doc, 23, 9, hy);
    assert_int_equal(layout_page_count(a), layout_page_count(b));
    for (size_t p = 0; p < layout_page_count(a); p++) {
        size_t na, nb;
        const LayoutLine *la = layout_page_lines(a, p, &na), *lb = layout_page_lines(b, p, &nb);
        assert_int_equal(na, nb);
        assert_memory_equal(la, lb, na * sizeof *la);
    }
    layout_free(a);
    layout_free(b);
    doc_free(doc);
    hyphenate_free(hy);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_hyphen_flag_only_when_added),
        cmocka_unit_test(test_without_hyphenator_cuts),
        cmocka_unit_test(test_settled_or_plain),
        cmocka_unit_test(test_megabyte_word),
        cmocka_unit_test(test_name_and_bullet_lines),
        cmocka_unit_test(test_forty_thousand_speakers),
        cmocka_unit_test(test_cut_at_glued_space_keeps_width),
        cmocka_unit_test(test_deterministic),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
