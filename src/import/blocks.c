/* blocks: from lines to blocks.
 * Owns the decisions of where a paragraph starts and ends (wrapped lines,
 * page breaks, hyphens across a break), what each kind of line becomes (a
 * turn, heading, list item, note, caption, chart or footnote), and where a
 * chart or footnote that interrupts a paragraph is put (after it). Telling
 * what kind of line a line is belongs to blocks_recognise.c. It does not
 * repair words or write the output format. */
#include "blocks_internal.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charts.h"
#include "report.h"
#include "text.h"

void import_blocks_push(ImportBlocks *B, ImportBlock blk)
{
    if (B->n == B->cap) {
        B->cap = B->cap ? B->cap * 2 : 64;
        B->v = import_xrealloc(B->v, B->cap * sizeof *B->v);
    }
    if (blk.kind == IMPORT_BLOCK_TURN) B->turns++;
    B->v[B->n++] = blk;
}

static void flush_pending(BlockBuilder *b)
{
    for (size_t i = 0; i < b->n_pending; i++) import_blocks_push(b->B, b->pending[i]);
    b->n_pending = 0;
}

static void defer(BlockBuilder *b, ImportBlock blk)
{
    b->pending = import_xrealloc(b->pending, (b->n_pending + 1) * sizeof *b->pending);
    b->pending[b->n_pending++] = blk;
}

static ImportBlock make(ImportBlockKind kind, int level, int speaker, const char *text, size_t len, int line)
{
    ImportBlock blk = {kind, level, speaker, import_xstrndup(text, len), line, false, NULL, 0};
    return blk;
}

/* Appends text with runs of spaces collapsed. */
static void add_text(ImportBuf *buf, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (s[i] == ' ' && buf->len && buf->s[buf->len - 1] == ' ') continue;
        import_buf_addc(buf, s[i]);
    }
}

static void close_block(BlockBuilder *b)
{
    if (b->open) {
        b->cur.text = import_buf_take(&b->buf);
        import_blocks_push(b->B, b->cur);
        b->open = false;
        flush_pending(b);
    }
    b->last = NULL;
}

static void open_block(BlockBuilder *b, ImportBlockKind kind, int level, int speaker, const ImportLine *ln,
                       size_t text_start)
{
    close_block(b);
    b->open = true;
    b->cur.kind = kind;
    b->cur.level = level;
    b->cur.speaker = speaker;
    b->cur.line = ln->lineno;
    b->cur.text = NULL;
    add_text(&b->buf, ln->text + text_start, ln->len - text_start);
    b->last = ln;
}

static void emit(BlockBuilder *b, ImportBlockKind kind, int level, int speaker, const char *s, size_t len,
                 int line)
{
    close_block(b);
    import_blocks_push(b->B, make(kind, level, speaker, s, len, line));
}

static bool ends_with_word_hyphen(const ImportLine *ln)
{
    if (ln->len < 2 || ln->text[ln->len - 1] != '-') return false;
    char c = ln->text[ln->len - 2];
    return c != ' ' && c != '-';
}

/* The first word of a line is a conjunction that follows a suspended hyphen
 * ("vård- och omsorg"), so the hyphen keeps its space. */
static bool starts_with_conjunction(const ImportLine *ln)
{
    static const char *words[] = {"och ", "eller ", "samt ", "respektive ", "som "};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (strncmp(ln->text, words[k], strlen(words[k])) == 0) return true;
    return false;
}

static void join_line(BlockBuilder *b, const ImportLine *ln)
{
    if (b->last && ends_with_word_hyphen(b->last) && !starts_with_conjunction(ln)) {
        /* "1800-" + "talet" keeps its hyphen; "hem-" + "monitoreringen" was
         * only cut at the line end. */
        if (import_blocks_soft_hyphen(b->L, b->last, ln) && b->buf.len && b->buf.s[b->buf.len - 1] == '-')
            b->buf.s[--b->buf.len] = '\0';
    } else if (b->buf.len) {
        import_buf_addc(&b->buf, ' ');
    }
    add_text(&b->buf, ln->text, ln->len);
    b->last = ln;
}

bool import_blocks_continues(const BlockBuilder *b, const ImportLine *p, const ImportLine *ln)
{
    const ImportLines *L = b->L;
    if (ends_with_word_hyphen(p)) return true;
    if (import_text_starts_lower(ln->text, ln->len)) return true;
    /* One quotation closes and the next opens, or a list of them is introduced. */
    bool quote_next = ln->len >= 3 && memcmp(ln->text, "\xE2\x80\x9D", 3) == 0;
    if (quote_next && ((p->len >= 3 && memcmp(p->text + p->len - 3, "\xE2\x80\x9D", 3) == 0) ||
                       (p->text[p->len - 1] == ':' && ln->gap == IMPORT_GAP_PARA)))
        return false;
    if (!import_text_ends_sentence(p->text, p->len)) return true;
    if (ln->gap == IMPORT_GAP_PARA || !L->width) return false;
    if (p->trail >= 2 || import_lines_is_short(L, p)) return false;
    return true;
}

static void handle_chart(BlockBuilder *b, char **items, size_t n_items, int line)
{
    for (size_t k = 0; k < n_items; k++) {
        ImportBlock blk = {IMPORT_BLOCK_LIST_ITEM, 0, -1, items[k], line, true, NULL, 0};
        if (b->open) defer(b, blk);
        else import_blocks_push(b->B, blk);
    }
    free(items);
}

/* Consumes a footnote starting at i; returns the index of its last line. */
static size_t handle_footnote(BlockBuilder *b, size_t i, int number)
{
    const ImportLines *L = b->L;
    ImportBuf t = {0};
    import_buf_adds(&t, "Fotnot ");
    const ImportLine *ln = &L->v[i];
    size_t d = strspn(ln->text, "0123456789");
    import_buf_add(&t, ln->text, d);
    import_buf_addc(&t, ':');
    add_text(&t, ln->text + d, ln->len - d);
    size_t last = i;
    for (size_t n = import_lines_next_text(L, i); n < L->n; n = import_lines_next_text(L, n)) {
        const ImportLine *p = &L->v[last], *nx = &L->v[n];
        int num;
        if (import_text_ends_sentence(p->text, p->len) || nx->gap == IMPORT_GAP_PARA ||
            import_report_footnote(L, n, &num) || nx->lead > 0)
            break;
        import_buf_addc(&t, ' ');
        add_text(&t, nx->text, nx->len);
        last = n;
    }
    ImportBlock blk = {IMPORT_BLOCK_NOTE, 0, -1, import_buf_take(&t), ln->lineno, false, NULL, 0};
    if (b->open) defer(b, blk);
    else import_blocks_push(b->B, blk);
    b->footnotes = import_xrealloc(b->footnotes, (b->n_footnotes + 1) * sizeof *b->footnotes);
    b->footnotes[b->n_footnotes++] = number;
    return last;
}

/* Handles a numbered heading at i and its upper-case continuation lines. */
static size_t handle_heading(BlockBuilder *b, size_t i, int level)
{
    const ImportLines *L = b->L;
    ImportBuf t = {0};
    add_text(&t, L->v[i].text, L->v[i].len);
    size_t last = i;
    for (size_t n = import_lines_next_text(L, i); n < L->n; n = import_lines_next_text(L, n)) {
        const ImportLine *nx = &L->v[n];
        int lv;
        if (!import_text_is_all_caps(nx->text, nx->len) || import_report_heading(nx->text, nx->len, &lv) ||
            nx->cps > 60 || import_text_ends_sentence(L->v[last].text, L->v[last].len))
            break;
        import_buf_addc(&t, ' ');
        add_text(&t, nx->text, nx->len);
        last = n;
    }
    char *raw = import_buf_take(&t);
    char *cased = import_report_heading_case(L, raw, strlen(raw));
    emit(b, IMPORT_BLOCK_HEADING, level, -1, cased, strlen(cased), L->v[i].lineno);
    free(raw);
    free(cased);
    return last;
}

/* A bracketed note line: the text of a turn whose label stood alone, or a
 * note of its own. Returns false when ln is not one. */
static bool handle_note(BlockBuilder *b, const ImportLine *ln)
{
    if (!import_blocks_is_note_line(ln)) return false;
    if (b->pending_turn >= 0) {
        emit(b, IMPORT_BLOCK_TURN, 0, b->pending_turn, ln->text, ln->len, ln->lineno);
        b->pending_turn = -1;
    } else {
        emit(b, IMPORT_BLOCK_NOTE, 0, -1, ln->text + 1, ln->len - 2, ln->lineno);
    }
    return true;
}

/* A speaker label at line i starts a turn (or waits for its text on the next
 * line); in a transcript, a lone name that is no speaker is a heading.
 * Returns false when line i is neither. */
static bool handle_label(BlockBuilder *b, size_t i)
{
    const ImportLines *L = b->L;
    const ImportLine *ln = &L->v[i];
    ImportLabel lab;
    if (!import_labels_match(ln->text, ln->len, &lab) || !import_blocks_label_position_ok(b, i, &lab))
        return false;
    int spk = import_speakers_find(b->B->speakers, ln->text + lab.name_start, lab.name_len);
    if (spk >= 0 && (lab.style == IMPORT_LABEL_COLON || import_blocks_direct_text(L, i))) {
        close_block(b);
        b->speaker_now = spk;
        b->pending_turn = -1;
        if (lab.text_start < ln->len)
            open_block(b, IMPORT_BLOCK_TURN, 0, spk, ln, lab.text_start);
        else
            b->pending_turn = spk;
        return true;
    }
    if (b->transcript && lab.style == IMPORT_LABEL_ALONE && import_blocks_direct_text(L, i)) {
        emit(b, IMPORT_BLOCK_HEADING, 2, -1, ln->text, ln->len, ln->lineno);
        return true;
    }
    return false;
}

/* Whether ln joins the open block: a list item or a note runs on while its
 * sentence does, a paragraph while import_blocks_continues says so. */
static bool joins_open(const BlockBuilder *b, const ImportLine *ln)
{
    if (!b->open || !b->last) return false;
    const ImportLine *p = b->last;
    if (b->cur.kind == IMPORT_BLOCK_LIST_ITEM)
        return import_text_starts_lower(ln->text, ln->len) ||
               (!import_text_ends_sentence(p->text, p->len) && !import_lines_is_short(b->L, p) &&
                ln->gap == IMPORT_GAP_NONE);
    if (b->cur.kind == IMPORT_BLOCK_NOTE)
        return !import_text_ends_sentence(p->text, p->len) && ln->gap == IMPORT_GAP_NONE;
    return import_blocks_continues(b, p, ln);
}

/* Turns kept line *ip into blocks, the first kind that fits winning; a chart,
 * footnote or heading that spans lines leaves *ip at its last line. */
static void handle_line(BlockBuilder *b, size_t *ip)
{
    const ImportLines *L = b->L;
    size_t i = *ip;
    const ImportLine *ln = &L->v[i];
    int level, number;
    char **items;
    size_t n_items, end;

    if ((end = import_report_chart(L, i, &items, &n_items)) != (size_t)-1) {
        handle_chart(b, items, n_items, ln->lineno);
        *ip = end;
        return;
    }
    if (import_report_footnote(L, i, &number)) {
        *ip = handle_footnote(b, i, number);
        return;
    }
    if (handle_note(b, ln) || handle_label(b, i)) return;
    if (import_report_heading(ln->text, ln->len, &level)) {
        *ip = handle_heading(b, i, level);
        return;
    }
    if (import_report_caption(ln->text, ln->len)) {
        open_block(b, IMPORT_BLOCK_NOTE, 0, -1, ln, 0);
        return;
    }
    size_t bullet = import_report_bullet(ln->text, ln->len);
    if (bullet || import_blocks_lost_bullet(b, ln)) {
        open_block(b, IMPORT_BLOCK_LIST_ITEM, 0, -1, ln, bullet);
        return;
    }
    if (import_blocks_lone_cue(b, i)) {
        emit(b, IMPORT_BLOCK_NOTE, 0, -1, ln->text, ln->len, ln->lineno);
        return;
    }
    if (import_blocks_subheading(b, i)) {
        emit(b, IMPORT_BLOCK_HEADING, 2, -1, ln->text, ln->len, ln->lineno);
        return;
    }
    if (joins_open(b, ln)) {
        join_line(b, ln);
        return;
    }
    if (b->pending_turn >= 0) {
        open_block(b, IMPORT_BLOCK_TURN, 0, b->pending_turn, ln, 0);
        b->pending_turn = -1;
    } else {
        open_block(b, IMPORT_BLOCK_PARAGRAPH, 0, b->transcript ? b->speaker_now : -1, ln, 0);
    }
}

ImportBlocks *import_blocks_build(const ImportLines *L)
{
    ImportBlocks *B = import_xmalloc(sizeof *B);
    memset(B, 0, sizeof *B);
    B->speakers = import_speakers_new();
    BlockBuilder b;
    memset(&b, 0, sizeof b);
    b.L = L;
    b.B = B;
    b.speaker_now = -1;
    b.pending_turn = -1;
    b.title = import_blocks_find_title(L);
    if (b.title < L->n) B->title_line = import_xstrndup(L->v[b.title].text, L->v[b.title].len);
    import_blocks_scan_labels(&b);
    for (size_t i = 0; i < L->n; i++) {
        const ImportLine *ln = &L->v[i];
        if (ln->kind != IMPORT_LINE_TEXT || ln->dropped || i == b.title) continue;
        handle_line(&b, &i);
    }
    close_block(&b);
    flush_pending(&b);
    for (size_t k = 0; k < B->n; k++)
        if (B->v[k].kind != IMPORT_BLOCK_NOTE && B->v[k].kind != IMPORT_BLOCK_HEADING)
            import_report_strip_markers(B->v[k].text, b.footnotes, b.n_footnotes);
    free(b.pending);
    free(b.footnotes);
    import_buf_free(&b.buf);
    import_charts_place(B);
    return B;
}

void import_blocks_free(ImportBlocks *B)
{
    if (!B) return;
    for (size_t i = 0; i < B->n; i++) free(B->v[i].text), free(B->v[i].times);
    free(B->v);
    free(B->title_line);
    import_speakers_free(B->speakers);
    free(B);
}
