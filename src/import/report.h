/* report: the shapes that reports extracted from PDF have and transcripts do
 * not: numbered chapter headings, bullets, figure captions, footnotes and the
 * numbers of flattened charts. Each function looks at lines and says what
 * they are; blocks.c decides where they go. */
#ifndef STORSTIL_IMPORT_REPORT_H
#define STORSTIL_IMPORT_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "lines.h"

/* True for "1. INLEDNING" or "2.3 DIGITALISERING OCH TEKNIK"; *level is 1
 * for a chapter and 2 for a section. */
bool import_report_heading(const char *s, size_t len, int *level);

/* The heading text in readable case: each upper-case word takes the casing
 * it has in the running text ("SWECOS" -> "Swecos", "IT" stays), else lower
 * case, and the first letter is upper case. Returns a new string. */
char *import_report_heading_case(const ImportLines *lines, const char *s, size_t len);

/* Byte offset of a bullet item's text when the line starts with a bullet
 * glyph (•, ▪, the Symbol font's private-use bullets...) or "- "; else 0. */
size_t import_report_bullet(const char *s, size_t len);

/* True for a figure caption: "Diagram 1. ...", "Figur 2 ...", "Tabell 3: ...". */
bool import_report_caption(const char *s, size_t len);

/* Number of values when the line holds only numbers or percentages ("85%",
 * "0% 20% 40%"); 0 otherwise. */
int import_report_values(const char *s, size_t len);

/* When a flattened chart starts at kept line i, consumes it and returns the
 * index of its last line; *items gets "label: value" strings (none when the
 * labels cannot be paired with the values, in which case only the numbers
 * are consumed). Returns (size_t)-1 when no chart starts at i. */
size_t import_report_chart(const ImportLines *lines, size_t i, char ***items, size_t *n_items);

/* When a footnote starts at kept line i (a number after a footnote rule),
 * stores its number and returns true. */
bool import_report_footnote(const ImportLines *lines, size_t i, int *number);

/* Removes footnote markers for the given numbers ("samhällslivet.1 Hur") and
 * any superscript digits glued to a word, in place. */
void import_report_strip_markers(char *text, const int *numbers, size_t n_numbers);

#endif
