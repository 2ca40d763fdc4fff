/* pace: the visitor's pace of reading aloud, in three steps around staff's
 * speech_rate: 0 slower, PACE_NORMAL staff's own, 2 faster. The speaker
 * multiplies espeak-ng's rate by pace_factor(step); a recording plays at
 * that speed, keeping its pitch. */
#ifndef STORSTIL_PACE_H
#define STORSTIL_PACE_H

#define PACE_STEPS 3
#define PACE_NORMAL 1

/* Returns step's speed as a factor of the normal pace: 0.8, 1.0 or 1.25
 * (a step out of range is clamped to the nearest one). */
double pace_factor(int step);

#endif
