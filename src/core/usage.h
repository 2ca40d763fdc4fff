/* usage: what the kiosk counts for the library's reports (README "Use
 * counts"), decided from the app's views before and after each step. It
 * never reads the clock and writes nothing: the kiosk hands it the wall
 * time, and logs the records it returns (usage_line.h) and shows today's
 * counts on the Info screen.
 *
 * The visit rule: a visit starts with the first visitor's command after the
 * kiosk was left alone (AppView.visitor turning on, or the first command
 * after a visit ended), once it is sure not to be staff's hold on the
 * corner (a tap on a control, or a touch not followed by the corner's
 * command within GESTURE_HOLD_MS and a second; staff's screens count
 * nothing); it ends at the idle reset (AppView.visitor turning
 * off) or when the visitor leaves the end page for the shelf. Its minutes
 * are from its first touch to its last, so the quiet minutes before the
 * reset are not counted; a text's minutes likewise run from its opening to
 * the last touch while it was open. Time is given out per wall-clock hour
 * (local time): a visit across an hour's end (or midnight) gives a slice to
 * each hour. No record names a visitor or links two records to one visit. */
#ifndef STORSTIL_USAGE_H
#define STORSTIL_USAGE_H

#include <stddef.h>
#include <stdint.h>

#include "app.h"

typedef enum {
    USAGE_VISIT,        /* a visit started */
    USAGE_OPEN,         /* a text was opened (doc) */
    USAGE_PAGE,         /* the visitor turned a page of doc (not reading aloud's turns) */
    USAGE_READ,         /* reading aloud started */
    USAGE_SIZE,         /* the text size changed (A- or A+) */
    USAGE_ATTRACT,      /* the attract screen was tapped */
    USAGE_SECONDS,      /* seconds of use in one hour: doc -1 for visits, else a text's */
    USAGE_EVENT_COUNT
} UsageEvent;

typedef struct {
    UsageEvent event;
    int64_t hour;       /* wall-clock seconds at the start of its local hour */
    int doc;            /* the text (OPEN, PAGE, SECONDS of a text), else -1 */
    int n;              /* SECONDS: how many; else 1 */
} UsageRecord;

/* One day's counts: visits, texts opened, pages turned, readings aloud,
 * size changes, attract taps, minutes in use. */
typedef struct {
    int visits, opened, pages, reads, sizes, attract, minutes;
} UsageCounts;

#define USAGE_MAX_RECORDS 64 /* the most one step gives (a day of hour slices, twice) */

typedef struct Usage Usage;

/* A counter with nothing counted yet; NULL when out of memory. */
Usage *usage_new(void);

/* Frees u; NULL is fine. */
void usage_free(Usage *u);

/* One step of the app: cmd (APP_CMD_NONE for a tick) turned `before` into
 * `after` at wall-clock second `wall`. Writes the step's records into out
 * (room for USAGE_MAX_RECORDS) and returns how many. */
size_t usage_step(Usage *u, AppCommand cmd, const AppView *before, const AppView *after,
                  int64_t wall, UsageRecord *out);

/* Today's counts (the local day of the last step's `wall`), from the
 * records given since the counter was made; zero after midnight. */
UsageCounts usage_today(const Usage *u);

/* The start of the local hour holding wall-clock second t. */
int64_t usage_hour(int64_t t);

#endif
