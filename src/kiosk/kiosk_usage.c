/* kiosk_usage: owns the kiosk's wall clock for the counts and the logging
 * of usage's records (kiosk_usage.h). */
#include "kiosk_usage.h"
#include "kiosk.h"
#include "core/usage_csv.h"
#include "core/usage_line.h"

#include <stdio.h>
#include <time.h>

void kiosk_usage_open(Kiosk *k, int64_t now)
{
    k->counts.usage = k->opt->cfg.stats ? usage_new() : NULL;
    kiosk_usage_set_clock(k, now, (int64_t)time(NULL));
}

void kiosk_usage_set_clock(Kiosk *k, int64_t now, int64_t wall)
{
    k->counts.wall0 = wall;
    k->counts.now0 = now;
    k->counts.wall = wall;
}

void kiosk_usage_step(Kiosk *k, AppCommand cmd, const AppView *before, const AppView *after,
                      int64_t now)
{
    int64_t wall = k->counts.wall0 + (now - k->counts.now0) / 1000;
    k->counts.wall = wall;
    if (!k->counts.usage) return;
    UsageRecord recs[USAGE_MAX_RECORDS];
    size_t n = usage_step(k->counts.usage, cmd, before, after, wall, recs);
    for (size_t i = 0; i < n; i++) {
        const Doc *d = recs[i].doc >= 0 && (size_t)recs[i].doc < library_count(k->lib)
                           ? library_doc(k->lib, (size_t)recs[i].doc) : NULL;
        char line[USAGE_LINE_MAX];
        usage_line_format(&recs[i], d ? d->title : NULL, line, sizeof line);
        fprintf(stderr, "%s\n", line);
    }
}

UsageCounts kiosk_usage_today(const Kiosk *k)
{
    return k->counts.usage ? usage_today(k->counts.usage) : (UsageCounts){0};
}

int kiosk_usage_week(const Kiosk *k, UsageCounts *week)
{
    char from[11], to[11];
    usage_csv_date(k->counts.wall, -7, from);
    usage_csv_date(k->counts.wall, -1, to);
    return usage_csv_sum_days(k->opt->cfg.stats_dir, from, to, week);
}

void kiosk_usage_close(Kiosk *k)
{
    usage_free(k->counts.usage);
    k->counts.usage = NULL;
}
