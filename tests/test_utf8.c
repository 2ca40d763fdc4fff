/* Tests for utf8: decoding edge cases, maximal-subpart replacement, and the
 * repairs of utf8_sanitize (BOM, CRLF, CR, NUL). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/utf8.h"

/* Sanitizes `in` and checks the exact output and replacement count. */
static void expect_clean(const char *in, size_t len, const char *want, size_t want_bad)
{
    size_t out_len = 0, bad = 99;
    char *out = utf8_sanitize(in, len, &out_len, &bad, NULL);
    assert_non_null(out);
    assert_int_equal(out_len, strlen(want));
    assert_memory_equal(out, want, out_len);
    assert_int_equal(bad, want_bad);
    free(out);
}

#define R "\xEF\xBF\xBD"

static void valid_sequences_pass_unchanged(void **state)
{
    (void)state;
    expect_clean("hälsa", 6, "hälsa", 0);
    expect_clean("\xE2\x82\xAC", 3, "\xE2\x82\xAC", 0);         /* € */
    expect_clean("\xF0\x9F\x98\x80", 4, "\xF0\x9F\x98\x80", 0); /* emoji */
    expect_clean("\xF4\x8F\xBF\xBF", 4, "\xF4\x8F\xBF\xBF", 0); /* U+10FFFF */
    expect_clean(R, 3, R, 0); /* a real U+FFFD is text, not damage */
}

static void overlong_forms_are_invalid(void **state)
{
    (void)state;
    expect_clean("a\xC0\xAF" "b", 4, "a" R R "b", 2);     /* C0 is never valid */
    expect_clean("\xE0\x80\xAF", 3, R R R, 3);            /* E0 80: first byte alone */
    expect_clean("\xF0\x80\x80\xAF", 4, R R R R, 4);
}

static void surrogates_are_invalid(void **state)
{
    (void)state;
    expect_clean("\xED\xA0\x80", 3, R R R, 3);
    expect_clean("\xED\xBF\xBF" "x", 4, R R R "x", 3);
}

static void truncated_sequences_are_one_maximal_subpart(void **state)
{
    (void)state;
    expect_clean("ok\xE2\x82", 4, "ok" R, 1);
    expect_clean("\xF0\x9F\x98", 3, R, 1);
    expect_clean("\xF0\x9F\x98" "a", 4, R "a", 1);
    expect_clean("\xC3", 1, R, 1);
    expect_clean("\x80\x80", 2, R R, 2); /* stray continuations: one each */
    expect_clean("\xF5\x80", 2, R R, 2);
    expect_clean("\xF4\x90\x80\x80", 4, R R R R, 4); /* above U+10FFFF */
}

static void bom_dropped_and_line_ends_unified(void **state)
{
    (void)state;
    expect_clean("\xEF\xBB\xBF" "a\r\nb\rc\n", 10, "a\nb\nc\n", 0);
    expect_clean("a\r\r\nb", 5, "a\n\nb", 0);
    expect_clean("x\xEF\xBB\xBF", 4, "x\xEF\xBB\xBF", 0); /* only a leading BOM goes */
}

static void nul_becomes_replacement(void **state)
{
    (void)state;
    expect_clean("a\0b", 3, "a" R "b", 1);
}

static void first_bad_line_is_reported(void **state)
{
    (void)state;
    size_t n, bad;
    int line = -1;
    char *out = utf8_sanitize("one\ntwo\r\nth\xFFree", 15, &n, &bad, &line);
    assert_non_null(out);
    assert_int_equal(line, 3);
    assert_int_equal(bad, 1);
    free(out);
}

static void decode_reports_lengths(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(utf8_decode("\xC3\xA5", 2, &cp), 2);
    assert_int_equal(cp, 0xE5);
    assert_int_equal(utf8_decode("\xE2\x82", 2, &cp), 2);
    assert_int_equal(cp, UTF8_REPLACEMENT);
    char buf[4];
    assert_int_equal(utf8_encode(0x1F600, buf), 4);
    assert_memory_equal(buf, "\xF0\x9F\x98\x80", 4);
}

static void case_mapping_covers_swedish(void **state)
{
    (void)state;
    assert_int_equal(utf8_lower(0xC5), 0xE5); /* Å */
    assert_int_equal(utf8_lower(0xD6), 0xF6); /* Ö */
    assert_int_equal(utf8_upper(0xE4), 0xC4); /* ä */
    assert_int_equal(utf8_lower('Q'), 'q');
    assert_int_equal(utf8_lower(0x141), 0x142); /* Ł */
    assert_int_equal(utf8_upper(0x142), 0x141);
    assert_int_equal(utf8_lower(0x178), 0xFF); /* Ÿ, whose pair is in Latin-1 */
    assert_int_equal(utf8_upper(0xFF), 0x178);
    assert_int_equal(utf8_lower(0xDF), 0xDF); /* ß has no single capital here */
}

/* utf8.h promises that each mapping undoes the other wherever it changes
 * anything, over every letter utf8_is_letter knows. */
static void case_mappings_undo_each_other(void **state)
{
    (void)state;
    for (uint32_t cp = 0; cp <= 0x24F; cp++) {
        uint32_t lo = utf8_lower(cp), up = utf8_upper(cp);
        if (lo != cp && utf8_upper(lo) != cp)
            fail_msg("utf8_upper(utf8_lower(U+%04X)) is U+%04X", cp, utf8_upper(lo));
        if (up != cp && utf8_lower(up) != cp)
            fail_msg("utf8_lower(utf8_upper(U+%04X)) is U+%04X", cp, utf8_lower(up));
        if (lo != cp && up != cp) fail_msg("U+%04X is both upper and lower case", cp);
    }
    assert_true(utf8_is_letter(0xE9));
    assert_false(utf8_is_letter('3'));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(valid_sequences_pass_unchanged),
        cmocka_unit_test(overlong_forms_are_invalid),
        cmocka_unit_test(surrogates_are_invalid),
        cmocka_unit_test(truncated_sequences_are_one_maximal_subpart),
        cmocka_unit_test(bom_dropped_and_line_ends_unified),
        cmocka_unit_test(nul_becomes_replacement),
        cmocka_unit_test(first_bad_line_is_reported),
        cmocka_unit_test(decode_reports_lengths),
        cmocka_unit_test(case_mapping_covers_swedish),
        cmocka_unit_test(case_mappings_undo_each_other),
    };
    return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
