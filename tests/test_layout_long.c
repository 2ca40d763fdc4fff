/* Tests that layout stays near-linear in the text's length whatever the
 * text holds: one letter under 100,000 accents (the bench's zalgo text), a
 * 1 MB word, 1 MB of emoji joined by zero-width joiners. A counting fake
 * measure (layout_fake.h's widths) records every call and every byte it is
 * handed: the bounds are on that work, never on time, which a shared
 * machine makes noisy. The pinned lines say where such texts are cut. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "layout_fake.h"

/* The bench's own generator (linked in by the Makefile), so these tests pin
 * the very text the bench times. */
#include "bench/zalgo.h"

#define AREA_CHARS 40
#define ZWJ_FAMILY "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D" \
                   "\xF0\x9F\x91\xA7\xE2\x80\x8D\xF0\x9F\x91\xA6" /* 👩‍👩‍👧‍👦, 25 bytes */

typedef struct {
    size_t calls, bytes; /* text_width calls, and the bytes handed to them */
    int mark_w;          /* width of a combining mark: FAKE_CHAR_W, or 0 as in a real font */
} Count;

static int count_width(void *ctx, LayoutFace face, const char *s, size_t len)
{
    (void)face;
    Count *k = ctx;
    k->calls++;
    k->bytes += len;
    int w = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += utf8_decode(s + i, len - i, &cp);
        w += cp >= 0x300 && cp <= 0x36F ? k->mark_w : FAKE_CHAR_W;
    }
    return w;
}

static Layout *count_layout(const Doc *doc, Count *k, Hyphenator *hy)
{
    LayoutMeasure m = {k, count_width, fake_line_height};
    LayoutStyle st = {10, 10, FAKE_LINE_H, FAKE_LINE_H, 0, FAKE_INDENT};
    LayoutRect area = {FAKE_X, FAKE_Y, AREA_CHARS * FAKE_CHAR_W, 30 * FAKE_LINE_H};
    Layout *lay = layout_new(doc, area, &st, &m, hy);
    assert_non_null(lay);
    return lay;
}

/* Checks that the lines of a one-paragraph doc cover it in order, with only
 * spaces between them and none wider than the area; returns their number. */
static size_t check_cover(const Doc *doc, const Layout *lay)
{
    size_t pos = doc->blocks[0].start, end = pos + doc->blocks[0].len, n_lines = 0;
    for (size_t p = 0; p < layout_page_count(lay); p++) {
        size_t n;
        const LayoutLine *l = layout_page_lines(lay, p, &n);
        for (size_t j = 0; j < n; j++, n_lines++) {
            while (pos < l[j].start) assert_int_equal(doc->text[pos++], ' ');
            assert_int_equal(l[j].start, pos);
            assert_true(l[j].len > 0);
            assert_true(l[j].w <= AREA_CHARS * FAKE_CHAR_W);
            pos += l[j].len;
        }
    }
    assert_int_equal(pos, end);
    return n_lines;
}

/* One 'a' and 100,000 accents at 40 characters a line: the cluster is too
 * wide for any line, so it is cut by characters, 40 to a line, as a word
 * would be; before, each line after the first held a single accent. */
static void test_zalgo_lines(void **state)
{
    (void)state;
    size_t len;
    char *src = bench_zalgo_text(100000, &len);
    assert_non_null(src);
    Doc *doc = fake_doc_n(src, len);
    assert_int_equal(doc->blocks[0].len, 1 + 100000 * 2);
    Count k = {0, 0, FAKE_CHAR_W};
    Layout *lay = count_layout(doc, &k, NULL);
    /* Bounded work: a few calls per line, each on about a line of text. */
    if (k.calls > 32 * 2501 || k.bytes > 16 * len)
        fail_msg("%zu calls, %zu bytes measured for %zu bytes", k.calls, k.bytes, len);
    assert_int_equal(check_cover(doc, lay), 2501);
    size_t s = doc->blocks[0].start, n;
    const LayoutLine *l = layout_page_lines(lay, 0, &n);
    assert_int_equal(l[0].start, s);
    assert_int_equal(l[0].len, 1 + 39 * 2);
    assert_int_equal(l[0].w, 400);
    assert_int_equal(l[1].start, s + 79);
    assert_int_equal(l[1].len, 80);
    size_t last_page = layout_page_count(lay) - 1;
    l = layout_page_lines(lay, last_page, &n);
    assert_int_equal(l[n - 1].start, s + 79 + 2499 * 80);
    assert_int_equal(l[n - 1].len, 2);
    assert_int_equal(l[n - 1].w, FAKE_CHAR_W);
    layout_free(lay);
    doc_free(doc);
    free(src);
}

/* As a real font draws them, accents take no width: a line then holds as
 * much of the cluster as may be measured at once (LAYOUT_MEASURE_CAP). */
static void test_zalgo_zero_width_marks(void **state)
{
    (void)state;
    size_t len;
    char *src = bench_zalgo_text(2000, &len);
    assert_non_null(src);
    Doc *doc = fake_doc_n(src, len);
    Count k = {0, 0, 0};
    Layout *lay = count_layout(doc, &k, NULL);
    if (k.calls > 32 * 4 || k.bytes > 16 * len)
        fail_msg("%zu calls, %zu bytes measured for %zu bytes", k.calls, k.bytes, len);
    assert_int_equal(check_cover(doc, lay), 4);
    size_t n;
    const LayoutLine *l = layout_page_lines(lay, 0, &n);
    assert_int_equal(n, 4);
    assert_int_equal(l[0].len, 1023);
    assert_int_equal(l[0].w, FAKE_CHAR_W);
    assert_int_equal(l[1].len, 1024);
    assert_int_equal(l[2].len, 1024);
    assert_int_equal(l[3].len, 4001 - 3 * 1024 + 1);
    layout_free(lay);
    doc_free(doc);
    free(src);
}

/* A text of `n` copies of `piece` after a header, in a malloc'd buffer. */
static char *repeat_text(const char *piece, size_t n, size_t *len)
{
    size_t p = strlen(piece), h = strlen("title: T\n\n");
    char *src = malloc(h + n * p + 2);
    assert_non_null(src);
    memcpy(src, "title: T\n\n", h);
    for (size_t i = 0; i < n; i++) memcpy(src + h + i * p, piece, p);
    src[h + n * p] = '\n';
    *len = h + n * p + 1;
    return src;
}

/* 1 MB texts with no room to breathe: the work stays linear in their length. */
static void test_megabyte_texts_bounded_work(void **state)
{
    (void)state;
    static const struct {
        const char *piece;
        size_t n;
    } texts[] = {
        {"abcdefghijklmnopqrstuvwxyz", 40330}, /* one 1 MB word */
        {ZWJ_FAMILY, 41943},                    /* 1 MB of joined emoji, no space */
        {ZWJ_FAMILY " ", 40330},                /* and with spaces */
    };
    Hyphenator *hy = hyphenate_new(NULL);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t len;
        char *src = repeat_text(texts[i].piece, texts[i].n, &len);
        Doc *doc = fake_doc_n(src, len);
        Count k = {0, 0, FAKE_CHAR_W};
        Layout *lay = count_layout(doc, &k, hy);
        size_t lines = check_cover(doc, lay);
        assert_true(lines > len / (AREA_CHARS * 4 + 1));
        if (k.calls > 32 * lines || k.bytes > 16 * len)
            fail_msg("text %zu: %zu calls, %zu bytes measured for %zu lines of %zu bytes", i,
                     k.calls, k.bytes, lines, len);
        layout_free(lay);
        doc_free(doc);
        free(src);
    }
    hyphenate_free(hy);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zalgo_lines),
        cmocka_unit_test(test_zalgo_zero_width_marks),
        cmocka_unit_test(test_megabyte_texts_bounded_work),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
