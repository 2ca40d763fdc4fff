/* bench_layout: the typesetter timed alone, with the real fonts: every text
 * of the data folder, a text-size change on the longest, and one paragraph
 * of stacked combining accents. Owns nothing past one call. */
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_modes.h"
#include "core/doc.h"
#include "core/typeset.h"
#include "kiosk/offscreen.h"
#include "stats.h"
#include "zalgo.h"

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* One layout of every text; a named, never-inlined function so that
 * `valgrind --tool=callgrind --toggle-collect=bench_layout_all` counts it alone. */
__attribute__((noinline)) int bench_layout_all(Typesetter *ts, Doc **docs, size_t n, int text_size)
{
    int ok = 1;
    for (size_t i = 0; i < n; i++) ok &= typeset_text(ts, docs[i], text_size, 0) >= 0;
    typeset_forget(ts);
    return ok;
}

/* Median of `runs` text-size changes on doc, keeping the reader's place. */
static double relayout(Typesetter *ts, const Doc *doc, int text_size, long runs, double *times)
{
    int other = text_size < STYLE_TEXT_SIZE_MAX ? text_size + 1 : text_size - 1;
    int page = typeset_text(ts, doc, text_size, 0);
    if (page >= 0) page = (int)layout_page_count(typeset_layout(ts)) / 2;
    for (long r = 0; r < runs && page >= 0; r++) {
        double t0 = now_ms();
        page = typeset_text(ts, doc, r % 2 ? text_size : other, page);
        times[r] = now_ms() - t0;
    }
    typeset_forget(ts);
    return bench_median(times, (size_t)runs);
}

/* Loads every *.txt of dir that is not broken; *n texts, the longest at
 * *longest. NULL when there are none. */
static Doc **load_all(const char *dir, size_t *n, size_t *longest)
{
    char pattern[1100];
    snprintf(pattern, sizeof pattern, "%s/*.txt", dir);
    glob_t g;
    *n = *longest = 0;
    if (glob(pattern, 0, NULL, &g) != 0) {
        fprintf(stderr, "storstil-bench: no texts match %s\n", pattern);
        return NULL;
    }
    Doc **docs = calloc(g.gl_pathc, sizeof *docs);
    for (size_t i = 0; docs && i < g.gl_pathc; i++) {
        Doc *d = doc_load(g.gl_pathv[i]);
        if (!d || d->broken) {
            doc_free(d);
            continue;
        }
        if (*n && d->text_len > docs[*longest]->text_len) *longest = *n;
        docs[(*n)++] = d;
    }
    globfree(&g);
    return docs;
}

int bench_layout(const Options *opt, long runs, FILE *out)
{
    size_t n, longest;
    Doc **docs = load_all(opt->cfg.data_dir, &n, &longest);
    double *times = calloc((size_t)runs, sizeof *times);
    Offscreen s = {0};
    int rc = 1;
    if (docs && n && times && offscreen_open(&s, opt, stderr) == 0) {
        /* The patterns load and the fonts are sized with the first text:
         * start-up work, not layout, so a one-letter text does it before the
         * clock runs (the glyph caches stay cold). */
        Doc *warm = doc_parse("warm-up", "title: x\n\nx\n", 13);
        if (warm) typeset_text(s.ts, warm, opt->cfg.text_size, 0);
        typeset_forget(s.ts);
        doc_free(warm);
        for (long r = 0; r < runs; r++) {
            double t0 = now_ms();
            bench_layout_all(s.ts, docs, n, opt->cfg.text_size);
            times[r] = now_ms() - t0;
        }
        double all = bench_median(times, (size_t)runs);
        double re = relayout(s.ts, docs[longest], opt->cfg.text_size, runs, times);
        int size = opt->cfg.text_size;
        fprintf(out, "layout_all_ms: %.3f ms\nrelayout_ms: %.3f ms\n", all, re);
        fprintf(out, "# %zu texts, text size %d, median of %ld runs; relayout: text size %d<->%d on %s\n", n,
                size, runs, size, size < STYLE_TEXT_SIZE_MAX ? size + 1 : size - 1, docs[longest]->name);
        rc = 0;
    }
    offscreen_close(&s);
    for (size_t i = 0; i < n; i++) doc_free(docs[i]);
    free(docs);
    free(times);
    return rc;
}

int bench_zalgo(const Options *opt, long marks, FILE *out)
{
    size_t len;
    char *text = bench_zalgo_text((size_t)marks, &len);
    Doc *doc = text ? doc_parse("zalgo.txt", text, len) : NULL;
    Offscreen s = {0};
    double times[5];
    int rc = 1;
    if (doc && !doc->broken && offscreen_open(&s, opt, stderr) == 0) {
        size_t pages = 0;
        for (int r = 0; r < 5; r++) {
            double t0 = now_ms();
            if (typeset_text(s.ts, doc, opt->cfg.text_size, 0) >= 0) pages = layout_page_count(typeset_layout(s.ts));
            times[r] = now_ms() - t0;
            typeset_forget(s.ts);
        }
        fprintf(out, "layout_zalgo_ms: %.3f ms\n# one letter and %ld combining accents, %zu page%s, median of 5\n",
                bench_median(times, 5), marks, pages, pages == 1 ? "" : "s");
        rc = 0;
    }
    offscreen_close(&s);
    doc_free(doc);
    free(text);
    return rc;
}
