/* fuzz_cues: the one harness that each timed format's fuzz target
 * (fuzz_vtt, fuzz_srt, fuzz_sbv, fuzz_p20json, fuzz_p20html) runs with its
 * parser: arbitrary bytes, made clean UTF-8 as the pipeline does, go to the
 * parser, then through cueblocks and the writer; the kiosk's loader reads
 * the result. Promises checked (else __builtin_trap): every warning is
 * "name:LINE: warning: ..." with LINE within the input's lines, the output
 * is clean UTF-8 that loads, a text with blocks loads with blocks and
 * declares every speaker it uses, and its time stamps are ones the loader
 * takes without a problem. */
#ifndef STORSTIL_FUZZ_CUES_H
#define STORSTIL_FUZZ_CUES_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "core/doc.h"
#include "core/utf8.h"
#include "import/cueblocks.h"
#include "import/cues.h"
#include "import/writer.h"

typedef struct {
    long max_line;
} FuzzWarnings;

static void fuzz_warn(void *ctx, const char *msg)
{
    const FuzzWarnings *w = ctx;
    CHECK(strncmp(msg, "in.txt:", 7) == 0);
    char *end;
    long line = strtol(msg + 7, &end, 10);
    CHECK(line >= 1 && line <= w->max_line);
    CHECK(strncmp(end, ": warning: ", 11) == 0 && end[11] != '\0');
}

static int fuzz_cues_run(void (*parse)(ImportCues *, const char *, size_t), const uint8_t *data, size_t size)
{
    size_t len = 0;
    char *text = utf8_sanitize((const char *)data, size, &len, NULL, NULL);
    CHECK(text != NULL);
    FuzzWarnings w = {1};
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n' || text[i] == '\r') w.max_line++;
    ImportCues *cues = import_cues_new("in.txt", fuzz_warn, &w);
    parse(cues, text, len);
    for (size_t i = 0; i < cues->n; i++) CHECK(cues->v[i].text != NULL && cues->v[i].line >= 1);
    ImportBlocks *blocks = import_cueblocks_build(cues);
    ImportMeta meta = {.title = cues->title ? cues->title : "T", .kind = "podcast"};
    char *out = import_writer_render(blocks, &meta);
    size_t out_len = strlen(out);
    size_t bad = 0, clean_len;
    char *again = utf8_sanitize(out, out_len, &clean_len, &bad, NULL);
    CHECK(again && bad == 0 && clean_len == out_len);
    free(again);
    Doc *doc = doc_parse("import.txt", out, out_len);
    CHECK(doc != NULL);
    if (import_writer_has_words(blocks)) CHECK(!doc->broken && doc->n_blocks > 0);
    CHECK(doc->n_speakers == import_speakers_count(blocks->speakers));
    for (size_t i = 0; i < doc->n_problems; i++)
        CHECK(strncmp(doc->problems[i].message, "time", 4) != 0);
    const char *body = strstr(out, "\n\n"), *timed = strstr(out, "\ntimed: yes\n");
    CHECK(doc->timed == (timed && body && timed < body)); /* the header's, not a cue's words */
    doc_free(doc);
    free(out);
    import_blocks_free(blocks);
    import_cues_free(cues);
    free(text);
    return 0;
}

#endif
