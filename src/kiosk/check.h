/* check: --check, the staff's look at a data folder without a window. */
#ifndef STORSTIL_CHECK_H
#define STORSTIL_CHECK_H

#include <stdio.h>

#include "core/options.h"

/* Loads every text of the data folder, prints one line per text (file, title,
 * pages at the configured text size on the --size screen, default 1920x1080)
 * or its problems as "file:line: message"; returns 1 when anything is wrong
 * (a problem, a broken text, an unreadable or empty folder), else 0. */
int check_data(const Options *opt, FILE *out);

#endif
