/* Tests for the timed transcript formats: detection by content, timestamps,
 * cue markup and entities, and what cues become (turns, joined sentences,
 * Name: labels, rolling captions, notes, the times kept as stamps),
 * warnings for broken cues and refusals, through the same pipeline the
 * command line runs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/doc.h"
#include "import/buf.h"
#include "import/cues.h"
#include "import/cuetext.h"
#include "import/detect.h"
#include "import/pipeline.h"

typedef struct {
    int n;
    char last[512];
} Warnings;

static void collect(void *ctx, const char *msg)
{
    Warnings *w = ctx;
    w->n++;
    snprintf(w->last, sizeof w->last, "%s", msg);
}

/* Imports `in` as the file `name`; the output, or NULL with err filled. */
static char *conv_named(const char *in, const char *name, const char *title, Warnings *w, char *err)
{
    ImportOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.input = name;
    opt.title = title;
    opt.no_repair = true;
    opt.warn = collect;
    opt.warn_ctx = w;
    ImportReport rep;
    return import_pipeline_convert(in, strlen(in), &opt, &rep, err, 256);
}

/* Imports `in` as the file `name`, with no warning allowed. */
static char *conv_timed(const char *in, const char *name)
{
    Warnings w = {0};
    char err[256];
    char *out = conv_named(in, name, NULL, &w, err);
    if (!out) fail_msg("%s", err);
    if (w.n) fail_msg("unexpected warning: %s", w.last);
    return out;
}

/* out without its "timed: yes" line and its stamps (each with the space
 * after it), in place: what the tests of words and turns compare. */
static char *untimed(char *out)
{
    char *timed = strstr(out, "\ntimed: yes\n");
    if (timed) memmove(timed + 1, timed + 12, strlen(timed + 12) + 1);
    size_t o = 0, len = strlen(out);
    for (size_t i = 0; i < len;) {
        size_t k = doc_time_stamp_len(out + i, len - i);
        if (k && doc_time_parse(out + i, k) >= 0) {
            i += k + (out[i + k] == ' ');
            continue;
        }
        out[o++] = out[i++];
    }
    out[o] = '\0';
    return out;
}

/* Imports `in` as conv_timed does; the words and turns, the times off
 * (times_are_kept_as_stamps tests them). */
static char *conv(const char *in, const char *name)
{
    return untimed(conv_timed(in, name));
}

static void expect_contains(const char *out, const char *want)
{
    if (!strstr(out, want)) fail_msg("missing \"%s\" in:\n%s", want, out);
}

static void expect_missing(const char *out, const char *bad)
{
    if (strstr(out, bad)) fail_msg("unexpected \"%s\" in:\n%s", bad, out);
}

/* Some bytes, the file's name (or NULL) and the key of the row they are
 * read as. */
typedef struct {
    const char *text, *name, *key;
} Detected;

static void expect_detected(const Detected *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *got = import_detect(cases[i].text, strlen(cases[i].text), cases[i].name)->key;
        if (strcmp(got, cases[i].key) != 0)
            fail_msg("\"%s\" named %s: read as %s, wanted %s", cases[i].text, cases[i].name ? cases[i].name : "(none)",
                     got, cases[i].key);
    }
}

static void formats_are_told_by_content(void **state)
{
    (void)state;
    static const Detected cases[] = {
        {"WEBVTT\n\n00:01.000 --> 00:02.000\nHej\n", "a.txt", "vtt"},
        {"\xEF\xBB\xBFWEBVTT - Titel\n", NULL, "vtt"},
        {"1\r\n00:00:01,000 --> 00:00:02,000\r\nHej\r\n", "a.txt", "srt"},
        {"\n00:00:01,000 --> 00:00:02,000\nHej\n", NULL, "srt"},
        {"0:00:01.000,0:00:02.000\nHej\n", NULL, "sbv"},
        {"  {\"version\": \"1.0.0\", \"segments\": []}", NULL, "p20json"},
        {"<cite>Eva:</cite><p>Hej</p>", NULL, "p20html"},
        {"<!DOCTYPE html><html></html>", NULL, "p20html"},
        {"%PDF-1.4\n", "a.txt", "pdf"},
        /* Raw text, even with a stray Teams timestamp inside. */
        {"Rubrik\n\nText.\n0:7:43.500 --> 0:8:13.350\n", "a.vtt", "text"},
        {"1\nInledning\n", NULL, "text"},
        {"{ en klammer }\n", NULL, "text"},
        {"<b>fet</b> text\n", "a.html", "text"},
        {"", NULL, "text"},
        /* storstil's own format: a header line first (after blank lines). */
        {"title: Läsprov\nspeakers: Åsa\n\nÅsa: Hej.\n", "a.txt", "storstil"},
        {"\n\nspeakers: Åsa\n\nÅsa: Hej.\n", NULL, "storstil"},
        {"Title: Rapport\n\nText.\n", NULL, "text"},
        {"Rubrik\ntitle: står inte först\n", NULL, "text"},
    };
    expect_detected(cases, sizeof cases / sizeof *cases);
}

/* Cues timed "a --> b" with no WEBVTT line read as SRT as well as WebVTT:
 * the name's ending settles it (in any case), else SRT, the earlier row. A
 * surer row is not overruled by the name. */
static void a_name_settles_equally_sure_rows(void **state)
{
    (void)state;
#define CUE "00:01.000 --> 00:02.000\nHej\n"
    static const Detected cases[] = {
        {CUE, "a.vtt", "vtt"},
        {CUE, "dir/A.VTT", "vtt"},
        {"1\n" CUE, "a.vtt", "vtt"},
        {CUE, "a.srt", "srt"},
        {CUE, "a.txt", "srt"},
        {CUE, ".vtt", "srt"},
        {CUE, "avtt", "srt"},
        {CUE, NULL, "srt"},
        {"WEBVTT\n\n" CUE, "a.srt", "vtt"},
        {"00:00:01,000 --> 00:00:02,000\nHej\n", "a.sbv", "srt"},
        {"title: T\n\nHej.\n", "a.json", "storstil"},
    };
#undef CUE
    expect_detected(cases, sizeof cases / sizeof *cases);
}

/* A text already in the format is kept byte for byte (a line break added at
 * its end) but for its hyphenation, settled anew at the header's end (an
 * empty "hyphenation:" when no word needs it); its lesser problems are
 * warnings; one the kiosk cannot show is refused with the kiosk's reason. */
static void storstil_texts_pass_through(void **state)
{
    (void)state;
    const char *clean = "title: Läsprov\nspeakers: Åsa Öberg, Erik Ström\nhyphenation:\n\n# Ett kort samtal\n"
                        "Åsa Öberg: Hej och välkomna.\n[skratt]\nErik Ström: Tack.\n";
    char *out = conv(clean, "lasprov.txt");
    assert_string_equal(out, clean);
    free(out);
    Warnings w = {0};
    char err[256] = "";
    out = conv_named("title: T\nhyphenation: sa|mverkansuppdrag\n\nEtt samverkansuppdrag.\n", "s.txt", NULL,
                     &w, err);
    assert_non_null(out);
    assert_string_equal(out, "title: T\nhyphenation: samverkans|uppdrag\n\nEtt samverkansuppdrag.\n");
    assert_int_equal(w.n, 1); /* the malformed word, before it was settled anew */
    free(out);
    w.n = 0;
    out = conv_named("title: T\ncolour: röd\n\nHej.", "w.txt", "Annan titel", &w, err);
    assert_non_null(out);
    assert_string_equal(out, "title: T\ncolour: röd\nhyphenation:\n\nHej.\n");
    assert_int_equal(w.n, 1);
    assert_string_equal(w.last, "w.txt:2: warning: unknown header key \"colour\"; ignored");
    free(out);
    out = conv_named("title: Bara rubrik\nspeakers: A\n", "b.txt", NULL, &w, err);
    assert_null(out);
    assert_string_equal(err, "b.txt:1: the document has no text after its header");
}

static long ms_of(const char *s)
{
    long ms;
    size_t used;
    return import_cues_time(s, strlen(s), &ms, &used) ? ms : -1;
}

static void timestamps_allow_short_forms(void **state)
{
    (void)state;
    assert_int_equal(ms_of("00:16.500"), 16500);
    assert_int_equal(ms_of("01:02:03,004"), 3723004);
    assert_int_equal(ms_of("0:0:0.570"), 570);
    assert_int_equal(ms_of("0:7:43.5"), 463500);
    assert_int_equal(ms_of("00:60.000"), -1);
    assert_int_equal(ms_of("00:01"), -1);
    assert_int_equal(ms_of("12.000"), -1);
    assert_int_equal(ms_of(""), -1);
}

static void markup_becomes_plain_segments(void **state)
{
    (void)state;
    const char *s = "<v.loud Esme Lund>Hej <c.gul>du</c><00:01.500> &amp; <i>ni</i></v><v Bo>"
                    "<ruby>SKR<rt>Sveriges Kommuner</rt></ruby> &#39;&#xE5;&nbsp;&foo;";
    size_t n;
    ImportCueSeg *g = import_cuetext_segments(s, strlen(s), &n);
    assert_int_equal(n, 2);
    assert_string_equal(g[0].voice, "Esme Lund");
    assert_string_equal(g[0].text, "Hej du & ni");
    assert_string_equal(g[1].voice, "Bo"); /* unclosed: runs to the end */
    assert_string_equal(g[1].text, "SKR '\xC3\xA5 &foo;");
    import_cuetext_free(g, n);
    g = import_cuetext_segments("a < b\n{\\an8}c", 13, &n);
    assert_int_equal(n, 1);
    assert_null(g[0].voice);
    assert_string_equal(g[0].text, "a < b\nc");
    import_cuetext_free(g, n);
}

static void a_voice_goes_on_across_cues(void **state)
{
    (void)state;
    char *out = conv("\xEF\xBB\xBFWEBVTT - M\xC3\xB6te\r\n\r\n0:0:0.570 --> 0:0:2.000\r\n<v Sahl\xC3\xA9n, Eva>Hej och\r\n\r\n"
                     "0:0:2.000 --> 0:0:3.000\r\n<v Sahl\xC3\xA9n, Eva>v\xC3\xA4lkomna.\r\n\r\n"
                     "0:0:3.000 --> 0:0:4.000\r\n<v STAFFAN>Tack.\r\n",
                     "m.vtt");
    assert_string_equal(out, "title: M\xC3\xB6te\nkind: podcast\nsource: m.vtt\n"
                             "speakers: Eva Sahl\xC3\xA9n, Staffan\nhyphenation:\n\n"
                             "Eva Sahl\xC3\xA9n: Hej och v\xC3\xA4lkomna.\n\nStaffan: Tack.\n");
    free(out);
}

static void names_inside_cues_start_turns(void **state)
{
    (void)state;
    char *out = conv("1\n00:00:01,000 --> 00:00:02,000\nEVA: Hej.\n\n2\n00:00:02,000 --> 00:00:03,000\n"
                     "ANNA: Hej hej.\n\n3\n00:00:03,000 --> 00:00:04,000\nObs: inget namn.\n\n"
                     "4\n00:00:04,000 --> 00:00:05,000\nEVA: Ja.\n\n5\n00:00:05,000 --> 00:00:06,000\nANNA:\n\n"
                     "6\n00:00:06,000 --> 00:00:07,000\nNej.\n",
                     "a.srt");
    expect_contains(out, "speakers: Eva, Anna\n");
    expect_contains(out, "\nEva: Hej.\n\nAnna: Hej hej. Obs: inget namn.\n\nEva: Ja.\n\nAnna: Nej.\n");
    free(out);
    /* A full name opens a turn the first time; one word seen once does not. */
    out = conv("WEBVTT\n\n00:01.000 --> 00:02.000\nVi b\xC3\xB6rjar.\n\n00:02.000 --> 00:03.000\n"
               "Karin Ek: Hej allihop.\n\n00:03.000 --> 00:04.000\nVARNING: het platta.\n",
               "k.vtt");
    expect_contains(out, "speakers: Karin Ek\n");
    expect_contains(out, "\nKarin Ek: Hej allihop. VARNING: het platta.\n");
    free(out);
}

static void rolling_captions_are_not_repeated(void **state)
{
    (void)state;
    char *out = conv("WEBVTT\n\n00:00.000 --> 00:01.000\nett tv\xC3\xA5\n\n00:01.000 --> 00:02.000\nett tv\xC3\xA5\ntre fyra\n\n"
                     "00:02.000 --> 00:03.000\ntre fyra\nfem sex\n\n00:03.000 --> 00:03.010\nfem sex\n",
                     "r.vtt");
    expect_contains(out, "\nett tv\xC3\xA5 tre fyra fem sex\n");
    free(out);
    /* Without the rolling pattern a repeated cue is what was said. */
    out = conv("WEBVTT\n\n00:00.000 --> 00:01.000\nJa.\n\n00:01.000 --> 00:02.000\nJa.\n\n"
               "00:02.000 --> 00:03.000\nNej, inte alls.\n",
               "j.vtt");
    expect_contains(out, "\nJa. Ja. Nej, inte alls.\n");
    free(out);
}

static void long_turns_break_at_sentences(void **state)
{
    (void)state;
    ImportBuf b = {0};
    import_buf_adds(&b, "WEBVTT\n\n");
    for (int i = 0; i < 40; i++) {
        char cue[128];
        snprintf(cue, sizeof cue, "00:%02d.000 --> 00:%02d.500\nDet h\xC3\xA4r \xC3\xA4r mening nummer %d.\n\n", i, i, i);
        import_buf_adds(&b, cue);
    }
    char *out = conv(b.s, "l.vtt");
    import_buf_free(&b);
    expect_contains(out, "mening nummer 0. Det");
    expect_contains(out, "nummer 16.\n\nDet h\xC3\xA4r \xC3\xA4r mening nummer 17.");
    expect_missing(out, "-->");
    free(out);
}

static void broken_cues_warn_and_keep_text(void **state)
{
    (void)state;
    Warnings w = {0};
    char err[256];
    char *out = conv_named("WEBVTT\n\n00:01.000 --> 00:xx.000\nTrasig tid.\n", "b.vtt", NULL, &w, err);
    assert_non_null(out);
    assert_int_equal(w.n, 1);
    assert_string_equal(w.last, "b.vtt:3: warning: the cue's times cannot be read; its text is kept");
    expect_contains(out, "\nTrasig tid.\n");
    free(out);
}

static void files_without_text_are_refused(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"WEBVTT\n", "a.vtt"},
        {"WEBVTT\n\nNOTE bara\n", "b.vtt"},
        {"1\n00:00:01,000 --> 00:00:02,000\n<i> </i>\n", "c.srt"},
        {"{\"segments\": []}", "d.json"},
        {"<html><body><p> </p></body></html>", "e.html"},
        {"", "f.vtt"},
        /* Cues of punctuation alone hold no word: "#[]" would be written as
         * an empty note and load as a text with no body. */
        {"0:00:01.000,0:00:02.000\n#[]\n\n0:00:02.000,0:00:03.000\n\xE2\x80\xA6 -- !\n", "g.sbv"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Warnings w = {0};
        char err[256] = "";
        char *out = conv_named(cases[i][0], cases[i][1], NULL, &w, err);
        if (out) fail_msg("%s imported:\n%s", cases[i][1], out);
        char want[32];
        snprintf(want, sizeof want, "%s:1: ", cases[i][1]);
        if (strncmp(err, want, strlen(want)) != 0) fail_msg("%s: message \"%s\"", cases[i][1], err);
    }
}

static void json_segments_and_broken_json(void **state)
{
    (void)state;
    char *out = conv("{\"title\": \"Avsnitt \\u00e5tta\", \"segments\": [\n"
                     "{\"speaker\": \"Lisbeth\", \"startTime\": 0, \"endTime\": 1, \"body\": \"Hej \\ud83d\\ude00\"},\n"
                     "{\"speaker\": \"Lisbeth\", \"startTime\": 1, \"endTime\": 2, \"body\": \"d\\u00e5.\"}]}",
                     "a.json");
    expect_contains(out, "title: Avsnitt \xC3\xA5tta\n");
    expect_contains(out, "\nLisbeth: Hej \xF0\x9F\x98\x80 d\xC3\xA5.\n");
    free(out);
    Warnings w = {0};
    char err[256];
    out = conv_named("{\"segments\": [\n{\"body\": \"Kvar.\"},\n{\"speaker\": \"A\"},\n{\"body\": tre\n]}", "b.json",
                     NULL, &w, err);
    assert_non_null(out);
    expect_contains(out, "\nKvar.\n");
    assert_int_equal(w.n, 2);
    assert_string_equal(w.last, "b.json:4: warning: the JSON cannot be read from here on; the segments before it are kept");
    free(out);
}

static void html_cites_and_title(void **state)
{
    (void)state;
    char *out = conv("<html><head><title>Ett &amp; tv\xC3\xA5</title></head><body>\n<cite>Eva:</cite>\n"
                     "<time>0:00:01</time>\n<p>Hej &ouml;&#45;<b>ja</b>.</p>\n<cite>Bo</cite><p>Tack.</p>\n"
                     "<script>var x = '<p>nej</p>';</script></body></html>",
                     "a.html");
    expect_contains(out, "title: Ett & tv\xC3\xA5\n");
    expect_contains(out, "speakers: Eva, Bo\nhyphenation:\n\nEva: Hej \xC3\xB6-ja.\n\nBo: Tack.\n");
    expect_missing(out, "nej");
    free(out);
}

static void the_title_comes_from_the_file_first(void **state)
{
    (void)state;
    Warnings w = {0};
    char err[256];
    char *out = conv_named("WEBVTT Filens titel\n\n00:01.000 --> 00:02.000\nHej.\n", "a.vtt", "Flaggans", &w, err);
    expect_contains(out, "title: Filens titel\n");
    free(out);
    out = conv_named("WEBVTT\n\n00:01.000 --> 00:02.000\nHej.\n", "a.vtt", "Flaggans", &w, err);
    expect_contains(out, "title: Flaggans\n");
    free(out);
    out = conv_named("WEBVTT\n\n00:01.000 --> 00:02.000\nHej.\n", "dir/a.vtt", NULL, &w, err);
    expect_contains(out, "title: a.vtt\nkind: podcast\nsource: a.vtt\n");
    free(out);
}

/* Each timed format keeps its cues' times (README, "The text format"): a
 * stamp before each paragraph's line and before each later cue in it, the
 * loader reading them back at the right words. */
static void times_are_kept_as_stamps(void **state)
{
    (void)state;
    char *out = conv_timed("WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n<v Eva>Hej och\n\n"
                           "00:00:02.500 --> 00:00:04.000\n<v Eva>v\xC3\xA4lkomna.\n\n"
                           "00:00:04.200 --> 00:00:04.800\n<v Eva>Idag trygghetslarm.\n\n"
                           "00:00:06.000 --> 00:00:08.000\n[Musik]\n\n00:00:09.000 --> 00:00:10.000\n<v Bo>Tack.\n",
                           "t.vtt");
    expect_contains(out, "speakers: Eva, Bo\ntimed: yes\nhyphenation: ");
    expect_contains(out, "\n\n{0:00:01.000} Eva: Hej och {0:00:02.500} v\xC3\xA4lkomna. {0:00:04.200} Idag trygghetslarm.\n\n"
                         "{0:00:06.000} [Musik]\n\n{0:00:09.000} Bo: Tack.\n");
    Doc *d = doc_parse("t.txt", out, strlen(out));
    assert_int_equal(d->n_problems, 0);
    assert_true(d->timed);
    assert_int_equal(d->n_times, 5);
    assert_string_equal(d->text + d->blocks[0].start, "Hej och v\xC3\xA4lkomna. Idag trygghetslarm.");
    assert_int_equal(strncmp(d->text + d->times[1].at, "v\xC3\xA4lkomna", 9), 0);
    assert_int_equal(strncmp(d->text + d->times[2].at, "Idag", 4), 0);
    assert_int_equal(d->times[3].at, d->blocks[1].start);
    assert_int_equal(doc_time_index_for_ms(d, 5000), 2);
    doc_free(d);
    /* A storstil text imported again keeps its stamps; its hyphenation, settled
     * anew, is what the same words without times get. */
    char *again = conv_timed(out, "t.txt");
    assert_string_equal(again, out);
    free(again);
    untimed(out);
    again = conv(out, "u.txt");
    assert_string_equal(again, out);
    expect_missing(out, "{");
    free(again);
    free(out);
    static const char *const cases[][3] = {
        {"1\n00:00:01,000 --> 00:00:03,000\nHej.\n\n2\n00:00:03,500 --> 00:00:05,000\nJa, visst.\n", "a.srt",
         "\n{0:00:01.000} Hej. {0:00:03.500} Ja, visst.\n"},
        {"0:00:01.000,0:00:03.000\nHej.\n\n0:00:03.500,0:00:05.000\nJa, visst.\n", "a.sbv",
         "\n{0:00:01.000} Hej. {0:00:03.500} Ja, visst.\n"},
        {"{\"segments\": [{\"speaker\": \"Lisbeth\", \"startTime\": 1, \"endTime\": 3, \"body\": \"Hej.\"},\n"
         "{\"speaker\": \"Lisbeth\", \"startTime\": 3.5, \"endTime\": 5, \"body\": \"Ja, visst.\"}]}",
         "a.json", "\n{0:00:01.000} Lisbeth: Hej. {0:00:03.500} Ja, visst.\n"},
        {"<html><body><cite>Eva:</cite><time>0:00:01</time><p>Hej.</p>\n<cite>Bo:</cite><time>0:01:02</time>"
         "<p>Tack.</p></body></html>", "a.html", "\n{0:00:01.000} Eva: Hej.\n\n{0:01:02.000} Bo: Tack.\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        out = conv_timed(cases[i][0], cases[i][1]);
        expect_contains(out, "\ntimed: yes\n");
        expect_contains(out, cases[i][2]);
        d = doc_parse("t.txt", out, strlen(out));
        if (d->n_problems || d->n_times < 2) fail_msg("%s: %zu problems, %zu times:\n%s", cases[i][1], d->n_problems,
                                                    d->n_times, out);
        doc_free(d);
        free(out);
    }
}

/* A bare "Name:" cue lends its time to the turn it opens; a cue less than
 * a second after the last stamp, one whose time cannot be read and one
 * that goes back get none; a stamp-shaped word in a cue is no stamp. */
static void times_that_are_not_kept(void **state)
{
    (void)state;
    Warnings w = {0};
    char err[256];
    char *out = conv_named("1\n00:00:01,000 --> 00:00:02,000\nEVA: Hej.\n\n2\n00:00:03,500 --> 00:00:04,000\n"
                           "EVA:\n\n3\n00:00:04,000 --> 00:00:05,000\nNej.\n\n4\n00:00:04,400 --> 00:00:06,000\nJo.\n\n"
                           "5\n00:00:03,000 --> 00:00:04,000\nTillbaka.\n\n6\n00:00:xx,000 --> 00:00:09,000\nTrasig.\n\n"
                           "7\n00:00:09,000 --> 00:00:10,000\nKlockan {0:00:01.000} nu.\n",
                           "n.srt", NULL, &w, err);
    assert_non_null(out);
    assert_int_equal(w.n, 1); /* the cue whose time cannot be read */
    expect_contains(out, "\n{0:00:01.000} Eva: Hej.\n\n{0:00:03.500} Eva: Nej. Jo. Tillbaka. Trasig.\n\n"
                         "{0:00:09.000} Klockan (0:00:01.000) nu.\n");
    Doc *d = doc_parse("n.txt", out, strlen(out));
    assert_int_equal(d->n_problems, 0);
    assert_int_equal(d->n_times, 3);
    doc_free(d);
    free(out);
    /* Without a time in any cue the text is not timed. */
    out = conv_named("1\n00:00:xx,000 --> 00:00:02,000\nHej {0:00:01.000}.\n", "u.srt", NULL, &w, err);
    expect_missing(out, "timed:");
    expect_contains(out, "\nHej {0:00:01.000}.\n");
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(formats_are_told_by_content),
        cmocka_unit_test(a_name_settles_equally_sure_rows),
        cmocka_unit_test(timestamps_allow_short_forms),
        cmocka_unit_test(markup_becomes_plain_segments),
        cmocka_unit_test(a_voice_goes_on_across_cues),
        cmocka_unit_test(names_inside_cues_start_turns),
        cmocka_unit_test(rolling_captions_are_not_repeated),
        cmocka_unit_test(long_turns_break_at_sentences),
        cmocka_unit_test(broken_cues_warn_and_keep_text),
        cmocka_unit_test(files_without_text_are_refused),
        cmocka_unit_test(json_segments_and_broken_json),
        cmocka_unit_test(html_cites_and_title),
        cmocka_unit_test(the_title_comes_from_the_file_first),
        cmocka_unit_test(storstil_texts_pass_through),
        cmocka_unit_test(times_are_kept_as_stamps),
        cmocka_unit_test(times_that_are_not_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
