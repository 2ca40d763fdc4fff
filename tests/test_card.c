/* Tests for card: the lines of a shelf card from headers like those of
 * the texts in data/, the rule for which speakers are people, and which lines a
 * small card keeps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/card.h"

/* Parses `header`, a blank line and a body of `words` words. */
static Doc *parse(const char *header, size_t words)
{
    size_t cap = strlen(header) + 8 + words * 4;
    char *text = malloc(cap);
    assert_non_null(text);
    size_t o = (size_t)snprintf(text, cap, "%s\n", header);
    for (size_t i = 0; i < words; i++) o += (size_t)snprintf(text + o, cap - o, "%s", i % 20 == 19 ? "ord\n" : "ord ");
    Doc *d = doc_parse("test.txt", text, o);
    free(text);
    assert_non_null(d);
    return d;
}

static void lines_of(const char *header, size_t words, Lang lang, CardLines *c)
{
    Doc *d = parse(header, words);
    card_lines(d, lang, c);
    doc_free(d);
}

static void test_series_without_episode(void **state)
{
    (void)state;
    CardLines c;
    lines_of("title: Kommunernas digitala omställning\n"
             "subtitle: Staffan Isling och Annika Wallenskog på SKR om digitaliseringen\n"
             "series: Podden om välfärdsteknik\ndate: 2021\nkind: podcast\n"
             "speakers: Staffan Isling, Eva Sahlén, Annika Wallenskog, Presentatör 1, Presentatör 2\n",
             7000, LANG_SV, &c);
    assert_string_equal(c.subtitle, "Staffan Isling och Annika Wallenskog på SKR om digitaliseringen");
    assert_string_equal(c.meta, "Podden om välfärdsteknik · 2021 · ca 50 minuter");
    assert_null(strstr(c.meta, "avsnitt"));
    assert_string_equal(c.speakers, "Talare: Staffan Isling, Eva Sahlén och Annika Wallenskog");
}

static void test_series_with_episode_and_date(void **state)
{
    (void)state;
    CardLines c;
    lines_of("title: Lund, årets e-hälsokommun\nseries: Podden om välfärdsteknik\nepisode: 6\n"
             "date: 2021\nspeakers: Lena Carlereus, Eva Sahlén, Anna Borgius, Sandra West, "
             "Inforöst, Okänd talare\n",
             6720, LANG_SV, &c);
    assert_string_equal(c.subtitle, "");
    assert_string_equal(c.meta, "Podden om välfärdsteknik, avsnitt 6 · 2021 · ca 48 minuter");
    assert_string_equal(c.speakers, "Talare: Lena Carlereus, Eva Sahlén, Anna Borgius med flera");
}

static void test_episode_without_date(void **state)
{
    (void)state;
    CardLines c;
    lines_of("title: En digitaliseringsstrategi för Sörmland\nseries: FoU-podden\nepisode: 85\n"
             "speakers: Lena Stenbrink, Johanna Bandmann, Katarina Forsberg, Carl Schultz, Alla\n",
             100, LANG_SV, &c);
    assert_string_equal(c.meta, "FoU-podden, avsnitt 85 · ca 1 minut");
    assert_string_equal(c.speakers, "Talare: Lena Stenbrink, Johanna Bandmann, Katarina Forsberg med flera");
}

static void test_report_without_series(void **state)
{
    (void)state;
    CardLines c;
    lines_of("title: En regional testbädd för välfärdsteknik\n"
             "subtitle: Kommunernas behov i Region Örebro län, en rapport från Sweco\n"
             "date: 2019\nkind: report\n",
             2800, LANG_SV, &c);
    assert_string_equal(c.subtitle, "Kommunernas behov i Region Örebro län, en rapport från Sweco");
    assert_string_equal(c.meta, "2019 · ca 20 minuter");
    assert_string_equal(c.speakers, "");
    /* Nothing but a title: the reading time alone. */
    lines_of("title: Bara en titel\n", 10, LANG_SV, &c);
    assert_string_equal(c.meta, "ca 1 minut");
    assert_string_equal(c.subtitle, "");
    assert_string_equal(c.speakers, "");
}

static void test_roles_are_not_people(void **state)
{
    (void)state;
    CardLines c;
    lines_of("title: Digitalisering och nära vård\nseries: Näravårdpodden\nepisode: 52\ndate: 2021\n"
             "speakers: Patrik Sundström, Lisbeth, Presentatör\n",
             140, LANG_SV, &c);
    assert_string_equal(c.speakers, "Talare: Patrik Sundström och Lisbeth");
    lines_of("title: Bara roller\nspeakers: Alla, Okänd talare, Jingel\n", 140, LANG_SV, &c);
    assert_string_equal(c.speakers, "");
    lines_of("title: En\nspeakers: Eva Sahlén, Presentatör\n", 140, LANG_SV, &c);
    assert_string_equal(c.speakers, "Talare: Eva Sahlén");

    static const char *const not_people[] = {
        "Okänd talare", "Alla", "ALLA", "Presentatör", "Presentatör 1", "PRESENTATÖR 2", "Inforöst",
        "INFORÖST", "Jingel", "Jingle", "Röst", "Speaker 1", "Talare 3", "Berättare", "Publik",
        "Unknown speaker", "Narrator", "All", "Voice over", "Programledare", "Person 2", "", NULL,
    };
    for (size_t i = 0; i < sizeof not_people / sizeof not_people[0]; i++)
        if (card_is_person(not_people[i])) fail_msg("\"%s\" counted as a person", not_people[i]);
    static const char *const people[] = {
        "Eva Sahlén", "Lisbeth", "Allan Svensson", "Röstberg", "Ökänd", "Anna-Karin Öberg",
        "Alla-Maria Lund", "Åsa Ek",
    };
    for (size_t i = 0; i < sizeof people / sizeof people[0]; i++)
        if (!card_is_person(people[i])) fail_msg("\"%s\" not counted as a person", people[i]);
}

static void test_more_than_three_people(void **state)
{
    (void)state;
    CardLines c;
    lines_of("title: Fyra\nspeakers: Presentatör, A Ek, B Ek, C Ek\n", 140, LANG_SV, &c);
    assert_string_equal(c.speakers, "Talare: A Ek, B Ek och C Ek");
    lines_of("title: Fyra\nspeakers: A Ek, Alla, B Ek, C Ek, D Ek\n", 140, LANG_SV, &c);
    assert_string_equal(c.speakers, "Talare: A Ek, B Ek, C Ek med flera");
}

static void test_english(void **state)
{
    (void)state;
    CardLines c;
    lines_of("title: Lund\nsubtitle: Tre röster\nseries: Podden om välfärdsteknik\nepisode: 6\ndate: 2021\n"
             "speakers: Lena Carlereus, Eva Sahlén, Anna Borgius, Sandra West, Okänd talare\n",
             6720, LANG_EN, &c);
    assert_string_equal(c.subtitle, "Tre röster");
    assert_string_equal(c.meta, "Podden om välfärdsteknik, episode 6 · 2021 · about 48 minutes");
    assert_string_equal(c.speakers, "Speaking: Lena Carlereus, Eva Sahlén, Anna Borgius and others");
    lines_of("title: Two\nseries: FoU-podden\nspeakers: Patrik Sundström, Lisbeth, Presenter\n", 140, LANG_EN,
             &c);
    assert_string_equal(c.meta, "FoU-podden · about 1 minute");
    assert_string_equal(c.speakers, "Speaking: Patrik Sundström and Lisbeth");
}

static void test_long_values_cut_at_a_character(void **state)
{
    (void)state;
    char header[3000] = "title: Lång\nsubtitle: ";
    for (int i = 0; i < 400; i++) strcat(header, "ö");
    strcat(header, "\n");
    CardLines c;
    lines_of(header, 10, LANG_SV, &c);
    size_t n = strlen(c.subtitle);
    assert_true(n < CARD_LINE_MAX);
    assert_true(n % 2 == 0); /* whole "ö"s only */
    assert_true(n >= CARD_LINE_MAX - 3);
}

static void test_rows_drop_least_important(void **state)
{
    (void)state;
    CardLines c = {"Undertitel", "Serie · 2021 · ca 5 minuter", "Talare: A"};
    const char *rows[CARD_MAX_ROWS];
    assert_int_equal(card_rows(&c, 3, rows), 3);
    assert_ptr_equal(rows[0], c.subtitle);
    assert_ptr_equal(rows[1], c.meta);
    assert_ptr_equal(rows[2], c.speakers);
    assert_int_equal(card_rows(&c, 2, rows), 2); /* the speakers go first */
    assert_ptr_equal(rows[0], c.subtitle);
    assert_ptr_equal(rows[1], c.meta);
    assert_int_equal(card_rows(&c, 1, rows), 1); /* then the subtitle */
    assert_ptr_equal(rows[0], c.meta);
    assert_int_equal(card_rows(&c, 0, rows), 0);
    c.subtitle[0] = '\0'; /* an empty line takes no row */
    assert_int_equal(card_rows(&c, 2, rows), 2);
    assert_ptr_equal(rows[0], c.meta);
    assert_ptr_equal(rows[1], c.speakers);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_series_without_episode),
        cmocka_unit_test(test_series_with_episode_and_date),
        cmocka_unit_test(test_episode_without_date),
        cmocka_unit_test(test_report_without_series),
        cmocka_unit_test(test_roles_are_not_people),
        cmocka_unit_test(test_more_than_three_people),
        cmocka_unit_test(test_english),
        cmocka_unit_test(test_long_values_cut_at_a_character),
        cmocka_unit_test(test_rows_drop_least_important),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
