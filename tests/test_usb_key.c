/* Tests for storstil-usb's key: a yescrypt hash of the phrase, checked
 * against the right, a wrong and an empty phrase and a broken hash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "usb/usb_key.h"

static void right_phrase_matches(void **state)
{
    (void)state;
    char hash[USB_KEY_HASH_MAX];
    assert_true(usb_key_make("bokcirkel på tisdag", hash, sizeof hash));
    assert_memory_equal(hash, "$y$", 3);
    assert_null(strstr(hash, "bokcirkel")); /* never the phrase itself */
    assert_true(usb_key_verify("bokcirkel på tisdag", hash));
}

static void wrong_and_empty_phrases_do_not(void **state)
{
    (void)state;
    char hash[USB_KEY_HASH_MAX];
    assert_true(usb_key_make("bokcirkel på tisdag", hash, sizeof hash));
    assert_false(usb_key_verify("bokcirkel på onsdag", hash));
    assert_false(usb_key_verify("bokcirkel på tisdag ", hash));
    assert_false(usb_key_verify("", hash));
    assert_false(usb_key_verify("bokcirkel på tisdag", "$y$broken"));
    assert_false(usb_key_verify("bokcirkel på tisdag", "not a hash"));
}

static void salts_differ_and_short_phrases_are_refused(void **state)
{
    (void)state;
    char a[USB_KEY_HASH_MAX], b[USB_KEY_HASH_MAX];
    assert_true(usb_key_make("samma fras igen", a, sizeof a));
    assert_true(usb_key_make("samma fras igen", b, sizeof b));
    assert_string_not_equal(a, b);
    assert_false(usb_key_make("kort", a, sizeof a));
    assert_false(usb_key_make("", a, sizeof a));
}

static void trim_drops_the_editors_newline(void **state)
{
    (void)state;
    char p[] = "fras med mellanslag \r\n";
    usb_key_trim(p);
    assert_string_equal(p, "fras med mellanslag");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(right_phrase_matches),
        cmocka_unit_test(wrong_and_empty_phrases_do_not),
        cmocka_unit_test(salts_differ_and_short_phrases_are_refused),
        cmocka_unit_test(trim_drops_the_editors_newline),
    };
    return cmocka_run_group_tests_name("usb_key", tests, NULL, NULL);
}
