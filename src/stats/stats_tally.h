/* stats_tally: storstil-stats' sums of the kiosk's stats lines per day and
 * hour and per day and text, and the writing of them as the daily files
 * (core/usage_csv.h). */
#ifndef STORSTIL_STATS_TALLY_H
#define STORSTIL_STATS_TALLY_H

#include <stdbool.h>
#include <stdio.h>

#include "core/usage_csv.h"
#include "core/usage_line.h"

typedef struct {
    UsageHourRow *hours;
    size_t n_hours, cap_hours;
    UsageTextRow *texts;
    size_t n_texts, cap_texts;
} StatsTally;

/* Adds one stats line; false when out of memory. */
bool stats_tally_add(StatsTally *t, const UsageLine *line);

/* Writes the two files of each day in t into dir, each replaced whole (a
 * scratch file renamed): only `day` when not NULL; with before (a date),
 * only the days before it whose hours file is not there yet. The days
 * written are named on log. Returns how many days could not be written. */
int stats_tally_write(const StatsTally *t, const char *dir, const char *day, const char *before,
                      FILE *log);

/* Frees what t holds (t itself is the caller's). */
void stats_tally_free(StatsTally *t);

#endif
