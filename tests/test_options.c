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
#include "core/readfile.h"

#define FLAGS_MAX 64

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
    char *print[] = {"storstil", "--config", "/nonexistent/c", "--print-config", NULL};
    assert_int_equal(parse(&o, 4, print, warn, sizeof warn), 0);
    assert_int_equal(o.mode, OPTIONS_PRINT_CONFIG);
}

/* The usage text's flags, each once, in order; returns how many. */
static size_t usage_flags(char flags[][32], size_t max)
{
    char *text = NULL;
    size_t len = 0, n = 0;
    FILE *f = open_memstream(&text, &len);
    assert_non_null(f);
    options_usage(f);
    fclose(f);
    for (const char *p = strstr(text, "--"); p && n < max; p = strstr(p + 2, "--")) {
        size_t k = 2 + strspn(p + 2, "abcdefghijklmnopqrstuvwxyz-");
        if (k >= 32)
            continue;
        memcpy(flags[n], p, k);
        flags[n][k] = '\0';
        bool seen = false;
        for (size_t i = 0; i < n; i++)
            seen = seen || !strcmp(flags[i], flags[n]);
        n += !seen;
    }
    free(text);
    return n;
}

/* True when text holds word, not as the start of a longer flag. */
static bool has_flag(const char *text, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = strstr(text, word); p; p = strstr(p + 1, word))
        if (!strchr("abcdefghijklmnopqrstuvwxyz-\\", p[n]))
            return true;
    return false;
}

/* Every flag --help lists is in README.md and in the man page (where a
 * hyphen is written \-), so neither falls behind the table of keys. */
static void usage_flags_are_documented(void **state)
{
    (void)state;
    char flags[FLAGS_MAX][32], lacks[512] = "";
    size_t n = usage_flags(flags, FLAGS_MAX), at = 0, len;
    ReadFileError err;
    char *readme = readfile_load("README.md", 1u << 20, READFILE_REGULAR, &len, &err);
    char *man = readfile_load("debian/storstil.1", 1u << 20, READFILE_REGULAR, &len, &err);
    assert_non_null(readme);
    assert_non_null(man);
    assert_true(n > 10);
    for (size_t i = 0; i < n && at < sizeof lacks; i++) {
        char roff[64];
        size_t r = 0;
        for (const char *c = flags[i]; *c && r + 3 < sizeof roff; c++) {
            if (*c == '-') roff[r++] = '\\';
            roff[r++] = *c;
        }
        roff[r] = '\0';
        if (!has_flag(readme, flags[i]))
            at += (size_t)snprintf(lacks + at, sizeof lacks - at, " README:%s", flags[i]);
        if (!has_flag(man, roff))
            at += (size_t)snprintf(lacks + at, sizeof lacks - at, " man:%s", flags[i]);
    }
    free(readme);
    free(man);
    assert_string_equal(lacks, "");
}

/* Every flag that takes a value refuses to come last, with a message naming
 * it, instead of being silently ignored. */
static void a_value_flag_last_is_an_error(void **state)
{
    (void)state;
    char flags[FLAGS_MAX][32] = {"--size", "--script", "--screenshot", "--dump-pages", "--config"};
    size_t n = 5, keys = 0, listed = usage_flags(flags + n, FLAGS_MAX - n);
    for (size_t i = n; i < n + listed; i++) /* and every flag that sets a config key */
        if (config_flag_key(flags[i])) {
            memmove(flags[n + keys], flags[i], sizeof flags[i]);
            keys++;
        }
    assert_true(keys >= 11);
    for (size_t i = 0; i < n + keys; i++) {
        char *argv[] = {"storstil", flags[i], NULL};
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
        cmocka_unit_test(usage_flags_are_documented),
    };
    return cmocka_run_group_tests_name("options", tests, NULL, NULL);
}
