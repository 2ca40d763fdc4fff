/* fuzz_doc: the document loader on arbitrary bytes. doc_parse must never
 * crash, and what it returns must keep doc.h's promises: a title, blocks
 * that lie inside `text` and end in a NUL, speaker indexes that exist, times
 * in order inside the text (none in an untimed text) that the look-ups find,
 * and problems that format. A broken promise traps, so libFuzzer keeps the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "core/doc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Doc *doc = doc_parse("fuzz.txt", (const char *)data, size);
    if (!doc) return 0;
    CHECK(doc->title != NULL);
    CHECK(doc->n_speakers >= 0);
    for (int i = 0; i < doc->n_speakers; i++) CHECK(doc->speakers[i] != NULL);
    for (size_t i = 0; i < doc->n_blocks; i++) {
        const DocBlock *b = &doc->blocks[i];
        CHECK(b->start <= doc->text_len && b->len <= doc->text_len - b->start);
        CHECK(doc->text[b->start + b->len] == '\0');
        CHECK(strlen(doc->text + b->start) == b->len);
        CHECK(b->speaker >= -1 && b->speaker < doc->n_speakers);
        CHECK(b->kind != DOC_TURN || b->speaker >= 0);
        CHECK(b->kind != DOC_HEADING || b->level == 1 || b->level == 2);
        CHECK(b->line >= 1);
    }
    CHECK(doc->timed || doc->n_times == 0);
    for (size_t i = 0; i < doc->n_times; i++) {
        CHECK(doc->times[i].at <= doc->text_len);
        CHECK(doc->times[i].ms >= 0);
        CHECK(i == 0 || (doc->times[i].at > doc->times[i - 1].at && doc->times[i].ms >= doc->times[i - 1].ms));
        CHECK(doc_time_index_at(doc, doc->times[i].at) == (ptrdiff_t)i);
        CHECK(doc_time_ms_at(doc, doc->times[i].at) == doc->times[i].ms);
        CHECK(doc_time_index_for_ms(doc, doc->times[i].ms) >= (ptrdiff_t)i);
    }
    char line[256];
    for (size_t i = 0; i < doc->n_problems; i++) {
        CHECK(doc->problems[i].message != NULL);
        doc_problem_format(doc, i, line, sizeof line);
        CHECK(strlen(line) < sizeof line);
    }
    doc_free(doc);
    return 0;
}
