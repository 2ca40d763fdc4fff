/* Tests for the USB status file: what storstil-usb writes, the kiosk's core
 * parser reads back the same; broken files are refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/usbstatus.h"

static void round_trip(void **state)
{
    (void)state;
    UsbStatus a, b;
    memset(&a, 0, sizeof a);
    a.time = 1764930000;
    a.key = USBSTATUS_KEY_OK;
    a.added = 3, a.replaced = 1, a.removed = 2, a.failed = 1, a.skipped = 4;
    usbstatus_add_name(&a, "intervju.pdf");
    usbstatus_add_name(&a, "min fil\nmed\x1b radbrytning.txt");
    char text[USBSTATUS_TEXT_MAX];
    size_t n = usbstatus_format(&a, text, sizeof text);
    assert_int_equal(n, strlen(text));
    assert_true(usbstatus_parse(text, &b));
    assert_int_equal(b.time, 1764930000);
    assert_int_equal(b.key, USBSTATUS_KEY_OK);
    assert_int_equal(b.added, 3);
    assert_int_equal(b.replaced, 1);
    assert_int_equal(b.removed, 2);
    assert_int_equal(b.failed, 1);
    assert_int_equal(b.skipped, 4);
    assert_int_equal(b.n_names, 2);
    assert_string_equal(b.names[0], "intervju.pdf");
    assert_string_equal(b.names[1], "min fil?med? radbrytning.txt");
}

static void names_are_capped(void **state)
{
    (void)state;
    UsbStatus a;
    memset(&a, 0, sizeof a);
    for (int i = 0; i < 20; i++)
        usbstatus_add_name(&a, "ärende.pdf");
    assert_int_equal(a.n_names, USBSTATUS_NAMES);
    char longname[600];
    memset(longname, 'x', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    memset(&a, 0, sizeof a);
    usbstatus_add_name(&a, longname);
    assert_true(strlen(a.names[0]) < USBSTATUS_NAME_MAX);
}

static void broken_files_are_refused(void **state)
{
    (void)state;
    UsbStatus s;
    assert_false(usbstatus_parse("", &s));
    assert_false(usbstatus_parse("added=3\n", &s));
    assert_false(usbstatus_parse("storstil-usb-status 1\nadded=-3\n", &s));
    assert_false(usbstatus_parse("storstil-usb-status 1\nadded=lots\n", &s));
    assert_false(usbstatus_parse("storstil-usb-status 1\nkey=maybe\n", &s));
    assert_true(usbstatus_parse("storstil-usb-status 1\nkey=bad\nlater_key=1\n", &s));
    assert_int_equal(s.key, USBSTATUS_KEY_BAD);
    assert_int_equal(s.added, 0);
}

/* The state line both ways; a file without one (an older storstil-usb)
 * reads as done; an unknown state is refused. Invisible characters in a
 * name show as '?'. */
static void states_and_invisible_characters(void **state)
{
    (void)state;
    UsbStatus a, b;
    memset(&a, 0, sizeof a);
    a.key = USBSTATUS_KEY_OK;
    char text[USBSTATUS_TEXT_MAX];
    for (int st = 0; st < USBSTATUS_STATE_COUNT; st++) {
        a.state = (UsbStatusState)st;
        usbstatus_format(&a, text, sizeof text);
        assert_true(usbstatus_parse(text, &b));
        assert_int_equal(b.state, st);
    }
    assert_non_null(strstr(text, "\nstate=interrupted\n"));
    assert_true(usbstatus_parse("storstil-usb-status 1\nkey=ok\nadded=1\n", &b));
    assert_int_equal(b.state, USBSTATUS_DONE);
    assert_false(usbstatus_parse("storstil-usb-status 1\nstate=paused\n", &b));
    char out[64];
    usbstatus_printable("evil\u202etxt.exe\u200b\u2066.txt", out, sizeof out);
    assert_string_equal(out, "evil?txt.exe??.txt");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(names_are_capped),
        cmocka_unit_test(broken_files_are_refused),
        cmocka_unit_test(states_and_invisible_characters),
    };
    return cmocka_run_group_tests_name("usb_status", tests, NULL, NULL);
}
