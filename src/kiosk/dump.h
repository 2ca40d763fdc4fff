/* dump: --dump-pages, a text's pages without a window, as the kiosk would
 * draw them (kiosk side: it measures with the real font). */
#ifndef STORSTIL_DUMP_H
#define STORSTIL_DUMP_H

#include <stdio.h>

#include "core/options.h"

/* Loads opt->dump_file, lays it out through the typesetter exactly as the
 * kiosk would on the --size screen (default 1920x1080) at the configured
 * text size and font, and prints "--- page N (USED of HEIGHT px)" before
 * each page (the text area's height and how much of it the lines take), then each
 * line as drawn ("• " before a list item's first line, "-" where the layout
 * hyphenated). Every line is also measured whole with the real font; one
 * wider than the text area is reported on stderr and makes the status 1.
 * Returns the exit status (0 ok). */
int dump_pages(const Options *opt, FILE *out);

#endif
