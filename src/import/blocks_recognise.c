/* blocks_recognise: what kind of line a kept line is: the text's title line,
 * a speaker label in a place where a turn can start (and the pass that
 * registers the speakers), a bracketed note, a list item whose bullet was
 * lost, a transcript's sound cue, a report's unnumbered subheading. It only
 * looks: building, joining and emitting the blocks is blocks.c's. */
#include "blocks_internal.h"

#include <string.h>

#include "report.h"
#include "text.h"
#include "core/utf8.h"

bool import_blocks_is_note_line(const ImportLine *ln)
{
    return ln->len >= 2 && ln->text[0] == '[' && ln->text[ln->len - 1] == ']' &&
           !memchr(ln->text + 1, ']', ln->len - 2);
}

/* Index of the last kept text line before line i, or L->n. */
static size_t prev_text(const ImportLines *L, size_t i)
{
    while (i-- > 0)
        if (L->v[i].kind == IMPORT_LINE_TEXT && !L->v[i].dropped) return i;
    return L->n;
}

bool import_blocks_label_position_ok(const BlockBuilder *b, size_t i, const ImportLabel *lab)
{
    const ImportLines *L = b->L;
    size_t p = prev_text(L, i);
    if (p == L->n || p == b->title) return true;
    const ImportLine *P = &L->v[p], *ln = &L->v[i];
    bool p_ends = import_text_ends_sentence(P->text, P->len);
    if (lab->strong) return p_ends || ln->gap == IMPORT_GAP_PARA || !L->width;
    if (p_ends || import_blocks_is_note_line(P) || import_report_values(P->text, P->len)) return true;
    ImportLabel pl;
    return import_labels_match(P->text, P->len, &pl) && pl.text_start == P->len;
}

bool import_blocks_direct_text(const ImportLines *L, size_t i)
{
    size_t n = import_lines_next_text(L, i);
    if (n >= L->n || L->v[n].gap != IMPORT_GAP_NONE) return false;
    ImportLabel nl;
    return !import_labels_match(L->v[n].text, L->v[n].len, &nl);
}

size_t import_blocks_find_title(const ImportLines *L)
{
    size_t t = import_lines_next_text(L, (size_t)-1);
    if (t >= L->n) return L->n;
    const ImportLine *ln = &L->v[t];
    ImportLabel lab;
    if (import_labels_match(ln->text, ln->len, &lab) && lab.style == IMPORT_LABEL_COLON) return L->n;
    if (import_text_ends_sentence(ln->text, ln->len) || ln->cps > 100 || import_blocks_is_note_line(ln))
        return L->n;
    bool digits = strpbrk(ln->text, "0123456789") != NULL;
    if (import_text_count_words(ln->text, ln->len) < 3 && !digits) return L->n;
    size_t n = import_lines_next_text(L, t);
    if (n < L->n && import_text_starts_lower(L->v[n].text, L->v[n].len)) return L->n;
    return t;
}

void import_blocks_scan_labels(BlockBuilder *b)
{
    const ImportLines *L = b->L;
    int pos = 0;
    for (size_t i = 0; i < L->n; i++) {
        const ImportLine *ln = &L->v[i];
        if (ln->kind != IMPORT_LINE_TEXT || ln->dropped || i == b->title) continue;
        ImportLabel lab;
        if (import_labels_match(ln->text, ln->len, &lab) && import_blocks_label_position_ok(b, i, &lab)) {
            bool direct = import_blocks_direct_text(L, i);
            if (lab.style == IMPORT_LABEL_COLON || direct)
                import_speakers_observe(b->B->speakers, ln->text + lab.name_start, lab.name_len, &lab, pos,
                                        direct);
        }
        pos++;
    }
    import_speakers_resolve(b->B->speakers, L);
    b->transcript = import_speakers_count(b->B->speakers) >= 2;
}

bool import_blocks_lost_bullet(const BlockBuilder *b, const ImportLine *ln)
{
    if (b->transcript || ln->lead < 1 || !b->open || !b->last) return false;
    const ImportLine *p = b->last;
    if (b->cur.kind == IMPORT_BLOCK_LIST_ITEM)
        return import_text_ends_sentence(p->text, p->len) || import_lines_is_short(b->L, p);
    if (b->cur.kind == IMPORT_BLOCK_PARAGRAPH)
        return p->len > 0 && p->text[p->len - 1] == ':' && !import_text_starts_lower(ln->text, ln->len);
    return false;
}

bool import_blocks_lone_cue(const BlockBuilder *b, size_t i)
{
    const ImportLines *L = b->L;
    const ImportLine *ln = &L->v[i];
    size_t n = import_lines_next_text(L, i);
    bool gap_after = n >= L->n || L->v[n].gap == IMPORT_GAP_PARA;
    size_t p = prev_text(L, i);
    bool gap_before = p >= L->n || ln->gap == IMPORT_GAP_PARA;
    return b->transcript && gap_before && gap_after && ln->cps <= 30 &&
           import_text_count_words(ln->text, ln->len) <= 3 &&
           !import_text_ends_sentence(ln->text, ln->len) && !import_text_starts_lower(ln->text, ln->len) &&
           !strpbrk(ln->text, ",:;");
}

bool import_blocks_subheading(const BlockBuilder *b, size_t i)
{
    const ImportLines *L = b->L;
    const ImportLine *ln = &L->v[i];
    if (b->transcript || !L->width || ln->cps * 10 > (size_t)L->width * 6) return false;
    if (import_text_count_words(ln->text, ln->len) > 10 || import_text_starts_lower(ln->text, ln->len))
        return false;
    uint32_t last = 0;
    utf8_decode(ln->text + ln->len - 1, 1, &last);
    if (strchr(".,;:", (int)last)) return false;
    bool question = last == '?';
    if (import_text_ends_sentence(ln->text, ln->len) && !question) return false;
    if (question && ln->gap != IMPORT_GAP_PARA) return false;
    if (b->open && b->last && import_blocks_continues(b, b->last, ln) && !(ln->gap == IMPORT_GAP_PARA &&
        import_text_ends_sentence(b->last->text, b->last->len)))
        return false;
    size_t n = import_lines_next_text(L, i);
    if (n >= L->n) return false;
    const ImportLine *nx = &L->v[n];
    if (import_text_starts_lower(nx->text, nx->len)) return false;
    return nx->cps * 2 >= ln->cps * 3;
}

/* The all-lower-case word of at least two letters that ends at s[end]
 * (exclusive); its start, or (size_t)-1. */
static size_t lower_word_before(const char *s, size_t end)
{
    size_t st = end;
    while (st > 0 && s[st - 1] != ' ') st--;
    if (end - st < 2) return (size_t)-1;
    for (size_t i = st; i < end;) {
        uint32_t cp;
        i += utf8_decode(s + i, end - i, &cp);
        if (!import_text_is_lower(cp)) return (size_t)-1;
    }
    return st;
}

/* True when some kept line holds s[0..len). */
static bool text_has(const ImportLines *L, const char *s, size_t len)
{
    for (size_t i = 0; i < L->n; i++) {
        const ImportLine *x = &L->v[i];
        if (x->kind != IMPORT_LINE_TEXT || x->dropped || x->len < len) continue;
        for (size_t k = 0; k + len <= x->len; k++)
            if (memcmp(x->text + k, s, len) == 0) return true;
    }
    return false;
}

bool import_blocks_soft_hyphen(const ImportLines *L, const ImportLine *p, const ImportLine *ln)
{
    size_t st = lower_word_before(p->text, p->len - 1);
    if (st == (size_t)-1 || !import_text_starts_lower(ln->text, ln->len)) return false;
    if (st >= 2) {
        /* The word before: a capital mid-line makes the first part a name. */
        size_t ps = st - 1;
        while (ps > 0 && p->text[ps - 1] != ' ') ps--;
        uint32_t cp;
        utf8_decode(p->text + ps, st - 1 - ps, &cp);
        if (import_text_is_upper(cp) && ps > 0) return false;
    }
    size_t nl = 0;
    while (nl < ln->len && ln->text[nl] != ' ') nl++;
    ImportBuf w = {0};
    import_buf_add(&w, p->text + st, p->len - st);
    import_buf_add(&w, ln->text, nl);
    bool hyphenated_elsewhere = text_has(L, w.s, w.len) && w.len > 0;
    import_buf_free(&w);
    return !hyphenated_elsewhere;
}
