/* Tests for app's reading aloud, on a fake clock: the button's state, key
 * r's command, reading on at a page's end, a turn by hand starting the new
 * page again, A-/A+ keeping on, and everything that stops it (Alla texter,
 * the end page, the idle warning, the idle reset, the staff corner); the
 * visitor's pace (three steps, staff's in the middle, back to it for the next
 * visitor) and the reader's "Text och ljud" panel. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/app.h"

/* Three documents, a staff PIN, idle warning after 120 s and reset 30 s
 * later; doc 0 open with 3 pages; read aloud offered. */
static App *reader(int64_t now)
{
    Config c;
    config_defaults(&c);
    strcpy(c.staff_pin, "1234");
    App *app = app_new(&c, true, now);
    assert_non_null(app);
    assert_true(app_set_docs(app, 3, NULL));
    app_set_shelf_per_page(app, 2);
    app_set_read_aloud(app, true);
    app_command(app, APP_CMD_OPEN, 0, now);
    app_set_page_count(app, 3, 0);
    return app;
}

static AppView view(const App *app, int64_t now)
{
    AppView v;
    app_view(app, now, &v);
    return v;
}

static void test_button_starts_and_stops(void **state)
{
    (void)state;
    App *app = reader(0);
    AppView v = view(app, 0);
    assert_true(v.read_available);
    assert_false(v.reading);
    unsigned epoch = v.read_epoch;
    app_command(app, APP_CMD_READ, 0, 100);
    v = view(app, 100);
    assert_true(v.reading);
    assert_int_not_equal(v.read_epoch, epoch);
    app_command(app, APP_CMD_READ, 0, 200); /* "Sluta läsa" */
    assert_false(view(app, 200).reading);
    app_free(app);
}

static void test_not_offered(void **state)
{
    (void)state;
    App *app = reader(0);
    app_set_read_aloud(app, false); /* read_aloud = off, or no audio device */
    app_command(app, APP_CMD_READ, 0, 100);
    assert_false(view(app, 100).reading);
    assert_false(view(app, 100).read_available);
    app_set_read_aloud(app, true);
    app_command(app, APP_CMD_READ, 0, 200);
    assert_true(view(app, 200).reading);
    app_set_read_aloud(app, false); /* the device went away: silence */
    assert_false(view(app, 200).reading);
    app_free(app);
    /* on the shelf, the command does nothing */
    app = reader(0);
    app_command(app, APP_CMD_HOME, 0, 10);
    app_command(app, APP_CMD_READ, 0, 20);
    assert_false(view(app, 20).reading);
    app_free(app);
}

static void test_reads_on_to_the_end(void **state)
{
    (void)state;
    App *app = reader(0);
    app_command(app, APP_CMD_READ, 0, 0);
    unsigned epoch = view(app, 0).read_epoch;
    app_command(app, APP_CMD_READ_PAGE_DONE, 0, 40000);
    AppView v = view(app, 40000);
    assert_int_equal(v.page, 1);
    assert_true(v.reading);
    assert_int_not_equal(v.read_epoch, epoch);
    /* no rate limit for the speaker's turns */
    app_command(app, APP_CMD_READ_PAGE_DONE, 0, 40010);
    assert_int_equal(view(app, 40010).page, 2);
    app_command(app, APP_CMD_READ_PAGE_DONE, 0, 80000);
    v = view(app, 80000);
    assert_int_equal(v.screen, APP_SCREEN_END); /* the end page stops it */
    assert_false(v.reading);
    app_command(app, APP_CMD_PREV, 0, 81000);
    assert_false(view(app, 81000).reading); /* back from the end: silent */
    /* a page-done that comes after a stop changes nothing */
    app_command(app, APP_CMD_READ_PAGE_DONE, 0, 82000);
    assert_int_equal(view(app, 82000).page, 2);
    app_free(app);
}

static void test_turn_by_hand_and_sizes(void **state)
{
    (void)state;
    App *app = reader(0);
    app_command(app, APP_CMD_READ, 0, 0);
    unsigned epoch = view(app, 0).read_epoch;
    app_command(app, APP_CMD_NEXT, 0, 1000);
    AppView v = view(app, 1000);
    assert_int_equal(v.page, 1);
    assert_true(v.reading); /* on from the new page's first line */
    assert_int_not_equal(v.read_epoch, epoch);
    epoch = v.read_epoch;
    app_command(app, APP_CMD_BIGGER, 0, 2000);
    app_set_page_count(app, 5, 2); /* the caller keeps the sentence's page */
    v = view(app, 2000);
    assert_true(v.reading);
    assert_int_equal(v.read_epoch, epoch); /* the same sentence, not the page's start */
    app_command(app, APP_CMD_SMALLER, 0, 3000);
    app_command(app, APP_CMD_THEME, 0, 3100);
    assert_true(view(app, 3100).reading);
    app_command(app, APP_CMD_HOME, 0, 4000); /* Alla texter */
    assert_false(view(app, 4000).reading);
    app_free(app);
}

static void test_idle_stops_it(void **state)
{
    (void)state;
    App *app = reader(0);
    app_command(app, APP_CMD_READ, 0, 0);
    /* automatic page turns are not the visitor: the idle warning still comes */
    app_command(app, APP_CMD_READ_PAGE_DONE, 0, 60000);
    app_tick(app, 119999);
    assert_true(view(app, 119999).reading);
    app_tick(app, 120000);
    AppView v = view(app, 120000);
    assert_int_equal(v.screen, APP_SCREEN_IDLE);
    assert_false(v.reading);
    app_command(app, APP_CMD_KEEP_READING, 0, 121000);
    v = view(app, 121000);
    assert_int_equal(v.screen, APP_SCREEN_READER);
    assert_false(v.reading); /* a tap on Läs upp reads again */
    app_command(app, APP_CMD_READ, 0, 122000);
    assert_true(view(app, 122000).reading);
    app_tick(app, 122000 + 120000 + 30000); /* warning, then the reset */
    v = view(app, 122000 + 120000 + 30000);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_false(v.reading);
    app_free(app);
}

static void test_staff_corner_stops_it(void **state)
{
    (void)state;
    App *app = reader(0);
    app_command(app, APP_CMD_READ, 0, 0);
    app_command(app, APP_CMD_STAFF_CORNER, 0, 5000);
    AppView v = view(app, 5000);
    assert_int_equal(v.screen, APP_SCREEN_STAFF_PIN);
    assert_false(v.reading);
    app_free(app);
}

static void test_pace_steps(void **state)
{
    (void)state;
    App *app = reader(0);
    AppView v = view(app, 0);
    assert_int_equal(v.pace, PACE_NORMAL); /* staff's speech_rate */
    assert_true(pace_factor(0) < pace_factor(PACE_NORMAL));
    assert_true(pace_factor(PACE_NORMAL) < pace_factor(PACE_STEPS - 1));
    assert_true(pace_factor(PACE_NORMAL) == 1.0);
    app_command(app, APP_CMD_SLOWER, 0, 100); /* chosen before reading */
    assert_int_equal(view(app, 100).pace, 0);
    app_command(app, APP_CMD_SLOWER, 0, 200); /* the slowest stays */
    assert_int_equal(view(app, 200).pace, 0);
    app_command(app, APP_CMD_READ, 0, 300);
    unsigned epoch = view(app, 300).read_epoch;
    app_command(app, APP_CMD_FASTER, 0, 400);
    app_command(app, APP_CMD_FASTER, 0, 500);
    app_command(app, APP_CMD_FASTER, 0, 600); /* the fastest stays */
    v = view(app, 600);
    assert_int_equal(v.pace, PACE_STEPS - 1);
    assert_true(v.reading);
    assert_int_equal(v.read_epoch, epoch); /* on from the sentence heard, not the page's start */
    app_command(app, APP_CMD_HOME, 0, 700); /* the same visitor keeps it */
    app_command(app, APP_CMD_OPEN, 1, 800);
    assert_int_equal(view(app, 800).pace, PACE_STEPS - 1);
    app_tick(app, 800 + 120000 + 30000); /* the idle warning, then the reset */
    v = view(app, 800 + 120000 + 30000);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_int_equal(v.pace, PACE_NORMAL); /* the next visitor hears staff's pace */
    app_free(app);
    /* without reading aloud, and off the reader, the pace stays */
    app = reader(0);
    app_set_read_aloud(app, false);
    app_command(app, APP_CMD_FASTER, 0, 100);
    assert_int_equal(view(app, 100).pace, PACE_NORMAL);
    app_set_read_aloud(app, true);
    app_command(app, APP_CMD_HOME, 0, 200);
    app_command(app, APP_CMD_SLOWER, 0, 300);
    assert_int_equal(view(app, 300).pace, PACE_NORMAL);
    app_free(app);
}

static void test_panel(void **state)
{
    (void)state;
    App *app = reader(0);
    assert_false(view(app, 0).panel_open);
    app_command(app, APP_CMD_PANEL, 0, 100); /* "Text och ljud" */
    AppView v = view(app, 100);
    assert_true(v.panel_open);
    assert_false(v.hint_visible); /* the panel covers the hint's place */
    app_command(app, APP_CMD_BIGGER, 0, 200); /* its controls leave it open */
    app_command(app, APP_CMD_SLOWER, 0, 300);
    app_command(app, APP_CMD_NEXT, 0, 400);
    assert_true(view(app, 400).panel_open);
    app_command(app, APP_CMD_PANEL, 0, 500); /* "Stäng" */
    assert_false(view(app, 500).panel_open);
    app_command(app, APP_CMD_PANEL, 0, 600);
    app_command(app, APP_CMD_HOME, 0, 700); /* Alla texter closes it */
    app_command(app, APP_CMD_OPEN, 1, 800);
    assert_false(view(app, 800).panel_open);
    app_command(app, APP_CMD_PANEL, 0, 900);
    app_tick(app, 900 + 120000); /* the idle warning closes it */
    assert_false(view(app, 900 + 120000).panel_open);
    app_command(app, APP_CMD_KEEP_READING, 0, 900 + 121000);
    assert_false(view(app, 900 + 121000).panel_open);
    app_command(app, APP_CMD_HOME, 0, 900 + 122000);
    app_command(app, APP_CMD_PANEL, 0, 900 + 123000); /* the shelf has none */
    assert_false(view(app, 900 + 123000).panel_open);
    app_free(app);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_button_starts_and_stops), cmocka_unit_test(test_not_offered),
        cmocka_unit_test(test_reads_on_to_the_end),     cmocka_unit_test(test_turn_by_hand_and_sizes),
        cmocka_unit_test(test_idle_stops_it),           cmocka_unit_test(test_staff_corner_stops_it),
        cmocka_unit_test(test_pace_steps),              cmocka_unit_test(test_panel),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
