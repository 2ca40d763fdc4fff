/* blocks: the document's paragraphs, turns, headings, list items and notes,
 * built from the kept lines: hard-wrapped lines and paragraphs cut by a page
 * break joined again, speaker labels turned into turns, report structure
 * recognised. */
#ifndef STORSTIL_IMPORT_BLOCKS_H
#define STORSTIL_IMPORT_BLOCKS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/doc.h"
#include "labels.h"
#include "lines.h"

typedef enum {
    IMPORT_BLOCK_PARAGRAPH,
    IMPORT_BLOCK_TURN,      /* first paragraph of a speaker's turn */
    IMPORT_BLOCK_HEADING,
    IMPORT_BLOCK_LIST_ITEM,
    IMPORT_BLOCK_NOTE       /* text without its brackets */
} ImportBlockKind;

typedef struct {
    ImportBlockKind kind;
    int level;   /* heading level 1 or 2 */
    int speaker; /* for turns and the paragraphs that continue them, else -1 */
    char *text;  /* one line, single spaces, no line breaks */
    int line;    /* source line where the block starts */
    bool chart;  /* a list item that is one value of a flattened chart */
    DocTime *times; /* a timed transcript's: where a cue starts in `text` (byte
                       offset, ascending) and its time in the recording; owned */
    size_t n_times;
} ImportBlock;

typedef struct {
    ImportBlock *v;
    size_t n, cap;
    char *title_line;         /* the text's own title line, if it opens with one */
    ImportSpeakers *speakers; /* owned */
    int turns;                /* number of TURN blocks */
} ImportBlocks;

/* Builds the blocks of a text whose furniture is already dropped; never NULL. */
ImportBlocks *import_blocks_build(const ImportLines *lines);

/* Frees the blocks, their texts and the speakers; NULL is fine. */
void import_blocks_free(ImportBlocks *blocks);

/* Appends blk to B (which then owns blk.text and blk.times), counting turns. */
void import_blocks_push(ImportBlocks *B, ImportBlock blk);

#endif
