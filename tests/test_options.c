/* Tests for options: flags override the config file; bad values warn and
 * keep the default; modes are recognised. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/options.h"

/* Parses argv with warnings captured into buf. */
static int parse(Options *o, int argc, char **argv, char *buf, size_t cap)
{
    FILE *w = fmemopen(buf, cap, "w");
    int rc = options_parse(o, argc, argv, w);
    fclose(w);
    return rc;
}

static void flags_override_config_file(void **state)
{
    (void)state;
    char path[] = "/tmp/storstil-opt-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char conf[] = "theme = light\ntext_size = 2\nlang = en\n";
    assert_int_equal(write(fd, conf, sizeof conf - 1), (ssize_t)(sizeof conf - 1));
    close(fd);
    char *argv[] = {"storstil", "--config", path, "--theme", "yellow", "--windowed",
                    "--size", "800x480", "--script", "s.txt", "--screenshot", "x.png", NULL};
    Options o;
    char warn[512] = "";
    assert_int_equal(parse(&o, 12, argv, warn, sizeof warn), 0);
    assert_string_equal(warn, "");
    assert_int_equal(o.cfg.theme, THEME_YELLOW); /* the flag wins */
    assert_int_equal(o.cfg.text_size, 2);               /* the file's value stays */
    assert_int_equal(o.cfg.lang, LANG_EN);
    assert_false(o.cfg.fullscreen);
    assert_int_equal(o.width, 800);
    assert_int_equal(o.height, 480);
    assert_string_equal(o.script, "s.txt");
    assert_string_equal(o.screenshot, "x.png");
    assert_string_equal(o.config_path, path);
    assert_int_equal(o.mode, OPTIONS_RUN);
    unlink(path);
}

static void bad_values_warn_and_keep_defaults(void **state)
{
    (void)state;
    char *argv[] = {"storstil", "--config", "/nonexistent/storstil.conf", "--text-size", "9",
                    "--rotate", "45", "--size", "huge", "--frobnicate", NULL};
    Options o;
    char warn[1024] = "";
    assert_int_equal(parse(&o, 10, argv, warn, sizeof warn), 0);
    assert_int_equal(o.cfg.text_size, 3);
    assert_int_equal(o.cfg.rotate, 0);
    assert_int_equal(o.width, 0);
    assert_non_null(strstr(warn, "text_size"));
    assert_non_null(strstr(warn, "rotate"));
    assert_non_null(strstr(warn, "--size"));
    assert_non_null(strstr(warn, "unknown option \"--frobnicate\""));
}

static void modes_are_recognised(void **state)
{
    (void)state;
    char warn[256];
    Options o;
    char *dump[] = {"storstil", "--config", "/nonexistent/c", "--dump-pages", "a.txt", "--size", "1920x1080",
                    "--text-size", "5", NULL};
    assert_int_equal(parse(&o, 9, dump, warn, sizeof warn), 0);
    assert_int_equal(o.mode, OPTIONS_DUMP_PAGES);
    assert_string_equal(o.dump_file, "a.txt");
    assert_int_equal(o.cfg.text_size, 5);
    char *check[] = {"storstil", "--config", "/nonexistent/c", "--check", "--data", "/srv/texts", NULL};
    assert_int_equal(parse(&o, 6, check, warn, sizeof warn), 0);
    assert_int_equal(o.mode, OPTIONS_CHECK);
    assert_string_equal(o.cfg.data_dir, "/srv/texts");
    char *missing[] = {"storstil", "--config", "/nonexistent/c", "--script", NULL};
    assert_int_equal(parse(&o, 4, missing, warn, sizeof warn), 2);
}

/* Every flag that takes a value refuses to come last, with a message naming
 * it, instead of being silently ignored. */
static void a_value_flag_last_is_an_error(void **state)
{
    (void)state;
    const char *flags[] = {"--data", "--font", "--text-size", "--theme", "--lang", "--rotate",
                           "--animations", "--display", "--size", "--script", "--screenshot",
                           "--dump-pages", "--config"};
    for (size_t i = 0; i < sizeof flags / sizeof *flags; i++) {
        char *argv[] = {"storstil", (char *)flags[i], NULL};
        char warn[256] = "";
        Options o;
        assert_int_equal(parse(&o, 2, argv, warn, sizeof warn), 2);
        assert_non_null(strstr(warn, flags[i]));
        assert_non_null(strstr(warn, "needs a value"));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(flags_override_config_file),
        cmocka_unit_test(bad_values_warn_and_keep_defaults),
        cmocka_unit_test(modes_are_recognised),
        cmocka_unit_test(a_value_flag_last_is_an_error),
    };
    return cmocka_run_group_tests_name("options", tests, NULL, NULL);
}
