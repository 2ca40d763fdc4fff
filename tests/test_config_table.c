/* Tests for the table of config keys against the files that list them:
 * deploy/storstil.conf.example is exactly `storstil --print-config`, and
 * README.md's key table and the fuzz dictionary name each key. A key added
 * to the table and not to one of them fails here (the fuzz seed that sets
 * every key is test_config's full file). Run from the checkout (tests/run.sh
 * does). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/config.h"
#include "core/readfile.h"

#define FILE_MAX (1024u * 1024u)

/* A file of the checkout, whole (caller frees). */
static char *load(const char *path)
{
    ReadFileError err;
    size_t n;
    char *text = readfile_load(path, FILE_MAX, READFILE_REGULAR, &n, &err);
    if (!text)
        fail_msg("%s: %s (run from the checkout)", path, err.why);
    return text;
}

/* What config_print writes (caller frees). */
static char *printed(void)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    assert_non_null(f);
    config_print(f);
    fclose(f);
    return out;
}

/* True when text holds line as a whole line. */
static bool has_line(const char *text, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = strstr(text, line); p; p = strstr(p + 1, line))
        if ((p == text || p[-1] == '\n') && (p[n] == '\n' || p[n] == '\0'))
            return true;
    return false;
}

/* True when a line of text starts with prefix, then key, then " =". */
static bool sets(const char *text, const char *prefix, const char *key)
{
    char line[80];
    snprintf(line, sizeof line, "%s%s =", prefix, key);
    size_t n = strlen(line);
    for (const char *p = strstr(text, line); p; p = strstr(p + 1, line))
        if ((p == text || p[-1] == '\n') && (p[n] == ' ' || p[n] == '\n' || p[n] == '\0'))
            return true;
    return false;
}

/* The keys for which has(text, key) is false, each after a space ("" when
 * none), so a test lists every key a file lacks and frees before it fails. */
static void missing(const char *text, bool (*has)(const char *, const char *), char *out,
                    size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    for (size_t i = 0; config_key_name(i) && len < cap; i++)
        if (!has(text, config_key_name(i)))
            len += (size_t)snprintf(out + len, cap - len, " %s", config_key_name(i));
}

static bool printed_line(const char *text, const char *key)
{
    return sets(text, "", key) || sets(text, "#", key);
}

static bool readme_row(const char *text, const char *key)
{
    char row[80];
    snprintf(row, sizeof row, "\n| `%s` |", key);
    return strstr(text, row) != NULL;
}

static bool dict_line(const char *text, const char *key)
{
    char line[80];
    snprintf(line, sizeof line, "\"%s\"", key);
    return has_line(text, line);
}

static void example_config_is_print_config(void **state)
{
    (void)state;
    char *want = printed(), *got = load("deploy/storstil.conf.example");
    size_t i = 0, line = 1;
    for (; got[i] && got[i] == want[i]; i++)
        line += got[i] == '\n';
    bool same = got[i] == want[i];
    free(want);
    free(got);
    if (!same)
        fail_msg("deploy/storstil.conf.example differs from --print-config from its line %zu; "
                 "write it with: build/storstil --config /dev/null --print-config > "
                 "deploy/storstil.conf.example", line);
}

/* The printed config names every key, reads back without a warning, and
 * sets each key to its default, or to an example that names the default. */
static void print_config_reads_back(void **state)
{
    (void)state;
    char *text = printed(), *warnings = NULL, lacks[512], wrong[512] = "";
    size_t len = 0, at = 0;
    FILE *w = open_memstream(&warnings, &len);
    Config c, d;
    config_defaults(&c);
    config_defaults(&d);
    int n = config_parse_buffer(&c, "printed", text, w);
    fclose(w);
    missing(text, printed_line, lacks, sizeof lacks);
    for (size_t i = 0; config_key_name(i) && at < sizeof wrong; i++) {
        const char *key = config_key_name(i);
        char got[CONFIG_PATH_MAX], def[CONFIG_PATH_MAX], named[3 * CONFIG_PATH_MAX];
        config_value(&c, key, got, sizeof got);
        config_value(&d, key, def, sizeof def);
        snprintf(named, sizeof named, "# Without this line: %s.\n%s = %s\n", def, key, got);
        if (strcmp(got, def) != 0 && !strstr(text, named))
            at += (size_t)snprintf(wrong + at, sizeof wrong - at, " %s", key);
    }
    bool quiet = n == 0 && warnings[0] == '\0';
    free(warnings);
    free(text);
    assert_true(quiet);
    assert_string_equal(lacks, "");  /* keys without a line */
    assert_string_equal(wrong, "");  /* keys set off their default, unsaid */
}

/* README.md's table under "## Configuration": one "| `key` |" row per key,
 * and no row for a key the table does not have. */
static void readme_table_has_every_key(void **state)
{
    (void)state;
    char *readme = load("README.md"), lacks[512], extra[512] = "";
    char *section = strstr(readme, "\n## Configuration\n");
    if (!section) {
        free(readme);
        fail_msg("README.md has no \"## Configuration\"");
        return;
    }
    char *end = strstr(section + 1, "\n#");
    if (end)
        *end = '\0';
    missing(section, readme_row, lacks, sizeof lacks);
    size_t at = 0;
    for (char *p = strstr(section, "\n| `"); p && at < sizeof extra; p = strstr(p + 1, "\n| `")) {
        char key[64] = "", value[CONFIG_PATH_MAX];
        Config c;
        config_defaults(&c);
        if (sscanf(p, "\n| `%63[^`]`", key) != 1 || !config_value(&c, key, value, sizeof value))
            at += (size_t)snprintf(extra + at, sizeof extra - at, " %s", key);
    }
    free(readme);
    assert_string_equal(lacks, ""); /* keys without a row */
    assert_string_equal(extra, ""); /* rows that are no key */
}

static void fuzz_dictionary_has_every_key(void **state)
{
    (void)state;
    char *dict = load("tests/fuzz/config.dict"), lacks[512];
    missing(dict, dict_line, lacks, sizeof lacks);
    free(dict);
    assert_string_equal(lacks, ""); /* keys without a "key" line */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(example_config_is_print_config),
        cmocka_unit_test(print_config_reads_back),
        cmocka_unit_test(readme_table_has_every_key),
        cmocka_unit_test(fuzz_dictionary_has_every_key),
    };
    return cmocka_run_group_tests_name("config_table", tests, NULL, NULL);
}
