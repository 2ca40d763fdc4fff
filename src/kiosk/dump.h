/* dump: the layout without a window, for tests, for anyone who wants to see
 * the pages, and for timing the layout (kiosk side: uses the real font). */
#ifndef STORSTIL_DUMP_H
#define STORSTIL_DUMP_H

#include <stdio.h>

/* --dump-pages: loads `file`, lays it out exactly as the kiosk would on a
 * w x h screen at text size 1..5 with the bundled font, and prints
 * "--- page N" before each page, then each line as drawn ("• " before a list
 * item's first line, "-" where the layout hyphenated). Every line is also
 * measured whole with the real font; one wider than the text area is reported
 * on stderr and makes the status 1. Returns the exit status (0 ok). */
int dump_pages_main(const char *file, int w, int h, int text_size, FILE *out);

/* dump_pages_main with a configured font file (NULL or "" = bundled). */
int dump_pages_font(const char *file, int w, int h, int text_size, const char *font,
                    FILE *out);

/* --bench-layout: times laying out every data_dir/ *.txt at w x h and the
 * text size, with the real font, `runs` times; prints "layout_all_ms X"
 * (median) and "relayout_ms Y" (median of `runs` text-size changes on the
 * longest text). Returns the exit status. */
int dump_bench_layout(const char *data_dir, int w, int h, int text_size, int runs,
                      const char *font, FILE *out);

#endif
