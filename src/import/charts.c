/* charts: moving a chart's values under its caption.
 * Owns only the order of caption and value blocks (see charts.h); telling
 * a caption (report.c) or a chart's values (blocks.c marks them) is not
 * its business. */
#include "charts.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "report.h"

#define MAX_BLOCKS_AWAY 12 /* values further on belong to no caption */

static bool is_caption(const ImportBlock *b)
{
    return b->kind == IMPORT_BLOCK_NOTE && import_report_caption(b->text, strlen(b->text));
}

/* The first run of chart values after caption c, before the next caption:
 * its start in *start and its length, or 0. */
static size_t values_after(const ImportBlocks *B, size_t c, size_t *start)
{
    for (size_t i = c + 1; i < B->n && i <= c + MAX_BLOCKS_AWAY && !is_caption(&B->v[i]); i++) {
        if (!B->v[i].chart) continue;
        size_t e = i;
        while (e < B->n && B->v[e].chart) e++;
        *start = i;
        return e - i;
    }
    return 0;
}

/* Moves blocks [s, s+n) to just after c (c < s). */
static void move_after(ImportBlocks *B, size_t c, size_t s, size_t n)
{
    ImportBlock *tmp = import_xmalloc(n * sizeof *tmp);
    memcpy(tmp, B->v + s, n * sizeof *tmp);
    memmove(B->v + c + 1 + n, B->v + c + 1, (s - c - 1) * sizeof *tmp);
    memcpy(B->v + c + 1, tmp, n * sizeof *tmp);
    free(tmp);
}

void import_charts_place(ImportBlocks *B)
{
    size_t out = 0;
    for (size_t i = 0; i < B->n; i++) {
        if (is_caption(&B->v[i])) {
            size_t s, n = values_after(B, i, &s);
            if (n == 0) {
                free(B->v[i].text);
                continue;
            }
            move_after(B, i, s, n);
        }
        B->v[out++] = B->v[i];
    }
    B->n = out;
}
