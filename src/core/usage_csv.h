/* usage_csv: the daily files of the use counts (README "Use counts"), both
 * ways: storstil-stats writes them, the kiosk's Info screen and
 * `storstil-stats --summary` read them. Per day DATE two files in one
 * folder, UTF-8 with a byte-order mark and ";" between fields, so Swedish
 * Excel and LibreOffice open them as they are:
 *
 *   anvandning-DATE.csv  datum;timme;besök;texter_öppnade;sidor_vända;
 *                        uppläsningar;textstorlek_ändrad;minuter_i_bruk
 *                        one row per hour (0..23) with any use
 *   texter-DATE.csv      datum;text;öppnad;sidor_vända;minuter
 *                        one row per text opened at least USAGE_CSV_MIN_OPENED
 *                        times that day; the others summed in one row
 *                        USAGE_CSV_OTHERS, so no one visitor's reading shows
 *
 * Minutes are seconds / 60, rounded to the nearest. */
#ifndef STORSTIL_USAGE_CSV_H
#define STORSTIL_USAGE_CSV_H

#include <stdbool.h>
#include <stdio.h>

#include "usage.h"

#define USAGE_CSV_MIN_OPENED 3
#define USAGE_CSV_OTHERS "Övriga texter (öppnade färre än 3 gånger)"
#define USAGE_CSV_HOURS_HEADER \
    "datum;timme;besök;texter_öppnade;sidor_vända;uppläsningar;textstorlek_ändrad;minuter_i_bruk"
#define USAGE_CSV_TEXTS_HEADER "datum;text;öppnad;sidor_vända;minuter"

/* One hour's counts (seconds, not minutes, until written). */
typedef struct {
    char date[11];
    int hour;
    int visits, opened, pages, reads, sizes;
    long long seconds;
} UsageHourRow;

/* One text's counts on one day. */
typedef struct {
    char date[11];
    char *text;
    int opened, pages;
    long long seconds;
} UsageTextRow;

/* Writes the hours file's bytes (BOM, header, rows in the order given). */
void usage_csv_write_hours(FILE *f, const UsageHourRow *rows, size_t n);

/* Writes the texts file's bytes: rows (one day's) sorted by title, those
 * opened fewer than USAGE_CSV_MIN_OPENED times summed as USAGE_CSV_OTHERS;
 * a title is quoted when it needs to be, and one a spreadsheet would take
 * for a formula gets a leading apostrophe. */
void usage_csv_write_texts(FILE *f, const char *date, const UsageTextRow *rows, size_t n);

/* Sums the hours file of date in dir into out (minutes rounded); false
 * when there is no such file or it is not one of ours (out zeroed). */
bool usage_csv_read_day(const char *dir, const char *date, UsageCounts *out);

/* Sums the hours files of the days from..to (YYYY-MM-DD, both included) in
 * dir into sum; returns how many of those days have a file. */
int usage_csv_sum_days(const char *dir, const char *from, const char *to, UsageCounts *sum);

/* The local date `shift` days from wall-clock second t, as YYYY-MM-DD in
 * out (11 bytes). */
void usage_csv_date(int64_t t, int shift, char *out);

#endif
