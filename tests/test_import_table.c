/* Tests for the formats table (src/import/formats.c): every row is whole;
 * every import fixture is read as tests/import/detected.tsv says (written
 * before the table existed, so detection stayed as it was), and every file
 * in the folders it names is listed; every row has a fixture in
 * tests/import/formats/ and fuzz seeds: its own target and corpus for a
 * timed format, fuzz_import's corpus for the others but a format read by
 * another program (PDF); the manual page and the README name every row. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <dirent.h>
#include <sys/stat.h>

#include "import/convert.h"
#include "import/detect.h"
#include "import/formats.h"
#include "import/pipeline.h"

#define LIST "tests/import/detected.tsv"
#define MAX_ROWS 256

typedef struct {
    char *path, *key;
} Listed;

typedef struct {
    char *text;
    Listed v[MAX_ROWS];
    size_t n;
} List;

/* Reads LIST: "path<TAB>key" lines, '#' lines are comments. */
static void list_load(List *l)
{
    char err[256];
    size_t len;
    l->text = import_pipeline_read(LIST, &len, err, sizeof err);
    if (!l->text) fail_msg("%s", err);
    l->n = 0;
    for (char *line = strtok(l->text, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#') continue;
        char *tab = strchr(line, '\t');
        if (!tab || l->n == MAX_ROWS) fail_msg("%s: a line is not \"path<TAB>key\": %s", LIST, line);
        *tab = '\0';
        l->v[l->n].path = line;
        l->v[l->n].key = tab + 1;
        l->n++;
    }
}

static const Listed *list_find(const List *l, const char *path)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i].path, path) == 0) return &l->v[i];
    return NULL;
}

/* True when some listed file right in dir/ is read as key. */
static bool list_has(const List *l, const char *dir, const char *key)
{
    size_t n = strlen(dir);
    for (size_t i = 0; i < l->n; i++)
        if (strncmp(l->v[i].path, dir, n) == 0 && l->v[i].path[n] == '/' && !strchr(l->v[i].path + n + 1, '/') &&
            strcmp(l->v[i].key, key) == 0)
            return true;
    return false;
}

static bool exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static void quiet(void *ctx, const char *msg)
{
    (void)ctx;
    (void)msg;
}

/* The key of the row storstil-import reads path as, as the pipeline
 * chooses it (after decoding, so a UTF-16 file shows its format). */
static const char *read_as(const char *path)
{
    char err[512];
    size_t len;
    char *raw = import_pipeline_read(path, &len, err, sizeof err);
    if (!raw) fail_msg("%s", err);
    ImportOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.input = path;
    opt.no_repair = true;
    opt.warn = quiet;
    ImportReport rep;
    free(import_pipeline_convert(raw, len, &opt, &rep, err, sizeof err));
    free(raw);
    return rep.format->key;
}

static void every_row_is_whole(void **state)
{
    (void)state;
    size_t n;
    const ImportFormat *t = import_formats(&n);
    assert_true(n >= 8);
    assert_string_equal(t[0].key, "text"); /* the row that takes what no other is sure of */
    for (size_t i = 0; i < n; i++) {
        const ImportFormat *f = &t[i];
        if (!f->key || !*f->key || strspn(f->key, "abcdefghijklmnopqrstuvwxyz0123456789") != strlen(f->key))
            fail_msg("row %zu: the key must be lower-case letters and digits", i);
        if (!f->name || !*f->name || !f->extensions[0] || !f->detect || !f->convert)
            fail_msg("%s: a name, an ending, a detector and a conversion are needed", f->key);
        for (size_t k = 0; k < IMPORT_FORMAT_MAX_EXT && f->extensions[k]; k++)
            if (!*f->extensions[k] || strchr(f->extensions[k], '.')) fail_msg("%s: endings go without the dot", f->key);
        if ((f->parse != NULL) != (f->convert == import_convert_cues))
            fail_msg("%s: a parser is what the cue conversion runs, and it runs nothing else", f->key);
        for (size_t j = 0; j < i; j++)
            if (strcmp(t[j].key, f->key) == 0 || strcmp(t[j].name, f->name) == 0)
                fail_msg("%s: key or name given twice", f->key);
    }
    assert_ptr_equal(import_detect("", 0, NULL), &t[0]);
}

static void fixtures_are_read_as_listed(void **state)
{
    (void)state;
    List l;
    list_load(&l);
    assert_true(l.n > 0);
    int wrong = 0;
    for (size_t i = 0; i < l.n; i++) {
        const char *got = read_as(l.v[i].path);
        if (strcmp(got, l.v[i].key) != 0) {
            print_error("%s: read as %s, listed as %s\n", l.v[i].path, got, l.v[i].key);
            wrong++;
        }
    }
    assert_int_equal(wrong, 0);
    free(l.text);
}

/* Every regular file in a folder that LIST names is listed. */
static void the_list_is_complete(void **state)
{
    (void)state;
    List l;
    list_load(&l);
    for (size_t i = 0; i < l.n; i++) {
        char dir[512];
        snprintf(dir, sizeof dir, "%s", l.v[i].path);
        char *slash = strrchr(dir, '/');
        assert_non_null(slash);
        *slash = '\0';
        DIR *d = opendir(dir);
        if (!d) fail_msg("%s: cannot open", dir);
        for (struct dirent *e; (e = readdir(d)) != NULL;) {
            char path[1024];
            struct stat st;
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && !list_find(&l, path))
                fail_msg("%s is not in %s", path, LIST);
        }
        closedir(d);
    }
    free(l.text);
}

static void every_row_has_fixtures_and_fuzz_seeds(void **state)
{
    (void)state;
    List l;
    list_load(&l);
    size_t n;
    const ImportFormat *t = import_formats(&n);
    for (size_t i = 0; i < n; i++) {
        const char *key = t[i].key;
        char path[256];
        if (!list_has(&l, "tests/import/formats", key) && !list_has(&l, "tests/import/formats/bad", key))
            fail_msg("%s: no fixture in tests/import/formats/ is read as it", key);
        if (t[i].parse) {
            snprintf(path, sizeof path, "tests/fuzz/fuzz_%s.c", key);
            if (!exists(path)) fail_msg("%s: no fuzz target %s", key, path);
            snprintf(path, sizeof path, "tests/fuzz/corpus_%s", key);
            if (!list_has(&l, path, key)) fail_msg("%s: no seed in %s/ is read as it", key, path);
        } else if (!t[i].extract && !list_has(&l, "tests/fuzz/corpus_import", key)) {
            fail_msg("%s: no seed in tests/fuzz/corpus_import/ is read as it", key);
        }
    }
    free(l.text);
}

/* The manual page has a .B line for each row's name, and the README's
 * table of import commands a "storstil-import FILE.ext -o" line for each
 * row's first ending. */
static void the_manual_and_readme_name_every_format(void **state)
{
    (void)state;
    char err[256];
    size_t len, n;
    char *man = import_pipeline_read("debian/storstil-import.1", &len, err, sizeof err);
    char *readme = man ? import_pipeline_read("README.md", &len, err, sizeof err) : NULL;
    if (!readme) fail_msg("%s", err);
    const ImportFormat *t = import_formats(&n);
    for (size_t i = 0; i < n; i++) {
        char want[128];
        snprintf(want, sizeof want, "\n.B %s\n", t[i].name);
        if (!strstr(man, want)) fail_msg("%s: no \".B %s\" in debian/storstil-import.1", t[i].key, t[i].name);
        snprintf(want, sizeof want, ".%s -o ", t[i].extensions[0]);
        if (!strstr(readme, want)) fail_msg("%s: no \"storstil-import FILE%s\" in README.md", t[i].key, want);
    }
    free(readme);
    free(man);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_row_is_whole),
        cmocka_unit_test(fixtures_are_read_as_listed),
        cmocka_unit_test(the_list_is_complete),
        cmocka_unit_test(every_row_has_fixtures_and_fuzz_seeds),
        cmocka_unit_test(the_manual_and_readme_name_every_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
