/* usage_csv: owns the daily files' format (usage_csv.h). */
#include "usage_csv.h"
#include "readfile.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BOM "\xEF\xBB\xBF"
#define DAY_FILE_MAX (1024 * 1024)

static int minutes(long long seconds)
{
    return (int)((seconds + 30) / 60);
}

void usage_csv_write_hours(FILE *f, const UsageHourRow *rows, size_t n)
{
    fputs(BOM USAGE_CSV_HOURS_HEADER "\r\n", f);
    for (size_t i = 0; i < n; i++) {
        const UsageHourRow *r = &rows[i];
        fprintf(f, "%s;%02d;%d;%d;%d;%d;%d;%d\r\n", r->date, r->hour, r->visits, r->opened,
                r->pages, r->reads, r->sizes, minutes(r->seconds));
    }
}

/* Writes title as one field: quoted when it holds ; " or a line break,
 * with an apostrophe first when a spreadsheet would read a formula. */
static void field(FILE *f, const char *title)
{
    bool quote = strpbrk(title, ";\"\r\n") != NULL;
    bool formula = strchr("=+-@\t", title[0]) != NULL && title[0];
    if (quote) fputc('"', f);
    if (formula) fputc('\'', f);
    for (const char *p = title; *p; p++) {
        if (*p == '"') fputc('"', f);
        fputc(*p, f);
    }
    if (quote) fputc('"', f);
}

/* qsort's order for text rows: by title, bytewise. */
static int by_title(const void *a, const void *b)
{
    return strcmp(((const UsageTextRow *)a)->text, ((const UsageTextRow *)b)->text);
}

void usage_csv_write_texts(FILE *f, const char *date, const UsageTextRow *rows, size_t n)
{
    fputs(BOM USAGE_CSV_TEXTS_HEADER "\r\n", f);
    UsageTextRow *sorted = n ? malloc(n * sizeof *sorted) : NULL;
    if (sorted) {
        memcpy(sorted, rows, n * sizeof *sorted);
        qsort(sorted, n, sizeof *sorted, by_title);
        rows = sorted;
    }
    UsageTextRow others = {.opened = 0};
    bool any_others = false;
    for (size_t i = 0; i < n; i++) {
        const UsageTextRow *r = &rows[i];
        if (r->opened < USAGE_CSV_MIN_OPENED) {
            others.opened += r->opened;
            others.pages += r->pages;
            others.seconds += r->seconds;
            any_others = true;
            continue;
        }
        fprintf(f, "%s;", date);
        field(f, r->text);
        fprintf(f, ";%d;%d;%d\r\n", r->opened, r->pages, minutes(r->seconds));
    }
    if (any_others)
        fprintf(f, "%s;%s;%d;%d;%d\r\n", date, USAGE_CSV_OTHERS, others.opened, others.pages,
                minutes(others.seconds));
    free(sorted);
}

bool usage_csv_read_day(const char *dir, const char *date, UsageCounts *out)
{
    memset(out, 0, sizeof *out);
    char path[4200];
    snprintf(path, sizeof path, "%s/anvandning-%s.csv", dir, date);
    size_t len;
    ReadFileError err;
    char *text = readfile_load(path, DAY_FILE_MAX, READFILE_REGULAR, &len, &err);
    if (!text) return false;
    const char *p = text;
    if (!strncmp(p, BOM, 3)) p += 3;
    bool ours = !strncmp(p, USAGE_CSV_HOURS_HEADER, strlen(USAGE_CSV_HOURS_HEADER));
    long long seconds = 0;
    for (const char *line = strchr(p, '\n'); ours && line; line = strchr(line, '\n')) {
        line++;
        char d[11];
        int hour, v[6];
        if (sscanf(line, "%10[0-9-];%d;%d;%d;%d;%d;%d;%d", d, &hour, &v[0], &v[1], &v[2], &v[3],
                   &v[4], &v[5]) != 8 || strcmp(d, date) != 0)
            continue;
        out->visits += v[0];
        out->opened += v[1];
        out->pages += v[2];
        out->reads += v[3];
        out->sizes += v[4];
        seconds += (long long)v[5] * 60;
    }
    out->minutes = (int)(seconds / 60);
    free(text);
    return ours;
}

void usage_csv_date(int64_t t, int shift, char *out)
{
    time_t tt = (time_t)t;
    struct tm tm;
    strcpy(out, "1970-01-01");
    if (!localtime_r(&tt, &tm)) return;
    tm.tm_mday += shift;
    tm.tm_hour = 12; /* away from a daylight-saving hour */
    tt = mktime(&tm);
    if (localtime_r(&tt, &tm)) strftime(out, 11, "%Y-%m-%d", &tm);
}

int usage_csv_sum_days(const char *dir, const char *from, const char *to, UsageCounts *sum)
{
    *sum = (UsageCounts){0};
    struct tm tm = {0};
    if (sscanf(from, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3) return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    tm.tm_hour = 12;
    tm.tm_isdst = -1;
    int64_t noon = (int64_t)mktime(&tm);
    int days = 0;
    for (int i = 0; i < 3700; i++) { /* ten years at most */
        char date[11];
        UsageCounts c;
        usage_csv_date(noon, i, date);
        if (strcmp(date, to) > 0) break;
        if (!usage_csv_read_day(dir, date, &c)) continue;
        days++;
        sum->visits += c.visits;
        sum->opened += c.opened;
        sum->pages += c.pages;
        sum->reads += c.reads;
        sum->sizes += c.sizes;
        sum->minutes += c.minutes;
    }
    return days;
}
