/* Tests for strings: complete tables, matching printf arguments across
 * languages and forms, singular forms, language names, reading time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/lang.h"

/* Writes the sequence of printf conversions of fmt ("%d%s") into out. */
static void conversions(const char *fmt, char *out, size_t cap)
{
    size_t n = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%')
            continue;
        p++;
        assert_true(*p == 'd' || *p == 's' || *p == '%');
        if (*p == '%')
            continue;
        assert_true(n + 2 < cap);
        out[n++] = '%';
        out[n++] = *p;
    }
    out[n] = '\0';
}

static void test_tables_complete_and_matching(void **state)
{
    (void)state;
    for (int id = 0; id < STR_COUNT; id++) {
        char want[32], got[32];
        conversions(lang_get(LANG_SV, (StringId)id), want, sizeof want);
        for (int l = 0; l < LANG_COUNT; l++) {
            const char *s = lang_get((Lang)l, (StringId)id);
            if (s[0] == '\0')
                fail_msg("string %d missing in %s", id, lang_name((Lang)l));
            conversions(s, got, sizeof got);
            if (strcmp(got, want) != 0)
                fail_msg("string %d in %s takes %s, Swedish %s", id,
                         lang_name((Lang)l), got, want);
            conversions(lang_get_n((Lang)l, (StringId)id, 1), got, sizeof got);
            assert_string_equal(got, want);
        }
    }
}

static void test_required_swedish_texts(void **state)
{
    (void)state;
    assert_string_equal(lang_get(LANG_SV, STR_HOME), "Alla texter");
    assert_string_equal(lang_get(LANG_SV, STR_READ_ALOUD), "Läs upp");
    assert_string_equal(lang_get(LANG_SV, STR_READ_STOP), "Sluta läsa");
    assert_string_equal(lang_get(LANG_EN, STR_READ_ALOUD), "Read aloud");
    assert_string_equal(lang_get(LANG_SV, STR_PREV), "◀ Föregående");
    assert_string_equal(lang_get(LANG_SV, STR_NEXT), "Nästa sida ▶");
    assert_string_equal(lang_get(LANG_SV, STR_IDLE_QUESTION), "Läser du fortfarande?");
    assert_string_equal(lang_get(LANG_SV, STR_IDLE_KEEP), "Ja, fortsätt läsa");
    assert_string_equal(lang_get(LANG_SV, STR_ERROR_TITLE), "Den här texten kunde inte visas");
    assert_string_equal(lang_get(LANG_SV, STR_SHELF_EMPTY), "Inga texter ännu");
    assert_string_equal(lang_get(LANG_SV, STR_MENU_QUIT), "Avsluta");
    assert_string_equal(lang_get(LANG_SV, STR_MENU_RELOAD), "Ladda om texter");
    assert_string_equal(lang_get(LANG_SV, STR_MENU_INFO), "Info");
    assert_string_equal(lang_get(LANG_SV, STR_MENU_BACK), "Tillbaka");
}

static void test_format_and_singular(void **state)
{
    (void)state;
    char buf[128];
    lang_format(buf, sizeof buf, LANG_SV, STR_PAGE_OF, 3, 41);
    assert_string_equal(buf, "Sida 3 av 41");
    lang_format(buf, sizeof buf, LANG_EN, STR_PAGE_OF, 3, 41);
    assert_string_equal(buf, "Page 3 of 41");
    lang_format(buf, sizeof buf, LANG_SV, STR_READING_TIME, 25);
    assert_string_equal(buf, "ca 25 minuter");
    lang_format(buf, sizeof buf, LANG_SV, STR_READING_TIME, 1);
    assert_string_equal(buf, "ca 1 minut");
    lang_format(buf, sizeof buf, LANG_EN, STR_READING_TIME, 1);
    assert_string_equal(buf, "about 1 minute");
    lang_format(buf, sizeof buf, LANG_EN, STR_PIN_WAIT, 2);
    assert_string_equal(buf, "Wait 2 seconds before trying again.");
    lang_format(buf, sizeof buf, LANG_SV, STR_IDLE_COUNTDOWN, 1);
    assert_string_equal(buf, "Om 1 sekund går vi tillbaka till alla texter.");
    lang_format(buf, sizeof buf, LANG_SV, STR_CARD_SPEAKERS, "Anna, Erik");
    assert_string_equal(buf, "Talare: Anna, Erik");
    lang_format(buf, 8, LANG_SV, STR_PAGE_OF, 3, 41);
    assert_string_equal(buf, "Sida 3 ");
    assert_string_equal(lang_get_n(LANG_SV, STR_HOME, 1), "Alla texter");
}

static void test_out_of_range(void **state)
{
    (void)state;
    assert_string_equal(lang_get(LANG_COUNT, STR_HOME), "");
    assert_string_equal(lang_get(LANG_SV, STR_COUNT), "");
    assert_string_equal(lang_get((Lang)-1, STR_HOME), "");
    assert_string_equal(lang_name(LANG_COUNT), "");
}

static void test_lang_from_name(void **state)
{
    (void)state;
    static const struct { const char *name; int ok; Lang want; } t[] = {
        {"sv", 1, LANG_SV}, {"en", 1, LANG_EN}, {"EN", 1, LANG_EN},
        {"Sv", 1, LANG_SV}, {"", 0, 0}, {"s", 0, 0}, {"sve", 0, 0},
        {"de", 0, 0}, {"english", 0, 0}, {NULL, 0, 0},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        Lang l = (Lang)42;
        assert_int_equal(lang_from_name(t[i].name, &l), t[i].ok);
        assert_int_equal(l, t[i].ok ? t[i].want : (Lang)42);
    }
    assert_string_equal(lang_name(LANG_SV), "sv");
    assert_string_equal(lang_name(LANG_EN), "en");
}

static void test_reading_minutes(void **state)
{
    (void)state;
    static const struct { size_t words; int minutes; } t[] = {
        {0, 1}, {1, 1}, {140, 1}, {209, 1}, {210, 2}, {3500, 25}, {14000, 100},
        {(size_t)-1, 100000},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        assert_int_equal(lang_reading_minutes(t[i].words), t[i].minutes);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables_complete_and_matching),
        cmocka_unit_test(test_required_swedish_texts),
        cmocka_unit_test(test_format_and_singular),
        cmocka_unit_test(test_out_of_range),
        cmocka_unit_test(test_lang_from_name),
        cmocka_unit_test(test_reading_minutes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
