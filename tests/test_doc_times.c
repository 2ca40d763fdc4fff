/* Tests for a timed text's stamps (README, "The text format"): where they may
 * stand, that they leave the text, what a broken or backward one does, that
 * untimed texts keep their braces, and the look-ups playback uses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/doc.h"

static Doc *parse(const char *text)
{
    Doc *d = doc_parse("test.txt", text, strlen(text));
    assert_non_null(d);
    return d;
}

static const char *block(const Doc *d, size_t i)
{
    assert_true(i < d->n_blocks);
    return d->text + d->blocks[i].start;
}

static int has_problem(const Doc *d, const char *part)
{
    for (size_t i = 0; i < d->n_problems; i++)
        if (strstr(d->problems[i].message, part)) return 1;
    return 0;
}

/* Byte offset in d->text of the first `word` at or after `from` (blocks
 * end in NULs: each is searched on its own). */
static size_t offset_of(const Doc *d, size_t from, const char *word)
{
    for (size_t i = 0; i < d->n_blocks; i++) {
        size_t start = d->blocks[i].start, end = start + d->blocks[i].len;
        if (end < from) continue;
        const char *hit = strstr(d->text + (from > start ? from : start), word);
        if (hit) return (size_t)(hit - d->text);
    }
    fail_msg("\"%s\" not in the text", word);
    return 0;
}

static void assert_time(const Doc *d, size_t i, size_t at, long ms)
{
    assert_true(i < d->n_times);
    assert_int_equal(d->times[i].at, at);
    assert_int_equal(d->times[i].ms, ms);
}

#define HEAD "title: T\nspeakers: Eva Sahlén, Anna\ntimed: yes\n\n"

/* The spec's example line: a stamp before the name and one before a later
 * cue's first word; both leave the text with the space after them. */
static void stamps_at_line_start_and_mid_line(void **state)
{
    (void)state;
    Doc *d = parse(HEAD "{0:00:04.200} Eva Sahlén: Hej och välkomna. {0:00:06.950} Idag pratar vi om larm.\n"
                        "{0:01:00.000} Anna: Tack.\n");
    assert_true(d->timed);
    assert_int_equal(d->n_problems, 0);
    assert_int_equal(d->n_blocks, 2);
    assert_int_equal(d->blocks[0].kind, DOC_TURN);
    assert_int_equal(d->blocks[0].speaker, 0);
    assert_string_equal(block(d, 0), "Hej och välkomna. Idag pratar vi om larm.");
    assert_string_equal(block(d, 1), "Tack.");
    assert_int_equal(d->n_times, 3);
    assert_time(d, 0, d->blocks[0].start, 4200);
    assert_time(d, 1, offset_of(d, 0, "Idag"), 6950);
    assert_time(d, 2, d->blocks[1].start, 60000);
    assert_int_equal(d->n_words, 9);
    doc_free(d);
}

/* A stamp after the name, before a list item's dash or inside it, before a
 * heading and a note; a stamp alone on a line or after a bare "Name:" times
 * the block that follows; a block with none has no time of its own. */
static void stamps_before_marks_and_alone(void **state)
{
    (void)state;
    Doc *d = parse(HEAD "{0:00:01.000} # Rubrik\n"
                        "Eva Sahlén: {0:00:02.000} Först.\n"
                        "{0:00:03.000} - en punkt\n"
                        "- {0:00:04.000} två {0:00:04.500} punkter\n"
                        "{0:00:05.000} [skratt]\n"
                        "Utan tid.\n"
                        "{0:00:06.000}\n"
                        "Anna:\n"
                        "{0:00:07.000} Efter namnet.\n");
    assert_int_equal(d->n_problems, 0);
    assert_int_equal(d->n_blocks, 7);
    assert_int_equal(d->blocks[0].kind, DOC_HEADING);
    assert_string_equal(block(d, 0), "Rubrik");
    assert_int_equal(d->blocks[1].kind, DOC_TURN);
    assert_string_equal(block(d, 1), "Först.");
    assert_int_equal(d->blocks[2].kind, DOC_LIST_ITEM);
    assert_string_equal(block(d, 2), "en punkt");
    assert_int_equal(d->blocks[3].kind, DOC_LIST_ITEM);
    assert_string_equal(block(d, 3), "två punkter");
    assert_int_equal(d->blocks[4].kind, DOC_NOTE);
    assert_string_equal(block(d, 4), "skratt");
    assert_int_equal(d->blocks[5].kind, DOC_PARAGRAPH);
    assert_string_equal(block(d, 5), "Utan tid.");
    assert_int_equal(d->blocks[6].kind, DOC_TURN);
    assert_int_equal(d->blocks[6].speaker, 1);
    assert_string_equal(block(d, 6), "Efter namnet.");
    assert_int_equal(d->n_times, 7);
    assert_time(d, 0, d->blocks[0].start, 1000);
    assert_time(d, 1, d->blocks[1].start, 2000);
    assert_time(d, 2, d->blocks[2].start, 3000);
    assert_time(d, 3, d->blocks[3].start, 4000);
    assert_time(d, 4, offset_of(d, d->blocks[3].start, "punkter"), 4500);
    assert_time(d, 5, d->blocks[4].start, 5000);
    /* {0:00:06.000} and {0:00:07.000} both stand before "Efter": the later counts. */
    assert_time(d, 6, d->blocks[6].start, 7000);
    /* "Utan tid." has none of its own: it lies in the note's part. */
    assert_int_equal(doc_time_ms_at(d, d->blocks[5].start), 5000);
    doc_free(d);
}

/* A stamp at the end of a line times the next block; one that is a line's
 * only content beside a note's brackets leaves no empty block. */
static void trailing_stamp_times_what_follows(void **state)
{
    (void)state;
    Doc *d = parse(HEAD "Ett. {0:00:02.000}\n[{0:00:03.000}]\nTvå.\n");
    assert_int_equal(d->n_blocks, 2);
    assert_string_equal(block(d, 0), "Ett.");
    assert_int_equal(d->blocks[0].len, 4);
    assert_string_equal(block(d, 1), "Två.");
    assert_int_equal(d->n_times, 1);
    assert_time(d, 0, d->blocks[1].start, 3000);
    doc_free(d);
}

/* Broken stamps are reported with their line and left out of the text;
 * braces that are no stamp's shape stay text; a time earlier than the one
 * before is reported and dropped, the text kept. */
static void broken_and_backward_stamps(void **state)
{
    (void)state;
    Doc *d = parse(HEAD "{1:2:3} Ett.\n"
                        "Två {0:61:00.000} tre {0:00:10.00} fyra {00:10.000} fem.\n"
                        "{0:00:20.000} Sex {skratt} {} {1.5} sju.\n"
                        "{0:00:10.000} Åtta.\n"
                        "Nio {0:00:30.000} tio {0:00:25.500} elva.\n");
    assert_string_equal(block(d, 0), "Ett.");
    assert_string_equal(block(d, 1), "Två tre fyra fem.");
    assert_string_equal(block(d, 2), "Sex {skratt} {} {1.5} sju.");
    assert_string_equal(block(d, 3), "Åtta.");
    assert_string_equal(block(d, 4), "Nio tio elva.");
    assert_int_equal(d->n_problems, 6);
    assert_true(has_problem(d, "time stamp \"{1:2:3}\" is not {H:MM:SS.mmm}"));
    assert_int_equal(d->problems[0].line, 5);
    assert_true(has_problem(d, "\"{0:61:00.000}\" is not"));
    assert_true(has_problem(d, "\"{0:00:10.00}\" is not"));
    assert_true(has_problem(d, "\"{00:10.000}\" is not"));
    assert_true(has_problem(d, "time {0:00:10.000} is earlier than the one before it, {0:00:20.000}; dropped"));
    assert_int_equal(d->problems[4].line, 8);
    assert_true(has_problem(d, "time {0:00:25.500} is earlier than the one before it, {0:00:30.000}"));
    assert_int_equal(d->n_times, 2);
    assert_time(d, 0, d->blocks[2].start, 20000);
    assert_time(d, 1, offset_of(d, d->blocks[4].start, "tio"), 30000);
    doc_free(d);
}

/* Without `timed: yes` braces are text: the bytes stay as they were. */
static void untimed_texts_keep_braces(void **state)
{
    (void)state;
    const char *texts[] = {
        "title: T\n\n{0:00:04.200} Hej {0:00:05.000} du.\n",
        "title: T\ntimed: no\n\n{0:00:04.200} Hej {0:00:05.000} du.\n",
        "Rubrik\n{0:00:04.200} Hej {0:00:05.000} du.\n",
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        Doc *d = parse(texts[k]);
        assert_false(d->timed);
        assert_int_equal(d->n_times, 0);
        assert_null(d->times);
        assert_int_equal(d->n_problems, 0);
        assert_string_equal(block(d, 0), "{0:00:04.200} Hej {0:00:05.000} du.");
        assert_int_equal(doc_time_ms_at(d, 0), -1);
        assert_int_equal(doc_time_index_at(d, 5), -1);
        assert_int_equal(doc_time_index_for_ms(d, 5000), -1);
        doc_free(d);
    }
    Doc *d = parse("title: T\ntimed: ja\n\n{0:00:04.200} Hej.\n");
    assert_false(d->timed);
    assert_true(has_problem(d, "timed should be \"yes\" or \"no\"; read as no"));
    assert_string_equal(block(d, 0), "{0:00:04.200} Hej.");
    doc_free(d);
}

/* Byte offsets count bytes: multibyte letters before and after each stamp. */
static void offsets_are_bytes_around_multibyte_text(void **state)
{
    (void)state;
    Doc *d = parse(HEAD "{0:00:01.000} Ändå är det så. {0:00:02.500} Östra – ”åäö” {0:00:03.000} €uro.\n"
                        "{10:00:00.001} Ödla.\n");
    assert_int_equal(d->n_problems, 0);
    const char *b0 = "Ändå är det så. Östra – ”åäö” €uro.";
    assert_string_equal(block(d, 0), b0);
    size_t s0 = d->blocks[0].start;
    assert_int_equal(d->n_times, 4);
    assert_time(d, 0, s0, 1000);
    assert_time(d, 1, s0 + (size_t)(strstr(b0, "Östra") - b0), 2500);
    assert_time(d, 2, s0 + (size_t)(strstr(b0, "€uro") - b0), 3000);
    assert_time(d, 3, d->blocks[1].start, 36000001);
    assert_int_equal(strncmp(d->text + d->times[1].at, "Östra", strlen("Östra")), 0);
    assert_int_equal(strncmp(d->text + d->times[2].at, "€uro", strlen("€uro")), 0);
    doc_free(d);
}

/* The look-ups: by byte, the last part starting at or before it; by ms, the
 * last part starting at or before that moment. */
static void lookups_by_byte_and_by_ms(void **state)
{
    (void)state;
    Doc *d = parse(HEAD "Förord utan tid.\n{0:00:01.000} Ett två. {0:00:03.000} Tre.\n"
                        "{0:00:03.000} Fyra.\n");
    assert_int_equal(d->n_times, 3);
    size_t tre = offset_of(d, 0, "Tre");
    assert_int_equal(doc_time_index_at(d, 0), -1);
    assert_int_equal(doc_time_ms_at(d, 0), -1);
    assert_int_equal(doc_time_index_at(d, d->blocks[1].start), 0);
    assert_int_equal(doc_time_ms_at(d, tre - 1), 1000);
    assert_int_equal(doc_time_ms_at(d, tre), 3000);
    assert_int_equal(doc_time_index_at(d, d->blocks[2].start + 2), 2);
    assert_int_equal(doc_time_index_at(d, d->text_len + 100), 2);
    assert_int_equal(doc_time_index_for_ms(d, 0), -1);
    assert_int_equal(doc_time_index_for_ms(d, 999), -1);
    assert_int_equal(doc_time_index_for_ms(d, 1000), 0);
    assert_int_equal(doc_time_index_for_ms(d, 2999), 0);
    assert_int_equal(doc_time_index_for_ms(d, 3000), 2); /* two parts at 3 s: the later */
    assert_int_equal(doc_time_index_for_ms(d, 1000000), 2);
    doc_free(d);
}

/* The stamp's syntax both ways. */
static void stamp_format_and_parse(void **state)
{
    (void)state;
    char buf[DOC_TIME_STAMP_MAX];
    assert_string_equal(doc_time_format(0, buf, sizeof buf), "{0:00:00.000}");
    assert_string_equal(doc_time_format(83450, buf, sizeof buf), "{0:01:23.450}");
    assert_string_equal(doc_time_format(36000001, buf, sizeof buf), "{10:00:00.001}");
    assert_string_equal(doc_time_format(2147483647L, buf, sizeof buf), "{596:31:23.647}");
    assert_int_equal(doc_time_parse(buf, strlen(buf)), 2147483647L);
    const char *good = "{0:01:23.450} x";
    assert_int_equal(doc_time_stamp_len(good, strlen(good)), 13);
    assert_int_equal(doc_time_parse(good, 13), 83450);
    const char *bad[] = {"{1:2:3}", "{0:61:00.000}", "{0:00:60.000}", "{:00:00.000}", "{0:00:00.0000}",
                         "{0:00:00:000}", "{0.00:00.000}", "{99999999999:00:00.000}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(doc_time_stamp_len(bad[i], strlen(bad[i])), strlen(bad[i]));
        assert_int_equal(doc_time_parse(bad[i], strlen(bad[i])), -1);
    }
    const char *text[] = {"{skratt}", "{}", "{1.5}", "{12}", "{0:00:01.000", "x{0:00:01.000}"};
    for (size_t i = 0; i < sizeof text / sizeof *text; i++)
        assert_int_equal(doc_time_stamp_len(text[i], strlen(text[i])), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stamps_at_line_start_and_mid_line),
        cmocka_unit_test(stamps_before_marks_and_alone),
        cmocka_unit_test(trailing_stamp_times_what_follows),
        cmocka_unit_test(broken_and_backward_stamps),
        cmocka_unit_test(untimed_texts_keep_braces),
        cmocka_unit_test(offsets_are_bytes_around_multibyte_text),
        cmocka_unit_test(lookups_by_byte_and_by_ms),
        cmocka_unit_test(stamp_format_and_parse),
    };
    return cmocka_run_group_tests_name("doc_times", tests, NULL, NULL);
}
