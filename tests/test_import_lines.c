/* Tests for joining and page furniture: hard-wrapped lines (also double
 * spaced), paragraphs cut by a page break, hyphens across a break, page
 * numbers, running headers, timestamps, report structure, and input that
 * must not crash the importer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/doc.h"
#include "import/pipeline.h"

static char *conv(const char *in, size_t len)
{
    ImportOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.input = "test.txt";
    opt.title = "Test";
    opt.no_repair = true;
    ImportReport rep;
    char err[256];
    char *out = import_pipeline_convert(in, len, &opt, &rep, err, sizeof err);
    assert_non_null(out);
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

/* A page of wrapped text: lines near one width, `n` of them. */
static const char *wrapped =
    "Det här är en rad som är ungefär lika lång som de andra raderna i stycket \n"
    "och den fortsätter här på nästa rad med lika många tecken som de andra har \n"
    "fram till slutet av 1800-\n"
    "\n\n\n"
    "12 \n"
    "\n\n\n"
    "talet då landet förändrades mycket och städerna växte snabbare än någonsin \n"
    "förut i historien. \n"
    "\n"
    "Ett nytt stycke börjar här och det är också radbrutet precis som det förra var \n"
    "men det slutar snart. \n"
    "\n"
    "0:7:43.500 --> 0:8:13.350 \n"
    "Och ett tredje stycke som bara är en rad långt och inte mer än så här ja. \n";

static void wrapped_lines_and_page_breaks_join(void **state)
{
    (void)state;
    char *out = conv(wrapped, strlen(wrapped));
    expect_contains(out, "stycket och den fortsätter");
    expect_contains(out, "slutet av 1800-talet då landet");
    expect_contains(out, "snabbare än någonsin förut i historien.\n");
    expect_contains(out, "\n\nEtt nytt stycke");
    expect_contains(out, "det förra var men det slutar snart.\n");
    expect_missing(out, "12");
    expect_missing(out, "-->");
    free(out);
}

/* Every wrapped line followed by a blank line; paragraphs end at a line of spaces. */
static const char *double_spaced =
    "PATRIK: Ja men först och främst så är jag ju Patrik. Jag är pappa, jag är \n\n"
    "och en del av en omgivning, familj och nära och kära med allt vad det \n\n"
    "innebär. Och har vård- \n\n"
    "och omsorgssystemet också den bilden? Hela Nära vård-\n\n"
    "rörelsen krokar arm med IT-verksamheten som jobbar med det här.  \n\n \n\n"
    "LISBETH: Tack så mycket för att du ville vara med oss i podden idag, Patrik. \n\n"
    "Det var roligt att höra om allt som händer på området just nu.  \n\n \n\n"
    "PATRIK: Tack själv, det var kul att vara med och prata om det här idag.  \n\n \n\n"
    "LISBETH: Hej då och tack till alla som har lyssnat på det här avsnittet.  \n";

static void double_spaced_lines_join(void **state)
{
    (void)state;
    char *out = conv(double_spaced, strlen(double_spaced));
    expect_contains(out, "jag är och en del av en omgivning, familj och nära och kära med allt vad det innebär.");
    expect_contains(out, "vård- och omsorgssystemet");
    expect_contains(out, "Nära vård-rörelsen krokar");
    expect_contains(out, "Lisbeth: Tack så mycket för att du ville vara med oss i podden idag, Patrik. Det var roligt");
    free(out);
}

/* One paragraph per line; a page break cuts a turn, and a page header lands in
 * the middle of the sentence. */
static const char *one_per_line =
    "EVA: Hej och välkommen till podden.\n\n"
    "ANNA: Vi har jobbat med det här länge och vi har\n\n\n\n"
    "Podden om välfärdsteknik, avsnitt 6\n\n"
    "lärt oss mycket på vägen.\n\n"
    "Och sedan fortsatte vi.\n\n"
    "EVA: Tack.\n\n"
    "ANNA: Tack själv.\n";

static void page_break_and_stray_header_in_a_turn(void **state)
{
    (void)state;
    char *out = conv(one_per_line, strlen(one_per_line));
    expect_contains(out, "\nAnna: Vi har jobbat med det här länge och vi har lärt oss mycket på vägen.\n");
    expect_contains(out, "\n\nOch sedan fortsatte vi.\n");
    expect_missing(out, "avsnitt 6");
    free(out);
}

static void running_headers_are_dropped(void **state)
{
    (void)state;
    char in[4096] = "";
    for (int i = 0; i < 4; i++) {
        strcat(in, "Rapport om testbäddar 2019\n\n");
        strcat(in, "Det här är ett stycke text på sidan som slutar med en punkt.\n\n");
    }
    char *out = conv(in, strlen(in));
    expect_missing(out, "Rapport om");
    expect_contains(out, "slutar med en punkt.");
    free(out);
}

static const char *report =
    "Inledande text om rapporten som är skriven på en hel rad och fortsätter längt \n"
    "och här slutar den första delen av texten om rapporten som vi skrev i fjol. \n"
    " 2. WEBBUNDERSÖKNING ANGÅENDE TESTBÄDDAR I \n"
    "KOMMUNERNA \n"
    "Sweco gjorde en undersökning om testbäddar där Sweco fick svar från kommunerna i länet. \n"
    "Kommunerna var följande: \n"
    "\xEF\x82\xB7 Askersunds kommun \n"
    "\xEF\x82\xB7 Degerfors kommun \n"
    "Resultatet var att de flesta svarade ja på frågan om de ville vara med i en testbädd \n"
    " 85%\n15%\nJa\nNej\n"
    "tillsammans med andra kommuner i länet, vilket är ett bra resultat för alla.\n";

static void report_headings_bullets_and_charts(void **state)
{
    (void)state;
    char *out = conv(report, strlen(report));
    expect_contains(out, "\n# 2. Webbundersökning angående testbäddar i kommunerna\n");
    expect_contains(out, "\n- Askersunds kommun\n");
    expect_contains(out, "\n- Degerfors kommun\n");
    expect_contains(out, "i en testbädd tillsammans med andra kommuner");
    expect_contains(out, "\n- Ja: 85%\n\n- Nej: 15%\n");
    free(out);
}

/* Options for an input named test.txt with no title given, no repair. */
static ImportOptions untitled_options(void)
{
    ImportOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.input = "test.txt";
    opt.no_repair = true;
    return opt;
}

/* Converts input the importer must refuse; returns its message. */
static void expect_refused(const char *in, size_t len, const char *want)
{
    ImportOptions opt = untitled_options();
    ImportReport rep;
    char err[256] = "";
    assert_null(import_pipeline_convert(in, len, &opt, &rep, err, sizeof err));
    assert_string_equal(err, want);
}

/* Whatever the importer makes of `in`, it keeps its promise: either it
 * refuses with a "test.txt:1: why" message, or its output loads as a text
 * the kiosk shows without a problem. */
static void expect_refused_or_loadable(const char *in)
{
    ImportOptions opt = untitled_options();
    ImportReport rep;
    char err[256] = "";
    char *out = import_pipeline_convert(in, strlen(in), &opt, &rep, err, sizeof err);
    if (!out) {
        if (strncmp(err, "test.txt:1: ", 12) != 0 || !err[12])
            fail_msg("refused without a \"test.txt:1: why\" message: \"%s\"", err);
        return;
    }
    Doc *d = doc_parse("out.txt", out, strlen(out));
    assert_non_null(d);
    char why[600] = "";
    if (d->n_problems) doc_problem_format(d, 0, why, sizeof why);
    if (d->broken || d->n_problems) fail_msg("the output does not load cleanly (%s):\n%s", why, out);
    doc_free(d);
    free(out);
}

static void hostile_input_does_not_crash(void **state)
{
    (void)state;
    expect_refused("", 0, "test.txt:1: no text found");
    char garbage[4096];
    unsigned x = 12345;
    for (size_t i = 0; i < sizeof garbage; i++) {
        x = x * 1103515245u + 12345u;
        garbage[i] = (char)(x >> 16);
    }
    expect_refused(garbage, sizeof garbage, "test.txt:1: this does not look like a text file");
    size_t n = 2u * 1024u * 1024u;
    char *huge = malloc(n);
    assert_non_null(huge);
    for (size_t i = 0; i < n; i++) huge[i] = (i % 7 == 6) ? ' ' : 'a';
    char *out = conv(huge, n);
    assert_true(strlen(out) > n / 2);
    free(out);
    free(huge);
    /* Only punctuation and stray markers: refused or converted, never a crash. */
    expect_refused_or_loadable("- \n:\n**\n[\n]\n1.\n\xEF\x82\xB7\n?:\n");
    expect_refused_or_loadable("# \n## \n- \n[]\n:\n");
    expect_refused_or_loadable("\xEF\xBB\xBF\r\n\t\r\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(wrapped_lines_and_page_breaks_join),
        cmocka_unit_test(double_spaced_lines_join),
        cmocka_unit_test(page_break_and_stray_header_in_a_turn),
        cmocka_unit_test(running_headers_are_dropped),
        cmocka_unit_test(report_headings_bullets_and_charts),
        cmocka_unit_test(hostile_input_does_not_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
