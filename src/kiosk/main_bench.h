/* main_bench: --bench-kiosk, what a visitor feels, measured in the real kiosk. */
#ifndef STORSTIL_MAIN_BENCH_H
#define STORSTIL_MAIN_BENCH_H

#include <stdio.h>

#include "core/options.h"

/* Opens the kiosk (headless drivers welcome), opens every text, then turns
 * `opt->bench_runs` pages of the longest one on a virtual clock. With
 * animations off it prints page_turn_p50_ms and page_turn_p99_ms (command
 * to presented frame); with animations on, frame_p99_ms (each frame of the
 * slides); and rss_peak_mib either way. Returns an exit status. */
int main_bench(Options *opt, FILE *out);

/* --soak N: N page turns across every text (another text every 500 turns,
 * a text-size change every 100) on a virtual clock; prints resident memory
 * and open file descriptors after a warm-up (one round of every text, at
 * least a tenth of the turns) and at the end. */
int main_soak(Options *opt, FILE *out);

#endif
