/* Tests for the cleaning rules that work on texts the importer has never
 * seen, as classes rather than cases: a word cut by a stray space, a
 * hyphen that only the line break put there (and the ones that must stay),
 * a chart's values away from their caption, a capital the ligature repair
 * would put mid-sentence, the words it cannot be sure of, and a word in
 * capitals that only looks like a speaker's label. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "import/charts.h"
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
                     "I figuren syns intresset inom komm unen.\n\n"
                     "Vi talar om en bil stol och om en bil.\n\n"
                     "Till sist kommunen igen.\n",
                     &rep);
    expect_contains(out, "syns intresset inom kommunen.");
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

static void chart_values_go_under_their_caption(void **state)
{
    (void)state;
    ImportBlocks B = {0};
    const char *texts[] = {"Diagram 1. Svaren", "Ett stycke om svaren.", "Ja: 85%", "Nej: 15%",
                           "Diagram 2. Tappad", "Ett stycke till.", "Diagram 3. Sist", "Mer text.", "Kanske: 5%"};
    ImportBlockKind kinds[] = {IMPORT_BLOCK_NOTE, IMPORT_BLOCK_PARAGRAPH, IMPORT_BLOCK_LIST_ITEM,
                               IMPORT_BLOCK_LIST_ITEM, IMPORT_BLOCK_NOTE, IMPORT_BLOCK_PARAGRAPH,
                               IMPORT_BLOCK_NOTE, IMPORT_BLOCK_PARAGRAPH, IMPORT_BLOCK_LIST_ITEM};
    B.n = B.cap = 9;
    B.v = calloc(9, sizeof *B.v);
    for (size_t i = 0; i < 9; i++) {
        B.v[i].kind = kinds[i];
        B.v[i].speaker = -1;
        B.v[i].text = strdup(texts[i]);
        B.v[i].chart = kinds[i] == IMPORT_BLOCK_LIST_ITEM;
    }
    import_charts_place(&B);
    const char *want[] = {"Diagram 1. Svaren", "Ja: 85%", "Nej: 15%", "Ett stycke om svaren.", "Ett stycke till.",
                          "Diagram 3. Sist", "Kanske: 5%", "Mer text."};
    assert_int_equal(B.n, 8);
    for (size_t i = 0; i < B.n; i++) {
        assert_string_equal(B.v[i].text, want[i]);
        free(B.v[i].text);
    }
    free(B.v);
}

typedef struct {
    int n;
    char all[2048];
} Notes;

static void collect(void *ctx, const char *msg)
{
    Notes *w = ctx;
    w->n++;
    strncat(w->all, msg, sizeof w->all - strlen(w->all) - 2);
    strcat(w->all, "\n");
}

/* Imports with the ligature repair (Debian's sv_SE hunspell, no clean
 * texts), the repair's notes collected. */
static char *conv_repaired(const char *in, ImportReport *rep, Notes *notes)
{
    ImportOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.input = "test.txt";
    opt.title = "Test";
    opt.warn = collect;
    opt.warn_ctx = notes;
    char err[256];
    char *out = import_pipeline_convert(in, strlen(in), &opt, rep, err, sizeof err);
    if (!out) fail_msg("%s", err);
    if (!rep->repaired) fail_msg("the repair did not run");
    return out;
}

#define FFFD "\xEF\xBF\xBD"

static void a_lost_first_letter_gets_no_capital_mid_sentence(void **state)
{
    (void)state;
    ImportReport rep;
    Notes notes = {0};
    char *out = conv_repaired("Vi arbetar med Region S\xC3\xB6rmland\n" FFFD "llh\xC3\xB6r det ocks\xC3\xA5, och sedan gick vi\n\n\n"
                              FFFD "llbaka hem. Det tog slut.\n\n" FFFD "llbaka igen. Det var " FFFD "d.\n\n"
                              "ANNA\n\n" FFFD "llbaka hem.\n",
                              &rep, &notes);
    expect_contains(out, "Region S\xC3\xB6rmland tillh\xC3\xB6r det");
    expect_contains(out, "gick vi tillbaka hem.");
    expect_contains(out, "\nTillbaka igen.");
    expect_contains(out, "Tillbaka hem.\n");
    free(out);
}

/* An ellipsis ends a sentence only where the text's own ellipses mostly
 * do: in a transcript it marks a pause. */
static void an_ellipsis_ends_a_sentence_as_the_text_uses_it(void **state)
{
    (void)state;
    ImportReport rep;
    Notes notes = {0};
    char *out = conv_repaired("Det var s\xC3\xA5 ... men vi gick, och ... ja, det gick ... " FFFD "ll exempel hem.\n",
                              &rep, &notes);
    expect_contains(out, "det gick ... till exempel hem.");
    free(out);
    out = conv_repaired("Det var s\xC3\xA5 ... Men vi gick. Och ... Ja, det gick ... " FFFD "ll sist hem.\n", &rep,
                        &notes);
    expect_contains(out, "det gick ... Till sist hem.");
    free(out);
}

static void uncertain_words_are_kept_and_listed(void **state)
{
    (void)state;
    ImportReport rep;
    Notes notes = {0};
    char *out = conv_repaired("Vi har en bra " FFFD "d med dit system.\nDet gick bra at flyta allt.\n", &rep, &notes);
    expect_contains(out, "bra tid med dit system.");
    expect_contains(out, "bra att flyta allt.");
    expect_contains(notes.all, "test.txt:1: check \"dit\": \"ditt\" fits as well (nothing in the text or the library decides)\n");
    expect_contains(notes.all, "test.txt:2: check \"flyta\": \"flytta\" fits as well");
    assert_int_equal(rep.repair.uncertain, (size_t)notes.n);
    free(out);
}

static void one_label_in_capitals_needs_evidence(void **state)
{
    (void)state;
    ImportReport rep;
    char *out = conv("EVA: V\xC3\xA4lkomna hit.\n\nANNA: Tack, det \xC3\xA4r roligt att vara h\xC3\xA4r och prata om larmen.\n\n"
                     "EVA: Vad s\xC3\xA4ger tillverkaren i sin manual om det h\xC3\xA4r, och hur ska man\n"
                     "VARNING: ingen f\xC3\xA5r st\xC3\xA4nga av larmet, st\xC3\xA5r det.\n\n"
                     "ANNA: En s\xC3\xA5" "dan varning finns i alla manualer.\n\n"
                     "EVA: Och PRESENTAT\xC3\x96R ska inte heller vara en talare h\xC3\xA4r.\n\n"
                     "JINGEL: Podden om v\xC3\xA4lf\xC3\xA4r" "dsteknik.\n",
                     &rep);
    expect_contains(out, "speakers: Eva, Anna, Jingel\n");
    expect_contains(out, "hur ska man VARNING: ingen");
    expect_contains(out, "\nJingel: Podden");
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words_cut_by_a_space_are_joined),
        cmocka_unit_test(a_line_break_hyphen_goes),
        cmocka_unit_test(chart_values_go_under_their_caption),
        cmocka_unit_test(a_lost_first_letter_gets_no_capital_mid_sentence),
        cmocka_unit_test(an_ellipsis_ends_a_sentence_as_the_text_uses_it),
        cmocka_unit_test(uncertain_words_are_kept_and_listed),
        cmocka_unit_test(one_label_in_capitals_needs_evidence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
