/* Tests for recording: the name beside a text, the size cap, the sniff. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/recording.h"

static char dir[64];

static void put(const char *name, size_t bytes)
{
    char path[160];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    for (size_t i = 0; i < bytes; i++) fputc('x', f);
    fclose(f);
}

static void drop(const char *name)
{
    char path[160];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    unlink(path);
}

static void endings_are_known_in_any_case(void **state)
{
    (void)state;
    assert_string_equal(recording_ext_of("avsnitt.mp3"), ".mp3");
    assert_string_equal(recording_ext_of("AVSNITT.OPUS"), ".opus");
    assert_string_equal(recording_ext_of("a.ogg"), ".ogg");
    assert_string_equal(recording_ext_of("a.wav"), ".wav");
    assert_null(recording_ext_of("a.txt"));
    assert_null(recording_ext_of(".mp3"));
    assert_null(recording_ext_of("mp3"));
}

static void the_first_recording_in_order_is_found(void **state)
{
    (void)state;
    char text[160], out[200];
    snprintf(text, sizeof text, "%s/foo.txt", dir);
    put("foo.txt", 10);
    assert_false(recording_beside(text, out, sizeof out));
    assert_string_equal(out, "");
    put("foo.wav", 10);
    put("foo.ogg", 10);
    put("bar.mp3", 10); /* another text's */
    assert_true(recording_beside(text, out, sizeof out));
    assert_non_null(strstr(out, "/foo.ogg"));
    put("foo.mp3", 10);
    assert_true(recording_beside(text, out, sizeof out));
    assert_non_null(strstr(out, "/foo.mp3"));
    put("foo.mp3", 0); /* empty: not a recording */
    assert_true(recording_beside(text, out, sizeof out));
    assert_non_null(strstr(out, "/foo.ogg"));
    assert_false(recording_beside(text, out, 8)); /* does not fit */
    assert_false(recording_beside("foo.md", out, sizeof out));
    drop("foo.txt"), drop("foo.wav"), drop("foo.ogg"), drop("foo.mp3"), drop("bar.mp3");
}

static void a_folder_is_no_recording(void **state)
{
    (void)state;
    char text[160], sub[160], out[200];
    snprintf(text, sizeof text, "%s/baz.txt", dir);
    snprintf(sub, sizeof sub, "%s/baz.mp3", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    assert_false(recording_beside(text, out, sizeof out));
    rmdir(sub);
}

static void sniff_knows_wav_ogg_and_mp3(void **state)
{
    (void)state;
    assert_true(recording_sniff((const unsigned char *)"RIFF\x24\0\0\0WAVEfmt ", 16));
    assert_true(recording_sniff((const unsigned char *)"OggS\0\2\0\0\0\0\0\0\0\0\0\0", 16));
    assert_true(recording_sniff((const unsigned char *)"ID3\4\0\0\0\0\0\0\0\0\0\0\0\0", 16));
    const unsigned char frame[] = {0xFF, 0xFB, 0x90, 0x64}; /* MPEG-1 layer III, 128 kbit/s, 44.1 kHz */
    assert_true(recording_sniff(frame, sizeof frame));
    const unsigned char layer2[] = {0xFF, 0xFD, 0x90, 0x64};
    assert_false(recording_sniff(layer2, sizeof layer2));
    assert_false(recording_sniff((const unsigned char *)"title: Ett avsnitt\n", 19));
    assert_false(recording_sniff((const unsigned char *)"RIFF\x24\0\0\0AVI LIST", 16));
    assert_false(recording_sniff((const unsigned char *)"Og", 2));
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/storstil-rec-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    return rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(endings_are_known_in_any_case),
        cmocka_unit_test(the_first_recording_in_order_is_found),
        cmocka_unit_test(a_folder_is_no_recording),
        cmocka_unit_test(sniff_knows_wav_ogg_and_mp3),
    };
    return cmocka_run_group_tests_name("recording", tests, setup, teardown);
}
