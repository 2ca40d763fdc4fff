/* layout: blocks of a Doc into lines (layout_break.c), lines into pages.
 *
 * Owns the vertical rules: line boxes, the gaps between blocks, and where a
 * page may end. In order of weight: a heading or a speaker's name never ends
 * a page, and a heading keeps two lines of its section with it; no page ends
 * in a hyphenated word; a paragraph of three lines or more leaves no single
 * line alone at a page's top or bottom. No page but the last is less than
 * half full: when that and the rules above conflict, the rules give way
 * (except the heading's). The last page holds a single line only when the
 * page before cannot give it lines. The breaks are chosen over the whole
 * text at once (choose_breaks), not page by page. It owns the
 * Layout's memory and the page lookup by byte offset that keeps the
 * reader's place across a relayout. It never measures text itself. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "layout_internal.h"

struct Layout {
    const Doc *doc;
    LayoutLine *lines;
    size_t n_lines;
    size_t *page_first; /* index of each page's first line, plus n_lines at the end */
    size_t *page_offset;
    size_t n_pages;
};

/* How much a page break before a line hurts, from none to never. */
enum { BREAK_OK, BREAK_AVOID, BREAK_HYPHEN, BREAK_NEVER };

static int face_box(const LayoutStyle *st, const LayoutMeasure *m, LayoutFace face)
{
    int want = face == LAYOUT_FACE_HEADING ? st->heading_line_px : st->line_px;
    int lh = m->line_height(m->ctx, face);
    return lh > want ? lh : want;
}

/* Extra space before a block, by what comes before it. Speaker changes get
 * more air than paragraphs within a turn; list items stay close together. */
static int block_gap(const LayoutStyle *st, const DocBlock *prev, const DocBlock *b)
{
    if (!prev) return 0;
    if (b->kind == DOC_HEADING) return st->line_px;
    if (prev->kind == DOC_HEADING) return st->para_gap_px / 2;
    if (b->kind == DOC_TURN) return st->para_gap_px + st->para_gap_px / 2;
    if (b->kind == DOC_LIST_ITEM && prev->kind == DOC_LIST_ITEM) return st->para_gap_px / 3;
    return st->para_gap_px;
}

/* Speaker turns put the name in bold on its own line. At large sizes a line
 * holds only 25-60 characters; an inline "Johanna Bandmann:" would eat half
 * of one and push the turn's first words to the right, while a name line
 * keeps every text line starting at the same left edge and makes a change
 * of speaker visible at a glance. The cost, one short line, is cheap. */
static void break_blocks(LayoutCtx *c, const Doc *doc, LayoutRect area, const LayoutStyle *st)
{
    for (size_t i = 0; i < doc->n_blocks && !c->oom; i++) {
        const DocBlock *b = &doc->blocks[i];
        size_t end = b->start + b->len;
        int speaker = b->speaker >= 0 && b->speaker < doc->n_speakers ? b->speaker : -1;
        switch (b->kind) {
        case DOC_HEADING:
            layout_break_block(c, b->start, end, LAYOUT_FACE_HEADING, area.x, area.w, i, -1, 0);
            break;
        case DOC_TURN:
            if (speaker >= 0 && doc->speakers[speaker]) {
                const char *name = doc->speakers[speaker];
                c->text = name; /* name lines are ranges of the speaker's name */
                layout_break_block(c, 0, strlen(name), LAYOUT_FACE_NAME, area.x, area.w, i,
                                   speaker, 0);
                c->text = doc->text;
            }
            layout_break_block(c, b->start, end, LAYOUT_FACE_BODY, area.x, area.w, i, speaker, 0);
            break;
        case DOC_NOTE:
            layout_break_block(c, b->start, end, LAYOUT_FACE_NOTE, area.x, area.w, i, speaker, 0);
            break;
        case DOC_LIST_ITEM: {
            int indent = st->indent_px < area.w / 2 ? st->indent_px : area.w / 2;
            layout_break_block(c, b->start, end, LAYOUT_FACE_LIST, area.x + indent,
                               area.w - indent, i, speaker, LAYOUT_LINE_BULLET);
            break;
        }
        default:
            layout_break_block(c, b->start, end, LAYOUT_FACE_BODY, area.x, area.w, i, speaker, 0);
            break;
        }
    }
}

/* True when a word runs on from line a to line b: a hyphen the layout added,
 * or the text's own hyphen with no space after it ("LSS-|verksamhet"). */
static bool splits_word(const Doc *doc, const LayoutLine *a, const LayoutLine *b)
{
    if (a->flags & LAYOUT_LINE_HYPHEN) return true;
    if (a->face == LAYOUT_FACE_NAME || a->block != b->block || a->len == 0) return false;
    const char *end = doc->text + a->start + a->len;
    return end[-1] == '-' && *end != ' ' && *end != '\0';
}

/* Sets each line's box height, the gap before it and how bad a page break
 * before it would be. */
static void mark_lines(const Doc *doc, LayoutLine *lines, size_t n, const LayoutStyle *st,
                       const LayoutMeasure *m, int *gap, unsigned char *level)
{
    int box[LAYOUT_FACE_COUNT], lh[LAYOUT_FACE_COUNT];
    for (int f = 0; f < LAYOUT_FACE_COUNT; f++) {
        box[f] = face_box(st, m, (LayoutFace)f);
        lh[f] = m->line_height(m->ctx, (LayoutFace)f);
    }
    size_t i = 0;
    while (i < n) {
        size_t bi = lines[i].block, j = i, text_lines = 0;
        while (j < n && lines[j].block == bi) {
            if (lines[j].face != LAYOUT_FACE_NAME) text_lines++;
            j++;
        }
        const DocBlock *prev = i > 0 ? &doc->blocks[lines[i - 1].block] : NULL;
        size_t k = 0; /* index among the block's text lines */
        for (size_t x = i; x < j; x++) {
            LayoutLine *l = &lines[x];
            l->h = box[l->face];
            l->text_y = (l->h - lh[l->face]) / 2; /* relative until paginated */
            gap[x] = x == i ? block_gap(st, prev, &doc->blocks[bi]) : 0;
            unsigned char lv = BREAK_OK;
            if (x > 0 && (lines[x - 1].face == LAYOUT_FACE_HEADING ||
                          lines[x - 1].face == LAYOUT_FACE_NAME))
                lv = BREAK_NEVER;
            else if (x > 1 && lines[x - 2].face == LAYOUT_FACE_HEADING) /* two lines under a heading */
                lv = BREAK_NEVER;
            else if (x > 0 && splits_word(doc, &lines[x - 1], l))
                lv = BREAK_HYPHEN;
            else if (l->face != LAYOUT_FACE_NAME && text_lines >= 2 && /* orphan, widow */
                     (k == 1 || k == text_lines - 1))
                lv = BREAK_AVOID;
            level[x] = lv;
            if (l->face != LAYOUT_FACE_NAME) k++;
        }
        i = j;
    }
}

/* Puts each page's lines at their y, from the top of the text area. */
static void place_lines(Layout *lay, const int *gap, LayoutRect area)
{
    for (size_t p = 0; p < lay->n_pages; p++) {
        int y = area.y;
        size_t a = lay->page_first[p], b = lay->page_first[p + 1];
        for (size_t i = a; i < b; i++) {
            if (i > a) y += gap[i];
            lay->lines[i].y = y;
            lay->lines[i].text_y += y;
            y += lay->lines[i].h;
        }
    }
}

/* What a page of lines [i, e), `used` pixels high, costs, in pixels of a
 * page of `height`: the space it leaves empty, and the weight of its break
 * (none for the last page). A widow or orphan weighs half a page; a page of
 * three lines or more before a last page of one line, two; a page under half
 * full, four; a word split over the turn, twenty; a heading or name at the
 * foot, a thousand: each rule gives way only to the heavier ones. */
static long long page_cost(const unsigned char *level, size_t i, size_t e, size_t n, long used, long height)
{
    static const int weight[] = {[BREAK_OK] = 0, [BREAK_AVOID] = 1, [BREAK_HYPHEN] = 40, [BREAK_NEVER] = 2000};
    if (e == n) return 0;
    long long c = height - used + (long long)weight[level[e]] * height / 2;
    if (used * 2 < height) c += 4LL * height;
    if (e + 1 == n && e - i >= 3) c += 2LL * height;
    return c;
}

/* The breaks of least total cost (page_cost), found backwards from the end:
 * best[i] is the cheapest way to set lines [i, n), next[i] where its first
 * page ends. A page holds at least one line, however tall. */
static int choose_breaks(Layout *lay, const int *gap, const unsigned char *level, long height)
{
    size_t n = lay->n_lines;
    long long *best = malloc((n + 1) * sizeof *best);
    size_t *next = malloc((n + 1) * sizeof *next), pages = 0;
    if (!best || !next) {
        free(best);
        free(next);
        return 0;
    }
    best[n] = 0;
    for (size_t i = n; i-- > 0;) {
        long used = 0;
        best[i] = -1;
        for (size_t e = i + 1; e <= n; e++) {
            used += (e - 1 == i ? 0 : gap[e - 1]) + lay->lines[e - 1].h;
            if (used > height && e > i + 1) break;
            long long c = best[e] + page_cost(level, i, e, n, used, height);
            if (best[i] < 0 || c < best[i]) {
                best[i] = c;
                next[i] = e;
            }
        }
    }
    for (size_t i = 0; i < n; i = next[i]) pages++;
    lay->page_first = malloc((pages + 2) * sizeof *lay->page_first);
    if (lay->page_first) {
        lay->n_pages = 0;
        size_t i = 0;
        do {
            lay->page_first[lay->n_pages++] = i;
            i = i < n ? next[i] : n;
        } while (i < n);
        lay->page_first[lay->n_pages] = n;
    }
    free(best);
    free(next);
    return lay->page_first != NULL;
}

static int paginate(Layout *lay, const int *gap, const unsigned char *level, LayoutRect area)
{
    if (!choose_breaks(lay, gap, level, area.h)) return 0;
    place_lines(lay, gap, area);
    lay->page_offset = malloc(lay->n_pages * sizeof *lay->page_offset);
    if (!lay->page_offset) return 0;
    for (size_t p = 0; p < lay->n_pages; p++) {
        const LayoutLine *l = lay->n_lines ? &lay->lines[lay->page_first[p]] : NULL;
        lay->page_offset[p] = !l ? 0
                              : l->face == LAYOUT_FACE_NAME ? lay->doc->blocks[l->block].start
                                                            : l->start;
    }
    return 1;
}

Layout *layout_new(const Doc *doc, LayoutRect area, const LayoutStyle *style,
                   const LayoutMeasure *measure, Hyphenator *hyphen)
{
    Layout *lay = calloc(1, sizeof *lay);
    if (!lay) return NULL;
    lay->doc = doc;
    LayoutCtx c = {0};
    c.text = doc->text;
    c.measure = measure;
    c.hyphen = hyphen;
    for (int f = 0; f < LAYOUT_FACE_COUNT; f++) c.space_w[f] = -1;
    if (area.w < 1) area.w = 1;
    break_blocks(&c, doc, area, style);
    layout_ctx_release(&c);
    lay->lines = c.lines;
    lay->n_lines = c.n_lines;
    int *gap = malloc((c.n_lines + 1) * sizeof *gap);
    unsigned char *level = malloc(c.n_lines + 1);
    int ok = !c.oom && gap && level;
    if (ok) {
        mark_lines(doc, lay->lines, lay->n_lines, style, measure, gap, level);
        ok = paginate(lay, gap, level, area);
    }
    free(gap);
    free(level);
    if (!ok) {
        layout_free(lay);
        return NULL;
    }
    return lay;
}

void layout_free(Layout *lay)
{
    if (!lay) return;
    free(lay->lines);
    free(lay->page_first);
    free(lay->page_offset);
    free(lay);
}

size_t layout_page_count(const Layout *lay) { return lay->n_pages; }

const LayoutLine *layout_page_lines(const Layout *lay, size_t page, size_t *n_lines)
{
    if (page >= lay->n_pages) page = lay->n_pages - 1;
    *n_lines = lay->page_first[page + 1] - lay->page_first[page];
    /* An empty document has no line array at all, and NULL + 0 is undefined. */
    return lay->lines ? lay->lines + lay->page_first[page] : NULL;
}

size_t layout_page_offset(const Layout *lay, size_t page)
{
    if (page >= lay->n_pages) page = lay->n_pages - 1;
    return lay->page_offset[page];
}

size_t layout_page_of_offset(const Layout *lay, size_t offset)
{
    size_t lo = 0, hi = lay->n_pages; /* answer in [lo, hi) */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (lay->page_offset[mid] <= offset) lo = mid;
        else hi = mid;
    }
    return lo;
}

const char *layout_line_text(const Doc *doc, const LayoutLine *line, size_t *len)
{
    const char *base = line->face == LAYOUT_FACE_NAME ? doc->speakers[line->speaker] : doc->text;
    *len = line->len;
    return base + line->start;
}
