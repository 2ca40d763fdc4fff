/* usage: owns the visit rule and the records the kiosk counts (usage.h).
 * Only the views tell it what happened; the wall time tells it the hour. */
#include "usage.h"
#include "gesture.h"

#include <stdbool.h>
#include <stdlib.h>
#include <time.h>

/* A bare touch starts a visit only once it is not staff's hold on the
 * corner: a tap on a control, or this long without the corner's command. */
#define USAGE_CONFIRM_S (GESTURE_HOLD_MS / 1000 + 1)

struct Usage {
    bool pending;                   /* a bare touch that may be staff's corner ... */
    int64_t pending_from;           /* ... and when it came */
    bool in_visit;
    int64_t visit_from, last_touch; /* wall seconds: the visit's first and last touch */
    int doc;                        /* the text open, or -1 */
    int64_t doc_from;               /* when it was opened */
    int64_t day;                    /* start of the local day the counts are for, or -1 */
    UsageCounts today;
    int64_t today_seconds;          /* the visits' seconds today */
};

Usage *usage_new(void)
{
    Usage *u = calloc(1, sizeof *u);
    if (!u)
        return NULL;
    u->doc = -1;
    u->day = -1;
    return u;
}

void usage_free(Usage *u)
{
    free(u);
}

int64_t usage_hour(int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!localtime_r(&tt, &tm))
        return t - t % 3600;
    return t - tm.tm_min * 60 - tm.tm_sec;
}

/* The start of the local day holding wall-clock second t. */
static int64_t day_of(int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!localtime_r(&tt, &tm))
        return t - t % 86400;
    return t - tm.tm_hour * 3600 - tm.tm_min * 60 - tm.tm_sec;
}

/* Adds rec to today's counts (a new day first clears them). */
static void count(Usage *u, const UsageRecord *rec)
{
    int64_t day = day_of(rec->hour);
    if (day != u->day) {
        if (day < u->day)
            return; /* a slice of yesterday's visit, after midnight */
        u->day = day;
        u->today = (UsageCounts){0};
        u->today_seconds = 0;
    }
    switch (rec->event) {
    case USAGE_VISIT: u->today.visits++; break;
    case USAGE_OPEN: u->today.opened++; break;
    case USAGE_PAGE: u->today.pages++; break;
    case USAGE_READ: u->today.reads++; break;
    case USAGE_SIZE: u->today.sizes++; break;
    case USAGE_ATTRACT: u->today.attract++; break;
    case USAGE_SECONDS:
        if (rec->doc < 0) u->today_seconds += rec->n;
        break;
    default: break;
    }
}

/* Appends one record (counted) to out[*n], while room is left. */
static void emit(Usage *u, UsageRecord *out, size_t *n, UsageEvent ev, int64_t wall, int doc, int k)
{
    if (*n >= USAGE_MAX_RECORDS)
        return;
    UsageRecord *r = &out[(*n)++];
    *r = (UsageRecord){.event = ev, .hour = usage_hour(wall), .doc = doc, .n = k};
    count(u, r);
}

/* Appends [from, to)'s seconds as one SECONDS record per local hour, at
 * most 24 of them (a day: a longer span is a clock jump, not a visit). */
static void emit_span(Usage *u, UsageRecord *out, size_t *n, int doc, int64_t from, int64_t to)
{
    for (int i = 0; i < 24 && from < to; i++) {
        int64_t end = usage_hour(from) + 3600;
        if (end <= from) end = from + 3600; /* a local time that repeats (autumn) */
        if (end > to) end = to;
        emit(u, out, n, USAGE_SECONDS, from, doc, (int)(end - from));
        from = end;
    }
}

/* True for a command a visitor gave (not the speaker's, the window's or
 * staff's). */
static bool by_visitor(AppCommand cmd, const AppView *before)
{
    if (cmd == APP_CMD_NONE || cmd == APP_CMD_READ_PAGE_DONE || cmd == APP_CMD_QUIT_REQUEST ||
        cmd == APP_CMD_STAFF_CORNER)
        return false;
    return !app_screen(before->screen)->staff;
}

/* Ends the open text at `end`. */
static void close_doc(Usage *u, UsageRecord *out, size_t *n, int64_t end)
{
    if (u->doc >= 0)
        emit_span(u, out, n, u->doc, u->doc_from, end > u->doc_from ? end : u->doc_from);
    u->doc = -1;
}

/* The counted events of one visitor's command. */
static void command_events(Usage *u, AppCommand cmd, const AppView *b, const AppView *a,
                           int64_t wall, UsageRecord *out, size_t *n)
{
    if (b->screen == APP_SCREEN_ATTRACT && a->screen != APP_SCREEN_ATTRACT)
        emit(u, out, n, USAGE_ATTRACT, wall, -1, 1);
    bool turn = cmd == APP_CMD_NEXT || cmd == APP_CMD_PREV || cmd == APP_CMD_FOCUS_NEXT ||
                cmd == APP_CMD_FOCUS_PREV;
    bool in_text = b->screen == APP_SCREEN_READER || b->screen == APP_SCREEN_END;
    if (turn && in_text && b->doc >= 0 && b->doc == a->doc &&
        (a->page != b->page || a->screen != b->screen))
        emit(u, out, n, USAGE_PAGE, wall, a->doc, 1);
    if (cmd == APP_CMD_READ && !b->reading && a->reading)
        emit(u, out, n, USAGE_READ, wall, -1, 1);
    if ((cmd == APP_CMD_BIGGER || cmd == APP_CMD_SMALLER) && a->text_size != b->text_size)
        emit(u, out, n, USAGE_SIZE, wall, -1, 1);
}

size_t usage_step(Usage *u, AppCommand cmd, const AppView *before, const AppView *after,
                  int64_t wall, UsageRecord *out)
{
    size_t n = 0;
    bool visitor = by_visitor(cmd, before);
    if (cmd == APP_CMD_STAFF_CORNER) u->pending = false; /* it was staff's hold */
    if (visitor && !u->in_visit && !u->pending && after->visitor) {
        u->pending = true;
        u->pending_from = wall;
    }
    if (u->pending && ((visitor && cmd != APP_CMD_ANY_INPUT) || wall - u->pending_from >= USAGE_CONFIRM_S)) {
        u->pending = false;
        u->in_visit = true;
        u->visit_from = u->last_touch = u->pending_from;
        emit(u, out, &n, USAGE_VISIT, u->pending_from, -1, 1);
    }
    if (visitor && u->in_visit)
        u->last_touch = wall;
    if (visitor && u->in_visit)
        command_events(u, cmd, before, after, wall, out, &n);
    int open = after->doc; /* beneath the idle overlay and staff screens too */
    if (open != u->doc) {
        close_doc(u, out, &n, visitor ? wall : u->last_touch);
        if (open >= 0 && u->in_visit) {
            u->doc = open;
            u->doc_from = wall;
            emit(u, out, &n, USAGE_OPEN, wall, open, 1);
        }
    }
    bool reset = before->visitor && !after->visitor;
    if (reset) u->pending = false;
    bool left_end = visitor && before->screen == APP_SCREEN_END && after->screen == APP_SCREEN_SHELF;
    if (u->in_visit && (reset || left_end)) {
        close_doc(u, out, &n, u->last_touch);
        emit_span(u, out, &n, -1, u->visit_from, u->last_touch);
        u->in_visit = false;
    }
    return n;
}

UsageCounts usage_today(const Usage *u)
{
    UsageCounts c = u->today;
    c.minutes = (int)((u->today_seconds + 30) / 60);
    return c;
}
