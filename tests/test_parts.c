/* Tests for parts: a timed text as its recording plays it, laid out with
 * the fixed-width fake font: the band of each part, the byte heard at a
 * moment and back, and where each page starts in the recording. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/parts.h"
#include "layout_fake.h"

static const char TIMED[] =
    "title: Larm\n"
    "timed: yes\n"
    "speakers: Eva Sahlén, Anna Borgius\n"
    "\n"
    "{0:00:01.000} Eva Sahlén: Hej och välkomna. {0:00:03.000} Idag pratar vi om larm.\n"
    "[skratt]\n"
    "{0:00:06.000} Anna Borgius: Tack för att jag fick komma.\n"
    "Det är roligt att vara här.\n"
    "{0:00:10.000} Eva Sahlén: Vad gör ni i Lund?\n";

/* The text a band covers, in a static buffer. */
static const char *covers(const Doc *doc, const SpeechSentence *s)
{
    static char buf[512];
    size_t n = s->doc_end - s->doc_start;
    memcpy(buf, doc->text + s->doc_start, n);
    for (size_t i = 0; i < n; i++)
        if (buf[i] == '\0') buf[i] = '|'; /* a block's end */
    buf[n] = '\0';
    return buf;
}

static void bands_cover_each_part(void **state)
{
    (void)state;
    Doc *doc = fake_doc(TIMED);
    assert_true(doc->timed);
    assert_int_equal(doc->n_times, 4);
    SpeechSentence b;
    assert_true(parts_band(doc, 0, &b));
    assert_string_equal(covers(doc, &b), "Hej och välkomna.");
    assert_int_equal(b.name_speaker, -1);
    assert_int_equal(b.block, 0);
    assert_true(parts_band(doc, 1, &b));
    /* up to the next part: the note between is in the range, and the
     * renderer leaves notes out (speech_sentence_on_line) */
    assert_string_equal(covers(doc, &b), "Idag pratar vi om larm.|skratt");
    assert_true(parts_band(doc, 2, &b));
    assert_string_equal(covers(doc, &b), "Tack för att jag fick komma.|Det är roligt att vara här.");
    assert_true(parts_band(doc, 3, &b));
    assert_string_equal(covers(doc, &b), "Vad gör ni i Lund?");
    assert_false(parts_band(doc, 4, &b));
    assert_false(parts_band(doc, -1, &b));
    doc_free(doc);
}

static void bytes_and_moments_map_both_ways(void **state)
{
    (void)state;
    Doc *doc = fake_doc(TIMED);
    size_t hej = doc->times[0].at, idag = doc->times[1].at;
    assert_int_equal(parts_byte_at_ms(doc, 0), hej); /* before the first part: its start */
    assert_int_equal(parts_byte_at_ms(doc, 1000), hej);
    assert_int_equal(parts_byte_at_ms(doc, 2000), hej + (idag - hej) / 2);
    assert_int_equal(parts_byte_at_ms(doc, 3000), idag);
    assert_int_equal(parts_byte_at_ms(doc, 99000), doc->times[3].at); /* the last part: its start */
    assert_int_equal(parts_ms_at_byte(doc, hej), 1000);
    long mid = parts_ms_at_byte(doc, hej + (idag - hej) / 2); /* a byte's worth of rounding */
    assert_true(mid > 1900 && mid <= 2000);
    assert_int_equal(parts_ms_at_byte(doc, 0), 1000);
    assert_int_equal(parts_ms_at_byte(doc, doc->text_len), 10000);
    doc_free(doc);
}

static void pages_start_at_their_first_time(void **state)
{
    (void)state;
    Doc *doc = fake_doc(TIMED);
    Layout *lay = fake_layout(doc, 30, 4, NULL); /* a few lines a page */
    size_t pages = layout_page_count(lay);
    assert_true(pages >= 3);
    assert_int_equal(parts_page_ms(doc, lay, 0), 1000);
    for (size_t p = 0; p < pages; p++) {
        long ms = parts_page_ms(doc, lay, p);
        size_t start = layout_page_offset(lay, p);
        size_t end = p + 1 < pages ? layout_page_offset(lay, p + 1) : doc->text_len + 1;
        ptrdiff_t i = doc_time_index_for_ms(doc, ms);
        assert_true(i >= 0);
        if (doc->times[i].ms == ms && doc->times[i].at >= start) {
            assert_true(doc->times[i].at < end); /* a part that starts on the page */
            for (size_t j = 0; j < (size_t)i; j++) assert_true(doc->times[j].at < start); /* the first */
        } else {
            /* a page inside one part: the moment its first byte is heard */
            assert_int_equal(ms, parts_ms_at_byte(doc, start));
        }
        /* what is heard at that moment is on the page: no turn at once */
        size_t heard = parts_byte_at_ms(doc, ms);
        assert_true(heard + 1 >= start);
        assert_true(heard < end);
    }
    layout_free(lay);
    doc_free(doc);
}

static void untimed_text_has_no_parts(void **state)
{
    (void)state;
    Doc *doc = fake_doc("title: T\n\n{0:00:01.000} Hej.\n");
    assert_false(doc->timed);
    Layout *lay = fake_layout(doc, 30, 4, NULL);
    SpeechSentence b;
    assert_false(parts_band(doc, 0, &b));
    assert_int_equal(parts_page_ms(doc, lay, 0), -1);
    assert_int_equal(parts_ms_at_byte(doc, 0), -1);
    assert_int_equal(parts_byte_at_ms(doc, 500), 0);
    layout_free(lay);
    doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bands_cover_each_part),
        cmocka_unit_test(bytes_and_moments_map_both_ways),
        cmocka_unit_test(pages_start_at_their_first_time),
        cmocka_unit_test(untimed_text_has_no_parts),
    };
    return cmocka_run_group_tests_name("parts", tests, NULL, NULL);
}
