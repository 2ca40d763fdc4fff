/* stats_tally: owns the sums and the writing of the daily files
 * (stats_tally.h). */
#include "stats_tally.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The hour row of (date, hour), made when new; NULL without memory. */
static UsageHourRow *hour_row(StatsTally *t, const char *date, int hour)
{
    for (size_t i = t->n_hours; i-- > 0;) /* the newest first: logs run forward */
        if (t->hours[i].hour == hour && !strcmp(t->hours[i].date, date))
            return &t->hours[i];
    if (t->n_hours == t->cap_hours) {
        size_t cap = t->cap_hours ? t->cap_hours * 2 : 64;
        UsageHourRow *h = realloc(t->hours, cap * sizeof *h);
        if (!h) return NULL;
        t->hours = h;
        t->cap_hours = cap;
    }
    UsageHourRow *r = &t->hours[t->n_hours++];
    memset(r, 0, sizeof *r);
    memcpy(r->date, date, sizeof r->date);
    r->hour = hour;
    return r;
}

/* The text row of (date, text), made when new; NULL without memory. */
static UsageTextRow *text_row(StatsTally *t, const char *date, const char *text)
{
    for (size_t i = t->n_texts; i-- > 0;)
        if (!strcmp(t->texts[i].text, text) && !strcmp(t->texts[i].date, date))
            return &t->texts[i];
    if (t->n_texts == t->cap_texts) {
        size_t cap = t->cap_texts ? t->cap_texts * 2 : 32;
        UsageTextRow *x = realloc(t->texts, cap * sizeof *x);
        if (!x) return NULL;
        t->texts = x;
        t->cap_texts = cap;
    }
    char *copy = strdup(text);
    if (!copy) return NULL;
    UsageTextRow *r = &t->texts[t->n_texts++];
    memset(r, 0, sizeof *r);
    memcpy(r->date, date, sizeof r->date);
    r->text = copy;
    return r;
}

bool stats_tally_add(StatsTally *t, const UsageLine *l)
{
    UsageHourRow *h = hour_row(t, l->date, l->hour);
    UsageTextRow *x = l->text[0] ? text_row(t, l->date, l->text) : NULL;
    if (!h || (l->text[0] && !x)) return false;
    switch (l->event) {
    case USAGE_VISIT: h->visits++; break;
    case USAGE_OPEN: h->opened++; x->opened++; break;
    case USAGE_PAGE: h->pages++; x->pages++; break;
    case USAGE_READ: h->reads++; break;
    case USAGE_SIZE: h->sizes++; break;
    case USAGE_SECONDS:
        if (x) x->seconds += l->n;
        else h->seconds += l->n;
        break;
    default: break; /* attract taps: in the log, not in the files */
    }
    return true;
}

/* qsort's order for hour rows: by date, then hour. */
static int by_hour(const void *a, const void *b)
{
    const UsageHourRow *x = a, *y = b;
    int c = strcmp(x->date, y->date);
    return c ? c : x->hour - y->hour;
}

/* Writes path through a scratch file beside it: the hours (rows, n) or,
 * with texts, that day's text rows. */
static bool write_file(const char *path, const char *date, const UsageHourRow *rows, size_t n,
                       const StatsTally *t, bool texts)
{
    char tmp[4300];
    snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f) return false;
    if (!texts) {
        usage_csv_write_hours(f, rows, n);
    } else {
        UsageTextRow *day = malloc((t->n_texts + 1) * sizeof *day);
        size_t k = 0;
        for (size_t i = 0; day && i < t->n_texts; i++)
            if (!strcmp(t->texts[i].date, date)) day[k++] = t->texts[i];
        if (day) usage_csv_write_texts(f, date, day, k);
        free(day);
    }
    bool ok = fflush(f) == 0 && fsync(fileno(f)) == 0;
    ok = fclose(f) == 0 && ok && rename(tmp, path) == 0;
    if (!ok) unlink(tmp);
    return ok;
}

int stats_tally_write(const StatsTally *t, const char *dir, const char *day, const char *before,
                      FILE *log)
{
    UsageHourRow *rows = malloc((t->n_hours + 1) * sizeof *rows);
    if (!rows) return 1;
    memcpy(rows, t->hours, t->n_hours * sizeof *rows);
    qsort(rows, t->n_hours, sizeof *rows, by_hour);
    int failed = 0;
    for (size_t i = 0; i < t->n_hours;) {
        size_t j = i;
        while (j < t->n_hours && !strcmp(rows[j].date, rows[i].date)) j++;
        const char *date = rows[i].date;
        char hours[4200], texts[4200];
        snprintf(hours, sizeof hours, "%s/anvandning-%s.csv", dir, date);
        snprintf(texts, sizeof texts, "%s/texter-%s.csv", dir, date);
        bool wanted = day ? !strcmp(day, date)
                          : !before || (strcmp(date, before) < 0 && access(hours, F_OK) != 0);
        if (wanted) {
            if (write_file(hours, date, rows + i, j - i, t, false) &&
                write_file(texts, date, NULL, 0, t, true)) {
                fprintf(log, "storstil-stats: wrote %s and %s\n", hours, texts);
            } else {
                fprintf(log, "storstil-stats: cannot write the files of %s in %s: %s\n", date, dir,
                        strerror(errno));
                failed++;
            }
        }
        i = j;
    }
    free(rows);
    return failed;
}

void stats_tally_free(StatsTally *t)
{
    for (size_t i = 0; i < t->n_texts; i++) free(t->texts[i].text);
    free(t->texts);
    free(t->hours);
    memset(t, 0, sizeof *t);
}
