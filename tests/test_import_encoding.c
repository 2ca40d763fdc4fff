/* Tests for the importer's input checks: Windows-1252 files become UTF-8,
 * binary and empty input are refused with a message, UTF-8 stays as it is. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "import/encoding.h"
#include "import/pipeline.h"

static void windows_1252_is_recognised_and_converted(void **state)
{
    (void)state;
    const char latin[] = "Den h\xE4r texten \x96 om v\xE5rd och \xF6ppenhet.";
    assert_true(import_encoding_is_cp1252(latin, sizeof latin - 1));
    size_t n;
    char *u = import_encoding_from_cp1252(latin, sizeof latin - 1, &n);
    assert_string_equal(u, "Den här texten – om vård och öppenhet.");
    assert_int_equal(n, strlen(u));
    free(u);
    assert_false(import_encoding_is_cp1252("hälsa \xFF", 8));  /* valid UTF-8 present: stays UTF-8 */
    assert_false(import_encoding_is_cp1252("plain ascii", 11));
}

static void binary_is_not_text(void **state)
{
    (void)state;
    assert_true(import_encoding_looks_like_text("Hej.\nTack.\n", 11));
    assert_false(import_encoding_looks_like_text("\x01\x02\x03 ab \x04\x05", 9));
    assert_true(import_encoding_looks_like_text("", 0));
}

static char *convert(const char *bytes, size_t len, char *err, size_t cap, ImportReport *rep)
{
    ImportOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.input = "raw.txt";
    opt.no_repair = true;
    return import_pipeline_convert(bytes, len, &opt, rep, err, cap);
}

static void the_pipeline_reads_latin1_and_refuses_junk(void **state)
{
    (void)state;
    char err[300] = "";
    ImportReport rep;
    const char latin[] = "Rubrik\n\nEVA: Hej och v\xE4lkomna till podden.\nANNA: Tack, det \xE4r roligt.\n";
    char *out = convert(latin, sizeof latin - 1, err, sizeof err, &rep);
    assert_non_null(out);
    assert_true(rep.cp1252);
    assert_non_null(strstr(out, "välkomna"));
    assert_non_null(strstr(out, "det är roligt"));
    free(out);

    unsigned char bin[2048];
    unsigned x = 7;
    for (size_t i = 0; i < sizeof bin; i++) bin[i] = (unsigned char)((x = x * 1103515245u + 12345u) >> 16);
    assert_null(convert((const char *)bin, sizeof bin, err, sizeof err, &rep));
    assert_string_equal(err, "raw.txt:1: this does not look like a text file");

    assert_null(convert("  \n\n \t\n", 7, err, sizeof err, &rep));
    assert_string_equal(err, "raw.txt:1: no text found");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(windows_1252_is_recognised_and_converted),
        cmocka_unit_test(binary_is_not_text),
        cmocka_unit_test(the_pipeline_reads_latin1_and_refuses_junk),
    };
    return cmocka_run_group_tests_name("import_encoding", tests, NULL, NULL);
}
