/* layout_width: the width cache of the layout.
 *
 * Owns the only calls to LayoutMeasure.text_width, so a word is measured
 * once per face however often it recurs, and a growing line is never
 * re-measured: a line's width is the sum of its words and spaces. Keys are
 * spans of doc->text compared by content, so nothing is copied. */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "layout_internal.h"

static uint64_t hash_span(const char *s, size_t len, unsigned face)
{
    return hash_bytes(s, len, HASH_SEED ^ face);
}

static int measure(LayoutCtx *c, LayoutFace face, const char *s, size_t len)
{
    if (len > LAYOUT_MEASURE_CAP) return 1 << 28; /* wider than any screen */
    return c->measure->text_width(c->measure->ctx, face, s, len);
}

static int grow(WidthCache *wc)
{
    size_t cap = wc->cap ? wc->cap * 2 : 4096;
    WidthSlot *slots = calloc(cap, sizeof *slots);
    if (!slots) return 0;
    for (size_t i = 0; i < wc->cap; i++) {
        if (!wc->slots[i].s) continue;
        size_t j = wc->slots[i].hash & (cap - 1);
        while (slots[j].s) j = (j + 1) & (cap - 1);
        slots[j] = wc->slots[i];
    }
    free(wc->slots);
    wc->slots = slots;
    wc->cap = cap;
    return 1;
}

int layout_width(LayoutCtx *c, LayoutFace face, size_t start, size_t len)
{
    const char *s = c->text + start;
    if (len == 0) return 0;
    if (len > LAYOUT_MEASURE_CAP) return measure(c, face, s, len);
    WidthCache *wc = &c->cache;
    if ((wc->used + 1) * 2 > wc->cap && !grow(wc)) return measure(c, face, s, len);
    uint64_t h = hash_span(s, len, (unsigned)face);
    size_t j = h & (wc->cap - 1);
    for (; wc->slots[j].s; j = (j + 1) & (wc->cap - 1)) {
        const WidthSlot *e = &wc->slots[j];
        if (e->hash == h && e->len == len && e->face == (uint32_t)face &&
            memcmp(e->s, s, len) == 0)
            return e->width;
    }
    WidthSlot *e = &wc->slots[j];
    e->s = s;
    e->len = (uint32_t)len;
    e->face = (uint32_t)face;
    e->hash = h;
    e->width = measure(c, face, s, len);
    wc->used++;
    return e->width;
}

int layout_measure_span(LayoutCtx *c, LayoutFace face, size_t start, size_t len)
{
    return len ? measure(c, face, c->text + start, len) : 0;
}

int layout_width_hyphenated(LayoutCtx *c, LayoutFace face, size_t start, size_t len)
{
    if (len + 1 > LAYOUT_MEASURE_CAP) return 1 << 28;
    if (c->scratch_cap < len + 1) {
        char *p = realloc(c->scratch, len + 1);
        if (!p) {
            c->oom = 1;
            return 1 << 28;
        }
        c->scratch = p;
        c->scratch_cap = len + 1;
    }
    memcpy(c->scratch, c->text + start, len);
    c->scratch[len] = '-';
    return measure(c, face, c->scratch, len + 1);
}

int layout_space_width(LayoutCtx *c, LayoutFace face)
{
    if (c->space_w[face] < 0) c->space_w[face] = measure(c, face, " ", 1);
    return c->space_w[face];
}

void layout_ctx_release(LayoutCtx *c)
{
    free(c->cache.slots);
    c->cache.slots = NULL;
    c->cache.cap = c->cache.used = 0;
    free(c->scratch);
    c->scratch = NULL;
    c->scratch_cap = 0;
}

LayoutLine *layout_push_line(LayoutCtx *c)
{
    if (c->n_lines == c->cap_lines) {
        size_t cap = c->cap_lines ? c->cap_lines * 2 : 256;
        LayoutLine *p = realloc(c->lines, cap * sizeof *p);
        if (!p) {
            c->oom = 1;
            return NULL;
        }
        c->lines = p;
        c->cap_lines = cap;
    }
    LayoutLine *l = &c->lines[c->n_lines++];
    memset(l, 0, sizeof *l);
    return l;
}
