/* Tests for app, the screen state machine, on a fake clock (plain integers):
 * reading and page turns, the hint, the slide, the idle warning and reset,
 * the staff PIN with its doubling waits, the menu, quitting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/app.h"

/* Five documents, the fourth (index 3) broken; two cards a shelf page.
 * Started as a service, so full screen is locked whatever the PIN. */
static App *make(const char *pin, bool fullscreen, bool animations, int64_t now)
{
    Config c;
    config_defaults(&c);
    strcpy(c.staff_pin, pin);
    c.fullscreen = fullscreen;
    c.animations = animations;
    App *app = app_new(&c, true, now);
    assert_non_null(app);
    bool broken[5] = {false, false, false, true, false};
    assert_true(app_set_docs(app, 5, broken));
    app_set_shelf_per_page(app, 2);
    return app;
}

static AppView view(const App *app, int64_t now)
{
    AppView v;
    app_view(app, now, &v);
    return v;
}

/* Opens doc 0 at `now` and gives it 10 pages. */
static App *reading(int64_t now)
{
    App *app = make("1234", true, true, now);
    app_command(app, APP_CMD_OPEN, 0, now);
    app_set_page_count(app, 10, 0);
    return app;
}

static void test_start_on_shelf(void **state)
{
    (void)state;
    App *app = make("", true, true, 0);
    AppView v = view(app, 0);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_int_equal(v.under, APP_SCREEN_SHELF);
    assert_int_equal(v.n_docs, 5);
    assert_int_equal(v.doc, -1);
    assert_int_equal(v.shelf_page, 0);
    assert_int_equal(v.n_shelf_pages, 3);
    assert_int_equal(v.shelf_per_page, 2);
    assert_int_equal(v.shelf_focus, 0);
    assert_int_equal(v.text_size, 3);
    assert_int_equal(v.theme, THEME_DARK);
    assert_true(v.kiosk);
    assert_false(v.wants_quit);
    assert_int_equal(app_next_deadline(app, 0), -1); /* nothing to wait for */
    app_free(app);
    app_free(NULL);
}

static void test_turn_pages_and_rate_limit(void **state)
{
    (void)state;
    App *app = reading(1000);
    AppView v = view(app, 1000);
    assert_int_equal(v.screen, APP_SCREEN_READER);
    assert_int_equal(v.doc, 0);
    assert_int_equal(v.page, 0);
    assert_int_equal(v.n_pages, 10);
    assert_true(v.hint_visible);
    app_command(app, APP_CMD_PREV, 0, 1100); /* nothing before page 1 ... */
    app_command(app, APP_CMD_NEXT, 0, 1200); /* ... and it used no turn */
    assert_int_equal(view(app, 1200).page, 1);
    assert_false(view(app, 1200).hint_visible); /* gone after the first turn */
    app_command(app, APP_CMD_NEXT, 0, 1300); /* dropped: 100 ms after */
    app_command(app, APP_CMD_NEXT, 0, 1449); /* dropped, not queued */
    assert_int_equal(view(app, 1449).page, 1);
    app_command(app, APP_CMD_NEXT, 0, 1450);
    assert_int_equal(view(app, 1450).page, 2);
    app_command(app, APP_CMD_PREV, 0, 1700);
    assert_int_equal(view(app, 1700).page, 1);
    app_command(app, APP_CMD_FOCUS_NEXT, 0, 2000); /* Down arrow reads on */
    assert_int_equal(view(app, 2000).page, 2);
    /* four taps a second all count */
    for (int i = 0; i < 4; i++)
        app_command(app, APP_CMD_NEXT, 0, 3000 + 250 * i);
    assert_int_equal(view(app, 4000).page, 6);
    app_free(app);
}

static void test_end_screen(void **state)
{
    (void)state;
    App *app = reading(0);
    app_set_page_count(app, 2, 1);
    app_command(app, APP_CMD_NEXT, 0, 1000);
    AppView v = view(app, 1000);
    assert_int_equal(v.screen, APP_SCREEN_END);
    assert_int_equal(v.doc, 0);
    app_command(app, APP_CMD_NEXT, 0, 2000); /* nothing after the end */
    assert_int_equal(view(app, 2000).screen, APP_SCREEN_END);
    app_command(app, APP_CMD_PREV, 0, 3000);
    v = view(app, 3000);
    assert_int_equal(v.screen, APP_SCREEN_READER);
    assert_int_equal(v.page, 1);
    app_command(app, APP_CMD_NEXT, 0, 4000);
    app_command(app, APP_CMD_ACTIVATE, 0, 5000); /* Return: back to the shelf */
    v = view(app, 5000);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_int_equal(v.shelf_focus, 0);
    app_free(app);
}

static void test_hint_times_out(void **state)
{
    (void)state;
    App *app = reading(0);
    assert_int_equal(app_next_deadline(app, 0), APP_HINT_MS);
    assert_true(view(app, APP_HINT_MS - 1).hint_visible);
    assert_false(view(app, APP_HINT_MS).hint_visible);
    app_tick(app, APP_HINT_MS);
    /* the same visitor opening another text sees no hint again */
    app_command(app, APP_CMD_HOME, 0, 7000);
    app_command(app, APP_CMD_OPEN, 1, 8000);
    assert_false(view(app, 8000).hint_visible);
    app_free(app);
}

static void test_slide(void **state)
{
    (void)state;
    App *app = reading(0);
    app_command(app, APP_CMD_NEXT, 0, 1000);
    AppView v = view(app, 1000);
    assert_int_equal(v.anim_dir, 1);
    assert_int_equal(v.anim_from_page, 0);
    assert_true(v.anim_progress >= 0.0f && v.anim_progress < 0.01f);
    assert_int_equal(app_next_deadline(app, 1000), 1000 + APP_FRAME_MS);
    v = view(app, 1000 + APP_SLIDE_MS / 2);
    assert_true(v.anim_progress > 0.45f && v.anim_progress < 0.55f);
    assert_int_equal(view(app, 1000 + APP_SLIDE_MS).anim_dir, 0);
    app_tick(app, 1000 + APP_SLIDE_MS);
    assert_true(APP_SLIDE_MS <= 200);
    app_command(app, APP_CMD_PREV, 0, 2000);
    v = view(app, 2050);
    assert_int_equal(v.anim_dir, -1);
    assert_int_equal(v.anim_from_page, 1);
    app_free(app);

    app = make("", true, false, 0); /* animations = off */
    app_command(app, APP_CMD_OPEN, 0, 0);
    app_set_page_count(app, 10, 0);
    app_command(app, APP_CMD_NEXT, 0, 1000);
    assert_int_equal(view(app, 1000).anim_dir, 0);
    assert_int_equal(view(app, 1000).page, 1);
    app_free(app);
}

static void test_idle_flow(void **state)
{
    (void)state;
    App *app = reading(0);
    app_command(app, APP_CMD_BIGGER, 0, 500);
    app_command(app, APP_CMD_THEME, 0, 600);
    app_set_page_count(app, 12, 0);
    app_command(app, APP_CMD_NEXT, 0, 1000);
    app_command(app, APP_CMD_NEXT, 0, 2000); /* page 2, last input at 2 s */
    assert_int_equal(app_next_deadline(app, 10000), 122000);
    app_command(app, APP_CMD_ANY_INPUT, 0, 60000); /* a finger down counts */
    app_tick(app, 179999);
    assert_int_equal(view(app, 179999).screen, APP_SCREEN_READER);
    app_tick(app, 180000);
    AppView v = view(app, 180000);
    assert_int_equal(v.screen, APP_SCREEN_IDLE);
    assert_int_equal(v.under, APP_SCREEN_READER);
    assert_int_equal(v.doc, 0);
    assert_int_equal(v.page, 2);
    assert_int_equal(v.idle_seconds_left, 30);
    assert_int_equal(view(app, 180001).idle_seconds_left, 30);
    assert_int_equal(view(app, 181000).idle_seconds_left, 29);
    assert_int_equal(view(app, 209999).idle_seconds_left, 1);
    assert_int_equal(app_next_deadline(app, 180000), 181000);
    assert_int_equal(app_next_deadline(app, 180400), 181000);
    /* a finger going down does not dismiss it (its tap will) */
    app_command(app, APP_CMD_ANY_INPUT, 0, 190000);
    assert_int_equal(view(app, 190000).screen, APP_SCREEN_IDLE);
    /* any command keeps reading, and is not applied to the page beneath */
    app_command(app, APP_CMD_NEXT, 0, 195000);
    v = view(app, 195000);
    assert_int_equal(v.screen, APP_SCREEN_READER);
    assert_int_equal(v.page, 2);
    assert_int_equal(v.text_size, 4);
    /* again, and this time nobody answers */
    app_tick(app, 195000 + 120000);
    assert_int_equal(view(app, 315000).screen, APP_SCREEN_IDLE);
    app_command(app, APP_CMD_KEEP_READING, 0, 316000);
    assert_int_equal(view(app, 316000).screen, APP_SCREEN_READER);
    app_tick(app, 436000);
    app_tick(app, 465999);
    assert_int_equal(view(app, 465999).screen, APP_SCREEN_IDLE);
    app_tick(app, 466000);
    v = view(app, 466000);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_int_equal(v.doc, -1);
    assert_int_equal(v.text_size, 3);
    assert_int_equal(v.theme, THEME_DARK);
    assert_int_equal(v.shelf_page, 0);
    assert_int_equal(app_next_deadline(app, 466000), -1);
    /* the next visitor gets the hint again */
    app_command(app, APP_CMD_OPEN, 1, 500000);
    assert_true(view(app, 500000).hint_visible);
    app_free(app);
}

static void test_idle_late_tick_and_end_screen(void **state)
{
    (void)state;
    App *app = reading(0);
    app_set_page_count(app, 1, 0);
    app_command(app, APP_CMD_NEXT, 0, 1000); /* end screen */
    /* the loop slept through everything: a late input resets first */
    app_command(app, APP_CMD_KEEP_READING, 0, 1000 + 150000 + 1);
    AppView v = view(app, 151001);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    app_free(app);

    app = reading(0);
    app_set_page_count(app, 1, 0);
    app_command(app, APP_CMD_NEXT, 0, 1000);
    app_tick(app, 121000);
    v = view(app, 121000);
    assert_int_equal(v.screen, APP_SCREEN_IDLE);
    assert_int_equal(v.under, APP_SCREEN_END);
    app_command(app, APP_CMD_ACTIVATE, 0, 122000); /* Return keeps reading */
    assert_int_equal(view(app, 122000).screen, APP_SCREEN_END);
    app_free(app);
}

static void test_shelf_idle_resets_silently(void **state)
{
    (void)state;
    App *app = make("", true, true, 0);
    app_command(app, APP_CMD_BIGGER, 0, 1000);
    app_command(app, APP_CMD_NEXT, 0, 2000);
    AppView v = view(app, 2000);
    assert_int_equal(v.text_size, 4);
    assert_int_equal(v.shelf_page, 1);
    assert_int_equal(app_next_deadline(app, 2000), 122000);
    app_tick(app, 122000);
    v = view(app, 122000);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_int_equal(v.text_size, 3);
    assert_int_equal(v.shelf_page, 0);
    assert_int_equal(app_next_deadline(app, 122000), -1);
    app_free(app);
}

static void test_text_size(void **state)
{
    (void)state;
    App *app = reading(0);
    for (int i = 0; i < 5; i++)
        app_command(app, APP_CMD_BIGGER, 0, 100 * i);
    assert_int_equal(view(app, 500).text_size, 5);
    for (int i = 0; i < 7; i++)
        app_command(app, APP_CMD_SMALLER, 0, 1000 + 100 * i);
    assert_int_equal(view(app, 2000).text_size, 1);
    /* the caller re-lays out and keeps the position */
    app_set_page_count(app, 4, 2);
    AppView v = view(app, 2000);
    assert_int_equal(v.page, 2);
    assert_int_equal(v.n_pages, 4);
    app_set_page_count(app, 3, 7); /* clamped */
    assert_int_equal(view(app, 2000).page, 2);
    app_set_page_count(app, 0, -1);
    v = view(app, 2000);
    assert_int_equal(v.n_pages, 1);
    assert_int_equal(v.page, 0);
    app_free(app);
}

static void test_shelf_paging_and_focus(void **state)
{
    (void)state;
    App *app = make("", true, true, 0);
    app_command(app, APP_CMD_PREV, 0, 0);
    assert_int_equal(view(app, 0).shelf_page, 0);
    app_command(app, APP_CMD_NEXT, 0, 1000);
    AppView v = view(app, 1000);
    assert_int_equal(v.shelf_page, 1);
    assert_int_equal(v.shelf_focus, 2);
    app_command(app, APP_CMD_NEXT, 0, 1100); /* rate limit holds here too */
    assert_int_equal(view(app, 1100).shelf_page, 1);
    app_command(app, APP_CMD_NEXT, 0, 2000);
    app_command(app, APP_CMD_NEXT, 0, 3000); /* no fourth page */
    assert_int_equal(view(app, 3000).shelf_page, 2);
    assert_int_equal(view(app, 3000).shelf_focus, 4);
    app_command(app, APP_CMD_FOCUS_NEXT, 0, 3100);
    assert_int_equal(view(app, 3100).shelf_focus, 4);
    app_command(app, APP_CMD_FOCUS_PREV, 0, 3200);
    app_command(app, APP_CMD_FOCUS_PREV, 0, 3300);
    v = view(app, 3300);
    assert_int_equal(v.shelf_focus, 2);
    assert_int_equal(v.shelf_page, 1);
    app_command(app, APP_CMD_ACTIVATE, 0, 3400);
    v = view(app, 3400);
    assert_int_equal(v.screen, APP_SCREEN_READER);
    assert_int_equal(v.doc, 2);
    app_command(app, APP_CMD_HOME, 0, 3500); /* back to the card just read */
    v = view(app, 3500);
    assert_int_equal(v.shelf_page, 1);
    assert_int_equal(v.shelf_focus, 2);
    app_set_shelf_per_page(app, 4); /* a rotation: the focus stays in sight */
    assert_int_equal(view(app, 3500).shelf_page, 0);
    app_set_shelf_per_page(app, 0);
    assert_int_equal(view(app, 3500).shelf_per_page, 1);
    app_command(app, APP_CMD_OPEN, 9, 3600); /* no such document */
    app_command(app, APP_CMD_OPEN, -1, 3700);
    assert_int_equal(view(app, 3700).screen, APP_SCREEN_SHELF);
    app_free(app);
}

static void test_empty_shelf(void **state)
{
    (void)state;
    App *app = make("", true, true, 0);
    assert_true(app_set_docs(app, 0, NULL));
    app_command(app, APP_CMD_ACTIVATE, 0, 0);
    app_command(app, APP_CMD_FOCUS_NEXT, 0, 0);
    app_command(app, APP_CMD_NEXT, 0, 0);
    AppView v = view(app, 0);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_int_equal(v.shelf_focus, -1);
    assert_int_equal(v.n_shelf_pages, 1);
    app_free(app);
}

static void test_broken_documents(void **state)
{
    (void)state;
    App *app = make("", true, true, 0);
    app_command(app, APP_CMD_OPEN, 3, 0);
    AppView v = view(app, 0);
    assert_int_equal(v.screen, APP_SCREEN_ERROR);
    assert_int_equal(v.doc, 3);
    app_command(app, APP_CMD_NEXT, 0, 1000);
    assert_int_equal(view(app, 1000).screen, APP_SCREEN_ERROR);
    app_command(app, APP_CMD_HOME, 0, 2000);
    assert_int_equal(view(app, 2000).screen, APP_SCREEN_SHELF);
    /* one that fails only when laid out */
    app_command(app, APP_CMD_OPEN, 4, 3000);
    app_set_broken(app, 4);
    assert_int_equal(view(app, 3000).screen, APP_SCREEN_ERROR);
    app_set_broken(app, 99);
    /* the error card goes back to the shelf on its own, without a warning */
    app_tick(app, 123000);
    assert_int_equal(view(app, 123000).screen, APP_SCREEN_SHELF);
    app_free(app);
}

static void pin(App *app, const char *digits, int64_t now)
{
    for (const char *d = digits; *d; d++)
        app_command(app, APP_CMD_PIN_DIGIT, *d - '0', now);
    app_command(app, APP_CMD_PIN_OK, 0, now);
}

static void test_staff_needs_a_pin(void **state)
{
    (void)state;
    App *app = make("", true, true, 0);
    app_command(app, APP_CMD_STAFF_CORNER, 0, 0);
    assert_int_equal(view(app, 0).screen, APP_SCREEN_SHELF);
    app_command(app, APP_CMD_MENU_QUIT, 0, 0);
    assert_false(view(app, 0).wants_quit);
    app_free(app);
}

static void test_pin_waits_double(void **state)
{
    (void)state;
    App *app = reading(0);
    app_command(app, APP_CMD_NEXT, 0, 1000);
    app_command(app, APP_CMD_STAFF_CORNER, 0, 5000);
    AppView v = view(app, 5000);
    assert_int_equal(v.screen, APP_SCREEN_STAFF_PIN);
    assert_int_equal(v.pin_length, 0);
    assert_int_equal(v.pin_wait_seconds, 0);
    app_command(app, APP_CMD_PIN_DIGIT, 1, 5000);
    app_command(app, APP_CMD_PIN_DIGIT, 2, 5000);
    app_command(app, APP_CMD_PIN_ERASE, 0, 5000);
    assert_int_equal(view(app, 5000).pin_length, 1);
    app_command(app, APP_CMD_PIN_ERASE, 0, 5000);
    app_command(app, APP_CMD_PIN_ERASE, 0, 5000);
    assert_int_equal(view(app, 5000).pin_length, 0);
    app_command(app, APP_CMD_PIN_OK, 0, 5000); /* an empty OK costs nothing */
    assert_false(view(app, 5000).pin_wrong);

    int64_t t = 10000;
    int64_t want_ms[] = {1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000};
    for (size_t i = 0; i < sizeof want_ms / sizeof want_ms[0]; i++) {
        pin(app, "9999", t);
        v = view(app, t);
        assert_true(v.pin_wrong);
        assert_int_equal(v.pin_length, 0);
        assert_int_equal(v.pin_wait_seconds, want_ms[i] / 1000);
        /* even the right PIN is refused while waiting; the digits stay */
        for (int64_t k = t + 60000; k < t + want_ms[i]; k += 60000)
            app_command(app, APP_CMD_ANY_INPUT, 0, k); /* staff stays there */
        pin(app, "1234", t + want_ms[i] - 1);
        v = view(app, t + want_ms[i] - 1);
        assert_int_equal(v.screen, APP_SCREEN_STAFF_PIN);
        assert_int_equal(v.pin_wait_seconds, 1);
        assert_int_equal(v.pin_length, 4);
        assert_false(v.pin_wrong);
        while (view(app, t).pin_length > 0)
            app_command(app, APP_CMD_PIN_ERASE, 0, t + want_ms[i] - 1);
        if (i == 0)
            assert_int_equal(app_next_deadline(app, t + 400), t + 1000);
        t += want_ms[i];
        assert_int_equal(view(app, t).pin_wait_seconds, 0);
    }
    /* leaving and coming back does not clear the wait */
    pin(app, "0000", t);
    app_command(app, APP_CMD_PIN_CANCEL, 0, t);
    v = view(app, t);
    assert_int_equal(v.screen, APP_SCREEN_READER); /* back where it was */
    assert_int_equal(v.page, 1);
    app_command(app, APP_CMD_STAFF_CORNER, 0, t + 1000);
    assert_int_equal(view(app, t + 1000).pin_wait_seconds, 299);
    t += 300000; /* the PIN pad closed itself meanwhile: hold again */
    app_tick(app, t);
    assert_int_equal(view(app, t).screen, APP_SCREEN_SHELF);
    app_command(app, APP_CMD_STAFF_CORNER, 0, t);
    pin(app, "12345", t); /* too long is wrong, too */
    assert_true(view(app, t).pin_wrong);
    t += 300000;
    app_command(app, APP_CMD_STAFF_CORNER, 0, t);
    pin(app, "123456789", t); /* the ninth digit is not taken */
    assert_true(view(app, t).pin_wrong);
    t += 300000;
    app_command(app, APP_CMD_STAFF_CORNER, 0, t);
    pin(app, "1234", t);
    assert_int_equal(view(app, t).screen, APP_SCREEN_STAFF_MENU);
    /* a success forgets the failures */
    app_command(app, APP_CMD_MENU_BACK, 0, t);
    app_command(app, APP_CMD_STAFF_CORNER, 0, t);
    pin(app, "1111", t);
    assert_int_equal(view(app, t).pin_wait_seconds, 1);
    app_free(app);
}

static void test_staff_menu(void **state)
{
    (void)state;
    App *app = reading(0);
    app_tick(app, 100000);
    app_command(app, APP_CMD_STAFF_CORNER, 0, 100000);
    pin(app, "1234", 100000);
    AppView v = view(app, 100000);
    assert_int_equal(v.screen, APP_SCREEN_STAFF_MENU);
    assert_false(v.reloaded);
    assert_false(app_take_reload(app));
    app_command(app, APP_CMD_MENU_RELOAD, 0, 101000);
    assert_true(view(app, 101000).reloaded);
    assert_true(app_take_reload(app));
    assert_false(app_take_reload(app));
    bool broken[2] = {false, false};
    assert_true(app_set_docs(app, 2, broken));
    v = view(app, 101000);
    assert_int_equal(v.screen, APP_SCREEN_STAFF_MENU); /* staff stay put */
    assert_int_equal(v.n_docs, 2);
    assert_int_equal(v.doc, -1);
    app_command(app, APP_CMD_MENU_INFO, 0, 102000);
    assert_int_equal(view(app, 102000).screen, APP_SCREEN_STAFF_INFO);
    app_command(app, APP_CMD_MENU_BACK, 0, 103000);
    assert_int_equal(view(app, 103000).screen, APP_SCREEN_STAFF_MENU);
    app_command(app, APP_CMD_NEXT, 0, 103500); /* visitor commands do nothing */
    app_command(app, APP_CMD_MENU_BACK, 0, 104000);
    assert_int_equal(view(app, 104000).screen, APP_SCREEN_SHELF);
    /* left alone, the menu closes by itself */
    app_command(app, APP_CMD_STAFF_CORNER, 0, 200000);
    pin(app, "1234", 200000);
    app_command(app, APP_CMD_MENU_INFO, 0, 200000);
    assert_int_equal(app_next_deadline(app, 200000), 320000);
    app_tick(app, 320000);
    assert_int_equal(view(app, 320000).screen, APP_SCREEN_SHELF);
    /* Avsluta */
    app_command(app, APP_CMD_STAFF_CORNER, 0, 400000);
    pin(app, "1234", 400000);
    app_command(app, APP_CMD_MENU_QUIT, 0, 400000);
    assert_true(view(app, 400000).wants_quit);
    app_free(app);
}

static void test_staff_from_idle_overlay(void **state)
{
    (void)state;
    App *app = reading(0);
    app_tick(app, 120000);
    assert_int_equal(view(app, 120000).screen, APP_SCREEN_IDLE);
    app_command(app, APP_CMD_STAFF_CORNER, 0, 125000);
    assert_int_equal(view(app, 125000).screen, APP_SCREEN_STAFF_PIN);
    app_command(app, APP_CMD_PIN_CANCEL, 0, 126000);
    assert_int_equal(view(app, 126000).screen, APP_SCREEN_READER);
    app_free(app);
}

static void test_quit_requests(void **state)
{
    (void)state;
    App *app = make("", true, true, 0); /* kiosk: ignored */
    app_command(app, APP_CMD_QUIT_REQUEST, 0, 0);
    assert_false(view(app, 0).wants_quit);
    app_free(app);
    app = make("", false, true, 0); /* windowed: quits */
    assert_false(view(app, 0).kiosk);
    app_command(app, APP_CMD_QUIT_REQUEST, 0, 0);
    assert_true(view(app, 0).wants_quit);
    app_free(app);
}

/* Locked (quitting only through the staff menu) is full screen with a staff
 * PIN or under a service manager; otherwise a quit request quits. */
static void test_who_may_quit(void **state)
{
    (void)state;
    static const struct { bool fullscreen; const char *pin; bool managed, locked; } cases[] = {
        {true, "", false, false},    /* `make run` on a desktop: the usual quit works */
        {true, "2580", false, true}, /* staff configured a PIN */
        {true, "", true, true},      /* started by systemd */
        {true, "2580", true, true},
        {false, "2580", true, false}, /* a window always closes */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Config c;
        config_defaults(&c);
        strcpy(c.staff_pin, cases[i].pin);
        c.fullscreen = cases[i].fullscreen;
        App *app = app_new(&c, cases[i].managed, 0);
        assert_non_null(app);
        assert_int_equal(view(app, 0).kiosk, cases[i].locked);
        app_command(app, APP_CMD_QUIT_REQUEST, 0, 10);
        assert_int_equal(view(app, 10).wants_quit, !cases[i].locked);
        app_free(app);
    }
}

static void test_reload_while_reading(void **state)
{
    (void)state;
    App *app = reading(0);
    assert_true(app_set_docs(app, 1, NULL));
    AppView v = view(app, 0);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_int_equal(v.doc, -1);
    assert_int_equal(v.shelf_focus, 0);
    assert_int_equal(v.n_shelf_pages, 1);
    assert_true(app_set_docs(app, -3, NULL));
    assert_int_equal(view(app, 0).n_docs, 0);
    app_free(app);
}

/* The screen table: a row for every screen, each with its own name, and
 * facts that agree (a screen that lays a text out shows an open text; staff
 * screens hold no text; only the overlay stays quiet over a screen beneath). */
static void test_screen_table(void **state)
{
    (void)state;
    for (int s = 0; s < APP_SCREEN_COUNT; s++) {
        const AppScreenInfo *i = app_screen((AppScreen)s);
        assert_non_null(i->name);
        for (int t = 0; t < s; t++)
            assert_string_not_equal(i->name, app_screen((AppScreen)t)->name);
        if (i->lays_out) assert_true(i->open_doc);
        if (i->staff) assert_false(i->open_doc || i->turns || i->returnable);
        if (i->overlay) assert_false(i->staff || i->returnable);
    }
    assert_true(app_screen(APP_SCREEN_READER)->lays_out && app_screen(APP_SCREEN_SHELF)->turns);
    assert_int_equal(app_screen(APP_SCREEN_ERROR)->quiet, APP_QUIET_RESET);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_start_on_shelf),
        cmocka_unit_test(test_turn_pages_and_rate_limit),
        cmocka_unit_test(test_end_screen),
        cmocka_unit_test(test_hint_times_out),
        cmocka_unit_test(test_slide),
        cmocka_unit_test(test_idle_flow),
        cmocka_unit_test(test_idle_late_tick_and_end_screen),
        cmocka_unit_test(test_shelf_idle_resets_silently),
        cmocka_unit_test(test_text_size),
        cmocka_unit_test(test_shelf_paging_and_focus),
        cmocka_unit_test(test_empty_shelf),
        cmocka_unit_test(test_broken_documents),
        cmocka_unit_test(test_staff_needs_a_pin),
        cmocka_unit_test(test_pin_waits_double),
        cmocka_unit_test(test_staff_menu),
        cmocka_unit_test(test_staff_from_idle_overlay),
        cmocka_unit_test(test_quit_requests),
        cmocka_unit_test(test_who_may_quit),
        cmocka_unit_test(test_reload_while_reading),
        cmocka_unit_test(test_screen_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
