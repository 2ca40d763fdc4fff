/* Tests for layout's pages with the fixed-width fake font (layout_fake.h):
 * exact page breaks, the keep-together rules, vertical positions, position
 * keeping across a relayout, and properties over many page sizes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "layout_fake.h"

/* Checks the pages' lines against want: lines separated by "|" between
 * pages; hy (may be NULL) hyphenates. */
static void check_pages_hy(const char *src, int chars, int lines, Hyphenator *hy, const char *want)
{
    Doc *doc = fake_doc(src);
    Layout *lay = fake_layout(doc, chars, lines, hy);
    char got[1024] = "";
    for (size_t p = 0; p < layout_page_count(lay); p++) {
        size_t n;
        const LayoutLine *l = layout_page_lines(lay, p, &n);
        if (p) strcat(got, "|");
        for (size_t j = 0; j < n; j++) {
            if (j) strcat(got, " ");
            strcat(got, fake_line(doc, &l[j]));
        }
    }
    if (strcmp(got, want) != 0) fail_msg("pages '%s', want '%s'", got, want);
    layout_free(lay);
    doc_free(doc);
}

static void check_pages(const char *src, int chars, int lines, const char *want)
{
    check_pages_hy(src, chars, lines, NULL, want);
}

#define HEAD "title: T\nspeakers: Eva\n\n"

static void test_plain_page_break(void **state)
{
    (void)state;
    check_pages(HEAD "aa\nbb\ncc\ndd\nee\n", 4, 2, "aa bb|cc dd|ee");
}

static void test_name_never_ends_a_page(void **state)
{
    (void)state;
    check_pages(HEAD "aa\nbb\nEva: xxxxxxxx yyyyyyyy\n", 10, 3,
                "aa bb|Eva xxxxxxxx yyyyyyyy");
}

static void test_heading_never_ends_a_page(void **state)
{
    (void)state;
    check_pages(HEAD "aa\nbb\n# Rubrik\ncc dd\n", 6, 3, "aa bb|Rubrik cc dd");
    /* Nor a heading followed by a speaker's name. */
    check_pages(HEAD "aa\n# Rubrik\nEva: cc\n", 6, 3, "aa|Rubrik Eva cc");
}

static void test_no_widow(void **state)
{
    (void)state;
    check_pages(HEAD "aa\nbb\nc1 c2 c3\n", 2, 4, "aa bb|c1 c2 c3");
}

static void test_no_orphan(void **state)
{
    (void)state;
    check_pages(HEAD "aa\nbb\nc1 c2 c3\n", 2, 3, "aa bb|c1 c2 c3");
}

/* A paragraph of two lines stays whole when that costs no page, and splits
 * when keeping it whole would. */
static void test_two_line_paragraph_may_split(void **state)
{
    (void)state;
    check_pages(HEAD "aa\nbb\nc1 c2\ndd\n", 2, 3, "aa bb|c1 c2 dd");
    check_pages(HEAD "aa\nbb\nc1 c2\ndd\nee\n", 2, 3, "aa bb c1|c2 dd ee");
}

/* The last page takes lines from the page before rather than hold one. */
static void test_last_page_evened_out(void **state)
{
    (void)state;
    check_pages(HEAD "aa\nbb\nc1 c2\n", 2, 3, "aa bb|c1 c2");
    check_pages(HEAD "aa\nbb\ncc\ndd\nee\n", 2, 4, "aa bb cc|dd ee");
    /* A page of two lines cannot give one. */
    check_pages(HEAD "aa\nbb\ncc\n", 2, 2, "aa bb|cc");
}

/* No page but the last under half full: the widow rule gives way. */
static void test_no_near_empty_page(void **state)
{
    (void)state;
    check_pages(HEAD "aa\nbb\nEva: c1 c2 c3\ndd\nee\nff\ngg\nhh\n", 3, 5,
                "aa bb Eva c1|c2 c3 dd ee ff|gg hh");
}

/* A heading keeps two lines of its section on its page. */
static void test_heading_keeps_two_lines(void **state)
{
    (void)state;
    check_pages(HEAD "aa\nbb\n# Rub\ncc dd\nee\n", 3, 5, "aa bb|Rub cc dd ee");
}

/* No page ends in a hyphenated word: the break moves a line up. */
static void test_no_hyphen_at_page_end(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    assert_non_null(hy);
    check_pages_hy(HEAD "xx\nyy samhällsutveckling\n", 12, 2, hy, "xx|yy samhälls- utveckling");
    hyphenate_free(hy);
}

static void test_long_paragraph_splits_two_and_two(void **state)
{
    (void)state;
    check_pages(HEAD "aa\nc1 c2 c3 c4\n", 2, 3, "aa c1 c2|c3 c4");
    /* Five lines on two-line pages: the lone last line is avoided. */
    check_pages(HEAD "c1 c2 c3 c4 c5\n", 2, 2, "c1 c2|c3|c4 c5");
}

static void test_unavoidable_single_lines(void **state)
{
    (void)state;
    check_pages(HEAD "c1 c2 c3\n", 2, 1, "c1|c2|c3");
    check_pages(HEAD "# Rubrik\naa\n", 6, 1, "Rubrik|aa");
}

static void test_vertical_positions_and_gaps(void **state)
{
    (void)state;
    Doc *doc = fake_doc(HEAD "aa\nbb\ncc\n");
    LayoutStyle st = {10, 13, 24, 30, 6, 20};
    LayoutRect area = {5, 7, 100, 24 + 6 + 24};
    Layout *lay = layout_new(doc, area, &st, &fake_measure, NULL);
    assert_int_equal(layout_page_count(lay), 2);
    size_t n;
    const LayoutLine *l = layout_page_lines(lay, 0, &n);
    assert_int_equal(n, 2);
    assert_int_equal(l[0].y, 7);
    assert_int_equal(l[0].h, 24);
    assert_int_equal(l[0].text_y, 7 + 2); /* 20 px of text centred in 24 */
    assert_int_equal(l[1].y, 7 + 24 + 6);
    l = layout_page_lines(lay, 1, &n);
    assert_int_equal(l[0].y, 7); /* no gap at the top of a page */
    layout_free(lay);
    doc_free(doc);
}

static void test_empty_document_has_one_page(void **state)
{
    (void)state;
    Doc *doc = fake_doc("title: T\n\n# \n");
    Layout *lay = fake_layout(doc, 10, 10, NULL);
    assert_int_equal(layout_page_count(lay), 1);
    assert_int_equal(layout_page_of_offset(lay, 12345), 0);
    layout_free(lay);
    doc_free(doc);
}

/* Found by fuzz_layout: a document without blocks (one that cannot be shown,
 * here a blank note) still lays out to one page, whose lines were NULL + 0,
 * which UBSan reports as undefined. */
static void test_empty_document_page_has_no_lines(void **state)
{
    (void)state;
    const char *src = "title: T\n\n[ ]\n";
    Doc *doc = doc_parse("fake.txt", src, strlen(src));
    assert_non_null(doc);
    assert_int_equal(doc->n_blocks, 0);
    Layout *lay = fake_layout(doc, 10, 10, NULL);
    assert_int_equal(layout_page_count(lay), 1);
    size_t n = 99;
    const LayoutLine *l = layout_page_lines(lay, 0, &n);
    assert_int_equal(n, 0);
    assert_null(l);
    l = layout_page_lines(lay, 5, &n);
    assert_int_equal(n, 0);
    assert_int_equal(layout_page_offset(lay, 0), 0);
    layout_free(lay);
    doc_free(doc);
}

/* The page found for an offset holds the text line with that byte. */
static int page_holds(const Layout *lay, size_t page, size_t off)
{
    size_t n;
    const LayoutLine *l = layout_page_lines(lay, page, &n);
    for (size_t j = 0; j < n; j++)
        if (l[j].face != LAYOUT_FACE_NAME && l[j].start <= off && off < l[j].start + l[j].len)
            return 1;
    return 0;
}

static void test_position_keeping(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    Doc *doc = fake_doc(FAKE_LONG_DOC);
    static const int sizes[][2] = {{30, 6}, {18, 5}, {40, 12}, {12, 4}, {25, 3}};
    size_t ns = sizeof sizes / sizeof sizes[0];
    for (size_t a = 0; a < ns; a++) {
        Layout *old = fake_layout(doc, sizes[a][0], sizes[a][1], hy);
        for (size_t b = 0; b < ns; b++) {
            Layout *cur = fake_layout(doc, sizes[b][0], sizes[b][1], hy);
            for (size_t p = 0; p < layout_page_count(old); p++) {
                size_t off = layout_page_offset(old, p);
                size_t q = layout_page_of_offset(cur, off);
                if (!page_holds(cur, q, off))
                    fail_msg("%dx%d page %zu (byte %zu) -> %dx%d page %zu", sizes[a][0],
                             sizes[a][1], p, off, sizes[b][0], sizes[b][1], q);
                if (a == b) assert_int_equal(q, p);
            }
            layout_free(cur);
        }
        layout_free(old);
    }
    doc_free(doc);
    hyphenate_free(hy);
}

/* Spaces only in text[from, to). */
static void assert_spaces(const Doc *doc, size_t from, size_t to)
{
    for (; from < to; from++) assert_int_equal(doc->text[from], ' ');
}

/* Over many sizes: every block's lines cover its text exactly, with only
 * spaces between them; no line is wider than the area; lines stay inside. */
static void test_properties_over_sizes(void **state)
{
    (void)state;
    Hyphenator *hy = hyphenate_new(NULL);
    Doc *doc = fake_doc(FAKE_LONG_DOC);
    for (int chars = 3; chars <= 60; chars += 3) {
        for (int lines = 1; lines <= 13; lines += 4) {
            Layout *lay = fake_layout(doc, chars, lines, hy);
            size_t cur = SIZE_MAX, pos = 0, seen = 0;
            for (size_t p = 0; p < layout_page_count(lay); p++) {
                size_t n;
                const LayoutLine *l = layout_page_lines(lay, p, &n);
                assert_true(n > 0);
                for (size_t j = 0; j < n; j++) {
                    int avail = chars * FAKE_CHAR_W - (l[j].face == LAYOUT_FACE_LIST ? FAKE_INDENT : 0);
                    assert_true(l[j].w <= avail || l[j].len <= 4); /* a char may overflow a tiny area */
                    if (n > 1) assert_true(l[j].y + l[j].h <= FAKE_Y + lines * FAKE_LINE_H);
                    if (l[j].face == LAYOUT_FACE_NAME) continue;
                    if (l[j].block != cur) {
                        if (cur != SIZE_MAX)
                            assert_spaces(doc, pos, doc->blocks[cur].start + doc->blocks[cur].len);
                        assert_true(cur == SIZE_MAX || l[j].block > cur);
                        cur = l[j].block;
                        pos = doc->blocks[cur].start;
                        seen++;
                    }
                    assert_spaces(doc, pos, l[j].start);
                    assert_true(l[j].len > 0);
                    pos = l[j].start + l[j].len;
                }
            }
            assert_spaces(doc, pos, doc->blocks[cur].start + doc->blocks[cur].len);
            assert_int_equal(seen, doc->n_blocks);
            layout_free(lay);
        }
    }
    doc_free(doc);
    hyphenate_free(hy);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_page_break),
        cmocka_unit_test(test_name_never_ends_a_page),
        cmocka_unit_test(test_heading_never_ends_a_page),
        cmocka_unit_test(test_last_page_evened_out),
        cmocka_unit_test(test_no_near_empty_page),
        cmocka_unit_test(test_heading_keeps_two_lines),
        cmocka_unit_test(test_no_hyphen_at_page_end),
        cmocka_unit_test(test_no_widow),
        cmocka_unit_test(test_no_orphan),
        cmocka_unit_test(test_two_line_paragraph_may_split),
        cmocka_unit_test(test_long_paragraph_splits_two_and_two),
        cmocka_unit_test(test_unavoidable_single_lines),
        cmocka_unit_test(test_vertical_positions_and_gaps),
        cmocka_unit_test(test_empty_document_has_one_page),
        cmocka_unit_test(test_empty_document_page_has_no_lines),
        cmocka_unit_test(test_position_keeping),
        cmocka_unit_test(test_properties_over_sizes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
