/* speaker: reads a speech plan aloud. espeak-ng (its own voice or an MBROLA
 * voice, config's `voice`) synthesises to memory on a thread of its own and
 * SDL's audio device plays what it queues, so the frame loop never waits for speech; the loop asks which
 * sentence is being heard and whether the plan is done.
 *
 *   Speaker *sp = speaker_open(&cfg, stderr);   NULL: no reading aloud
 *   speaker_start(sp, plan);                     the speaker owns the plan
 *   each tick: speaker_sentence(sp), speaker_finished(sp)
 *   speaker_stop(sp); speaker_close(sp); */
#ifndef STORSTIL_SPEAKER_H
#define STORSTIL_SPEAKER_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "core/config.h"
#include "core/speech.h"

typedef struct Speaker Speaker;

/* Starts SDL's audio and the speaker's thread; espeak-ng's Swedish voice
 * (cfg's voice, at its speech_rate and volume) loads with the first
 * speaker_start or two seconds after the start, whichever is first, and
 * the default audio device opens with the first start, at the voice's
 * rate, both on the thread. NULL, said in one line on log (NULL:
 * silent), when read_aloud is off or SDL has no sound: the kiosk then works
 * as it does without a speaker. A device or a voice that does not open is
 * said on log too, and speaker_failed tells. */
Speaker *speaker_open(const Config *cfg, FILE *log);

/* True when the device or the voice did not open (known after the first
 * speaker_start, or once the voice has tried): close the speaker, read
 * nothing. */
bool speaker_failed(Speaker *sp);

/* Stops, ends the thread, closes the device and espeak-ng; NULL is fine. */
void speaker_close(Speaker *sp);

/* Reads plan aloud from its start, cutting off what was being read; the
 * speaker owns plan from now on. */
void speaker_start(Speaker *sp, SpeechPlan *plan);

/* Stops at once: queued sound is dropped and the synthesis abandoned. */
void speaker_stop(Speaker *sp);

/* Stops, and closes the audio device until the next speaker_start, so
 * the player (player.c) may open its own: the two never hold it at once. */
void speaker_release(Speaker *sp);

/* The plan being read, or NULL. */
const SpeechPlan *speaker_plan(const Speaker *sp);

/* Sets the visitor's pace, a factor of speech_rate (pace.h's pace_factor);
 * it applies from the next speaker_start. */
void speaker_set_pace(Speaker *sp, double factor);

/* The plan's sentence being heard now (its first until a word sounds), -1
 * when there is no plan or it has no sentence. */
int speaker_sentence(Speaker *sp);

/* True when the plan has been synthesised and played to its end. */
bool speaker_finished(Speaker *sp);

/* Samples of the plan the device has taken so far, and the sample rate. */
int64_t speaker_played(Speaker *sp, int *rate);

/* The voice espeak-ng reads with now ("sv", "en", "mb-sw1", "mb-en1"; "-"
 * before it has loaded), and *rate the audio device's sample rate (the
 * voice's; 0 before the device has opened). */
const char *speaker_voice(Speaker *sp, int *rate);

#endif
