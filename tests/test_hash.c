/* Tests for hash: hash_bytes is 64-bit FNV-1a (the published test vectors),
 * and a seed other than HASH_SEED gives another hash of the same bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/hash.h"

static uint64_t fnv(const char *s)
{
    return hash_bytes(s, strlen(s), HASH_SEED);
}

static void matches_fnv1a_test_vectors(void **state)
{
    (void)state;
    assert_true(fnv("") == UINT64_C(0xcbf29ce484222325));
    assert_true(fnv("a") == UINT64_C(0xaf63dc4c8601ec8c));
    assert_true(fnv("foobar") == UINT64_C(0x85944171f73967e8));
}

static void counts_every_byte_and_the_seed(void **state)
{
    (void)state;
    const char bytes[] = "a\0b"; /* a NUL in the middle is hashed like any byte */
    assert_true(hash_bytes(bytes, 3, HASH_SEED) != hash_bytes(bytes, 1, HASH_SEED));
    assert_true(hash_bytes("ord", 3, HASH_SEED ^ 1) != hash_bytes("ord", 3, HASH_SEED));
    assert_true(hash_bytes("ord", 3, HASH_SEED ^ 1) == hash_bytes("ord", 3, HASH_SEED ^ 1));
    assert_true(hash_bytes("\xC3\xA5", 2, HASH_SEED) != hash_bytes("\xC3\xA4", 2, HASH_SEED)); /* å, ä */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(matches_fnv1a_test_vectors),
        cmocka_unit_test(counts_every_byte_and_the_seed),
    };
    return cmocka_run_group_tests_name("hash", tests, NULL, NULL);
}
