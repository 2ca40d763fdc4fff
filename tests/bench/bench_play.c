/* bench_play: a text's own recording as a visitor hears it, through
 * kiosk.h and the player: the time from "Läs upp" to the first sample of
 * the recording the audio device takes, and the CPU the kiosk uses while it
 * plays (the frame loop polling and drawing the band as it moves). The
 * first text of the data folder must be a timed text with its recording
 * (tests/bench/run.sh makes one). */
#include <stdlib.h>
#include <sys/resource.h>

#include "bench_modes.h"
#include "kiosk/kiosk.h"
#include "kiosk/player.h"
#include "stats.h"

static double ms_since(Uint64 start)
{
    return (double)(SDL_GetPerformanceCounter() - start) * 1000.0 / (double)SDL_GetPerformanceFrequency();
}

/* A command and the frame that shows it, as the production loop does. */
static void step(Kiosk *k, int64_t *now, AppCommand cmd)
{
    if (cmd != APP_CMD_NONE) kiosk_command(k, cmd, 0, *now);
    kiosk_tick(k, *now, false);
    if (k->dirty) {
        kiosk_draw(k, *now, NULL);
        kiosk_prefetch(k, *now);
    }
}

/* "Läs upp", then the wall time until the device has taken a sample of the
 * recording (-1 after 5 s, or when the voice read instead); "Sluta läsa"
 * after it. */
static double start_once(Kiosk *k, int64_t *now)
{
    Uint64 t0 = SDL_GetPerformanceCounter();
    step(k, now, APP_CMD_READ);
    double ms = -1;
    while (k->read.playing && ms_since(t0) < 5000) {
        if (player_played(k->read.player, NULL) > 0) {
            ms = ms_since(t0);
            break;
        }
        SDL_Delay(1);
    }
    *now += 1000;
    step(k, now, APP_CMD_READ);
    return ms;
}

static double cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

int bench_play(const Options *opt, long n, FILE *out)
{
    Kiosk k;
    int64_t now = 0;
    int rc = kiosk_open(&k, opt, false, now);
    if (rc != 0) return rc;
    step(&k, &now, APP_CMD_NONE);
    now += 1000;
    kiosk_command(&k, APP_CMD_OPEN, 0, now);
    step(&k, &now, APP_CMD_NONE);
    double *t = malloc((size_t)n * sizeof *t);
    size_t count = 0;
    for (long i = 0; t && i < n; i++) {
        double ms = start_once(&k, &now);
        if (ms >= 0) t[count++] = ms;
    }
    /* 10 s of playing, polled as the loop does while reading */
    step(&k, &now, APP_CMD_READ);
    Uint64 t0 = SDL_GetPerformanceCounter();
    double c0 = cpu_s();
    for (int i = 0; i < 10000 / KIOSK_READ_POLL_MS; i++) {
        SDL_Delay(KIOSK_READ_POLL_MS);
        now += KIOSK_READ_POLL_MS;
        step(&k, &now, APP_CMD_NONE);
    }
    double cpu = cpu_s() - c0, wall = ms_since(t0) / 1000.0;
    bool played = k.read.playing;
    if (count) {
        bench_sort(t, count);
        fprintf(out, "play_start_ms: %.1f ms\nplay_start_p99_ms: %.1f ms\n", bench_median(t, count),
                bench_percentile(t, count, 99));
    } else {
        fprintf(stderr, "storstil-bench: the first text was not played from a recording\n");
    }
    if (played) fprintf(out, "play_cpu_pct: %.2f %%\n", 100.0 * cpu / wall);
    free(t);
    kiosk_close(&k);
    return count && played ? 0 : 1;
}
