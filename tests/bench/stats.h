/* stats: the benchmark's summaries of many timings, and its memory reading. */
#ifndef STORSTIL_BENCH_STATS_H
#define STORSTIL_BENCH_STATS_H

#include <stddef.h>

/* Sorts v (n >= 1 values) in place, ascending. */
void bench_sort(double *v, size_t n);

/* The median of n >= 1 values; sorts v. */
double bench_median(double *v, size_t n);

/* The p-th percentile (0..100) of n >= 1 sorted values, nearest rank. */
double bench_percentile(const double *v, size_t n, int p);

/* Resident memory now, in MiB (not the peak), from /proc/self/statm; 0
 * when it cannot be read. */
double bench_rss_now_mib(void);

#endif
