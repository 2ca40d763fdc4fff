/* Tests for the cleaning rules that work on texts the importer has never
 * seen, as classes rather than cases: a word cut by a stray space, a
 * hyphen that only the line break put there, and the ones that must stay. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "import/pipeline.h"

static char *conv(const char *in, ImportReport *rep)
{
    ImportOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.input = "test.txt";
    opt.title = "Test";
    opt.no_repair = true;
    char err[256];
    char *out = import_pipeline_convert(in, strlen(in), &opt, rep, err, sizeof err);
    if (!out) fail_msg("%s", err);
    return out;
}

static void expect_contains(const char *out, const char *want)
{
    if (!strstr(out, want)) fail_msg("missing \"%s\" in:\n%s", want, out);
}

static void words_cut_by_a_space_are_joined(void **state)
{
    (void)state;
    ImportReport rep;
    char *out = conv("Kommunen har en plan. Hela kommunen deltar.\n\n"
                     "Diagram 1. Intresset inom komm unen.\n\n"
                     "Vi talar om en bil stol och om en bil.\n\n"
                     "Till sist kommunen igen.\n",
                     &rep);
    expect_contains(out, "Intresset inom kommunen.");
    /* "bil" occurs elsewhere, and "bilstol" nowhere: left alone. */
    expect_contains(out, "en bil stol och");
    assert_int_equal(rep.words_joined, 1);
    free(out);
}

static void a_line_break_hyphen_goes(void **state)
{
    (void)state;
    ImportReport rep;
    char *out = conv("Hon beskriver just att hem-\nmonitoreringen har hj\xC3\xA4lpt henne mycket i vardagen, och att\n"
                     "det fungerar. Slutet av 1800-\ntalet var annorlunda, sa hon till IT-\navdelningen och hela "
                     "N\xC3\xA4ra v\xC3\xA5rd-\nr\xC3\xB6relsen i kommunen, som har e-\npost.\n\n"
                     "En text om e-post och om tv\xC3\xA5 saker som \xC3\xA4r viktiga f\xC3\xB6r alla.\n",
                     &rep);
    expect_contains(out, "just att hemmonitoreringen har");
    expect_contains(out, "1800-talet");
    expect_contains(out, "IT-avdelningen");
    expect_contains(out, "N\xC3\xA4ra v\xC3\xA5rd-r\xC3\xB6relsen");
    expect_contains(out, "som har e-post.");
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words_cut_by_a_space_are_joined),
        cmocka_unit_test(a_line_break_hyphen_goes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
