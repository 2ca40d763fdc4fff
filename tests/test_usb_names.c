/* Tests for storstil-usb's names: what a file on a stick, or a line of
 * ta-bort.txt, may become as a text's name in the data folder. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "usb/usb_names.h"

/* The name in makes as a FILE, or "" when nothing is left. */
static const char *file_name(const char *in)
{
    static char out[USB_NAMES_MAX + 1];
    if (!usb_names_sanitise(in, USB_NAMES_FILE, out, sizeof out))
        out[0] = '\0';
    return out;
}

static void swedish_letters_and_extension(void **state)
{
    (void)state;
    assert_string_equal(file_name("Räksmörgås på Åland.pdf"), "Räksmörgås på Åland");
    assert_string_equal(file_name("intervju.vtt"), "intervju");
    assert_string_equal(file_name("rapport.2024.pdf"), "rapport.2024");
    assert_string_equal(file_name("utan-ändelse"), "utan-ändelse");
}

static void dots_and_slashes_cannot_climb(void **state)
{
    (void)state;
    assert_string_equal(file_name("../../etc/passwd.txt"), "-.-etc-passwd");
    assert_string_equal(file_name("a..b.txt"), "a.b");
    assert_string_equal(file_name(".dold.txt"), "dold");
    assert_string_equal(file_name("..txt"), "");
    assert_string_equal(file_name("...."), "");
    assert_string_equal(file_name("a\\b.txt"), "a-b");
    assert_null(strstr(file_name("x/../../y.srt"), ".."));
}

static void control_characters_and_bad_bytes(void **state)
{
    (void)state;
    assert_string_equal(file_name("rad\nbrytning\t\x1b[31m.txt"), "radbrytning[31m");
    assert_string_equal(file_name("latin\xe5.txt"), "latin_");
    assert_string_equal(file_name("c1\xc2\x85x.txt"), "c1x");
    assert_string_equal(file_name("\x01\x02.txt"), "");
    assert_string_equal(file_name("  blank först .txt"), "blank först");
}

static void bidi_and_zero_width_characters_go(void **state)
{
    (void)state;
    assert_string_equal(file_name("evil\u202etxt.exe.txt"), "eviltxt.exe");
    assert_string_equal(file_name("no\u200bll\u200d\ufeff.txt"), "noll");
    assert_string_equal(file_name("\u2066\u2067a\u2069\u061c\u200e\u200f.txt"), "a");
    assert_string_equal(file_name("\u202a\u202b\u202c.txt"), "");
}

static void long_names_are_cut_on_a_whole_letter(void **state)
{
    (void)state;
    char in[400] = "";
    for (int i = 0; i < 100; i++)
        strcat(in, "ä");
    strcat(in, ".pdf");
    const char *out = file_name(in);
    assert_true(strlen(out) <= USB_NAMES_MAX);
    assert_int_equal(strlen(out) % 2, 0); /* whole two-byte letters only */
    assert_int_equal(strlen(out), USB_NAMES_MAX);
}

static void removal_lines_drop_only_txt(void **state)
{
    (void)state;
    char out[USB_NAMES_MAX + 1];
    assert_true(usb_names_sanitise("gammal.txt", USB_NAMES_REMOVE, out, sizeof out));
    assert_string_equal(out, "gammal");
    assert_true(usb_names_sanitise("rapport.2024", USB_NAMES_REMOVE, out, sizeof out));
    assert_string_equal(out, "rapport.2024");
    assert_true(usb_names_sanitise("../storstil.conf", USB_NAMES_REMOVE, out, sizeof out));
    assert_string_equal(out, "-storstil.conf");
    assert_false(usb_names_sanitise("", USB_NAMES_REMOVE, out, sizeof out));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(swedish_letters_and_extension),
        cmocka_unit_test(dots_and_slashes_cannot_climb),
        cmocka_unit_test(control_characters_and_bad_bytes),
        cmocka_unit_test(bidi_and_zero_width_characters_go),
        cmocka_unit_test(long_names_are_cut_on_a_whole_letter),
        cmocka_unit_test(removal_lines_drop_only_txt),
    };
    return cmocka_run_group_tests_name("usb_names", tests, NULL, NULL);
}
