/* Tests for the five imports: each source in data/sources/ converts to the
 * body of its committed document in data/, and each document reads back
 * through the loader with the turns its source labels, every speaker under one
 * name in normal case, and none of U+FFFD, CR, BOM, tab or asterisk. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/doc.h"
#include "import/pipeline.h"
#include "import/text.h"

typedef struct {
    const char *source, *doc;
    size_t turns; /* labels in the source, counted by hand */
    int speakers;
    const char *series; /* as data/data.mk gives it: the repair joins "FoU- podden" by it */
} Case;

static const Case cases[] = {
    {"data/sources/000_20a1eb5c6125d5f1.txt", "data/01-fou-podden-digitaliseringsstrategi.txt", 69, 5, "FoU-podden"},
    {"data/sources/001_bf488d36ba651aa3.txt", "data/02-valfardsteknik-digital-omstallning.txt", 106, 5, NULL},
    {"data/sources/003_c54b9cac47753ae4.txt", "data/03-valfardsteknik-lund-e-halsokommun.txt", 85, 6, NULL},
    {"data/sources/004_fbe466ab28e2f894.txt", "data/04-naravardpodden-patrik-sundstrom.txt", 51, 3, NULL},
    {"data/sources/002_53d6cf93b7152e01.txt", "data/05-sweco-regional-testbadd-orebro.txt", 0, 0, NULL},
};

static char *read_all(const char *path, size_t *len)
{
    char err[256];
    char *s = import_pipeline_read(path, len, err, sizeof err);
    if (!s) fail_msg("%s", err);
    return s;
}

static const char *body(const char *s)
{
    const char *b = strstr(s, "\n\n");
    return b ? b + 2 : s;
}

static void sources_convert_to_the_committed_bodies(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ImportOptions opt;
        memset(&opt, 0, sizeof opt);
        opt.input = cases[i].source;
        opt.title = "T";
        opt.series = cases[i].series;
        for (size_t k = 1; k < sizeof cases / sizeof *cases; k++) opt.freq[opt.n_freq++] = cases[k].doc;
        size_t len, dlen;
        char *raw = read_all(cases[i].source, &len);
        ImportReport rep;
        char err[256];
        char *out = import_pipeline_convert(raw, len, &opt, &rep, err, sizeof err);
        assert_non_null(out);
        char *committed = read_all(cases[i].doc, &dlen);
        if (strcmp(body(out), body(committed)) != 0)
            fail_msg("%s: the importer's output differs from %s (run make data)", cases[i].source, cases[i].doc);
        assert_int_equal(rep.turns, (int)cases[i].turns);
        free(committed);
        free(out);
        free(raw);
    }
}

static void documents_load_with_their_turns_and_speakers(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t len;
        char *s = read_all(cases[i].doc, &len);
        assert_null(strstr(s, "\xEF\xBF\xBD"));
        assert_null(strstr(s, "\xEF\xBB\xBF"));
        assert_null(strchr(s, '\r'));
        assert_null(strchr(s, '\t'));
        assert_null(strchr(s, '*'));
        free(s);
        Doc *doc = doc_load(cases[i].doc);
        assert_non_null(doc);
        assert_false(doc->broken);
        assert_int_equal(doc->n_speakers, cases[i].speakers);
        size_t turns = 0;
        for (size_t b = 0; b < doc->n_blocks; b++) turns += doc->blocks[b].kind == DOC_TURN;
        if (turns != cases[i].turns) fail_msg("%s: %zu turns, source labels %zu", cases[i].doc, turns, cases[i].turns);
        for (int k = 0; k < doc->n_speakers; k++) {
            const char *name = doc->speakers[k];
            assert_false(import_text_is_all_caps(name, strlen(name)));
            for (int j = 0; j < k; j++) {
                /* One person, one name: no first name declared twice
                 * (numbered jingle voices aside). */
                if (strpbrk(name, "0123456789")) continue;
                size_t a = strcspn(name, " "), c = strcspn(doc->speakers[j], " ");
                assert_false(a == c && memcmp(name, doc->speakers[j], a) == 0);
            }
        }
        assert_string_equal(doc->kind, cases[i].turns ? "podcast" : "report");
        doc_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sources_convert_to_the_committed_bodies),
        cmocka_unit_test(documents_load_with_their_turns_and_speakers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
