/* gesture: the touch recogniser. It owns the fingers currently down and the
 * geometry of the one touch under way (where and when it started, how far it
 * has wandered), and decides TAP / SWIPE / HOLD from those alone. It must not
 * know about screens, buttons or commands (that is ui) and must not read a
 * clock: time comes in with the samples and with gesture_poll. */
#include "gesture.h"

#include <stdbool.h>
#include <stdlib.h>

#define GESTURE_MAX_FINGERS 10

struct GestureRecognizer {
    int w, h;
    int64_t down[GESTURE_MAX_FINGERS]; /* ids of fingers now down */
    int n_down;
    /* The touch under way: from the first DOWN until every finger is up. */
    bool spoiled;    /* ever had 2+ fingers: yields nothing */
    bool hold_fired; /* HOLD already reported: the UP yields nothing */
    int64_t first;   /* the finger that started it */
    int x0, y0;
    int64_t t0;
    int64_t wander2; /* largest squared distance from (x0, y0) so far */
    int xu, yu;
    int64_t tu;
};

static int clamp_int(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static int64_t still_radius(const GestureRecognizer *rec)
{
    int side = rec->w < rec->h ? rec->w : rec->h;
    int r = (int)((int64_t)side * GESTURE_STILL_PERMILLE / 1000);
    return r < GESTURE_STILL_MIN_PX ? GESTURE_STILL_MIN_PX : r;
}

static bool is_still(const GestureRecognizer *rec)
{
    int64_t r = still_radius(rec);
    return rec->wander2 <= r * r;
}

static void note_position(GestureRecognizer *rec, int x, int y)
{
    int64_t dx = x - rec->x0, dy = y - rec->y0;
    int64_t d2 = dx * dx + dy * dy;
    if (d2 > rec->wander2)
        rec->wander2 = d2;
}

static int find_finger(const GestureRecognizer *rec, int64_t finger)
{
    for (int i = 0; i < rec->n_down; i++)
        if (rec->down[i] == finger)
            return i;
    return -1;
}

static void drop_finger(GestureRecognizer *rec, int i)
{
    rec->down[i] = rec->down[--rec->n_down];
}

GestureRecognizer *gesture_new(int w, int h)
{
    GestureRecognizer *rec = calloc(1, sizeof *rec);
    if (rec)
        gesture_set_screen(rec, w, h);
    return rec;
}

void gesture_free(GestureRecognizer *rec)
{
    free(rec);
}

void gesture_set_screen(GestureRecognizer *rec, int w, int h)
{
    rec->w = w > 1 ? w : 1;
    rec->h = h > 1 ? h : 1;
    gesture_reset(rec);
}

void gesture_reset(GestureRecognizer *rec)
{
    rec->n_down = 0;
    rec->spoiled = false;
    rec->hold_fired = false;
}

static Gesture judge(const GestureRecognizer *rec)
{
    Gesture g = {GESTURE_NONE, rec->xu, rec->yu};
    int dx = rec->xu - rec->x0, dy = rec->yu - rec->y0;
    int adx = abs(dx), ady = abs(dy);
    int swipe_min = (int)((int64_t)rec->w * GESTURE_SWIPE_PERMILLE / 1000);
    if (swipe_min < 1)
        swipe_min = 1;
    int64_t held = rec->tu - rec->t0; /* negative if the clock jumped: short */
    if (adx >= swipe_min && adx > ady) {
        g.kind = dx < 0 ? GESTURE_SWIPE_LEFT : GESTURE_SWIPE_RIGHT;
    } else if (is_still(rec) && held < GESTURE_LONG_PRESS_MS) {
        g.kind = GESTURE_TAP;
        g.x = rec->x0;
        g.y = rec->y0;
    }
    return g;
}

Gesture gesture_feed(GestureRecognizer *rec, const GestureSample *s)
{
    Gesture none = {GESTURE_NONE, 0, 0};
    int x = clamp_int(s->x, 0, rec->w - 1);
    int y = clamp_int(s->y, 0, rec->h - 1);
    int i = find_finger(rec, s->finger);

    switch (s->phase) {
    case GESTURE_DOWN:
        if (i >= 0) /* its UP was lost: forget it and start again */
            drop_finger(rec, i);
        if (rec->n_down == 0) {
            rec->spoiled = false;
            rec->hold_fired = false;
            rec->first = s->finger;
            rec->x0 = rec->xu = x;
            rec->y0 = rec->yu = y;
            rec->t0 = rec->tu = s->t_ms;
            rec->wander2 = 0;
        } else {
            rec->spoiled = true;
        }
        if (rec->n_down < GESTURE_MAX_FINGERS)
            rec->down[rec->n_down++] = s->finger;
        else
            rec->spoiled = true;
        return none;
    case GESTURE_MOVE:
        if (i >= 0 && s->finger == rec->first)
            note_position(rec, x, y);
        return none;
    case GESTURE_UP:
        if (i < 0) /* UP without DOWN */
            return none;
        drop_finger(rec, i);
        if (s->finger == rec->first) {
            note_position(rec, x, y);
            rec->xu = x;
            rec->yu = y;
            rec->tu = s->t_ms;
        }
        if (rec->n_down > 0 || rec->spoiled || rec->hold_fired)
            return none;
        return judge(rec);
    }
    return none;
}

static bool hold_possible(const GestureRecognizer *rec)
{
    return rec->n_down == 1 && !rec->spoiled && !rec->hold_fired && is_still(rec);
}

Gesture gesture_poll(GestureRecognizer *rec, int64_t now_ms)
{
    Gesture g = {GESTURE_NONE, 0, 0};
    if (hold_possible(rec) && now_ms - rec->t0 >= GESTURE_HOLD_MS) {
        rec->hold_fired = true;
        g.kind = GESTURE_HOLD;
        g.x = rec->x0;
        g.y = rec->y0;
    }
    return g;
}

int64_t gesture_next_deadline(const GestureRecognizer *rec)
{
    return hold_possible(rec) ? rec->t0 + GESTURE_HOLD_MS : -1;
}
