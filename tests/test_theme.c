/* Tests for theme: every text colour meets WCAG AAA (7:1) on every
 * background it can be drawn on, and speaker colours are distinct. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <cmocka.h>

#include "core/theme.h"

/* The WCAG 2 contrast formula: relative luminance of sRGB channels. */
static double channel(uint8_t v)
{
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(ThemeColor c)
{
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/* Contrast ratio of two colours, from 1.0 to 21.0. */
static double wcag_contrast(ThemeColor a, ThemeColor b)
{
    double la = luminance(a), lb = luminance(b);
    double hi = la > lb ? la : lb, lo = la > lb ? lb : la;
    return (hi + 0.05) / (lo + 0.05);
}

static void check(const char *theme, const char *what, ThemeColor fg, ThemeColor bg, double need)
{
    double c = wcag_contrast(fg, bg);
    if (c < need) fail_msg("%s: %s has contrast %.2f, needs %.1f", theme, what, c, need);
}

static void formula_matches_known_values(void **state)
{
    (void)state;
    ThemeColor black = {0, 0, 0}, white = {255, 255, 255}, grey = {0x77, 0x77, 0x77};
    assert_true(wcag_contrast(black, white) > 20.99 && wcag_contrast(black, white) < 21.01);
    assert_true(wcag_contrast(white, white) == 1.0);
    double g = wcag_contrast(grey, white); /* #777 on white is 4.48:1 */
    assert_true(g > 4.47 && g < 4.49);
}

static void every_text_pair_is_aaa(void **state)
{
    (void)state;
    for (int t = 0; t < THEME_COUNT; t++) {
        const Theme *th = theme_get((ThemeId)t);
        const ThemeColor backs[] = {th->bg, th->bar_bg, th->button_bg, th->highlight};
        const char *back_names[] = {"page", "bar", "button", "read-aloud highlight"};
        for (int b = 0; b < 4; b++) {
            char what[64];
            snprintf(what, sizeof what, "text on %s", back_names[b]);
            check(th->name, what, th->text, backs[b], 7.0);
            snprintf(what, sizeof what, "muted on %s", back_names[b]);
            check(th->name, what, th->muted, backs[b], 7.0);
            snprintf(what, sizeof what, "button text on %s", back_names[b]);
            check(th->name, what, th->button_text, backs[b], 7.0);
            for (int s = 0; s < THEME_SPEAKER_COLORS; s++) {
                snprintf(what, sizeof what, "speaker %d on %s", s, back_names[b]);
                check(th->name, what, th->speakers[s], backs[b], 7.0);
            }
        }
        check(th->name, "page colour on accent (the idle overlay's button)", th->bg, th->accent, 7.0);
        check(th->name, "border on page", th->border, th->bg, 3.0);
        /* the band must be seen: a soft step from the page, not a glare */
        double band = wcag_contrast(th->highlight, th->bg);
        if (band < 1.25 || band > 3.0) fail_msg("%s: highlight band on page %.2f, wants 1.25..3", th->name, band);
        check(th->name, "accent on bar", th->accent, th->bar_bg, 3.0);
    }
}

static void speaker_colours_differ_and_repeat_by_index(void **state)
{
    (void)state;
    for (int t = 0; t < THEME_COUNT; t++) {
        const Theme *th = theme_get((ThemeId)t);
        for (int i = 0; i < THEME_SPEAKER_COLORS; i++)
            for (int j = i + 1; j < THEME_SPEAKER_COLORS; j++) {
                ThemeColor a = th->speakers[i], b = th->speakers[j];
                int d = abs(a.r - b.r) + abs(a.g - b.g) + abs(a.b - b.b);
                if (d < 60) fail_msg("%s: speakers %d and %d look alike", th->name, i, j);
            }
        ThemeColor a = theme_speaker(th, 2), b = theme_speaker(th, 2 + THEME_SPEAKER_COLORS);
        assert_memory_equal(&a, &b, sizeof a);
    }
}

static void names_round_trip(void **state)
{
    (void)state;
    ThemeId id = THEME_DARK;
    assert_true(theme_from_name("yellow", &id));
    assert_int_equal(id, THEME_YELLOW);
    assert_true(theme_from_name("Light", &id)); /* as a config file may spell it */
    assert_int_equal(id, THEME_LIGHT);
    assert_false(theme_from_name("pink", &id));
    assert_int_equal(id, THEME_LIGHT);
    assert_string_equal(theme_get((ThemeId)99)->name, "dark");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(formula_matches_known_values),
        cmocka_unit_test(every_text_pair_is_aaa),
        cmocka_unit_test(speaker_colours_differ_and_repeat_by_index),
        cmocka_unit_test(names_round_trip),
    };
    return cmocka_run_group_tests_name("theme", tests, NULL, NULL);
}
