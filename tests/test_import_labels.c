/* Tests for speaker labels: each label style, where a label counts, and the
 * display names the registry gives speakers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "import/labels.h"
#include "import/pipeline.h"

/* Imports `in` without repair and returns the output text. */
static char *conv(const char *in)
{
    ImportOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.input = "test.txt";
    opt.title = "Test";
    opt.no_repair = true;
    ImportReport rep;
    char err[256];
    char *out = import_pipeline_convert(in, strlen(in), &opt, &rep, err, sizeof err);
    if (!out) fail_msg("%s", err);
    return out;
}

static void expect_contains(const char *out, const char *want)
{
    if (!strstr(out, want)) fail_msg("missing \"%s\" in:\n%s", want, out);
}

static void expect_missing(const char *out, const char *bad)
{
    if (strstr(out, bad)) fail_msg("unexpected \"%s\" in:\n%s", bad, out);
}

static void match_recognises_each_style(void **state)
{
    (void)state;
    ImportLabel lab;
    assert_true(import_labels_match("EVA: Hej.", 9, &lab));
    assert_int_equal(lab.style, IMPORT_LABEL_COLON);
    assert_true(lab.strong);
    assert_int_equal(lab.name_len, 3);
    assert_int_equal(lab.text_start, 5);
    assert_true(import_labels_match("- ANNIKA: Ja.", 13, &lab));
    assert_int_equal(lab.name_start, 2);
    assert_true(import_labels_match("Lena Stenbrink", 14, &lab));
    assert_int_equal(lab.style, IMPORT_LABEL_ALONE);
    assert_false(lab.strong);
    assert_true(import_labels_match("PRESENTATÖR1: En podcast", 25, &lab));
    assert_true(import_labels_match("?: Mm.", 6, &lab));
    assert_false(import_labels_match("SKR:s hemsida", 13, &lab));
    assert_false(import_labels_match("det var: bra", 12, &lab));
}

static const char *mixed_styles =
    "EVA: Välkomna, Staffan Isling och Annika Wallenskog.\n\n"
    "STAFFAN: Tack.\n\n"
    "- ANNIKA: Tack själv.\n"
    "- EVA: Vad gör ni?\n\n"
    "**STAFFAN:** Vi jobbar.\n\n"
    "ANNIKA:\n\n"
    "Vi också.\n\n"
    "PRESENTATÖR1: En podcast.\n";

static void all_label_styles_become_turns(void **state)
{
    (void)state;
    char *out = conv(mixed_styles);
    expect_contains(out, "\nEva: Välkomna");
    expect_contains(out, "\nStaffan Isling: Tack.\n");
    expect_contains(out, "\nAnnika Wallenskog: Tack själv.\n");
    expect_contains(out, "\nStaffan Isling: Vi jobbar.\n");
    expect_contains(out, "\nAnnika Wallenskog: Vi också.\n");
    expect_contains(out, "\nPresentatör 1: En podcast.\n");
    expect_contains(out, "speakers: Eva, Staffan Isling, Annika Wallenskog, Presentatör 1\n");
    expect_missing(out, "*");
    expect_missing(out, "STAFFAN");
    free(out);
}

static const char *names_alone =
    "Lena Stenbrink\nHej och välkommen. Med mig är Carl Schultz.\n\n"
    "Carl Schultz\nTack så mycket.\n\n"
    "Lena \nVad gör du?\n\n"
    "Carl\nJag jobbar med digitalisering och \n"
    "Obs: det här är en radbrytning, ingen talare.\n\n"
    "Alla\nTack tack!\n";

static void name_alone_labels_and_one_speaker_per_person(void **state)
{
    (void)state;
    char *out = conv(names_alone);
    expect_contains(out, "speakers: Lena Stenbrink, Carl Schultz, Alla\n");
    expect_contains(out, "\nLena Stenbrink: Vad gör du?\n");
    expect_contains(out, "\nCarl Schultz: Jag jobbar med digitalisering och Obs: det här");
    expect_contains(out, "\nAlla: Tack tack!\n");
    expect_missing(out, "\nObs");
    free(out);
}

static void label_mid_sentence_is_text(void **state)
{
    (void)state;
    char *out = conv("EVA: Hej.\n\nANNA: Jag sa till Eva: kom hit.\n\nEVA: Ja.\n\nANNA: Bra.\n");
    expect_contains(out, "\nAnna: Jag sa till Eva: kom hit.\n");
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(match_recognises_each_style),
        cmocka_unit_test(all_label_styles_become_turns),
        cmocka_unit_test(name_alone_labels_and_one_speaker_per_person),
        cmocka_unit_test(label_mid_sentence_is_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
