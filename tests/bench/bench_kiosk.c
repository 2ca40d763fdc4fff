/* bench_kiosk: the real kiosk (window, fonts, typesetter, renderer) driven
 * through kiosk.h on a virtual clock: page-turn and slide times, peak
 * memory, and a soak of many turns. Times only the work between a command
 * and the frame that shows it. */
#include <dirent.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bench_modes.h"
#include "kiosk/kiosk.h"
#include "stats.h"

typedef struct {
    Kiosk k;
    int64_t now; /* the virtual clock */
} Visit;

static AppView view(const Visit *s)
{
    AppView v;
    app_view(s->k.app, s->now, &v);
    return v;
}

/* A command and the frame that shows it; returns the milliseconds from the
 * command to the presented frame (the prefetch after it not counted). */
static double step(Visit *s, AppCommand cmd, int arg)
{
    Uint64 start = SDL_GetPerformanceCounter();
    if (cmd != APP_CMD_NONE) kiosk_command(&s->k, cmd, arg, s->now);
    kiosk_draw(&s->k, s->now, NULL);
    Uint64 end = SDL_GetPerformanceCounter();
    kiosk_prefetch(&s->k, s->now);
    return (double)(end - start) * 1000.0 / (double)SDL_GetPerformanceFrequency();
}

/* Opens text i and draws its first page; returns its page count. */
static int open_text(Visit *s, int i)
{
    s->now += 1000;
    step(s, APP_CMD_HOME, 0);
    s->now += 1000;
    step(s, APP_CMD_OPEN, i);
    return view(s).n_pages;
}

/* A page turn, back and forth within the text, after the shortest gap the
 * app accepts (plus `extra` ms). */
static void turn(Visit *s, int *dir, int extra, double *ms)
{
    AppView v = view(s);
    if (v.page + 1 >= v.n_pages) *dir = -1;
    if (v.page == 0) *dir = 1;
    s->now += APP_TURN_MIN_MS + extra;
    double t = step(s, *dir > 0 ? APP_CMD_NEXT : APP_CMD_PREV, 0);
    if (ms) *ms = t;
}

/* The text with the most pages that opens, or -1. */
static int longest_text(Visit *s, int *pages)
{
    int n = (int)library_count(s->k.lib), best = -1;
    *pages = 0;
    for (int i = 0; i < n; i++) {
        int p = open_text(s, i);
        if (view(s).screen == APP_SCREEN_READER && p > *pages) {
            *pages = p;
            best = i;
        }
    }
    return best;
}

static void report(FILE *out, const Visit *s, const Options *opt, double *t, size_t count, long n, int longest,
                   int pages)
{
    bench_sort(t, count);
    const char *what = opt->cfg.animations ? "frame" : "page_turn";
    fprintf(out, "# %dx%d, %ld %s of \"%s\" (%d pages), software renderer\n", s->k.phys_w, s->k.phys_h, n,
            opt->cfg.animations ? "slides" : "page turns", library_doc(s->k.lib, (size_t)longest)->title, pages);
    fprintf(out, "%s_p50_ms: %.2f ms\n%s_p99_ms: %.2f ms\n", what, bench_percentile(t, count, 50), what,
            bench_percentile(t, count, 99));
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    fprintf(out, "rss_peak_mib: %.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
}

int bench_kiosk(const Options *opt, long n, FILE *out)
{
    Visit s = {0};
    int rc = kiosk_open(&s.k, opt, false, 0);
    if (rc != 0) return rc;
    step(&s, APP_CMD_NONE, 0);
    int pages, longest = longest_text(&s, &pages);
    size_t count = 0, cap = (size_t)n * 16;
    double *t = longest >= 0 ? malloc(cap * sizeof *t) : NULL;
    if (t) open_text(&s, longest);
    int dir = 1;
    for (long i = 0; t && i < n; i++) {
        if (!opt->cfg.animations) {
            turn(&s, &dir, 50, &t[count++]);
            continue;
        }
        turn(&s, &dir, 50, NULL);
        while (view(&s).anim_dir != 0 && count < cap) { /* a slide: one frame every APP_FRAME_MS */
            s.now += APP_FRAME_MS;
            t[count++] = step(&s, APP_CMD_NONE, 0);
        }
    }
    if (longest < 0) fprintf(stderr, "storstil-bench: no text to turn pages in\n");
    if (t && count) report(out, &s, opt, t, count, n, longest, pages);
    free(t);
    kiosk_close(&s.k);
    return count ? 0 : 1;
}

/* Open file descriptors of this process. */
static int open_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    int n = 0;
    if (!d) return -1;
    while (readdir(d)) n++;
    closedir(d);
    return n - 3; /* ".", ".." and the directory's own descriptor */
}

/* Now and then the visitor changes the text size, one step, within 1..5. */
static void change_size(Visit *s, long i)
{
    AppView v = view(s);
    s->now += APP_TURN_MIN_MS;
    step(s, v.text_size >= 5 ? APP_CMD_SMALLER : v.text_size <= 1 ? APP_CMD_BIGGER
            : (i / 100) % 2 ? APP_CMD_BIGGER : APP_CMD_SMALLER, 0);
}

int bench_soak(const Options *opt, long turns, FILE *out)
{
    Visit s = {0};
    int rc = kiosk_open(&s.k, opt, false, 0);
    if (rc != 0) return rc;
    step(&s, APP_CMD_NONE, 0);
    int n_docs = (int)library_count(s.k.lib), doc = -1, dir = 1;
    /* Warm-up: one round of every text, so their words and glyphs are in
     * the caches before memory is compared; never more than half the run. */
    long warmup = (long)n_docs * 500 > turns / 10 ? (long)n_docs * 500 : turns / 10;
    if (warmup > turns / 2) warmup = turns / 2;
    double rss_warm = bench_rss_now_mib();
    int fds_warm = open_fds();
    for (long i = 0; i < turns && n_docs > 0; i++) {
        if (i % 500 == 0) { /* the next visitor picks another text */
            doc = (doc + 1) % n_docs;
            open_text(&s, doc);
        }
        if (i % 100 == 50) change_size(&s, i);
        if (view(&s).screen != APP_SCREEN_READER) open_text(&s, doc); /* unreadable, or the end: again */
        turn(&s, &dir, 10, NULL);
        if (i + 1 == warmup) {
            rss_warm = bench_rss_now_mib();
            fds_warm = open_fds();
        }
    }
    double rss_end = bench_rss_now_mib();
    int fds_end = open_fds();
    fprintf(out, "# soak: %ld page turns over %d texts with size changes, %dx%d; warm-up %ld turns\n", turns,
            n_docs, s.k.phys_w, s.k.phys_h, warmup);
    fprintf(out, "soak_rss_after_warmup_mib: %.2f MiB\nsoak_rss_end_mib: %.2f MiB\nsoak_rss_growth_mib: %.2f MiB\n",
            rss_warm, rss_end, rss_end - rss_warm);
    fprintf(out, "soak_fds_after_warmup: %d\nsoak_fds_end: %d\n", fds_warm, fds_end);
    kiosk_close(&s.k);
    return n_docs > 0 ? 0 : 1;
}
