/* timed: the block grammar that WebVTT, SRT and SBV share. Blocks are
 * separated by blank lines; a cue block is an optional id line, a timing
 * line and text lines. Each format says what its timing line is; a broken
 * block whose text can be recovered is kept, with one warning. */
#ifndef STORSTIL_IMPORT_TIMED_H
#define STORSTIL_IMPORT_TIMED_H

#include <stdbool.h>

#include "cues.h"

typedef enum {
    IMPORT_TIMING_NONE,   /* not a timing line: an id or text */
    IMPORT_TIMING_OK,     /* a timing line, *start and *end set */
    IMPORT_TIMING_BROKEN  /* meant as a timing line, but its times cannot be read */
} ImportTiming;

/* What the line is, for one format. */
typedef ImportTiming (*ImportTimingFn)(ImportSpan line, long *start_ms, long *end_ms);

/* Reads cue blocks from lines[first..n) into c. With `vtt`, NOTE, STYLE and
 * REGION blocks are skipped. Cue text is kept with its markup. */
void import_timed_read(ImportCues *c, const ImportSpan *lines, size_t n, size_t first, ImportTimingFn timing,
                       bool vtt);

/* The WebVTT/SRT timing line: "START --> END" and, after it, cue settings
 * (ignored). "-->" with an unreadable time is BROKEN. */
ImportTiming import_timed_arrow(ImportSpan line, long *start_ms, long *end_ms);

/* True when a file's first two non-blank lines open an arrow-timed cue:
 * the timing line first, or after an id of digits (SRT's cue number). */
bool import_timed_opens_with_arrow(ImportSpan first, ImportSpan second);

#endif
