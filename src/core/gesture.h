/* gesture: timed pointer samples (finger or mouse) in, at most one recognised
 * gesture per completed touch out. No SDL types: kiosk.c translates
 * SDL finger and mouse-button/motion events into GestureSample (a mouse is
 * finger 0; drop the mouse events SDL synthesises from touches, whose
 * `which` is SDL_TOUCH_MOUSEID).
 *
 * Per event:  g = gesture_feed(rec, &sample)    -> TAP or SWIPE_* on UP
 * Per frame:  g = gesture_poll(rec, now_ms)     -> HOLD once, finger still down
 * Sleeping:   gesture_next_deadline(rec)        -> when poll may fire next
 *
 * A touch that ever had two or more fingers down yields nothing until every
 * finger is up. Vertical swipes, long presses (>= GESTURE_LONG_PRESS_MS, not
 * held long enough for HOLD) and wobbly drags shorter than a swipe yield
 * nothing. Coordinates outside the screen are clamped to it. */
#ifndef STORSTIL_GESTURE_H
#define STORSTIL_GESTURE_H

#include <stdint.h>

/* A press this long or longer is not a tap. */
#define GESTURE_LONG_PRESS_MS 800
/* A press held still this long fires HOLD (the staff corner's 5 s). */
#define GESTURE_HOLD_MS 5000
/* A swipe travels at least this share of the screen width, in per mille. */
#define GESTURE_SWIPE_PERMILLE 80
/* "Still" for taps and holds: within this share of the screen's shorter side,
 * in per mille, but never less than GESTURE_STILL_MIN_PX. */
#define GESTURE_STILL_PERMILLE 40
#define GESTURE_STILL_MIN_PX 12

typedef enum { GESTURE_DOWN, GESTURE_MOVE, GESTURE_UP } GesturePhase;

typedef struct {
    GesturePhase phase;
    int64_t finger; /* any id, unique while down; the mouse is 0 */
    int x, y;       /* logical screen pixels (after rotation) */
    int64_t t_ms;   /* event time, monotonic milliseconds */
} GestureSample;

typedef enum {
    GESTURE_NONE,
    GESTURE_TAP,         /* short still press at (x, y) */
    GESTURE_SWIPE_LEFT,  /* finger travelled right-to-left: "next page" */
    GESTURE_SWIPE_RIGHT, /* finger travelled left-to-right: "previous page" */
    GESTURE_HOLD         /* press held still GESTURE_HOLD_MS at (x, y) */
} GestureKind;

typedef struct {
    GestureKind kind;
    int x, y; /* where the touch went down (TAP, HOLD) or ended (SWIPE) */
} Gesture;

typedef struct GestureRecognizer GestureRecognizer;

/* Returns a recogniser for a w x h logical screen, or NULL without memory. */
GestureRecognizer *gesture_new(int w, int h);

/* Frees the recogniser; NULL is fine. */
void gesture_free(GestureRecognizer *rec);

/* Sets a new screen size (resize, rotation) and forgets any touch under way. */
void gesture_set_screen(GestureRecognizer *rec, int w, int h);

/* Forgets every finger, e.g. when the window loses focus and UPs may be lost. */
void gesture_reset(GestureRecognizer *rec);

/* Takes one sample; returns the gesture the touch completes (only on the last
 * UP), else GESTURE_NONE. */
Gesture gesture_feed(GestureRecognizer *rec, const GestureSample *sample);

/* Returns GESTURE_HOLD once per touch when one finger has been held still for
 * GESTURE_HOLD_MS by now_ms; the UP that follows then yields nothing. */
Gesture gesture_poll(GestureRecognizer *rec, int64_t now_ms);

/* Returns the time gesture_poll could next fire, or -1 when no touch is
 * under way that could become a HOLD. */
int64_t gesture_next_deadline(const GestureRecognizer *rec);

#endif
