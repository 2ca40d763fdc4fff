/* fuzz_import: storstil-import's whole pipeline on arbitrary raw bytes:
 * UTF-8 repair, the ligature repair against the Debian sv_SE hunspell
 * dictionary, line splitting and page furniture, joining, speaker labels,
 * report structure and the writer; then the kiosk's loader on the result.
 *
 * The repairer (hunspell plus a frequency model learnt from the clean texts
 * in data/, when run from the project's root) is opened once, as loading
 * the dictionary takes far longer than one input. Hunspell under the
 * sanitizers is slow (a word of many t's or U+FFFD has thousands of
 * candidates to check: 64 bytes of repair cost four times the rest of the
 * pipeline on 8 KB), so the repair sees only the first REPAIR_BYTES of
 * each input, damaged or not, and the pipeline converts the whole input
 * with its own repair off: a repaired text goes through the same code.
 * Promises checked (else __builtin_trap): the converter always produces a
 * NUL-terminated output in clean UTF-8 that the loader reads back, and
 * whenever the import found text blocks the loaded document is not broken
 * and has blocks. Without the dictionary the repair step is skipped, with a
 * note on stderr. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "core/doc.h"
#include "import/detect.h"
#include "import/freq.h"
#include "import/pipeline.h"
#include "import/repair.h"
#include "core/utf8.h"

#define AFF "/usr/share/hunspell/sv_SE.aff"
#define DIC "/usr/share/hunspell/sv_SE.dic"
/* The longest start of an input that goes through the word repair. */
#define REPAIR_BYTES 64

int LLVMFuzzerInitialize(int *argc, char ***argv);
static const char *const clean_docs[] = {
    "data/02-valfardsteknik-digital-omstallning.txt",
    "data/03-valfardsteknik-lund-e-halsokommun.txt",
    "data/04-naravardpodden-patrik-sundstrom.txt",
    "data/05-sweco-regional-testbadd-orebro.txt",
};

static ImportFreq *freq;
static ImportRepair *repair;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    freq = import_freq_new();
    for (size_t i = 0; i < sizeof clean_docs / sizeof *clean_docs; i++) {
        char err[256];
        size_t len;
        char *text = import_pipeline_read(clean_docs[i], &len, err, sizeof err);
        if (!text) continue; /* run from elsewhere: a smaller model */
        import_freq_add_text(freq, text, len);
        free(text);
    }
    char err[512];
    repair = import_repair_new(AFF, DIC, freq, err, sizeof err);
    if (!repair) fprintf(stderr, "fuzz_import: %s; the ligature repair is not fuzzed\n", err);
    return 0;
}

/* True when s[0..len) is UTF-8 that utf8_sanitize leaves as it is. */
static bool clean_utf8(const char *s, size_t len)
{
    size_t out_len, bad;
    char *copy = utf8_sanitize(s, len, &out_len, &bad, NULL);
    bool same = copy && bad == 0 && out_len == len && memcmp(copy, s, len) == 0;
    free(copy);
    return same;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* A format read by another program (PDF's pdftotext): not this target's. */
    if (import_detect((const char *)data, size, NULL)->extract) return 0;
    size_t len = 0;
    char *text = utf8_sanitize((const char *)data, size, &len, NULL, NULL);
    CHECK(text != NULL);
    if (repair) {
        size_t upto = len < REPAIR_BYTES ? len : REPAIR_BYTES;
        while (upto > 0 && upto < len && ((unsigned char)text[upto] & 0xC0) == 0x80) upto--;
        ImportRepairStats st = {0};
        (void)import_repair_is_damaged(text, upto);
        char *fixed = import_repair_text(repair, text, upto, &st);
        CHECK(fixed != NULL && clean_utf8(fixed, strlen(fixed)));
        CHECK(st.changed <= st.damaged && st.damaged <= st.looked_at);
        free(fixed);
    }

    ImportOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.no_repair = true;
    ImportReport rep;
    char err[512];
    char *out = import_pipeline_convert(text, len, &opt, &rep, err, sizeof err);
    free(text);
    if (!out) {
        /* Refused (no text, not text, too large): only with a message. */
        CHECK(strncmp(err, "(input):1: ", 11) == 0 && err[11] != '\0');
        return 0;
    }
    size_t out_len = strlen(out);
    CHECK(clean_utf8(out, out_len));
    Doc *doc = doc_parse("import.txt", out, out_len);
    CHECK(doc != NULL);
    CHECK(rep.blocks > 0 && !doc->broken && doc->n_blocks > 0); /* output always loads */
    CHECK(doc->n_speakers >= 0);
    doc_free(doc);
    free(out);
    return 0;
}
