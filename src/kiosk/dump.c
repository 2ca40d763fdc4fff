/* dump: --dump-pages and --bench-layout, the layout seen without a window.
 *
 * Owns nothing long-lived: each entry point loads, lays out with the real
 * font through the same style_screen the reader uses, prints and frees.
 * It opens no window and draws nothing; the kiosk's screens are render.c's. */
#include "dump.h"

#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/doc.h"
#include "font.h"
#include "core/hyphenate.h"
#include "core/layout.h"
#include "core/style.h"

typedef struct {
    StyleScreen screen;
    FontSet *fonts;
    Hyphenator *hyphen;
    LayoutMeasure measure;
} Kit;

static int kit_open(Kit *k, int w, int h, int text_size, const char *font)
{
    memset(k, 0, sizeof *k);
    style_screen(w, h, text_size, &k->screen);
    k->fonts = font_open(font);
    if (!k->fonts) return -1;
    k->hyphen = hyphenate_new(NULL);
    if (!k->hyphen) fprintf(stderr, "storstil: no hyphenation patterns at %s\n", HYPHENATE_DEFAULT_DIC);
    if (font_set_style(k->fonts, &k->screen.style) < 0) return -1;
    k->measure = font_measure(k->fonts);
    return 0;
}

static void kit_close(Kit *k)
{
    font_free(k->fonts);
    hyphenate_free(k->hyphen);
}

static Doc *load(const char *file)
{
    Doc *doc = doc_load(file);
    if (!doc) {
        fprintf(stderr, "storstil: out of memory loading %s\n", file);
        return NULL;
    }
    char msg[512];
    for (size_t i = 0; i < doc->n_problems && doc->broken; i++)
        fprintf(stderr, "%s\n", doc_problem_format(doc, i, msg, sizeof msg));
    if (doc->broken) {
        doc_free(doc);
        return NULL;
    }
    return doc;
}

/* Prints the pages; returns how many lines are wider than the text area. */
static int print_pages(Kit *k, const Doc *doc, const Layout *lay, FILE *out)
{
    const LayoutRect *area = &k->screen.text;
    int too_wide = 0;
    for (size_t p = 0; p < layout_page_count(lay); p++) {
        fprintf(out, "--- page %zu\n", p + 1);
        size_t n;
        const LayoutLine *l = layout_page_lines(lay, p, &n);
        for (size_t j = 0; j < n; j++) {
            size_t len;
            const char *s = layout_line_text(doc, &l[j], &len);
            fprintf(out, "%s%.*s%s\n", (l[j].flags & LAYOUT_LINE_BULLET) ? LAYOUT_BULLET : "",
                    (int)len, s, (l[j].flags & LAYOUT_LINE_HYPHEN) ? "-" : "");
            int right = l[j].x + font_line_width(k->fonts, doc, &l[j]);
            if (right > area->x + area->w) {
                if (too_wide++ < 10)
                    fprintf(stderr, "storstil: page %zu line %zu ends at x=%d, past %d: %.*s\n",
                            p + 1, j + 1, right, area->x + area->w, (int)len, s);
            }
        }
    }
    return too_wide;
}

int dump_pages_font(const char *file, int w, int h, int text_size, const char *font, FILE *out)
{
    Doc *doc = load(file);
    if (!doc) return 1;
    Kit k;
    int rc = 1;
    if (kit_open(&k, w, h, text_size, font) == 0) {
        Layout *lay = layout_new(doc, k.screen.text, &k.screen.style, &k.measure, k.hyphen);
        if (!lay) {
            fprintf(stderr, "storstil: out of memory laying out %s\n", file);
        } else {
            int bad = print_pages(&k, doc, lay, out);
            if (bad) fprintf(stderr, "storstil: %d line(s) wider than the text area\n", bad);
            rc = bad ? 1 : 0;
            layout_free(lay);
        }
    }
    kit_close(&k);
    doc_free(doc);
    return rc;
}

int dump_pages_main(const char *file, int w, int h, int text_size, FILE *out)
{
    return dump_pages_font(file, w, h, text_size, NULL, out);
}

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* One layout of every document; a named, never-inlined function so that
 * `valgrind --tool=callgrind --toggle-collect=bench_layout_all` counts it alone. */
__attribute__((noinline)) int bench_layout_all(Kit *k, Doc **docs, size_t n)
{
    int ok = 1;
    for (size_t i = 0; i < n; i++) {
        Layout *lay = layout_new(docs[i], k->screen.text, &k->screen.style, &k->measure, k->hyphen);
        ok &= lay != NULL;
        layout_free(lay);
    }
    return ok;
}

/* Median of `runs` text-size changes on doc, keeping the reader's place. */
static double bench_relayout(Kit *k, const Doc *doc, int w, int h, int text_size, int runs,
                             double *times)
{
    int other = text_size < STYLE_TEXT_SIZE_MAX ? text_size + 1 : text_size - 1;
    Layout *cur = layout_new(doc, k->screen.text, &k->screen.style, &k->measure, k->hyphen);
    size_t page = cur ? layout_page_count(cur) / 2 : 0;
    for (int r = 0; r < runs && cur; r++) {
        double t0 = now_ms();
        style_screen(w, h, r % 2 ? text_size : other, &k->screen);
        font_set_style(k->fonts, &k->screen.style);
        Layout *next = layout_new(doc, k->screen.text, &k->screen.style, &k->measure, k->hyphen);
        if (next) page = layout_page_of_offset(next, layout_page_offset(cur, page));
        times[r] = now_ms() - t0;
        layout_free(cur);
        cur = next;
    }
    layout_free(cur);
    style_screen(w, h, text_size, &k->screen);
    font_set_style(k->fonts, &k->screen.style);
    return median(times, runs);
}

int dump_bench_layout(const char *data_dir, int w, int h, int text_size, int runs,
                      const char *font, FILE *out)
{
    if (runs < 1) runs = 1;
    char pattern[1100];
    snprintf(pattern, sizeof pattern, "%s/*.txt", data_dir);
    glob_t g;
    if (glob(pattern, 0, NULL, &g) != 0 || g.gl_pathc == 0) {
        fprintf(stderr, "storstil: no texts match %s\n", pattern);
        return 1;
    }
    Doc **docs = calloc(g.gl_pathc, sizeof *docs);
    double *times = calloc((size_t)runs, sizeof *times);
    size_t n = 0, longest = 0;
    for (size_t i = 0; docs && i < g.gl_pathc; i++) {
        Doc *d = load(g.gl_pathv[i]);
        if (!d) continue;
        if (n && d->text_len > docs[longest]->text_len) longest = n;
        docs[n++] = d;
    }
    Kit k;
    memset(&k, 0, sizeof k);
    int rc = 1;
    if (docs && times && n && kit_open(&k, w, h, text_size, font) == 0) {
        for (int r = 0; r < runs; r++) {
            double t0 = now_ms();
            bench_layout_all(&k, docs, n);
            times[r] = now_ms() - t0;
        }
        double all = median(times, runs);
        double re = bench_relayout(&k, docs[longest], w, h, text_size, runs, times);
        fprintf(out, "layout_all_ms %.3f\n", all);
        fprintf(out, "relayout_ms %.3f\n", re);
        fprintf(out, "# %zu texts, %dx%d, text size %d, median of %d runs; relayout: text size "
                "%d<->%d on %s\n", n, w, h, k.screen.text_size, runs, k.screen.text_size,
                k.screen.text_size < STYLE_TEXT_SIZE_MAX ? k.screen.text_size + 1
                                                         : k.screen.text_size - 1,
                docs[longest]->name);
        rc = 0;
    }
    kit_close(&k);
    for (size_t i = 0; i < n; i++) doc_free(docs[i]);
    free(docs);
    free(times);
    globfree(&g);
    return rc;
}
