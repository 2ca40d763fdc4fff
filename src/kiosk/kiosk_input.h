/* kiosk_input: SDL's events into gestures and commands (kiosk_event in
 * kiosk.h is this file's); the one call kiosk.c also makes. SDL side only
 * because Kiosk is. */
#ifndef STORSTIL_KIOSK_INPUT_H
#define STORSTIL_KIOSK_INPUT_H

#include <stdint.h>

#include "core/gesture.h"

typedef struct Kiosk Kiosk;

/* Hands a recognised gesture (GESTURE_NONE: nothing) to the app as the
 * command ui finds for it on the screen shown at now, else as input. */
void kiosk_input_gesture(Kiosk *k, Gesture g, int64_t now);

#endif
