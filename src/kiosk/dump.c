/* dump: --dump-pages, the pages seen without a window.
 *
 * Owns nothing long-lived: it loads one text, asks the typesetter for its
 * pages with the real fonts, prints them and frees everything. It opens no
 * window and draws nothing; the kiosk's screens are render.c's. */
#include "dump.h"

#include "core/doc.h"
#include "offscreen.h"

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
static int print_pages(FontSet *fonts, const Doc *doc, const Layout *lay, LayoutRect area, FILE *out)
{
    int too_wide = 0;
    for (size_t p = 0; p < layout_page_count(lay); p++) {
        size_t n;
        const LayoutLine *l = layout_page_lines(lay, p, &n);
        int used = n ? l[n - 1].y + l[n - 1].h - area.y : 0;
        fprintf(out, "--- page %zu (%d of %d px)\n", p + 1, used, area.h);
        for (size_t j = 0; j < n; j++) {
            size_t len;
            const char *s = layout_line_text(doc, &l[j], &len);
            fprintf(out, "%s%.*s%s\n", (l[j].flags & LAYOUT_LINE_BULLET) ? LAYOUT_BULLET : "",
                    (int)len, s, (l[j].flags & LAYOUT_LINE_HYPHEN) ? "-" : "");
            int right = l[j].x + font_line_width(fonts, doc, &l[j]);
            if (right > area.x + area.w && too_wide++ < 10)
                fprintf(stderr, "storstil: page %zu line %zu ends at x=%d, past %d: %.*s\n",
                        p + 1, j + 1, right, area.x + area.w, (int)len, s);
        }
    }
    return too_wide;
}

int dump_pages(const Options *opt, FILE *out)
{
    Doc *doc = load(opt->dump_file);
    if (!doc) return 1;
    Offscreen o;
    int rc = 1;
    if (offscreen_open(&o, opt, stderr) == 0) {
        if (typeset_text(o.ts, doc, opt->cfg.text_size, 0) < 0) {
            fprintf(stderr, "storstil: %s cannot be laid out\n", opt->dump_file);
        } else {
            int bad = print_pages(o.fonts, doc, typeset_layout(o.ts), typeset_screen(o.ts)->text, out);
            if (bad) fprintf(stderr, "storstil: %d line(s) wider than the text area\n", bad);
            rc = bad ? 1 : 0;
        }
    }
    offscreen_close(&o);
    doc_free(doc);
    return rc;
}
