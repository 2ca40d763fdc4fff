/* quote: owns what counts as a quotable sentence and which sentences of a
 * text the attract screen shows. It must not keep state, lay text out or
 * know when or how a quote is drawn (that is app, ui and render). */
#include "quote.h"

#include <string.h>

#define RQUOTE "\xE2\x80\x9D" /* ” */

static bool is_end(char c) { return c == '.' || c == '!' || c == '?'; }
static bool is_close(char c) { return c == '"' || c == ')' || c == '\''; }

/* True when s starts with a capital letter (ASCII or Latin-1 range in
 * UTF-8: Å, Ä, Ö, É ...) or a digit. */
static bool starts_capital(const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[0];
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    if (c == 0xC3 && len > 1) {
        unsigned char d = (unsigned char)s[1];
        return d >= 0x80 && d <= 0x9E && d != 0x97; /* À..Þ but × */
    }
    return false;
}

/* Bytes of an ending quotation mark at s (", ', ), ”), or 0. */
static size_t closing_at(const char *s, size_t left)
{
    if (left >= 1 && is_close(s[0])) return 1;
    if (left >= 3 && !memcmp(s, RQUOTE, 3)) return 3;
    return 0;
}

/* A sentence that starts with one of these leans on the one before it
 * ("Och ...", "Men ...", "So ..."): not a quote that stands alone. */
static const char *const leaning[] = {
    "Och", "Men", "Eller", "Så", "För", "Att", "Som", "Utan", "Fast", "Vilket", "Dock", "Alltså",
    "And", "But", "Or", "So", "Because", "Which",
};

static bool leans_on_before(const char *s, size_t len)
{
    size_t w = 0;
    while (w < len && s[w] != ' ' && s[w] != ',') w++;
    for (size_t i = 0; i < sizeof leaning / sizeof *leaning; i++)
        if (strlen(leaning[i]) == w && !memcmp(s, leaning[i], w)) return true;
    return false;
}

static size_t count_of(const char *s, size_t len, const char *what)
{
    size_t n = 0, w = strlen(what);
    for (size_t i = 0; i + w <= len; i++)
        if (!memcmp(s + i, what, w)) n++;
    return n;
}

bool quote_is_sentence(const char *s, size_t len)
{
    if (len < 2 || !starts_capital(s, len)) return false;
    size_t end = len;
    while (end > 0 && closing_at(s + end - 1, 1)) end--;
    if (end >= 3 && !memcmp(s + end - 3, RQUOTE, 3)) end -= 3;
    if (end < 2 || !is_end(s[end - 1]) || s[end - 2] == '.') return false; /* no "..." */
    if (count_of(s, len, "\xE2\x80\xA6") || count_of(s, len, "..")) return false; /* no "…", "..." */
    if (leans_on_before(s, len)) return false;
    size_t words = 1;
    for (size_t i = 0; i < len; i++) words += s[i] == ' ';
    if (words < QUOTE_MIN_WORDS || words > QUOTE_MAX_WORDS) return false;
    return count_of(s, len, "(") == count_of(s, len, ")") && !count_of(s, len, "[")
           && count_of(s, len, "\"") % 2 == 0 && count_of(s, len, RQUOTE) % 2 == 0;
}

/* The end of the sentence that starts at s[from] in a block of len bytes:
 * after its ".", "!" or "?" (and a closing mark) where the next word starts
 * with a capital, or the block's end. "t.ex. att" is not an end. */
static size_t sentence_end(const char *s, size_t from, size_t len)
{
    for (size_t i = from; i < len; i++) {
        if (!is_end(s[i])) continue;
        size_t e = i + 1;
        size_t c;
        while (e < len && (c = closing_at(s + e, len - e)) > 0) e += c;
        if (e >= len) return len;
        if (s[e] != ' ' || e + 1 >= len) continue;
        size_t next = e + 1 + closing_at(s + e + 1, len - e - 1); /* an opening ” or " */
        if (next < len && starts_capital(s + next, len - next)) return e;
    }
    return len;
}

/* Calls back each quotable sentence of doc's turns and paragraphs in
 * reading order; stops early when fn returns false. */
static void each_sentence(const Doc *doc, bool (*fn)(void *ctx, const Quote *q), void *ctx)
{
    for (size_t b = 0; b < doc->n_blocks; b++) {
        const DocBlock *blk = &doc->blocks[b];
        if (blk->kind != DOC_TURN && blk->kind != DOC_PARAGRAPH) continue;
        const char *s = doc->text + blk->start;
        for (size_t from = 0; from < blk->len;) {
            size_t end = sentence_end(s, from, blk->len);
            if (quote_is_sentence(s + from, end - from)) {
                Quote q = {s + from, end - from, blk->start + from, blk->speaker, false};
                if (!fn(ctx, &q)) return;
            }
            from = end;
            while (from < blk->len && s[from] == ' ') from++;
        }
    }
}

typedef struct {
    size_t seen, n_all; /* sentences passed; how many there are */
    int want, got;      /* quotes to pick; picked */
    Quote *out;
} Pick;

static bool count_one(void *ctx, const Quote *q)
{
    (void)q;
    ((Pick *)ctx)->n_all++;
    return true;
}

/* Takes sentence number floor((k + 1/2) * n_all / want) for k = 0, 1, ...:
 * an even spread from the start of the text to its end. */
static bool pick_one(void *ctx, const Quote *q)
{
    Pick *p = ctx;
    size_t next = ((size_t)p->got * 2 + 1) * p->n_all / ((size_t)p->want * 2);
    if (p->seen++ == next) p->out[p->got++] = *q;
    return p->got < p->want;
}

/* The body's block and offset where header quote text starts, if anywhere. */
static void find_in_body(const Doc *doc, Quote *q)
{
    q->offset = QUOTE_NOWHERE;
    q->speaker = -1;
    for (size_t b = 0; b < doc->n_blocks; b++) {
        const char *hit = strstr(doc->text + doc->blocks[b].start, q->text);
        if (hit) {
            q->offset = (size_t)(hit - doc->text);
            q->speaker = doc->blocks[b].speaker;
            return;
        }
    }
}

int quote_choose(const Doc *doc, Quote *out, int cap)
{
    if (!doc || doc->broken || cap <= 0) return 0;
    if (doc->n_quotes > 0) {
        int n = doc->n_quotes < cap ? doc->n_quotes : cap;
        for (int i = 0; i < n; i++) {
            out[i] = (Quote){doc->quotes[i], strlen(doc->quotes[i]), 0, -1, true};
            find_in_body(doc, &out[i]);
        }
        return n;
    }
    Pick p = {.want = cap, .out = out};
    each_sentence(doc, count_one, &p);
    if (p.n_all == 0) return 0;
    if ((size_t)p.want > p.n_all) p.want = (int)p.n_all;
    each_sentence(doc, pick_one, &p);
    return p.got;
}

size_t quote_page(const Quote *q, const Layout *layout)
{
    if (!layout || q->offset == QUOTE_NOWHERE) return 0;
    return layout_page_of_offset(layout, q->offset);
}
