/* player: plays a text's own recording (README "The recording beside a
 * text"). libsndfile decodes it on a thread of its own from any position,
 * libsonic changes its pace keeping the pitch, and SDL's audio device plays
 * what the thread queues; the frame loop asks where in the recording the
 * sound being heard is.
 *
 *   Player *pl = player_open(stderr);           NULL: no recordings played
 *   player_start(pl, "data/foo.mp3", 4200);     plays from 4.2 s
 *   each tick: player_position_ms(pl), player_finished(pl)
 *   player_seek(pl, ms); player_set_pace(pl, 1.25);
 *   player_stop(pl); player_close(pl);
 *
 * The device is held only while playing: player_stop closes it, so the
 * speaker (speaker.c) can open its own; the two never hold it at once. */
#ifndef STORSTIL_PLAYER_H
#define STORSTIL_PLAYER_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct Player Player;

/* Starts SDL's audio and the decoding thread; NULL, said on log, when SDL
 * has no sound or the thread does not start. */
Player *player_open(FILE *log);

/* Stops, ends the thread and frees everything; NULL is fine. */
void player_close(Player *pl);

/* Plays the recording at path from from_ms (0 when negative), cutting off
 * what was playing; opens the device with the recording's rate and
 * channels. False, said on log, when the file does not decode or no device
 * opens: nothing then plays. */
bool player_start(Player *pl, const char *path, long from_ms);

/* Plays on from ms in the recording now playing (no-op when none). */
void player_seek(Player *pl, long ms);

/* Stops at once, drops what was queued and closes the device. */
void player_stop(Player *pl);

/* Plays on at factor times the recording's own pace (0.5..2.0; 1.0 its own),
 * keeping the pitch; takes effect at once, from the place being heard. */
void player_set_pace(Player *pl, double factor);

/* The pace factor in use. */
double player_pace(const Player *pl);

/* Where in the recording the sound being heard now is, in ms; -1 when
 * nothing plays. */
long player_position_ms(Player *pl);

/* True when the recording has been played to its end. */
bool player_finished(Player *pl);

/* Frames the device has taken since the last start or seek, and the
 * device's sample rate. */
int64_t player_played(Player *pl, int *rate);

/* The recording's length in ms, -1 when nothing plays. */
long player_length_ms(Player *pl);

/* True when path holds a recording libsndfile decodes (opened and closed
 * again); why not, on log. */
bool player_probe(const char *path, FILE *log);

#endif
