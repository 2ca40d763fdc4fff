/* typeset: owns the Layout of the one text being read, the Hyphenator, and
 * the style it was laid out in. It decides when a relayout is needed (text,
 * text size or screen changed) and which page keeps the reader's place. It
 * never draws and never changes the app: the kiosk loop hands the page
 * count on. */
#include "typeset.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "hyphenate.h"

struct Typesetter {
    TypesetFonts fonts;
    char *hyphen_dic;    /* NULL: the default patterns */
    bool no_hyphen;      /* "" was given, or the patterns did not load */
    Hyphenator *hyphen;  /* loaded with the first text or typeset_prepare */
    FILE *log;
    int w, h;
    double px_per_mm;    /* 0: unknown */
    const Doc *doc;      /* the text laid out, or NULL */
    int text_size;
    Layout *layout;
    StyleScreen screen;
    unsigned generation;
    /* the style the fonts were last sized for: sizing them again costs
     * their glyph caches, so opening another text at the same size does not */
    LayoutStyle sized;
    bool have_sized;
    LayoutMeasure measure;
};

Typesetter *typeset_new(const TypesetFonts *fonts, const char *hyphen_dic, FILE *log)
{
    Typesetter *ts = calloc(1, sizeof *ts);
    if (!ts) return NULL;
    ts->fonts = *fonts;
    ts->log = log;
    ts->no_hyphen = hyphen_dic && !hyphen_dic[0];
    if (hyphen_dic && hyphen_dic[0] && !(ts->hyphen_dic = strdup(hyphen_dic))) {
        free(ts);
        return NULL;
    }
    return ts;
}

void typeset_free(Typesetter *ts)
{
    if (!ts) return;
    layout_free(ts->layout);
    hyphenate_free(ts->hyphen);
    free(ts->hyphen_dic);
    free(ts);
}

void typeset_forget(Typesetter *ts)
{
    layout_free(ts->layout);
    ts->layout = NULL;
    ts->doc = NULL;
    ts->generation++;
}

void typeset_set_screen(Typesetter *ts, int w, int h, double px_per_mm)
{
    if (w == ts->w && h == ts->h && px_per_mm == ts->px_per_mm) return;
    ts->w = w;
    ts->h = h;
    ts->px_per_mm = px_per_mm;
    ts->text_size = 0; /* a relayout at the next typeset_text, same text kept */
}

/* The patterns load with the first text or typeset_prepare, not at start:
 * the shelf, the first frame a visitor sees, does not need them. */
static Hyphenator *patterns(Typesetter *ts)
{
    if (!ts->hyphen && !ts->no_hyphen) {
        ts->hyphen = hyphenate_new(ts->hyphen_dic);
        ts->no_hyphen = !ts->hyphen;
        if (!ts->hyphen && ts->log)
            fprintf(ts->log, "storstil: no hyphenation patterns at %s; words are not hyphenated\n",
                    ts->hyphen_dic ? ts->hyphen_dic : HYPHENATE_DEFAULT_DIC);
    }
    return ts->hyphen;
}

void typeset_prepare(Typesetter *ts) { patterns(ts); }

/* Sizes the fonts for style unless they are sized so already; 0, or -1. */
static int size_fonts(Typesetter *ts, const LayoutStyle *style)
{
    if (ts->have_sized && memcmp(&ts->sized, style, sizeof ts->sized) == 0) return 0;
    ts->have_sized = false;
    if (ts->fonts.set_style(ts->fonts.ctx, style, &ts->measure) < 0) return -1;
    ts->sized = *style;
    ts->have_sized = true;
    return 0;
}

/* Lays doc out for the screen and text size; NULL when it cannot be. */
static Layout *lay_out(Typesetter *ts, const Doc *doc, int text_size)
{
    style_screen(ts->w, ts->h, ts->px_per_mm, text_size, &ts->screen);
    if (size_fonts(ts, &ts->screen.style) < 0) return NULL;
    Hyphenator *hy = patterns(ts);
    if (hy && hyphenate_settle(hy, doc->hyphenation, doc->n_hyphenation) < 0 && ts->log)
        fprintf(ts->log, "storstil: out of memory for %s's hyphenation; the plain rules are used\n", doc->name);
    return layout_new(doc, ts->screen.text, &ts->screen.style, &ts->measure, hy);
}

int typeset_facts(Typesetter *ts, int text_size, TypesetFacts *out)
{
    /* Ordinary Swedish prose, for an average letter's width. */
    static const char sample[] = "Det här är en vanlig mening om hur kommunerna arbetar med "
                                 "välfärdsteknik i vården och omsorgen.";
    StyleScreen sc;
    style_screen(ts->w, ts->h, ts->px_per_mm, text_size, &sc);
    memset(out, 0, sizeof *out);
    out->x_height_mm = style_x_height_mm(sc.style.body_px, ts->px_per_mm);
    out->lines_per_page = sc.text.h / (sc.style.line_px > 0 ? sc.style.line_px : 1);
    if (size_fonts(ts, &sc.style) < 0) return -1;
    int w = ts->measure.text_width(ts->measure.ctx, LAYOUT_FACE_BODY, sample, sizeof sample - 1);
    size_t letters = 0;
    for (const char *p = sample; *p; p++) letters += ((unsigned char)*p & 0xC0) != 0x80;
    out->chars_per_line = w > 0 ? (int)((long)sc.text.w * (long)letters / w) : 0;
    return 0;
}

static int clamp_page(const Layout *lay, int page)
{
    int n = (int)layout_page_count(lay);
    return page < 0 ? 0 : page >= n ? n - 1 : page;
}

int typeset_text(Typesetter *ts, const Doc *doc, int text_size, int page)
{
    if (!doc || doc->broken) {
        typeset_forget(ts);
        return -1;
    }
    if (doc == ts->doc && text_size == ts->text_size && ts->layout) return clamp_page(ts->layout, page);
    /* The first character of the page in view stays in view. */
    bool same = doc == ts->doc && ts->layout;
    size_t offset = same ? layout_page_offset(ts->layout, (size_t)(page > 0 ? page : 0)) : 0;
    Layout *fresh = lay_out(ts, doc, text_size);
    typeset_forget(ts);
    if (!fresh) return -1;
    ts->layout = fresh;
    ts->doc = doc;
    ts->text_size = text_size;
    return same ? (int)layout_page_of_offset(fresh, offset) : clamp_page(fresh, page);
}

const Layout *typeset_layout(const Typesetter *ts)
{
    return ts->layout;
}

const Doc *typeset_doc(const Typesetter *ts)
{
    return ts->doc;
}

const StyleScreen *typeset_screen(const Typesetter *ts)
{
    return &ts->screen;
}

unsigned typeset_generation(const Typesetter *ts)
{
    return ts->generation;
}
