/* writer: the output format.
 * Owns the header keys, the order of the declared speakers, where a timed
 * block's stamps go (its first before the line's mark, the others before
 * their cue's first word; the stamp's own syntax is core/doc_times.c's) and
 * the guards that keep a paragraph from being misread (a paragraph starting
 * "- " would be a list item, a word shaped like a stamp in a timed text would
 * be read as one). It does not change words. */
#include "writer.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"
#include "core/doc.h"
#include "core/utf8.h"

/* Appends s[0..len) with line breaks, U+FFFD and stray control characters removed. */
static void add_clean_n(ImportBuf *b, const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (cp == '\n' || cp == '\r' || cp == '\t') cp = ' ';
        if (cp != UTF8_REPLACEMENT && cp >= 0x20) import_buf_addcp(b, cp);
        i += n;
    }
}

/* Appends the string s as add_clean_n does. */
static void add_clean(ImportBuf *b, const char *s)
{
    add_clean_n(b, s, strlen(s));
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

/* Appends a paragraph's opening text[0..len), which must not look like a
 * heading or a list item. */
static void add_body_text(ImportBuf *b, const char *text, size_t len)
{
    while (len && (*text == '#' || *text == ' ')) text++, len--;
    if (len >= 2 && strncmp(text, "- ", 2) == 0) {
        import_buf_adds(b, "\xE2\x80\x93"); /* en dash */
        text++, len--;
    }
    add_clean_n(b, text, len);
}

/* Whether the writer writes stamps: a block it writes has a time. */
static bool is_timed(const ImportBlocks *B)
{
    for (size_t i = 0; i < B->n; i++)
        if (B->v[i].n_times && import_writer_has_text(B->v[i].text)) return true;
    return false;
}

/* Appends the stamp of `ms` and the space after it, after a space. */
static void add_stamp(ImportBuf *b, long ms)
{
    char stamp[DOC_TIME_STAMP_MAX];
    if (b->len && b->s[b->len - 1] != ' ' && b->s[b->len - 1] != '\n') import_buf_addc(b, ' ');
    import_buf_adds(b, doc_time_format(ms, stamp, sizeof stamp));
    import_buf_addc(b, ' ');
}

/* In a timed text, what the loader would read as a stamp in b from byte
 * `from` on gets round brackets: the words were the cue's, not a time. */
static void guard_stamps(ImportBuf *b, size_t from, bool timed)
{
    for (size_t i = from; timed && i < b->len; i++) {
        size_t k = b->s[i] == '{' ? doc_time_stamp_len(b->s + i, b->len - i) : 0;
        if (k) b->s[i] = '(', b->s[i + k - 1] = ')';
    }
}

/* Appends the block's text (a paragraph's opening guarded) with a stamp
 * before each of its times but one at its start, which the line's mark
 * follows. */
static void add_block_text(ImportBuf *b, const ImportBlock *blk, bool paragraph, bool timed)
{
    size_t len = strlen(blk->text), from = 0;
    for (size_t k = blk->n_times && blk->times[0].at == 0 ? 1 : 0;; k++) {
        size_t to = k < blk->n_times && blk->times[k].at < len ? blk->times[k].at : len, start = b->len;
        if (from == 0 && paragraph) add_body_text(b, blk->text, to);
        else add_clean_n(b, blk->text + from, to - from);
        guard_stamps(b, start, timed);
        if (k >= blk->n_times || to == len) break;
        add_stamp(b, blk->times[k].ms);
        from = to;
    }
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
    bool timed = is_timed(B);
    if (timed) import_buf_adds(&b, "timed: yes\n");
    for (size_t i = 0; i < B->n; i++) {
        const ImportBlock *blk = &B->v[i];
        if (!import_writer_has_text(blk->text)) continue;
        import_buf_addc(&b, '\n');
        if (blk->n_times && blk->times[0].at == 0) add_stamp(&b, blk->times[0].ms);
        switch (blk->kind) {
        case IMPORT_BLOCK_HEADING:
            import_buf_adds(&b, blk->level <= 1 ? "# " : "## ");
            add_block_text(&b, blk, false, timed);
            break;
        case IMPORT_BLOCK_TURN:
            add_clean(&b, import_speakers_name(B->speakers, blk->speaker));
            import_buf_adds(&b, ": ");
            add_block_text(&b, blk, false, timed);
            break;
        case IMPORT_BLOCK_LIST_ITEM:
            import_buf_adds(&b, "- ");
            add_block_text(&b, blk, false, timed);
            break;
        case IMPORT_BLOCK_NOTE:
            import_buf_addc(&b, '[');
            add_block_text(&b, blk, false, timed);
            import_buf_addc(&b, ']');
            break;
        case IMPORT_BLOCK_PARAGRAPH:
            add_block_text(&b, blk, true, timed);
            break;
        }
        import_buf_addc(&b, '\n');
    }
    return import_buf_take(&b);
}
