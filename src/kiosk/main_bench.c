/* main_bench: owns the --bench-kiosk measurements. It drives the same kiosk
 * as a visitor would (commands through app, frames through render) on a
 * virtual clock, and times only the work between a command and the frame
 * that shows it. It changes nothing in the kiosk's behaviour. */
#include "main_bench.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

#include "main_kiosk.h"

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The p-th percentile (0..100) of n sorted values, nearest rank. */
static double percentile(const double *v, size_t n, int p)
{
    size_t rank = (n * (size_t)p + 99) / 100;
    return v[rank ? rank - 1 : 0];
}

static double ms_since(Uint64 start, Uint64 end)
{
    return (double)(end - start) * 1000.0 / (double)SDL_GetPerformanceFrequency();
}

static AppView view(Kiosk *k)
{
    AppView v;
    app_view(k->app, kiosk_now(k), &v);
    return v;
}

/* Opens document i and draws its first page; returns its page count. */
static int open_doc(Kiosk *k, int i)
{
    k->vclock += 1000;
    kiosk_command(k, APP_CMD_HOME, 0);
    kiosk_draw(k, NULL);
    k->vclock += 1000;
    kiosk_command(k, APP_CMD_OPEN, i);
    kiosk_draw(k, NULL);
    return view(k).n_pages;
}

int main_bench(Options *opt, FILE *out)
{
    Kiosk k;
    int rc = kiosk_open(&k, opt);
    if (rc != 0) return rc;
    k.virtual_clock = true;
    kiosk_draw(&k, NULL);
    int n_docs = (int)library_count(k.lib), longest = -1, most = 0;
    for (int i = 0; i < n_docs; i++) {
        int pages = open_doc(&k, i);
        if (view(&k).screen == APP_SCREEN_READER && pages > most) {
            most = pages;
            longest = i;
        }
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double rss_mib = (double)ru.ru_maxrss / 1024.0;
    if (longest < 0) {
        fprintf(stderr, "storstil: no text to turn pages in\n");
        kiosk_close(&k);
        return 1;
    }
    open_doc(&k, longest);
    size_t n = (size_t)(opt->bench_runs > 0 ? opt->bench_runs : 500), count = 0, cap = n * 16;
    double *t = malloc(cap * sizeof *t);
    int dir = 1;
    for (size_t turn = 0; t && turn < n; turn++) {
        AppView v = view(&k);
        if (v.page + 1 >= v.n_pages) dir = -1; /* stay in the text: back and forth */
        if (v.page == 0) dir = 1;
        k.vclock += APP_TURN_MIN_MS + 50;
        Uint64 start = SDL_GetPerformanceCounter();
        kiosk_command(&k, dir > 0 ? APP_CMD_NEXT : APP_CMD_PREV, 0);
        kiosk_draw(&k, NULL);
        if (!opt->cfg.animations) {
            t[count++] = ms_since(start, k.presented_at);
            continue;
        }
        /* A slide: one frame every APP_FRAME_MS until it rests. */
        while (view(&k).anim_dir != 0 && count < cap) {
            k.vclock += APP_FRAME_MS;
            Uint64 f = SDL_GetPerformanceCounter();
            kiosk_draw(&k, NULL);
            t[count++] = ms_since(f, k.presented_at);
        }
    }
    if (t && count) {
        qsort(t, count, sizeof *t, cmp_double);
        fprintf(out, "# %dx%d, %zu %s of \"%s\" (%d pages), software renderer\n", k.phys_w, k.phys_h, n,
                opt->cfg.animations ? "slides" : "page turns", library_doc(k.lib, (size_t)longest)->title, most);
        if (opt->cfg.animations) {
            fprintf(out, "frame_p50_ms: %.2f ms\nframe_p99_ms: %.2f ms\n", percentile(t, count, 50),
                    percentile(t, count, 99));
        } else {
            fprintf(out, "page_turn_p50_ms: %.2f ms\npage_turn_p99_ms: %.2f ms\n", percentile(t, count, 50),
                    percentile(t, count, 99));
        }
        fprintf(out, "rss_peak_mib: %.1f MiB\n", rss_mib);
    }
    free(t);
    kiosk_close(&k);
    return count ? 0 : 1;
}

/* Resident memory now, in MiB (not the peak). */
static double rss_now_mib(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        fclose(f);
    }
    return (double)resident * (double)sysconf(_SC_PAGESIZE) / (1024.0 * 1024.0);
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

int main_soak(Options *opt, FILE *out)
{
    Kiosk k;
    int rc = kiosk_open(&k, opt);
    if (rc != 0) return rc;
    k.virtual_clock = true;
    kiosk_draw(&k, NULL);
    int n_docs = (int)library_count(k.lib);
    long turns = opt->bench_runs > 0 ? opt->bench_runs : 20000;
    /* Warm-up: one round of every text, so their words and glyphs are in
     * the caches before memory is compared. */
    long warmup = (long)n_docs * 500 > turns / 10 ? (long)n_docs * 500 : turns / 10;
    double rss_warm = 0;
    int fds_warm = 0, doc = -1, dir = 1;
    for (long i = 0; i < turns && n_docs > 0; i++) {
        if (i % 500 == 0) { /* the next visitor picks another text */
            doc = (doc + 1) % n_docs;
            open_doc(&k, doc);
        }
        if (i % 100 == 50) { /* and changes the size now and then */
            AppView v = view(&k);
            k.vclock += APP_TURN_MIN_MS;
            kiosk_command(&k, v.text_size >= 5 ? APP_CMD_SMALLER : v.text_size <= 1 ? APP_CMD_BIGGER
                              : (i / 100) % 2 ? APP_CMD_BIGGER : APP_CMD_SMALLER, 0);
            kiosk_draw(&k, NULL);
        }
        AppView v = view(&k);
        if (v.screen != APP_SCREEN_READER) {
            open_doc(&k, doc); /* an unreadable text or the end: start it again */
            v = view(&k);
        }
        if (v.page + 1 >= v.n_pages) dir = -1;
        if (v.page == 0) dir = 1;
        k.vclock += APP_TURN_MIN_MS + 10;
        kiosk_command(&k, dir > 0 ? APP_CMD_NEXT : APP_CMD_PREV, 0);
        kiosk_draw(&k, NULL);
        if (i + 1 == warmup) {
            rss_warm = rss_now_mib();
            fds_warm = open_fds();
        }
    }
    double rss_end = rss_now_mib();
    int fds_end = open_fds();
    fprintf(out, "# soak: %ld page turns over %d texts with size changes, %dx%d; warm-up %ld turns\n", turns,
            n_docs, k.phys_w, k.phys_h, warmup);
    fprintf(out, "soak_rss_after_warmup_mib: %.2f MiB\nsoak_rss_end_mib: %.2f MiB\nsoak_rss_growth_mib: %.2f MiB\n",
            rss_warm, rss_end, rss_end - rss_warm);
    fprintf(out, "soak_fds_after_warmup: %d\nsoak_fds_end: %d\n", fds_warm, fds_end);
    kiosk_close(&k);
    return n_docs > 0 ? 0 : 1;
}
