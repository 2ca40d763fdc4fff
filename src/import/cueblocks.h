/* cueblocks: a timed transcript's cues become the same blocks a raw text
 * does (blocks.h), so the writer needs no second path. A speaker's turn goes
 * on until the voice changes; a sentence split across cues is one paragraph;
 * a long turn is cut into paragraphs at sentence ends after a pause or about
 * a hundred words; "Name:" at a cue's start starts a turn when the name
 * opens cues more than once or is a voice; rolling captions (each cue
 * repeating the last line of the one before, as YouTube writes them) are
 * not repeated; a cue that is one "[...]" is a note. */
#ifndef STORSTIL_IMPORT_CUEBLOCKS_H
#define STORSTIL_IMPORT_CUEBLOCKS_H

#include "blocks.h"
#include "cues.h"

/* Builds the blocks of the cues; never NULL (no blocks when no cue has
 * text). Speakers are registered with their names as the file gives them,
 * made readable (upper-case names in title case, "Last, First" turned). */
ImportBlocks *import_cueblocks_build(const ImportCues *cues);

#endif
