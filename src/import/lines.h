/* lines: the raw text cut into physical lines, with what the layout says about
 * them: indentation, trailing spaces, the blank lines before each, the page
 * width of a hard-wrapped text, and which lines are page furniture (page
 * numbers, timestamps, running headers and footers) to be dropped. */
#ifndef STORSTIL_IMPORT_LINES_H
#define STORSTIL_IMPORT_LINES_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    IMPORT_LINE_TEXT,
    IMPORT_LINE_EMPTY,  /* nothing at all */
    IMPORT_LINE_SPACES  /* only spaces: a PDF tool's paragraph or page gap */
} ImportLineKind;

typedef enum {
    IMPORT_GAP_NONE, /* the next line of the same wrapped paragraph, as far as layout says */
    IMPORT_GAP_PARA  /* blank lines that separate paragraphs (or pages) */
} ImportGap;

typedef struct {
    char *text;          /* trimmed, NUL-terminated, no tabs or control characters */
    size_t len;          /* bytes */
    size_t cps;          /* code points */
    int lead, trail;     /* spaces trimmed at each end */
    int lineno;          /* 1-based line in the source */
    ImportLineKind kind;
    bool dropped;        /* page furniture, not part of the text */
    ImportGap gap;       /* for kept text lines: the layout gap before it */
    int blanks_before;   /* empty lines since the previous kept text line */
} ImportLine;

typedef struct {
    ImportLine *v;
    size_t n;
    int width;          /* typical full line width in code points; 0 when not hard-wrapped */
    bool double_spaced; /* every wrapped line is followed by one empty line */
} ImportLines;

/* Splits sanitized UTF-8 text into lines and measures the layout; never NULL. */
ImportLines *import_lines_split(const char *text, size_t len);

/* Marks page numbers, transcript timestamps and running headers/footers as
 * dropped and computes each kept line's gap; returns how many were dropped. */
int import_lines_drop_furniture(ImportLines *lines);

/* Index of the next kept text line after i (or lines->n). */
size_t import_lines_next_text(const ImportLines *lines, size_t i);

/* True when a kept text line is "short": clearly shorter than the page width,
 * so the line break after it was the writer's, not the wrapping's. */
bool import_lines_is_short(const ImportLines *lines, const ImportLine *line);

/* Frees everything import_lines_split allocated; NULL is fine. */
void import_lines_free(ImportLines *lines);

#endif
