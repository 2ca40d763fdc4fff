/* bench_read: reading aloud as a visitor feels it, through kiosk.h and the
 * speaker: the time from "Läs upp" to the first sample the audio device
 * takes, page turns while reading, and memory while reading. The audio
 * device is whatever SDL opens (make bench: the dummy driver, which takes
 * samples in real time as a sound card does). */
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bench_modes.h"
#include "kiosk/kiosk.h"
#include "kiosk/speaker.h"
#include "stats.h"

static double ms_since(Uint64 start)
{
    return (double)(SDL_GetPerformanceCounter() - start) * 1000.0 / (double)SDL_GetPerformanceFrequency();
}

/* A command and the frame that shows it, as the production loop does (a
 * frame only when something changed; the neighbours prefetched after it);
 * returns the milliseconds to the presented frame, 0 when none was due. */
static double step(Kiosk *k, int64_t *now, AppCommand cmd)
{
    Uint64 t0 = SDL_GetPerformanceCounter();
    if (cmd != APP_CMD_NONE) kiosk_command(k, cmd, 0, *now);
    kiosk_tick(k, *now, false);
    if (!k->dirty) return 0;
    kiosk_draw(k, *now, NULL);
    double ms = ms_since(t0);
    kiosk_prefetch(k, *now);
    return ms;
}

/* "Läs upp", then the wall time until the device has taken a sample (or
 * -1 after 5 s); "Sluta läsa" after it. */
static double start_once(Kiosk *k, int64_t *now)
{
    Uint64 t0 = SDL_GetPerformanceCounter();
    step(k, now, APP_CMD_READ);
    double ms = -1;
    while (ms_since(t0) < 5000) {
        if (speaker_played(k->read.speaker, NULL) > 0) {
            ms = ms_since(t0);
            break;
        }
        SDL_Delay(1);
    }
    *now += 1000;
    step(k, now, APP_CMD_READ);
    return ms;
}

/* Reads for `seconds`, polling as the loop does every KIOSK_READ_POLL_MS,
 * turning a page by hand every two seconds: each turn timed (command to
 * frame, the new page's speech started in it) into turns, and each frame
 * the reading itself brings (a new sentence's band) into frames. */
static void read_and_turn(Kiosk *k, int64_t *now, int seconds, double *turns, size_t *n_turns, double *frames,
                          size_t *n_frames)
{
    step(k, now, APP_CMD_READ);
    for (int i = 1; i <= seconds * 1000 / KIOSK_READ_POLL_MS; i++) {
        SDL_Delay(KIOSK_READ_POLL_MS);
        *now += KIOSK_READ_POLL_MS;
        if (i % (2000 / KIOSK_READ_POLL_MS) == 0) {
            turns[(*n_turns)++] = step(k, now, APP_CMD_NEXT);
            continue;
        }
        double ms = step(k, now, APP_CMD_NONE);
        if (ms > 0) frames[(*n_frames)++] = ms;
    }
}

int bench_read(const Options *opt, long n, FILE *out)
{
    Kiosk k;
    int64_t now = 0;
    int rc = kiosk_open(&k, opt, false, now);
    if (rc != 0) return rc;
    if (!k.read.speaker) {
        fprintf(stderr, "storstil-bench: no reading aloud here (read_aloud off, or no audio device)\n");
        kiosk_close(&k);
        return 1;
    }
    step(&k, &now, APP_CMD_NONE);
    now += 1000;
    kiosk_command(&k, APP_CMD_OPEN, 0, now);
    step(&k, &now, APP_CMD_NONE);
    double *t = malloc((size_t)n * sizeof *t), turns[64], frames[512];
    size_t count = 0, n_turns = 0, n_frames = 0;
    for (long i = 0; t && i < n; i++) {
        double ms = start_once(&k, &now);
        if (ms >= 0) t[count++] = ms;
    }
    read_and_turn(&k, &now, 10, turns, &n_turns, frames, &n_frames);
    double rss = bench_rss_now_mib();
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    if (count) {
        bench_sort(t, count);
        fprintf(out, "read_aloud_start_ms: %.1f ms\nread_aloud_start_p99_ms: %.1f ms\n", bench_median(t, count),
                bench_percentile(t, count, 99));
    }
    if (n_turns) {
        bench_sort(turns, n_turns);
        fprintf(out, "page_turn_reading_p50_ms: %.2f ms\npage_turn_reading_max_ms: %.2f ms\n",
                bench_percentile(turns, n_turns, 50), turns[n_turns - 1]);
    }
    if (n_frames) {
        bench_sort(frames, n_frames);
        fprintf(out, "frame_reading_p50_ms: %.2f ms\nframe_reading_max_ms: %.2f ms\n",
                bench_percentile(frames, n_frames, 50), frames[n_frames - 1]);
    }
    fprintf(out, "rss_reading_mib: %.1f MiB\nrss_peak_reading_mib: %.1f MiB\n", rss, (double)ru.ru_maxrss / 1024.0);
    free(t);
    kiosk_close(&k);
    return count ? 0 : 1;
}
