/* bench_modes: the figures storstil-bench measures, one function each.
 * Each prints "name: value unit" lines (a median where it says so) and
 * returns an exit status. */
#ifndef STORSTIL_BENCH_MODES_H
#define STORSTIL_BENCH_MODES_H

#include <stdio.h>

#include "core/options.h"

/* Times laying out every *.txt of the data folder through the typesetter,
 * n times: layout_all_ms (median), then relayout_ms (median of n text-size
 * changes on the longest text, keeping the reader's place). */
int bench_layout(const Options *opt, long n, FILE *out);

/* Opens the kiosk (headless drivers welcome), opens every text, then turns
 * n pages of the longest one on a virtual clock. With animations off it
 * prints page_turn_p50_ms and page_turn_p99_ms (command to presented
 * frame); with animations on, frame_p50_ms and frame_p99_ms (each frame of
 * the slides); and rss_peak_mib, the peak after all of that. */
int bench_kiosk(const Options *opt, long n, FILE *out);

/* n page turns across every text (another text every 500 turns, a
 * text-size change every 100) on a virtual clock; prints resident memory
 * and open file descriptors after a warm-up (one round of every text, at
 * least a tenth of the turns, at most half) and at the end. */
int bench_soak(const Options *opt, long n, FILE *out);

/* Lays out one paragraph of a letter and n combining accents (U+0301) at
 * the --size screen: layout_zalgo_ms, the median of 5 runs. */
int bench_zalgo(const Options *opt, long n, FILE *out);

/* Opens the first text and taps "Läs upp" n times: read_aloud_start_ms
 * (median, and p99: the tap to the first sample the audio device takes);
 * then reads 10 s turning a page by hand every 2 s: page_turn_reading_p50_ms
 * and _max_ms, rss_reading_mib (now) and rss_peak_reading_mib. */
int bench_read(const Options *opt, long n, FILE *out);

/* Opens the first text (a timed text with its recording beside it) and
 * taps "Läs upp" n times: play_start_ms (median, and p99: the tap to the
 * first sample of the recording the device takes); then plays 10 s as the
 * loop does: play_cpu_pct, the kiosk's CPU over those seconds. */
int bench_play(const Options *opt, long n, FILE *out);

/* One start (tests/bench/start.sh times the process): opens the kiosk,
 * draws the shelf, opens the first text and saves its first page to
 * $STORSTIL_BENCH_SHOT (start.png), closes; prints start_pages. n unused. */
int bench_start(const Options *opt, long n, FILE *out);

#endif
