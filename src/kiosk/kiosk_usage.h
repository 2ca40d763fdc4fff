/* kiosk_usage: the kiosk's side of the use counts: each step of the app
 * handed to usage (core/usage.h) with the wall time, and its records logged
 * on stderr (the journal, under systemd) as usage_line.h's lines. The kiosk
 * writes no file. Part of kiosk.c's job, in a file of its own. */
#ifndef STORSTIL_KIOSK_USAGE_H
#define STORSTIL_KIOSK_USAGE_H

#include <stdint.h>

#include "core/app.h"
#include "core/usage.h"

typedef struct Kiosk Kiosk;

/* The counter's state in the Kiosk; kiosk_usage.c's own. */
typedef struct {
    Usage *usage;        /* NULL when the stats key is off */
    int64_t wall0, now0; /* wall-clock second wall0 was the kiosk's time now0 (ms) */
    int64_t wall;        /* the wall clock at the last step */
} KioskUsage;

/* Starts counting at the kiosk's time now, when the config's stats is on. */
void kiosk_usage_open(Kiosk *k, int64_t now);

/* Sets the wall clock: the kiosk's time now is wall-clock second wall (a
 * script's `clock` line; the kiosk's own start takes the system's clock). */
void kiosk_usage_set_clock(Kiosk *k, int64_t now, int64_t wall);

/* One step of the app at now: cmd (APP_CMD_NONE for a tick) turned before
 * into after; logs what it counted. */
void kiosk_usage_step(Kiosk *k, AppCommand cmd, const AppView *before, const AppView *after,
                      int64_t now);

/* Today's counts (all zero when off). */
UsageCounts kiosk_usage_today(const Kiosk *k);

/* Sums the daily files (stats_dir) of the 7 days before the day of the
 * last step into week; returns how many of them have a file. */
int kiosk_usage_week(const Kiosk *k, UsageCounts *week);

/* Frees the counter. */
void kiosk_usage_close(Kiosk *k);

#endif
