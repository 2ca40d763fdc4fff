/* blocks_internal: what blocks.c (building the blocks) and
 * blocks_recognise.c (telling what kind of line a line is) share: the
 * builder's state and the recognisers. Not for other modules: they use
 * blocks.h. */
#ifndef STORSTIL_IMPORT_BLOCKS_INTERNAL_H
#define STORSTIL_IMPORT_BLOCKS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "blocks.h"
#include "buf.h"

typedef struct {
    const ImportLines *L;
    ImportBlocks *B;
    size_t title;      /* index of the title line, or L->n */
    bool transcript;
    /* the open block */
    bool open;
    ImportBlock cur;
    ImportBuf buf;
    const ImportLine *last; /* last line joined into the open block */
    /* blocks that interrupted the open one, emitted after it */
    ImportBlock *pending;
    size_t n_pending;
    int speaker_now;   /* speaker of the running turn, -1 outside turns */
    int pending_turn;  /* speaker whose label stood alone, waiting for text */
    int *footnotes;
    size_t n_footnotes;
} BlockBuilder;

/* Whether line ln continues the paragraph whose last line is p. */
bool import_blocks_continues(const BlockBuilder *b, const ImportLine *p, const ImportLine *ln);

/* Whether ln is one bracketed note, "[Musik]", and nothing else. */
bool import_blocks_is_note_line(const ImportLine *ln);

/* Whether a label on line i stands where a paragraph can start. */
bool import_blocks_label_position_ok(const BlockBuilder *b, size_t i, const ImportLabel *lab);

/* Text follows a lone name on line i directly, on the next line with no gap. */
bool import_blocks_direct_text(const ImportLines *L, size_t i);

/* Index of the line that is the text's own title, or L->n when it has none. */
size_t import_blocks_find_title(const ImportLines *L);

/* Registers every label candidate with b->B->speakers, resolves them, and
 * sets b->transcript when the text has two speakers or more. */
void import_blocks_scan_labels(BlockBuilder *b);

/* An indented line that starts a list item whose bullet glyph the extraction
 * lost: the first after a paragraph ending in ':', or the next after an item. */
bool import_blocks_lost_bullet(const BlockBuilder *b, const ImportLine *ln);

/* A short line i standing alone between blank lines in a transcript: a sound
 * cue such as "Poddmusik". */
bool import_blocks_lone_cue(const BlockBuilder *b, size_t i);

/* A report's unnumbered subheading at line i: a short line after a finished
 * paragraph, before a longer line that starts a sentence. */
bool import_blocks_subheading(const BlockBuilder *b, size_t i);

/* Whether the hyphen that ends line p (a word cut there, continued on ln)
 * was only the line break's: both parts lower-case words, the first not
 * after a capitalised word mid-line ("Nära vård-rörelsen"), and the text
 * does not write the word with a hyphen elsewhere. "1800-talet" and
 * "IT-avdelningen" keep theirs. */
bool import_blocks_soft_hyphen(const ImportLines *L, const ImportLine *p, const ImportLine *ln);

#endif
