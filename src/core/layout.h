/* layout: a Doc broken into pages of lines for one text area and text style.
 *
 * SDL-free. Text is measured only through LayoutMeasure, so the tests run
 * with a fixed-width fake and the kiosk with the real font (font.h). Lines
 * are byte ranges into doc->text, never copies. The same input always gives
 * the same pages. */
#ifndef STORSTIL_LAYOUT_H
#define STORSTIL_LAYOUT_H

#include <stddef.h>

#include "doc.h"
#include "hyphenate.h"

typedef enum {
    LAYOUT_FACE_BODY,    /* regular, body size */
    LAYOUT_FACE_NAME,    /* bold, body size: a speaker's name on its own line */
    LAYOUT_FACE_HEADING, /* bold, heading size */
    LAYOUT_FACE_NOTE,    /* regular, body size; the renderer draws it dimmer */
    LAYOUT_FACE_LIST,    /* regular, body size, hanging indent after a bullet */
    LAYOUT_FACE_COUNT
} LayoutFace;

/* The bullet drawn before the first line of a list item (U+2022 and a space). */
#define LAYOUT_BULLET "\xE2\x80\xA2 "

typedef struct {
    int x, y, w, h;
} LayoutRect;

/* Sizes in pixels; style.c derives them from the screen and text size. */
typedef struct {
    int body_px;         /* font size of body, name, note and list faces */
    int heading_px;      /* font size of the heading face */
    int line_px;         /* line box of body-size faces, >= 1.4 * body_px */
    int heading_line_px; /* line box of a heading line */
    int para_gap_px;     /* extra space between blocks (not at a page top) */
    int indent_px;       /* list text starts this far right of the area's x */
} LayoutStyle;

/* What layout may ask of a font. text_width gets a span that is not
 * NUL-terminated; line_height is the height of the face's drawn text. */
typedef struct {
    void *ctx;
    int (*text_width)(void *ctx, LayoutFace face, const char *s, size_t len);
    int (*line_height)(void *ctx, LayoutFace face);
} LayoutMeasure;

enum {
    LAYOUT_LINE_HYPHEN = 1, /* draw "-" after the text: layout hyphenated here */
    LAYOUT_LINE_BULLET = 2  /* draw LAYOUT_BULLET at the text area's x */
};

typedef struct {
    size_t start; /* byte offset of the text in doc->text, or for a name line
                     (face LAYOUT_FACE_NAME) in doc->speakers[speaker] */
    size_t len;   /* bytes, without trailing spaces */
    int x, y;     /* left of the text; top of the line box */
    int w, h;     /* measured width (with an added "-"); line box height */
    int text_y;   /* top at which to draw the text so it sits centred in the box */
    int speaker;         /* index into doc->speakers for name and turn lines, else -1 */
    unsigned char face;  /* LayoutFace */
    unsigned char flags; /* LAYOUT_LINE_* */
    size_t block;        /* index into doc->blocks */
} LayoutLine;

typedef struct Layout Layout;

/* Lays out every block of doc into pages of area's size; hyphen may be NULL
 * (no hyphenation). Returns NULL only when memory runs out. doc must outlive
 * the Layout. Always at least one page (empty for an empty document). */
Layout *layout_new(const Doc *doc, LayoutRect area, const LayoutStyle *style,
                   const LayoutMeasure *measure, Hyphenator *hyphen);

/* Frees a layout; NULL is fine. */
void layout_free(Layout *layout);

/* Number of pages, >= 1. */
size_t layout_page_count(const Layout *layout);

/* The lines of page `page` (0-based, clamped to the last page) in drawing order;
 * NULL with *n_lines 0 for a document without lines. */
const LayoutLine *layout_page_lines(const Layout *layout, size_t page, size_t *n_lines);

/* Byte offset in doc->text of the first character on `page`. */
size_t layout_page_offset(const Layout *layout, size_t page);

/* The page holding byte `offset` of doc->text. After a relayout, pass the old
 * layout's layout_page_offset(old_page) to keep the reader's place. */
size_t layout_page_of_offset(const Layout *layout, size_t offset);

/* The text a line draws, without the added "-" or bullet; sets *len. */
const char *layout_line_text(const Doc *doc, const LayoutLine *line, size_t *len);

#endif
