/* Tests for gesture: each case is a script of samples on an 800 x 480 screen
 * and the one gesture it must yield. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/gesture.h"

#define W 800
#define H 480
#define D GESTURE_DOWN
#define M GESTURE_MOVE
#define U GESTURE_UP
#define END {-1, 0, 0, 0, 0}

typedef struct {
    const char *name;
    GestureSample s[12]; /* ends at phase -1 */
    GestureKind want;
    int x, y; /* checked when want != NONE */
} Case;

static const Case cases[] = {
    {"tap", {{D, 0, 100, 200, 1000}, {U, 0, 102, 201, 1100}, END}, GESTURE_TAP, 100, 200},
    {"tap with jitter", {{D, 0, 100, 200, 0}, {M, 0, 110, 205, 50}, {U, 0, 105, 200, 120}, END},
     GESTURE_TAP, 100, 200},
    {"finger id 7 tap", {{D, 7, 10, 10, 0}, {U, 7, 10, 10, 10}, END}, GESTURE_TAP, 10, 10},
    {"press just under long", {{D, 0, 50, 50, 0}, {U, 0, 50, 50, GESTURE_LONG_PRESS_MS - 1}, END},
     GESTURE_TAP, 50, 50},
    {"long press is nothing", {{D, 0, 50, 50, 0}, {U, 0, 50, 50, GESTURE_LONG_PRESS_MS}, END},
     GESTURE_NONE, 0, 0},
    {"swipe left, no motion events", {{D, 0, 600, 200, 0}, {U, 0, 500, 210, 150}, END},
     GESTURE_SWIPE_LEFT, 500, 210},
    {"swipe right", {{D, 0, 100, 200, 0}, {M, 0, 150, 200, 50}, {U, 0, 300, 260, 200}, END},
     GESTURE_SWIPE_RIGHT, 300, 260},
    {"swipe exactly 8%", {{D, 0, 400, 200, 0}, {U, 0, 336, 200, 100}, END},
     GESTURE_SWIPE_LEFT, 336, 200},
    {"just under 8% and moved: nothing", {{D, 0, 400, 200, 0}, {U, 0, 337, 200, 100}, END},
     GESTURE_NONE, 0, 0},
    {"slow swipe still counts", {{D, 0, 600, 200, 0}, {U, 0, 100, 200, 3000}, END},
     GESTURE_SWIPE_LEFT, 100, 200},
    {"judged down to up, not path", {{D, 0, 400, 200, 0}, {M, 0, 100, 200, 50}, {U, 0, 390, 200, 100}, END},
     GESTURE_NONE, 0, 0},
    {"vertical swipe", {{D, 0, 400, 50, 0}, {U, 0, 420, 400, 200}, END}, GESTURE_NONE, 0, 0},
    {"diagonal, more vertical", {{D, 0, 400, 50, 0}, {U, 0, 300, 200, 200}, END}, GESTURE_NONE, 0, 0},
    {"diagonal 45 degrees", {{D, 0, 400, 100, 0}, {U, 0, 300, 200, 200}, END}, GESTURE_NONE, 0, 0},
    {"two fingers tap", {{D, 0, 100, 100, 0}, {D, 1, 300, 100, 10}, {U, 0, 100, 100, 50}, {U, 1, 300, 100, 60}, END},
     GESTURE_NONE, 0, 0},
    {"two fingers, second lifts first", {{D, 0, 100, 100, 0}, {D, 1, 300, 100, 10}, {U, 1, 300, 100, 50}, {U, 0, 100, 100, 60}, END},
     GESTURE_NONE, 0, 0},
    {"pinch-swipe", {{D, 0, 600, 100, 0}, {D, 1, 600, 300, 10}, {U, 0, 100, 100, 150}, {U, 1, 100, 300, 160}, END},
     GESTURE_NONE, 0, 0},
    {"UP without DOWN", {{U, 3, 100, 100, 0}, END}, GESTURE_NONE, 0, 0},
    {"stray UP then tap", {{U, 3, 700, 100, 0}, {D, 0, 100, 100, 10}, {U, 0, 100, 100, 60}, END},
     GESTURE_TAP, 100, 100},
    {"MOVE without DOWN", {{M, 0, 100, 100, 0}, {U, 0, 100, 100, 10}, END}, GESTURE_NONE, 0, 0},
    {"outside screen clamped", {{D, 0, -50, 900, 0}, {U, 0, -40, 905, 30}, END}, GESTURE_TAP, 0, H - 1},
    {"swipe off the edge", {{D, 0, 700, 100, 0}, {U, 0, -500, 100, 100}, END}, GESTURE_SWIPE_LEFT, 0, 100},
    {"lost UP, fresh DOWN", {{D, 0, 700, 100, 0}, {D, 0, 100, 100, 5000}, {U, 0, 100, 100, 5050}, END},
     GESTURE_TAP, 100, 100},
    {"clock went backwards", {{D, 0, 10, 10, 1000}, {U, 0, 10, 10, 900}, END}, GESTURE_TAP, 10, 10},
};

static void run_case(const Case *c)
{
    GestureRecognizer *rec = gesture_new(W, H);
    assert_non_null(rec);
    Gesture last = {GESTURE_NONE, 0, 0};
    int results = 0;
    for (int i = 0; c->s[i].phase != (GesturePhase)-1; i++) {
        Gesture g = gesture_feed(rec, &c->s[i]);
        if (g.kind != GESTURE_NONE) {
            last = g;
            results++;
        }
    }
    if (last.kind != c->want || results > 1)
        fail_msg("case \"%s\": got kind %d (%d results), want %d", c->name, last.kind, results, c->want);
    if (c->want != GESTURE_NONE && (last.x != c->x || last.y != c->y))
        fail_msg("case \"%s\": at %d,%d, want %d,%d", c->name, last.x, last.y, c->x, c->y);
    gesture_free(rec);
}

static void test_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        run_case(&cases[i]);
}

static void feed(GestureRecognizer *rec, GesturePhase p, int64_t f, int x, int y, int64_t t)
{
    GestureSample s = {p, f, x, y, t};
    Gesture g = gesture_feed(rec, &s);
    assert_int_equal(g.kind, GESTURE_NONE);
}

static void test_hold_fires_once_while_down(void **state)
{
    (void)state;
    GestureRecognizer *rec = gesture_new(W, H);
    assert_int_equal(gesture_next_deadline(rec), -1);
    feed(rec, D, 0, 20, 20, 1000);
    assert_int_equal(gesture_next_deadline(rec), 1000 + GESTURE_HOLD_MS);
    assert_int_equal(gesture_poll(rec, 1000 + GESTURE_HOLD_MS - 1).kind, GESTURE_NONE);
    feed(rec, M, 0, 25, 22, 3000); /* a little wobble is still "held still" */
    Gesture g = gesture_poll(rec, 1000 + GESTURE_HOLD_MS);
    assert_int_equal(g.kind, GESTURE_HOLD);
    assert_int_equal(g.x, 20);
    assert_int_equal(g.y, 20);
    assert_int_equal(gesture_poll(rec, 9000).kind, GESTURE_NONE);
    assert_int_equal(gesture_next_deadline(rec), -1);
    GestureSample up = {U, 0, 20, 20, 9500};
    assert_int_equal(gesture_feed(rec, &up).kind, GESTURE_NONE);
    /* the next touch is a fresh one */
    feed(rec, D, 0, 20, 20, 10000);
    GestureSample up2 = {U, 0, 20, 20, 10100};
    assert_int_equal(gesture_feed(rec, &up2).kind, GESTURE_TAP);
    gesture_free(rec);
}

static void test_hold_cancelled_by_moving(void **state)
{
    (void)state;
    GestureRecognizer *rec = gesture_new(W, H);
    feed(rec, D, 0, 20, 20, 0);
    feed(rec, M, 0, 200, 20, 100);
    feed(rec, M, 0, 20, 20, 200); /* coming back does not make it still again */
    assert_int_equal(gesture_poll(rec, 6000).kind, GESTURE_NONE);
    assert_int_equal(gesture_next_deadline(rec), -1);
    gesture_free(rec);
}

static void test_hold_cancelled_by_second_finger(void **state)
{
    (void)state;
    GestureRecognizer *rec = gesture_new(W, H);
    feed(rec, D, 0, 20, 20, 0);
    feed(rec, D, 1, 400, 20, 100);
    feed(rec, U, 1, 400, 20, 200);
    assert_int_equal(gesture_poll(rec, 6000).kind, GESTURE_NONE);
    GestureSample up = {U, 0, 20, 20, 6100};
    assert_int_equal(gesture_feed(rec, &up).kind, GESTURE_NONE);
    gesture_free(rec);
}

static void test_many_fingers_and_reset(void **state)
{
    (void)state;
    GestureRecognizer *rec = gesture_new(W, H);
    for (int f = 0; f < 14; f++)
        feed(rec, D, f, 10 * f, 10, f);
    for (int f = 0; f < 14; f++)
        feed(rec, U, f, 10 * f, 10, 100 + f);
    feed(rec, D, 0, 50, 50, 1000);
    gesture_reset(rec); /* e.g. focus lost: the UP is now a stray one */
    GestureSample up = {U, 0, 50, 50, 1050};
    assert_int_equal(gesture_feed(rec, &up).kind, GESTURE_NONE);
    gesture_free(rec);
}

static void test_set_screen_changes_threshold(void **state)
{
    (void)state;
    GestureRecognizer *rec = gesture_new(W, H);
    gesture_set_screen(rec, 2000, 1000); /* 8% is now 160 px */
    feed(rec, D, 0, 1000, 500, 0);
    GestureSample up = {U, 0, 880, 500, 100};
    assert_int_equal(gesture_feed(rec, &up).kind, GESTURE_NONE);
    feed(rec, D, 0, 1000, 500, 200);
    GestureSample up2 = {U, 0, 840, 500, 300};
    assert_int_equal(gesture_feed(rec, &up2).kind, GESTURE_SWIPE_LEFT);
    gesture_set_screen(rec, 0, -5); /* nonsense sizes do not divide by zero */
    feed(rec, D, 0, 3, 3, 400);
    GestureSample up3 = {U, 0, 3, 3, 450};
    assert_int_equal(gesture_feed(rec, &up3).kind, GESTURE_TAP);
    gesture_free(rec);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_hold_fires_once_while_down),
        cmocka_unit_test(test_hold_cancelled_by_moving),
        cmocka_unit_test(test_hold_cancelled_by_second_finger),
        cmocka_unit_test(test_many_fingers_and_reset),
        cmocka_unit_test(test_set_screen_changes_threshold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
