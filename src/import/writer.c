/* writer: the output format.
 * Owns the header keys, the order of the declared speakers and the guards
 * that keep a paragraph from being misread (a paragraph starting "- " would
 * be a list item). It does not change words. */
#include "writer.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"
#include "core/utf8.h"

/* Appends s with line breaks, U+FFFD and stray control characters removed. */
static void add_clean(ImportBuf *b, const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (cp == '\n' || cp == '\r' || cp == '\t') cp = ' ';
        if (cp != UTF8_REPLACEMENT && cp >= 0x20) import_buf_addcp(b, cp);
        i += n;
    }
}

static void header(ImportBuf *b, const char *key, const char *value)
{
    if (!value || !*value) return;
    import_buf_adds(b, key);
    import_buf_adds(b, ": ");
    add_clean(b, value);
    import_buf_addc(b, '\n');
}

/* Speaker indexes in declaration order: main voices first, brief ones last. */
static int *speaker_order(const ImportBlocks *B, int n)
{
    int *turns = import_xcalloc((size_t)n + 1, sizeof *turns);
    int *words = import_xcalloc((size_t)n + 1, sizeof *words);
    int *order = import_xmalloc(((size_t)n + 1) * sizeof *order);
    for (size_t i = 0; i < B->n; i++) {
        int s = B->v[i].speaker;
        if (s < 0 || s >= n) continue;
        if (B->v[i].kind == IMPORT_BLOCK_TURN) turns[s]++;
        words[s] += import_text_count_words(B->v[i].text, strlen(B->v[i].text));
    }
    int k = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int s = 0; s < n; s++) {
            bool brief = turns[s] <= 3 && words[s] <= 40;
            if (brief == (pass == 1)) order[k++] = s;
        }
    free(turns);
    free(words);
    return order;
}

bool import_writer_has_text(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += utf8_decode(s + i, len - i, &cp);
        if ((cp >= '0' && cp <= '9') || utf8_is_letter(cp)) return true;
    }
    return false;
}

bool import_writer_has_words(const ImportBlocks *B)
{
    for (size_t i = 0; i < B->n; i++)
        if (import_writer_has_text(B->v[i].text)) return true;
    return false;
}

static void add_body_text(ImportBuf *b, const char *text)
{
    /* A paragraph must not look like a heading or a list item. */
    while (*text == '#' || *text == ' ') text++;
    if (strncmp(text, "- ", 2) == 0) {
        import_buf_adds(b, "\xE2\x80\x93"); /* en dash */
        text++;
    }
    add_clean(b, text);
}

char *import_writer_render(const ImportBlocks *B, const ImportMeta *meta)
{
    ImportBuf b = {0};
    int n = import_speakers_count(B->speakers);
    header(&b, "title", meta->title);
    header(&b, "subtitle", meta->subtitle);
    header(&b, "series", meta->series);
    header(&b, "episode", meta->episode);
    header(&b, "date", meta->date);
    header(&b, "kind", meta->kind);
    header(&b, "source", meta->source);
    if (n > 0) {
        int *order = speaker_order(B, n);
        import_buf_adds(&b, "speakers: ");
        for (int k = 0; k < n; k++) {
            if (k) import_buf_adds(&b, ", ");
            add_clean(&b, import_speakers_name(B->speakers, order[k]));
        }
        import_buf_addc(&b, '\n');
        free(order);
    }
    for (size_t i = 0; i < B->n; i++) {
        const ImportBlock *blk = &B->v[i];
        if (!import_writer_has_text(blk->text)) continue;
        import_buf_addc(&b, '\n');
        switch (blk->kind) {
        case IMPORT_BLOCK_HEADING:
            import_buf_adds(&b, blk->level <= 1 ? "# " : "## ");
            add_clean(&b, blk->text);
            break;
        case IMPORT_BLOCK_TURN:
            add_clean(&b, import_speakers_name(B->speakers, blk->speaker));
            import_buf_adds(&b, ": ");
            add_clean(&b, blk->text);
            break;
        case IMPORT_BLOCK_LIST_ITEM:
            import_buf_adds(&b, "- ");
            add_clean(&b, blk->text);
            break;
        case IMPORT_BLOCK_NOTE:
            import_buf_addc(&b, '[');
            add_clean(&b, blk->text);
            import_buf_addc(&b, ']');
            break;
        case IMPORT_BLOCK_PARAGRAPH:
            add_body_text(&b, blk->text);
            break;
        }
        import_buf_addc(&b, '\n');
    }
    return import_buf_take(&b);
}
