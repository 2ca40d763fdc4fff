/* fuzz_layout: doc_parse then layout_new on arbitrary bytes, measured by a
 * fixed-width fake font. The first FUZZ_HEAD bytes choose the text area, the
 * character widths, the line boxes, the gaps, the list indent and whether to
 * hyphenate; the rest is the document. Each input is laid out twice (the
 * second time in another size, as A+ does) and both layouts must keep
 * layout.h's promises, else __builtin_trap:
 *   - at least one page, every page but an empty document's holds a line;
 *   - every line's byte range lies inside doc->text (a name line's inside
 *     its speaker's name) on character boundaries; lines of a block come
 *     in order with only spaces between them, so no word is lost;
 *   - no line is wider than the area by the fake measure (a line of one
 *     character is exempt: layout must put something on each line), and
 *     each line's w is its measured width;
 *   - lines sit inside the area, except a first line taller than the area;
 *   - page offsets never go backwards and lead back to their page. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "core/doc.h"
#include "core/hyphenate.h"
#include "core/layout.h"

#define FUZZ_HEAD 8
/* The hyphenation cache grows with every new word; start afresh now and then. */
#define HYPHEN_RENEW_RUNS 512

typedef struct {
    int char_w[LAYOUT_FACE_COUNT];
    int line_h[LAYOUT_FACE_COUNT];
} FakeFont;

static size_t cp_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

static int fake_width(void *ctx, LayoutFace face, const char *s, size_t len)
{
    const FakeFont *f = ctx;
    return (int)cp_count(s, len) * f->char_w[face];
}

static int fake_height(void *ctx, LayoutFace face)
{
    const FakeFont *f = ctx;
    return f->line_h[face];
}

static bool is_space(char ch) { return ch == ' ' || ch == '\t'; }

static bool is_continuation(char ch) { return ((unsigned char)ch & 0xC0) == 0x80; }

/* Checks one layout of doc in area against the promises above. */
static void check_layout(const Doc *doc, const Layout *lay, LayoutRect area, const FakeFont *font)
{
    size_t n_pages = layout_page_count(lay);
    CHECK(n_pages >= 1);
    size_t prev_offset = 0;
    size_t prev_block = (size_t)-1, prev_end = 0; /* the last text line's block and end */
    size_t total_lines = 0;
    int right = area.x + (area.w < 1 ? 1 : area.w);
    for (size_t p = 0; p < n_pages; p++) {
        size_t n;
        const LayoutLine *lines = layout_page_lines(lay, p, &n);
        CHECK(n >= 1 || n_pages == 1);
        total_lines += n;
        size_t offset = layout_page_offset(lay, p);
        CHECK(offset >= prev_offset && offset <= doc->text_len);
        CHECK(layout_page_offset(lay, layout_page_of_offset(lay, offset)) == offset);
        prev_offset = offset;
        for (size_t i = 0; i < n; i++) {
            const LayoutLine *l = &lines[i];
            CHECK(l->face < LAYOUT_FACE_COUNT);
            CHECK(l->block < doc->n_blocks);
            const DocBlock *b = &doc->blocks[l->block];
            size_t len;
            const char *s = layout_line_text(doc, l, &len);
            if (l->face == LAYOUT_FACE_NAME) {
                CHECK(l->speaker >= 0 && l->speaker < doc->n_speakers);
                size_t name_len = strlen(doc->speakers[l->speaker]);
                CHECK(l->start <= name_len && l->len <= name_len - l->start);
            } else {
                CHECK(l->start >= b->start && l->len <= b->len && l->start - b->start <= b->len - l->len);
                /* In order within the block, with only spaces skipped. */
                size_t from = l->block == prev_block ? prev_end : b->start;
                CHECK(l->start >= from);
                for (size_t k = from; k < l->start; k++) CHECK(is_space(doc->text[k]));
                if (l->block != prev_block && prev_block != (size_t)-1) {
                    const DocBlock *pb = &doc->blocks[prev_block];
                    for (size_t k = prev_end; k < pb->start + pb->len; k++) CHECK(is_space(doc->text[k]));
                }
                prev_block = l->block;
                prev_end = l->start + l->len;
            }
            /* Lines start and end on character boundaries. */
            CHECK(len == 0 || !is_continuation(s[0]));
            CHECK(!is_continuation(s[len]));
            int w = fake_width((void *)font, (LayoutFace)l->face, s, len);
            if (l->flags & LAYOUT_LINE_HYPHEN) w += font->char_w[l->face];
            CHECK(l->w == w);
            CHECK(l->x >= area.x);
            if (cp_count(s, len) > 1 || (l->flags & LAYOUT_LINE_HYPHEN)) CHECK(l->x + w <= right);
            CHECK(l->y >= area.y);
            if (i > 0) CHECK(l->y + l->h <= area.y + (area.h < 0 ? 0 : area.h));
            if (i == 0) CHECK(l->y == area.y);
            CHECK(l->text_y >= l->y);
        }
    }
    (void)total_lines;
}

static Hyphenator *hyphen;
static unsigned runs;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < FUZZ_HEAD) return 0;
    if (runs++ % HYPHEN_RENEW_RUNS == 0) {
        hyphenate_free(hyphen);
        hyphen = hyphenate_new(NULL);
    }
    const uint8_t *h = data;
    FakeFont font;
    int cw = 1 + (h[2] & 15);
    for (int f = 0; f < LAYOUT_FACE_COUNT; f++) {
        font.char_w[f] = cw;
        font.line_h[f] = 1 + (h[3] & 31);
    }
    font.char_w[LAYOUT_FACE_HEADING] = cw + (h[3] >> 5);
    font.char_w[LAYOUT_FACE_NAME] = cw + ((h[4] >> 6) & 1);
    font.line_h[LAYOUT_FACE_HEADING] += h[4] & 15;
    LayoutMeasure measure = {&font, fake_width, fake_height};
    LayoutStyle st;
    st.body_px = font.line_h[LAYOUT_FACE_BODY];
    st.heading_px = font.line_h[LAYOUT_FACE_HEADING];
    st.line_px = font.line_h[LAYOUT_FACE_BODY] + (h[5] & 7);
    st.heading_line_px = font.line_h[LAYOUT_FACE_HEADING] + ((h[5] >> 3) & 7);
    st.para_gap_px = h[6] & 63;
    st.indent_px = h[7];
    LayoutRect area = {h[5] >> 6, h[6] >> 6, h[0] * 4 - (h[2] >> 4), h[1] * 4};
    Hyphenator *hy = (h[4] & 0x10) ? hyphen : NULL;

    Doc *doc = doc_parse("fuzz.txt", (const char *)data + FUZZ_HEAD, size - FUZZ_HEAD);
    if (!doc) return 0;
    if (hy) CHECK(hyphenate_settle(hy, doc->hyphenation, doc->n_hyphenation) == 0); /* as typeset does */
    Layout *lay = layout_new(doc, area, &st, &measure, hy);
    CHECK(lay != NULL);
    check_layout(doc, lay, area, &font);

    /* A+ on the same document: wider letters, a narrower area, the place kept. */
    size_t page = layout_page_count(lay) / 2;
    size_t offset = layout_page_offset(lay, page);
    for (int f = 0; f < LAYOUT_FACE_COUNT; f++) font.char_w[f] += 1 + (h[7] & 3);
    LayoutRect area2 = {area.x, area.y, area.w - (int)(h[7] >> 2), area.h + (h[1] & 3) * 8};
    Layout *lay2 = layout_new(doc, area2, &st, &measure, hy);
    CHECK(lay2 != NULL);
    check_layout(doc, lay2, area2, &font);
    CHECK(layout_page_of_offset(lay2, offset) < layout_page_count(lay2));

    layout_free(lay2);
    layout_free(lay);
    doc_free(doc);
    return 0;
}
