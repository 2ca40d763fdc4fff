/* kiosk_read: the kiosk's side of reading aloud, called from kiosk.c. A
 * text with times and a recording beside it (README "The recording beside
 * a text") is read by its recording through the player; every other text
 * by the voice through the speaker.
 *
 *   kiosk_read_open(k)                  after the app exists: offers "Läs upp"
 *                                       when a speaker opens
 *   page = kiosk_read_relaid(k, page)   after a new layout: the page of the
 *                                       sentence being read
 *   kiosk_read_sync(k, &v)              each frame, pages in step: start,
 *                                       restart or stop the speaker
 *   kiosk_read_tick(k, now)             each tick: a page read -> the app
 *   hl = kiosk_read_highlight(k, &v, &page)   the sentence to draw a band behind
 *   kiosk_read_close(k) */
#ifndef STORSTIL_KIOSK_READ_H
#define STORSTIL_KIOSK_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/app.h"
#include "core/speech.h"

#define KIOSK_READ_POLL_MS 40 /* while reading: how often the sentence heard is checked */

typedef struct Kiosk Kiosk;

/* Reading aloud's state in the Kiosk; kiosk_read.c's own (harness.c reads
 * the figures for the tests). */
typedef struct {
    struct Speaker *speaker; /* NULL when reading aloud is not offered */
    bool on, restart;        /* speaking; speak again from `from` */
    unsigned epoch;          /* the app's epoch being spoken */
    int page, sentence;      /* the page spoken, the sentence last drawn */
    int pace;                /* the app's pace the speaker has (pace.h) */
    size_t from;
    long words;              /* words of every page plan started, for the tests */
    uint64_t started;        /* SDL ticks when reading last started */
    uint64_t audio_opened;   /* SDL ticks of the first reading, when the speaker opens the audio device (tests) */
    uint64_t stopped;        /* SDL ticks when reading last stopped (tests) */
    struct Player *player;   /* opened with the first recording played, or NULL */
    bool playing;            /* the reading is the recording's, not the voice's */
    bool follow;             /* the page was turned by the recording: play on, no seek */
    const void *rec_bad;     /* the Doc whose recording did not decode (said once) */
    SpeechSentence band;     /* the part being heard, for the renderer */
    long part_ms, play_ms;   /* the part heard's time and the place heard (tests), -1: none */
    char rec_path[4096];     /* the recording playing */
} KioskRead;

/* Opens the speaker (config's read_aloud, an audio device, the voice) and
 * tells the app whether reading aloud is offered. */
void kiosk_read_open(Kiosk *k);

/* Closes the speaker; safe when none opened. */
void kiosk_read_close(Kiosk *k);

/* While reading, after the text was laid out again: remembers the sentence
 * being heard, to read on from it, and returns the page that holds it;
 * else returns page. */
int kiosk_read_relaid(Kiosk *k, int page);

/* Brings the speaker in step with v (the pages already in step with it). */
void kiosk_read_sync(Kiosk *k, const AppView *v);

/* Tells the app when the page has been read; marks a frame due when the
 * sentence heard changes. */
void kiosk_read_tick(Kiosk *k, int64_t now);

/* The sentence being heard and the page it is on (*page), or NULL. */
const SpeechSentence *kiosk_read_highlight(Kiosk *k, const AppView *v, int *page);

#endif
