/* Tests for doc: the text format's rules, plain files, and files that are
 * broken in every way a kiosk's data folder might see. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/doc.h"

static Doc *parse(const char *text)
{
    Doc *d = doc_parse("test.txt", text, strlen(text));
    assert_non_null(d);
    return d;
}

static void assert_block(const Doc *d, size_t i, DocBlockKind kind, int speaker, const char *text)
{
    assert_true(i < d->n_blocks);
    assert_int_equal(d->blocks[i].kind, kind);
    assert_int_equal(d->blocks[i].speaker, speaker);
    assert_string_equal(d->text + d->blocks[i].start, text);
}

static int has_problem(const Doc *d, const char *part)
{
    for (size_t i = 0; i < d->n_problems; i++)
        if (strstr(d->problems[i].message, part)) return 1;
    return 0;
}

/* `hyphenation:` lines (README): words with "|" at their good points, the
 * key repeated or empty; a malformed word is a problem and is dropped. */
static void hyphenation_lines(void **state)
{
    (void)state;
    Doc *d = parse("title: T\nhyphenation: samverkans|uppdrag digi|ta|li|sering\n"
                   "hyphenation: näravårdpodden sa|mverkan 1|2|3 ab||cdef\nhyphenation:\n\nText.\n");
    assert_true(d->hyphenation_settled);
    assert_int_equal(d->n_hyphenation, 3);
    assert_string_equal(d->hyphenation[0], "samverkans|uppdrag");
    assert_string_equal(d->hyphenation[1], "digi|ta|li|sering");
    assert_string_equal(d->hyphenation[2], "näravårdpodden");
    assert_true(has_problem(d, "\"sa|mverkan\" is not letters"));
    assert_true(has_problem(d, "\"1|2|3\" is not letters"));
    assert_true(has_problem(d, "\"ab||cdef\" is not letters"));
    assert_int_equal(d->n_problems, 3);
    doc_free(d);
    d = parse("title: T\n\nText.\n");
    assert_false(d->hyphenation_settled);
    assert_int_equal(d->n_hyphenation, 0);
    doc_free(d);
}

static void header_fields_and_speakers(void **state)
{
    (void)state;
    Doc *d = parse("title: Digitala stöd\nsubtitle: Ett samtal\nseries: Podden\nepisode: 6\n"
                   "date: 2021-05-01\nkind: podcast\nsource: raw.txt\n"
                   "speakers: Eva Sahlén, Anna Borgius ,Lena\n\nEva Sahlén: Hej.\n");
    assert_string_equal(d->title, "Digitala stöd");
    assert_string_equal(d->subtitle, "Ett samtal");
    assert_string_equal(d->series, "Podden");
    assert_string_equal(d->episode, "6");
    assert_string_equal(d->date, "2021-05-01");
    assert_string_equal(d->kind, "podcast");
    assert_string_equal(d->source, "raw.txt");
    assert_int_equal(d->n_speakers, 3);
    assert_string_equal(d->speakers[1], "Anna Borgius");
    assert_string_equal(d->speakers[2], "Lena");
    assert_int_equal(d->n_problems, 0);
    assert_false(d->broken);
    assert_block(d, 0, DOC_TURN, 0, "Hej.");
    doc_free(d);
}

static void turns_continuations_and_other_colons(void **state)
{
    (void)state;
    Doc *d = parse("title: T\nspeakers: Eva, Anna\n\n"
                   "Eva: Vem är du?\n\n"
                   "Anna: Jag är   chef.\n"
                   "Och jag har ett ansvar.\n"
                   "Obs: det här är ingen talare.\n"
                   "Eva:\n"
                   "Tack.\n");
    assert_int_equal(d->n_blocks, 5);
    assert_block(d, 0, DOC_TURN, 0, "Vem är du?");
    assert_block(d, 1, DOC_TURN, 1, "Jag är chef.");
    assert_block(d, 2, DOC_PARAGRAPH, 1, "Och jag har ett ansvar.");
    assert_block(d, 3, DOC_PARAGRAPH, 1, "Obs: det här är ingen talare.");
    assert_block(d, 4, DOC_TURN, 0, "Tack.");
    assert_int_equal(d->blocks[4].line, 10);
    assert_int_equal(d->blocks[1].line, 6);
    doc_free(d);
}

static void headings_lists_and_notes(void **state)
{
    (void)state;
    Doc *d = parse("title: Rapport\nkind: report\nspeakers: Eva\n\n# 1. Inledning\n"
                   "Eva: Hej.\n[skratt]\n## 1.1 Bakgrund\nText.\n- en punkt\n"
                   "[ofullständig\n[a] och [b]\n#inte rubrik\n");
    assert_block(d, 0, DOC_HEADING, -1, "1. Inledning");
    assert_int_equal(d->blocks[0].level, 1);
    assert_block(d, 1, DOC_TURN, 0, "Hej.");
    assert_block(d, 2, DOC_NOTE, 0, "skratt");
    assert_block(d, 3, DOC_HEADING, -1, "1.1 Bakgrund");
    assert_int_equal(d->blocks[3].level, 2);
    assert_block(d, 4, DOC_PARAGRAPH, -1, "Text."); /* a heading ends the turn */
    assert_block(d, 5, DOC_LIST_ITEM, -1, "en punkt");
    assert_block(d, 6, DOC_PARAGRAPH, -1, "[ofullständig");
    assert_block(d, 7, DOC_PARAGRAPH, -1, "[a] och [b]");
    assert_block(d, 8, DOC_PARAGRAPH, -1, "#inte rubrik");
    doc_free(d);
}

static void plain_text_takes_title_from_first_line(void **state)
{
    (void)state;
    Doc *d = parse("\n\nEn vanlig text\nFörsta stycket.\n\nAndra stycket.\n");
    assert_string_equal(d->title, "En vanlig text");
    assert_int_equal(d->n_blocks, 2);
    assert_block(d, 0, DOC_PARAGRAPH, -1, "Första stycket.");
    assert_int_equal(d->blocks[0].line, 4);
    assert_int_equal(d->n_words, 4);
    assert_int_equal(d->n_problems, 0);
    doc_free(d);
}

static void plain_text_with_long_first_line_is_named_by_file(void **state)
{
    (void)state;
    char text[400];
    memset(text, 'a', 300);
    strcpy(text + 300, " slut\n");
    Doc *d = doc_parse("data/min-text.txt", text, strlen(text));
    assert_string_equal(d->title, "min-text");
    assert_int_equal(d->n_blocks, 1);
    doc_free(d);
}

static void header_problems_are_reported_with_lines(void **state)
{
    (void)state;
    Doc *d = parse("subtitle: S\ncolour: blue\nkind: video\nno colon here\n\nText.\n");
    assert_false(d->broken);
    assert_string_equal(d->title, "test");
    assert_true(has_problem(d, "no title"));
    assert_true(has_problem(d, "unknown header key \"colour\""));
    assert_true(has_problem(d, "kind should be"));
    char buf[200];
    assert_string_equal(doc_problem_format(d, 0, buf, sizeof buf),
                        "test.txt:2: unknown header key \"colour\"; ignored");
    doc_free(d);
}

/* `language:` takes sv or en; anything else is a problem and Swedish. */
static void language_header(void **state)
{
    (void)state;
    Doc *d = parse("title: T\nlanguage: en\n\nText.\n");
    assert_string_equal(d->language, "en");
    assert_int_equal(d->n_problems, 0);
    doc_free(d);
    d = parse("title: T\nlanguage: English\n\nText.\n");
    assert_null(d->language);
    assert_true(has_problem(d, "language should be \"sv\" or \"en\""));
    assert_false(d->broken);
    doc_free(d);
    d = parse("title: T\n\nText.\n");
    assert_null(d->language);
    doc_free(d);
}

static void empty_whitespace_and_header_only_are_broken(void **state)
{
    (void)state;
    const char *cases[] = {"", "   \n\t\n  \n", "title: Bara rubrik\nspeakers: A\n",
                           "title: T\n\n\n\n"};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Doc *d = parse(cases[i]);
        assert_true(d->broken);
        assert_true(d->n_problems >= 1);
        assert_non_null(d->title);
        doc_free(d);
    }
}

static void bad_bytes_are_repaired_and_reported(void **state)
{
    (void)state;
    const char text[] = "title: T\n\nbra\r\nr\xE4ksm\xF6rg\xE5s\0x\r";
    Doc *d = doc_parse("t.txt", text, sizeof text - 1);
    assert_false(d->broken);
    assert_block(d, 0, DOC_PARAGRAPH, -1, "bra");
    assert_block(d, 1, DOC_PARAGRAPH, -1, "r\xEF\xBF\xBDksm\xEF\xBF\xBDrg\xEF\xBF\xBDs\xEF\xBF\xBDx");
    assert_int_equal(d->problems[0].line, 4);
    assert_true(has_problem(d, "invalid UTF-8 replaced by U+FFFD in 4 places"));
    doc_free(d);
}

static void binary_garbage_is_broken_not_crashing(void **state)
{
    (void)state;
    unsigned char bin[4096];
    unsigned x = 12345;
    for (size_t i = 0; i < sizeof bin; i++) {
        x = x * 1103515245u + 12345u;
        bin[i] = (unsigned char)(x >> 16);
    }
    Doc *d = doc_parse("bin.dat", (const char *)bin, sizeof bin);
    assert_true(d->broken);
    assert_true(has_problem(d, "does not look like a text file"));
    doc_free(d);
}

static void size_cap_is_enforced(void **state)
{
    (void)state;
    Doc *d = doc_parse("big.txt", "x", DOC_MAX_BYTES + 1u); /* length is checked before reading */
    assert_true(d->broken);
    assert_true(has_problem(d, "larger than 8 MiB"));
    doc_free(d);
}

static void many_speakers_and_long_lines_load(void **state)
{
    (void)state;
    size_t cap = 10000 * 16 + 2000000;
    char *t = malloc(cap);
    size_t o = (size_t)sprintf(t, "title: Många\nspeakers: ");
    for (int i = 0; i < 10000; i++) o += (size_t)sprintf(t + o, "%sTalare %d", i ? ", " : "", i);
    o += (size_t)sprintf(t + o, "\n\nTalare 9999: ");
    memset(t + o, 'a', 1000000);
    o += 1000000;
    o += (size_t)sprintf(t + o, "\nTalare 5: kort\nTalare 10000: ingen\n");
    Doc *d = doc_parse("many.txt", t, o);
    assert_int_equal(d->n_speakers, 10000);
    assert_int_equal(d->blocks[0].speaker, 9999);
    assert_int_equal(d->blocks[0].len, 1000000);
    assert_int_equal(d->blocks[1].speaker, 5);
    assert_int_equal(d->blocks[2].kind, DOC_PARAGRAPH);
    doc_free(d);
    free(t);
}

static void duplicate_speaker_maps_to_first(void **state)
{
    (void)state;
    Doc *d = parse("title: T\nspeakers: Eva, Eva, Bo\n\nEva: a\nBo: b\n");
    assert_int_equal(d->blocks[0].speaker, 0);
    assert_int_equal(d->blocks[1].speaker, 2);
    doc_free(d);
}

static void load_reports_missing_and_non_regular_files(void **state)
{
    (void)state;
    Doc *d = doc_load("/nonexistent/storstil/x.txt");
    assert_true(d->broken);
    assert_true(has_problem(d, "cannot open the file"));
    assert_string_equal(d->title, "x");
    doc_free(d);
    d = doc_load("/tmp");
    assert_true(d->broken);
    assert_true(has_problem(d, "not a regular file"));
    doc_free(d);
}

static void load_refuses_a_named_pipe_without_waiting(void **state)
{
    (void)state;
    char dir[] = "/tmp/storstil-fifo-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[64];
    snprintf(path, sizeof path, "%s/pipe.txt", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    Doc *d = doc_load(path); /* a blocking open would wait here for a writer */
    assert_true(d->broken);
    assert_true(has_problem(d, "not a regular file"));
    doc_free(d);
    unlink(path);
    rmdir(dir);
}

static void load_reads_a_real_file(void **state)
{
    (void)state;
    char path[] = "/tmp/storstil-doc-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char text[] = "\xEF\xBB\xBFtitle: Fil\r\n\r\nRad ett.\r\nRad två.\r\n";
    assert_int_equal(write(fd, text, sizeof text - 1), (ssize_t)(sizeof text - 1));
    close(fd);
    Doc *d = doc_load(path);
    assert_string_equal(d->title, "Fil");
    assert_int_equal(d->n_blocks, 2);
    assert_block(d, 1, DOC_PARAGRAPH, -1, "Rad två.");
    assert_int_equal(d->n_problems, 0);
    doc_free(d);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(header_fields_and_speakers),
        cmocka_unit_test(hyphenation_lines),
        cmocka_unit_test(turns_continuations_and_other_colons),
        cmocka_unit_test(headings_lists_and_notes),
        cmocka_unit_test(plain_text_takes_title_from_first_line),
        cmocka_unit_test(plain_text_with_long_first_line_is_named_by_file),
        cmocka_unit_test(header_problems_are_reported_with_lines),
        cmocka_unit_test(empty_whitespace_and_header_only_are_broken),
        cmocka_unit_test(bad_bytes_are_repaired_and_reported),
        cmocka_unit_test(binary_garbage_is_broken_not_crashing),
        cmocka_unit_test(size_cap_is_enforced),
        cmocka_unit_test(many_speakers_and_long_lines_load),
        cmocka_unit_test(duplicate_speaker_maps_to_first),
        cmocka_unit_test(load_reports_missing_and_non_regular_files),
        cmocka_unit_test(load_refuses_a_named_pipe_without_waiting),
        cmocka_unit_test(load_reads_a_real_file),
        cmocka_unit_test(language_header),
    };
    return cmocka_run_group_tests_name("doc", tests, NULL, NULL);
}
