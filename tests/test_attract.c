/* Tests for the app's attract screen on a fake clock: when it starts (a
 * quiet while on the shelf only, never over a reading, after an idle reset
 * only once the shelf has shown a while), the quotes through the texts in
 * turn every 12 s, the fade in steps (none with animations off) and the
 * deadlines that let the kiosk sleep, and what the first touch does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/app.h"

#define Q APP_ATTRACT_QUOTE_MS

/* Three texts, with 2, 0 and 1 quotes; attract after 90 s; idle 120 + 30 s. */
static App *make(bool animations, int attract_seconds)
{
    Config c;
    config_defaults(&c);
    c.animations = animations;
    c.attract_seconds = attract_seconds;
    strcpy(c.staff_pin, "1234");
    App *app = app_new(&c, true, 0);
    assert_true(app_set_docs(app, 3, NULL));
    int counts[3] = {2, 0, 1};
    assert_true(app_set_quotes(app, counts));
    app_set_shelf_per_page(app, 1);
    return app;
}

static AppView at(App *app, int64_t now)
{
    app_tick(app, now);
    AppView v;
    app_view(app, now, &v);
    return v;
}

static void starts_after_the_quiet_while(void **state)
{
    (void)state;
    App *app = make(true, 90);
    assert_int_equal(app_next_deadline(app, 0), 90000);
    assert_int_equal(at(app, 89999).screen, APP_SCREEN_SHELF);
    AppView v = at(app, 90000);
    assert_int_equal(v.screen, APP_SCREEN_ATTRACT);
    assert_int_equal(v.doc, -1);
    app_free(app);

    app = make(true, 0); /* off */
    assert_int_equal(app_next_deadline(app, 0), -1);
    assert_int_equal(at(app, 1000000).screen, APP_SCREEN_SHELF);
    app_free(app);

    app = make(true, 90); /* no quotes anywhere: no attract screen */
    app_set_quotes(app, NULL);
    assert_int_equal(app_next_deadline(app, 0), -1);
    assert_int_equal(at(app, 1000000).screen, APP_SCREEN_SHELF);
    app_free(app);
}

static void never_over_a_reading(void **state)
{
    (void)state;
    App *app = make(true, 90);
    app_command(app, APP_CMD_OPEN, 0, 1000);
    app_set_page_count(app, 10, 0);
    assert_int_equal(at(app, 1000 + 100000).screen, APP_SCREEN_READER);
    assert_int_equal(at(app, 1000 + 120000).screen, APP_SCREEN_IDLE);
    AppView v = at(app, 1000 + 150000); /* the idle reset: the shelf, as before */
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_int_equal(app_next_deadline(app, 151000), 1000 + 150000 + 90000);
    assert_int_equal(at(app, 1000 + 150000 + 89999).screen, APP_SCREEN_SHELF);
    assert_int_equal(at(app, 1000 + 150000 + 90000).screen, APP_SCREEN_ATTRACT);
    app_free(app);
}

static void a_visitor_on_the_shelf_then_leaves(void **state)
{
    (void)state;
    App *app = make(true, 90);
    app_command(app, APP_CMD_NEXT, 0, 5000); /* shelf page 2, text size A+ */
    app_command(app, APP_CMD_BIGGER, 0, 5000);
    AppView v = at(app, 5000 + 90000);
    assert_int_equal(v.screen, APP_SCREEN_ATTRACT);
    assert_int_equal(v.text_size, 3); /* a fresh visit */
    assert_int_equal(v.shelf_page, 0);
    app_free(app);
}

static void quotes_through_the_texts_in_turn(void **state)
{
    (void)state;
    App *app = make(false, 90);
    const int want_doc[] = {0, 2, 0, 2, 0}, want_q[] = {0, 0, 1, 0, 0};
    at(app, 90000); /* it starts when its deadline wakes the kiosk */
    for (int k = 0; k < 5; k++) {
        AppView v = at(app, 90000 + (int64_t)k * Q + 5000);
        assert_int_equal(v.screen, APP_SCREEN_ATTRACT);
        assert_int_equal(v.attract_doc, want_doc[k]);
        assert_int_equal(v.attract_quote, want_q[k]);
        assert_int_equal(v.attract_alpha, 255); /* animations off: no fade */
        /* it sleeps until the next quote */
        assert_int_equal(app_next_deadline(app, 90000 + (int64_t)k * Q + 5000), 90000 + (int64_t)(k + 1) * Q);
    }
    app_free(app);
}

static void fades_in_steps_and_sleeps_between(void **state)
{
    (void)state;
    App *app = make(true, 90);
    int64_t t0 = 90000;
    assert_int_equal(at(app, t0).screen, APP_SCREEN_ATTRACT);
    assert_true(at(app, t0).attract_alpha < 64);
    assert_int_equal(at(app, t0 + APP_ATTRACT_FADE_MS).attract_alpha, 255);
    assert_int_equal(at(app, t0 + Q / 2).attract_alpha, 255);
    assert_true(at(app, t0 + Q - 1).attract_alpha < 32);
    /* Count the wake-ups of one quote's 12 s as the kiosk's loop would. */
    int wakes = 0, last_alpha = -1, changes = 0;
    for (int64_t now = t0 + Q; now < t0 + 2 * Q; wakes++) {
        AppView v = at(app, now);
        if (v.attract_alpha != last_alpha) changes++;
        last_alpha = v.attract_alpha;
        int64_t d = app_next_deadline(app, now);
        assert_true(d > now);
        now = d;
    }
    assert_true(wakes <= 2 * APP_ATTRACT_FADE_STEPS + 2);
    assert_true(changes >= 2 * APP_ATTRACT_FADE_STEPS - 1); /* a soft fade, not a jump */
    app_free(app);
}

static void the_first_touch(void **state)
{
    (void)state;
    /* Anywhere but the quote: the shelf on its first page, no turn, no text. */
    App *app = make(true, 90);
    at(app, 95000);
    app_command(app, APP_CMD_ANY_INPUT, 0, 95000);
    app_command(app, APP_CMD_NEXT, 0, 95100); /* a swipe or arrow key */
    AppView v = at(app, 95100);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_int_equal(v.shelf_page, 0);
    assert_int_equal(v.doc, -1);
    app_command(app, APP_CMD_NEXT, 0, 95600); /* the second touch does turn */
    assert_int_equal(at(app, 95600).shelf_page, 1);
    app_free(app);

    /* A finger comes down as the quote fades out and lifts after the next one
     * began: the quote it saw opens, and stays fully shown meanwhile. */
    app = make(true, 90);
    at(app, 90000);
    app_command(app, APP_CMD_ANY_INPUT, 0, 90000 + Q - 100);
    v = at(app, 90000 + Q + 200);
    assert_int_equal(v.attract_doc, 0);
    assert_int_equal(v.attract_alpha, 255);
    app_command(app, APP_CMD_ACTIVATE, 0, 90000 + Q + 200);
    v = at(app, 90000 + Q + 200);
    assert_int_equal(v.screen, APP_SCREEN_READER);
    assert_int_equal(v.doc, 0);
    assert_int_equal(v.open_quote, 0);
    app_free(app);

    /* A touch that was no tap: the quote held, then the turns go on. */
    app = make(true, 90);
    at(app, 90000);
    app_command(app, APP_CMD_ANY_INPUT, 0, 91000);
    assert_int_equal(app_next_deadline(app, 91000), 91000 + Q);
    v = at(app, 91000 + Q + 5000);
    assert_int_equal(v.screen, APP_SCREEN_ATTRACT);
    assert_int_equal(v.attract_doc, 0); /* it carries on from the quote held */

    /* A finger that touches the shelf just as the attract screen falls due
     * keeps the shelf: its tap opens the card it was on. */
    app_free(app);
    app = make(true, 90);
    app_command(app, APP_CMD_ANY_INPUT, 0, 90000);
    app_command(app, APP_CMD_OPEN, 1, 90100);
    v = at(app, 90100);
    assert_int_equal(v.screen, APP_SCREEN_READER);
    assert_int_equal(v.doc, 1);
    app_free(app);
}

static void staff_and_reloads(void **state)
{
    (void)state;
    App *app = make(true, 90);
    at(app, 90000);
    app_command(app, APP_CMD_STAFF_CORNER, 0, 91000);
    assert_int_equal(at(app, 91000).screen, APP_SCREEN_STAFF_PIN);
    app_command(app, APP_CMD_PIN_CANCEL, 0, 92000);
    assert_int_equal(at(app, 92000).screen, APP_SCREEN_SHELF);
    assert_int_equal(at(app, 92000 + 90000).screen, APP_SCREEN_ATTRACT);
    /* new texts while it shows: it stays, with the new quotes */
    bool broken[2] = {false, false};
    assert_true(app_set_docs(app, 2, broken));
    int counts[2] = {0, 3};
    app_set_quotes(app, counts);
    AppView v = at(app, 200000);
    assert_int_equal(v.screen, APP_SCREEN_ATTRACT);
    assert_int_equal(v.attract_doc, 1);
    app_set_quotes(app, NULL); /* none left: the shelf */
    assert_int_equal(at(app, 200001).screen, APP_SCREEN_SHELF);
    app_free(app);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(starts_after_the_quiet_while),
        cmocka_unit_test(never_over_a_reading),
        cmocka_unit_test(a_visitor_on_the_shelf_then_leaves),
        cmocka_unit_test(quotes_through_the_texts_in_turn),
        cmocka_unit_test(fades_in_steps_and_sleeps_between),
        cmocka_unit_test(the_first_touch),
        cmocka_unit_test(staff_and_reloads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
