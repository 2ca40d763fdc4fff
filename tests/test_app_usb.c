/* Tests for app_usb: the USB import's banner in Swedish and English (one
 * and many), how long it stays on the shelf, the attract screen giving way
 * to it, a reader left alone, and Info keeping the last report. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/app.h"

/* Two texts with a quote each, in lang; attract after 90 s. */
static App *make(Lang lang)
{
    Config c;
    config_defaults(&c);
    c.lang = lang;
    App *app = app_new(&c, true, 0);
    assert_non_null(app);
    assert_true(app_set_docs(app, 2, NULL));
    int counts[2] = {1, 1};
    assert_true(app_set_quotes(app, counts));
    app_set_shelf_per_page(app, 2);
    return app;
}

static AppView at(App *app, int64_t now)
{
    app_tick(app, now);
    AppView v;
    app_view(app, now, &v);
    return v;
}

static UsbStatus status(UsbStatusKey key, int added, int replaced, int removed, int failed)
{
    UsbStatus st;
    memset(&st, 0, sizeof st);
    st.key = key;
    st.added = added, st.replaced = replaced, st.removed = removed, st.failed = failed;
    return st;
}

/* The banner for st in lang, right after it came. */
static void expect_text(Lang lang, const UsbStatus *st, const char *want)
{
    App *app = make(lang);
    app_set_usb_status(app, st, 1000);
    AppView v = at(app, 1000);
    assert_non_null(v.usb_banner);
    assert_string_equal(v.usb_banner, want);
    app_free(app);
}

static void swedish_singular_and_plural(void **state)
{
    (void)state;
    UsbStatus st = status(USBSTATUS_KEY_OK, 3, 0, 0, 1);
    usbstatus_add_name(&st, "intervju.pdf");
    expect_text(LANG_SV, &st, "3 texter tillagda från USB-minnet. 1 kunde inte läsas: intervju.pdf");
    st = status(USBSTATUS_KEY_OK, 1, 1, 1, 0);
    expect_text(LANG_SV, &st,
                "1 text tillagd från USB-minnet. 1 text ersatt med en ny version. 1 text borttagen.");
    st = status(USBSTATUS_KEY_OK, 2, 0, 2, 0);
    expect_text(LANG_SV, &st, "2 texter tillagda från USB-minnet. 2 texter borttagna.");
    st = status(USBSTATUS_KEY_BAD, 0, 0, 0, 0);
    expect_text(LANG_SV, &st, "USB-minnet har ingen giltig nyckel. Inget lästes.");
    st = status(USBSTATUS_KEY_NONE, 0, 0, 0, 0);
    expect_text(LANG_SV, &st, "USB-minnet har ingen giltig nyckel. Inget lästes.");
    st = status(USBSTATUS_KEY_OK, 0, 0, 0, 0);
    expect_text(LANG_SV, &st, "Inga nya texter på USB-minnet.");
}

/* A stick under way, and one cut off (pulled, timed out), in both languages. */
static void running_and_interrupted(void **state)
{
    (void)state;
    UsbStatus st = status(USBSTATUS_KEY_OK, 0, 0, 0, 0);
    st.state = USBSTATUS_RUNNING;
    expect_text(LANG_SV, &st, "Texter läses in från USB-minnet …");
    expect_text(LANG_EN, &st, "Reading texts from the USB stick …");
    st = status(USBSTATUS_KEY_OK, 2, 0, 0, 0);
    st.state = USBSTATUS_INTERRUPTED;
    expect_text(LANG_SV, &st, "Inläsningen avbröts. 2 texter tillagda från USB-minnet.");
    st = status(USBSTATUS_KEY_OK, 0, 0, 0, 0);
    st.state = USBSTATUS_INTERRUPTED;
    expect_text(LANG_EN, &st, "The import was interrupted.");
}

static void english_and_many_failed_names(void **state)
{
    (void)state;
    UsbStatus st = status(USBSTATUS_KEY_OK, 1, 0, 0, 7);
    for (int i = 0; i < 7; i++)
        usbstatus_add_name(&st, i % 2 ? "b.vtt" : "a.pdf");
    expect_text(LANG_EN, &st,
                "1 text added from the USB stick. 7 could not be read: a.pdf, b.vtt, a.pdf, b.vtt, a.pdf, …");
    st = status(USBSTATUS_KEY_OK, 0, 0, 0, 0);
    st.skipped = 300;
    expect_text(LANG_EN, &st, "300 files were skipped.");
}

static void stays_fifteen_seconds_then_info_keeps_it(void **state)
{
    (void)state;
    App *app = make(LANG_SV);
    AppView v = at(app, 0);
    assert_null(v.usb_banner);
    assert_null(v.usb_last);
    UsbStatus st = status(USBSTATUS_KEY_OK, 3, 0, 0, 0);
    app_set_usb_status(app, &st, 5000);
    assert_int_equal(app_next_deadline(app, 5000), 5000 + APP_USB_BANNER_MS);
    assert_non_null(at(app, 5000 + APP_USB_BANNER_MS - 1).usb_banner);
    v = at(app, 5000 + APP_USB_BANNER_MS);
    assert_null(v.usb_banner);
    assert_non_null(v.usb_last);
    assert_string_equal(v.usb_last, "3 texter tillagda från USB-minnet.");
    app_free(app);
}

static void attract_gives_way_and_a_reader_is_left_alone(void **state)
{
    (void)state;
    App *app = make(LANG_SV);
    assert_int_equal(at(app, 90000).screen, APP_SCREEN_ATTRACT);
    UsbStatus st = status(USBSTATUS_KEY_OK, 1, 0, 0, 0);
    app_set_usb_status(app, &st, 91000);
    AppView v = at(app, 91000);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    assert_non_null(v.usb_banner);
    assert_int_equal(at(app, 91000 + APP_USB_BANNER_MS).screen, APP_SCREEN_SHELF);
    app_free(app);

    app = make(LANG_SV);
    app_command(app, APP_CMD_OPEN, 1, 1000);
    app_set_page_count(app, 5, 0);
    app_set_usb_status(app, &st, 2000);
    v = at(app, 2000);
    assert_int_equal(v.screen, APP_SCREEN_READER);
    assert_null(v.usb_banner);
    assert_non_null(v.usb_last);
    app_free(app);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(swedish_singular_and_plural),
        cmocka_unit_test(running_and_interrupted),
        cmocka_unit_test(english_and_many_failed_names),
        cmocka_unit_test(stays_fifteen_seconds_then_info_keeps_it),
        cmocka_unit_test(attract_gives_way_and_a_reader_is_left_alone),
    };
    return cmocka_run_group_tests_name("app_usb", tests, NULL, NULL);
}
