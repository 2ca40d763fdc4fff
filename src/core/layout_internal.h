/* layout_internal: what layout.c, layout_break.c and layout_width.c share.
 * Not for other modules: they use layout.h. */
#ifndef STORSTIL_LAYOUT_INTERNAL_H
#define STORSTIL_LAYOUT_INTERNAL_H

#include <stdint.h>

#include "layout.h"

/* Spans longer than this are never handed to the measure callback whole:
 * no screen holds that many characters on a line, so they are cut instead. */
#define LAYOUT_MEASURE_CAP 1024

typedef struct {
    const char *s; /* points into doc->text; NULL marks an empty slot */
    uint32_t len;
    uint32_t face;
    uint64_t hash;
    int width;
} WidthSlot;

/* Widths of spans per face: each distinct word is measured once per layout. */
typedef struct {
    WidthSlot *slots;
    size_t cap, used; /* cap is a power of two */
} WidthCache;

typedef struct {
    const char *text; /* doc->text */
    const LayoutMeasure *measure;
    Hyphenator *hyphen;
    WidthCache cache;
    int space_w[LAYOUT_FACE_COUNT]; /* -1 until measured */
    char *scratch;                  /* for spans that are not in the text ("ab" + "-") */
    size_t scratch_cap;
    LayoutLine *lines; /* output, in document order */
    size_t n_lines, cap_lines;
    int oom; /* set when an allocation failed; the layout is then dropped */
} LayoutCtx;

/* Width of text[start, start+len) in face, through the cache. */
int layout_width(LayoutCtx *c, LayoutFace face, size_t start, size_t len);

/* Width of text[start, start+len), not cached (prefixes of a word being cut). */
int layout_measure_span(LayoutCtx *c, LayoutFace face, size_t start, size_t len);

/* Width of text[start, start+len) followed by "-" (not cached: rare). */
int layout_width_hyphenated(LayoutCtx *c, LayoutFace face, size_t start, size_t len);

/* Width of one space in face. */
int layout_space_width(LayoutCtx *c, LayoutFace face);

/* Frees the cache and scratch buffer (not the lines). */
void layout_ctx_release(LayoutCtx *c);

/* Appends a line; returns it, or NULL (and sets c->oom) when memory runs out. */
LayoutLine *layout_push_line(LayoutCtx *c);

/* Breaks text[start, end) into lines of at most `avail` pixels in face,
 * appending them to c->lines with x, w, face, flags, speaker, block set
 * (y, h, text_y are left to pagination). first_flags go on the first line. */
void layout_break_block(LayoutCtx *c, size_t start, size_t end, LayoutFace face,
                        int x, int avail, size_t block, int speaker, unsigned first_flags);

#endif
