/* contents: owns which blocks make a text's contents list and the page of
 * each. It must not lay text out (the Layout is given), keep state or know
 * how the list is drawn or paged on screen (ui and render). */
#include "contents.h"

size_t contents_count(const Doc *doc)
{
    size_t n = 0;
    for (size_t i = 0; doc && i < doc->n_blocks; i++)
        n += doc->blocks[i].kind == DOC_HEADING;
    return n;
}

size_t contents_list(const Doc *doc, const Layout *layout, ContentsEntry *out, size_t cap)
{
    size_t n = 0;
    if (!doc || !layout) return 0;
    for (size_t i = 0; i < doc->n_blocks && n < cap; i++) {
        const DocBlock *b = &doc->blocks[i];
        if (b->kind != DOC_HEADING) continue;
        /* The page holding the heading's first byte: layout keeps a heading
         * with the lines under it, so that is where its section starts. */
        out[n++] = (ContentsEntry){i, b->level, (int)layout_page_of_offset(layout, b->start)};
    }
    return n;
}
