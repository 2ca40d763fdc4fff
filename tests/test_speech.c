/* Tests for speech: the plan of a page laid out with the fixed-width fake
 * font. What is read (names as "Name:", notes skipped, headings and list
 * items closed with a pause), how it is cut into sentences, and the map
 * from espeak-ng's text positions (1-based code points, so å ä ö count
 * one each) back to byte ranges of doc->text and to the page's lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/speech.h"
#include "layout_fake.h"

/* The doc text a sentence reads, in a static buffer. */
static const char *reads(const Doc *doc, const SpeechSentence *s)
{
    static char buf[1024];
    if (s->name_speaker >= 0) return doc->speakers[s->name_speaker];
    size_t n = s->doc_end - s->doc_start;
    memcpy(buf, doc->text + s->doc_start, n);
    buf[n] = '\0';
    return buf;
}

/* The byte offset in doc->text of the first occurrence of s (blocks are
 * NUL-separated, so strstr alone would stop at the first). */
static size_t find_in_doc(const Doc *doc, const char *s)
{
    for (size_t b = 0; b < doc->n_blocks; b++) {
        const char *hit = strstr(doc->text + doc->blocks[b].start, s);
        if (hit) return (size_t)(hit - doc->text);
    }
    fail_msg("not in the doc: %s", s);
    return 0;
}

/* The code-point position espeak-ng reports for the first occurrence of
 * word in text (1-based). */
static int espeak_position(const char *text, const char *word)
{
    const char *at = strstr(text, word);
    assert_non_null(at);
    int chars = 0;
    for (const char *p = text; p < at; p++) chars += ((unsigned char)*p & 0xC0) != 0x80;
    return chars + 1;
}

static void whole_page_in_order(void **state)
{
    (void)state;
    Doc *doc = fake_doc(FAKE_LONG_DOC);
    Layout *lay = fake_layout(doc, 60, 100, NULL); /* everything on one page */
    SpeechPlan *p = speech_plan_new(doc, lay, 0, 0);
    assert_non_null(p);
    size_t len;
    const char *text = speech_plan_text(p, &len);
    assert_int_equal(len, strlen(text));
    /* headings get a pause, names are read before their turn as "Name:" */
    assert_non_null(strstr(text, "Digitaliseringsstrategi i Sörmland. \n"));
    assert_non_null(strstr(text, "Eva Sahlén: Hej och välkomna"));
    assert_non_null(strstr(text, "Anna Borgius: Tack. Jag är"));
    assert_non_null(strstr(text, "- trygghetslarm") == NULL ? "ok" : NULL);
    assert_non_null(strstr(text, "trygghetslarm och tillsyn via kamera på natten. \n"));
    assert_null(strstr(text, "skratt")); /* notes are not read */
    const char *want[] = {"Digitaliseringsstrategi i Sörmland", "Eva Sahlén",
                          "Hej och välkomna till ett nytt avsnitt om välfärdsteknik och e-hälsa i kommunerna, "
                          "där vi pratar om digitaliseringsstrategi och sjukvårdskontext.",
                          "Anna Borgius", "Tack.", NULL};
    for (size_t i = 0; want[i]; i++) assert_string_equal(reads(doc, speech_plan_sentence(p, i)), want[i]);
    assert_int_equal(speech_plan_sentence(p, 1)->name_speaker, 0);
    assert_int_equal(speech_plan_sentence(p, 3)->name_speaker, 1);
    /* "SKR:s senaste rapport" and "1 000 kronor" do not end a sentence */
    assert_string_equal(reads(doc, speech_plan_sentence(p, 5)),
                        "Jag är vård- och omsorgsdirektör i Lunds kommun och har ansvar för äldreomsorgen, "
                        "som kostar 1 000 kronor per invånare enligt SKR:s senaste rapport från 2021.");
    int words = 0;
    for (size_t i = 0; i < speech_plan_count(p); i++) words += speech_plan_sentence(p, i)->words;
    assert_int_equal(words, speech_plan_words(p));
    speech_plan_free(p);
    layout_free(lay);
    doc_free(doc);
}

static void positions_map_to_bytes(void **state)
{
    (void)state;
    Doc *doc = fake_doc(FAKE_LONG_DOC);
    Layout *lay = fake_layout(doc, 60, 100, NULL);
    SpeechPlan *p = speech_plan_new(doc, lay, 0, 0);
    size_t len;
    const char *text = speech_plan_text(p, &len);
    /* Each word espeak-ng reports (by code points, after å ä ö) lands in its sentence. */
    struct { const char *word, *sentence_starts; } cases[] = {
        {"Sörmland", "Digitaliseringsstrategi"}, {"Sahlén:", "Eva Sahlén"}, {"välkomna", "Hej och"},
        {"sjukvårdskontext", "Hej och"},         {"Tack.", "Tack."},        {"äldreomsorgen", "Jag är"},
        {"FoU-podden", "Och jag"},               {"läkemedelsautomater", "läkemedelsautomater"},
        {"lyssnade", "Tack för att"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int at = speech_plan_sentence_at(p, espeak_position(text, cases[i].word));
        assert_true(at >= 0);
        const char *r = reads(doc, speech_plan_sentence(p, (size_t)at));
        if (strncmp(r, cases[i].sentence_starts, strlen(cases[i].sentence_starts)) != 0)
            fail_msg("%s: in \"%s\"", cases[i].word, r);
    }
    /* the byte range in doc->text holds the word, å ä ö and all */
    int at = speech_plan_sentence_at(p, espeak_position(text, "äldreomsorgen"));
    const SpeechSentence *s = speech_plan_sentence(p, (size_t)at);
    const char *hit = strstr(doc->text + s->doc_start, "äldreomsorgen");
    assert_true(hit && (size_t)(hit - doc->text) + strlen("äldreomsorgen") <= s->doc_end);
    assert_int_equal(speech_plan_sentence_at(p, 0), -1);
    assert_int_equal(speech_plan_sentence_at(p, 1), 0);
    assert_int_equal(speech_plan_sentence_at(p, 1 << 30), (int)speech_plan_count(p) - 1);
    speech_plan_free(p);
    layout_free(lay);
    doc_free(doc);
}

/* Every page read in turn reads every word of the text once, notes aside,
 * and a sentence cut by a page end is read in two parts. */
static void pages_cover_the_text(void **state)
{
    (void)state;
    Doc *doc = fake_doc(FAKE_LONG_DOC);
    Layout *lay = fake_layout(doc, 20, 4, NULL);
    size_t pages = layout_page_count(lay);
    assert_true(pages > 5);
    char *all = calloc(1, 8192);
    for (size_t pg = 0; pg < pages; pg++) {
        SpeechPlan *p = speech_plan_new(doc, lay, pg, 0);
        assert_non_null(p);
        for (size_t i = 0; i < speech_plan_count(p); i++) {
            const SpeechSentence *s = speech_plan_sentence(p, i);
            if (s->name_speaker >= 0) continue;
            strcat(all, reads(doc, s));
            strcat(all, " ");
        }
        speech_plan_free(p);
    }
    assert_non_null(strstr(all, "Tack. Jag är vård- och omsorgsdirektör i Lunds kommun"));
    assert_non_null(strstr(all, "tillbaka nästa gång när vi pratar om arbetsmiljö och verksamhetsutveckling."));
    assert_null(strstr(all, "skratt"));
    free(all);
    layout_free(lay);
    doc_free(doc);
}

/* A plan from a byte offset (A-/A+ while reading) starts at that sentence. */
static void from_a_sentence(void **state)
{
    (void)state;
    Doc *doc = fake_doc(FAKE_LONG_DOC);
    Layout *lay = fake_layout(doc, 60, 100, NULL);
    size_t from = find_in_doc(doc, "Jag är vård");
    SpeechPlan *p = speech_plan_new(doc, lay, 0, from);
    assert_non_null(speech_plan_sentence(p, 0));
    assert_int_equal(speech_plan_sentence(p, 0)->doc_start, from);
    size_t len;
    assert_true(strncmp(speech_plan_text(p, &len), "Jag är vård", 12) == 0);
    speech_plan_free(p);
    /* from the start of a turn: its name is read first */
    const DocBlock *turn = NULL;
    for (size_t b = 0; b < doc->n_blocks; b++)
        if (doc->blocks[b].kind == DOC_TURN && doc->blocks[b].speaker == 1) turn = &doc->blocks[b];
    assert_non_null(turn);
    p = speech_plan_new(doc, lay, 0, turn->start);
    assert_int_equal(speech_plan_sentence(p, 0)->name_speaker, 1);
    assert_true(strncmp(speech_plan_text(p, &len), "Anna Borgius: Tack.", 19) == 0);
    speech_plan_free(p);
    layout_free(lay);
    doc_free(doc);
}

/* The highlight: the part of each line a sentence covers. */
static void sentence_on_lines(void **state)
{
    (void)state;
    Doc *doc = fake_doc("title: t\nspeakers: Åsa Öberg\n\nÅsa Öberg: Ja. Här är en längre mening som går över "
                        "två rader. Slut.\n[skratt]\nÖl.\n");
    Layout *lay = fake_layout(doc, 30, 20, NULL);
    SpeechPlan *p = speech_plan_new(doc, lay, 0, 0);
    size_t n;
    const LayoutLine *lines = layout_page_lines(lay, 0, &n);
    assert_int_equal(speech_plan_count(p), 5); /* name, Ja., Här ..., Slut., Öl. */
    size_t from, to;
    const SpeechSentence *name = speech_plan_sentence(p, 0), *ja = speech_plan_sentence(p, 1),
                         *long_one = speech_plan_sentence(p, 2);
    assert_true(speech_sentence_on_line(name, &lines[0], &from, &to));
    assert_int_equal(lines[0].face, LAYOUT_FACE_NAME);
    assert_false(speech_sentence_on_line(ja, &lines[0], &from, &to));
    assert_true(speech_sentence_on_line(ja, &lines[1], &from, &to));
    assert_int_equal(from, 0);
    assert_int_equal(to, 3); /* "Ja." */
    int covered = 0;
    for (size_t i = 0; i < n; i++) {
        if (!speech_sentence_on_line(long_one, &lines[i], &from, &to)) continue;
        covered++;
        assert_true(to > from && to <= lines[i].len);
    }
    assert_int_equal(covered, 2);
    for (size_t i = 0; i < n; i++)
        if (lines[i].face == LAYOUT_FACE_NOTE)
            for (size_t k = 0; k < speech_plan_count(p); k++)
                assert_false(speech_sentence_on_line(speech_plan_sentence(p, k), &lines[i], &from, &to));
    speech_plan_free(p);
    layout_free(lay);
    doc_free(doc);
}

static void empty_page(void **state)
{
    (void)state;
    Doc *doc = fake_doc("title: t\n\n[Poddmusik]\n");
    Layout *lay = fake_layout(doc, 30, 20, NULL);
    SpeechPlan *p = speech_plan_new(doc, lay, 0, 0);
    assert_non_null(p);
    assert_int_equal(speech_plan_count(p), 0);
    assert_int_equal(speech_plan_words(p), 0);
    assert_int_equal(speech_plan_sentence_at(p, 1), -1);
    assert_null(speech_plan_sentence(p, 0));
    speech_plan_free(p);
    layout_free(lay);
    doc_free(doc);
}

/* The voice follows the header's language: en for English, else sv (no
 * header, Swedish, or a language the kiosk has no voice for). */
static void voice_by_language(void **state)
{
    (void)state;
    const struct { const char *head; const char *voice; } cases[] = {
        {"title: t\nlanguage: en\n\nHello there.\n", "en"},
        {"title: t\nlanguage: sv\n\nHej där.\n", "sv"},
        {"title: t\n\nHej där.\n", "sv"},
        {"title: t\nlanguage: fr\n\nBonjour.\n", "sv"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Doc *doc = fake_doc(cases[i].head);
        Layout *lay = fake_layout(doc, 30, 20, NULL);
        SpeechPlan *p = speech_plan_new(doc, lay, 0, 0);
        assert_string_equal(speech_plan_voice(p), cases[i].voice);
        speech_plan_free(p);
        layout_free(lay);
        doc_free(doc);
    }
}

/* The sentence heard from the engine's marks: a word's mark each (espeak-ng)
 * or only where espeak-ng sees a sentence begin (MBROLA), where "Name:" and
 * the first sentence of a turn have one mark and share its time by words. */
static void sentence_heard_from_marks(void **state)
{
    (void)state;
    Doc *doc = fake_doc(FAKE_LONG_DOC);
    Layout *lay = fake_layout(doc, 60, 100, NULL);
    SpeechPlan *p = speech_plan_new(doc, lay, 0, 0);
    size_t len;
    const char *text = speech_plan_text(p, &len);
    /* 0 heading, 1 "Eva Sahlén" (2 words), 2 "Hej och ..." (20 words), 3 "Anna Borgius", 4 "Tack." */
    assert_int_equal(speech_plan_sentence(p, 1)->words, 2);
    int hej_words = speech_plan_sentence(p, 2)->words;
    /* word marks: the sentence of the last one heard */
    SpeechMark words[] = {{100, espeak_position(text, "Digitaliseringsstrategi")},
                          {1000, espeak_position(text, "Sörmland")},
                          {2000, espeak_position(text, "Eva")},
                          {2500, espeak_position(text, "Sahlén")},
                          {3000, espeak_position(text, "Hej")},
                          {4000, espeak_position(text, "välkomna")}};
    size_t nw = sizeof words / sizeof *words;
    assert_int_equal(speech_plan_sentence_heard(p, words, nw, -1, 0), 0);
    assert_int_equal(speech_plan_sentence_heard(p, words, nw, -1, 1500), 0);
    assert_int_equal(speech_plan_sentence_heard(p, words, nw, -1, 2999), 1);
    assert_int_equal(speech_plan_sentence_heard(p, words, nw, -1, 5000), 2);
    assert_int_equal(speech_plan_sentence_heard(p, NULL, 0, -1, 5000), 0);
    /* sentence marks: the heading, then "Eva Sahlén: Hej ..." as one, then "Anna Borgius: Tack." */
    int64_t eva = 2000, anna = eva + 1000 * (2 + hej_words);
    SpeechMark sentences[] = {{100, espeak_position(text, "Digitaliseringsstrategi")},
                              {eva, espeak_position(text, "Eva")},
                              {anna, espeak_position(text, "Anna")},
                              {anna + 3000, espeak_position(text, "Jag är")}};
    assert_int_equal(speech_plan_sentence_heard(p, sentences, 4, -1, 1999), 0);
    assert_int_equal(speech_plan_sentence_heard(p, sentences, 4, -1, eva + 1999), 1); /* the name's 2 words */
    assert_int_equal(speech_plan_sentence_heard(p, sentences, 4, -1, eva + 2000), 2); /* then its sentence */
    assert_int_equal(speech_plan_sentence_heard(p, sentences, 4, -1, anna - 1), 2);
    assert_int_equal(speech_plan_sentence_heard(p, sentences, 4, -1, anna + 2500), 4); /* "Tack." */
    assert_int_equal(speech_plan_sentence_heard(p, sentences, 4, -1, anna + 3000), 5);
    /* after the last mark: its sentence while the end is unknown, shared by words once it is */
    int64_t rest = 0;
    for (size_t i = 3; i < speech_plan_count(p); i++) rest += speech_plan_sentence(p, i)->words;
    assert_int_equal(speech_plan_sentence_heard(p, sentences, 3, -1, anna + 2500), 3);
    assert_int_equal(speech_plan_sentence_heard(p, sentences, 3, anna + 1000 * rest, anna + 1500), 3);
    assert_int_equal(speech_plan_sentence_heard(p, sentences, 3, anna + 1000 * rest, anna + 2500), 4);
    assert_int_equal(speech_plan_sentence_heard(p, sentences, 3, anna + 1000 * rest, anna + 1000 * rest),
                     (int)speech_plan_count(p) - 1);
    speech_plan_free(p);
    layout_free(lay);
    doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(whole_page_in_order), cmocka_unit_test(positions_map_to_bytes),
        cmocka_unit_test(pages_cover_the_text), cmocka_unit_test(from_a_sentence),
        cmocka_unit_test(sentence_on_lines),   cmocka_unit_test(empty_page),
        cmocka_unit_test(voice_by_language),   cmocka_unit_test(sentence_heard_from_marks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
