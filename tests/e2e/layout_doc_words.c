/* layout_doc_words: prints what a document says the reader must show, one
 * block a line, as the reference for tests/e2e/layout_pages.sh: each turn's
 * speaker name on its own line, "• " before a list item, then the text.
 * Built from doc.c alone so the check does not trust the layout. */
#include <stdio.h>

#include "core/doc.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: layout_doc_words FILE\n");
        return 2;
    }
    Doc *doc = doc_load(argv[1]);
    if (!doc || doc->broken) {
        fprintf(stderr, "layout_doc_words: cannot show %s\n", argv[1]);
        doc_free(doc);
        return 1;
    }
    for (size_t i = 0; i < doc->n_blocks; i++) {
        const DocBlock *b = &doc->blocks[i];
        if (b->kind == DOC_TURN && b->speaker >= 0 && b->speaker < doc->n_speakers)
            printf("%s\n", doc->speakers[b->speaker]);
        printf("%s%s\n", b->kind == DOC_LIST_ITEM ? "\xE2\x80\xA2 " : "", doc->text + b->start);
    }
    doc_free(doc);
    return 0;
}
