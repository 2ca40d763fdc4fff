/* splitwords: joining words cut by a stray space.
 * Owns that one rule (see splitwords.h); word counts come from import/freq,
 * the one word table of the importer. It changes only the space between
 * two halves, nothing else of a line. */
#include "splitwords.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "freq.h"
#include "text.h"
#include "core/utf8.h"

#define MIN_WHOLE_COUNT 2 /* the whole word must occur this often elsewhere */

static bool kept(const ImportLine *ln)
{
    return ln->kind == IMPORT_LINE_TEXT && !ln->dropped;
}

/* How often the lower-cased s[0..len) occurs in the text. */
static unsigned count(const ImportFreq *f, const char *s, size_t len)
{
    char *low = import_text_lower(s, len);
    unsigned n = import_freq_count(f, low, strlen(low));
    free(low);
    return n;
}

/* True when every letter of s[0..len) is lower case and none is U+FFFD. */
static bool lower_word(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += utf8_decode(s + i, len - i, &cp);
        if (!import_text_is_lower(cp)) return false;
    }
    return len > 0;
}

/* Whether the halves a and b, one space apart, are one word cut in two. */
static bool cut_word(const ImportFreq *f, const char *a, size_t al, const char *b, size_t bl)
{
    if (!lower_word(a, al) || !lower_word(b, bl)) return false;
    if (count(f, a, al) != 1 || count(f, b, bl) != 1) return false;
    char *whole = import_xmalloc(al + bl + 1);
    memcpy(whole, a, al);
    memcpy(whole + al, b, bl);
    whole[al + bl] = '\0';
    bool ok = count(f, whole, al + bl) >= MIN_WHOLE_COUNT;
    free(whole);
    return ok;
}

/* Joins the cut words of one line; returns how many. */
static int join_line(const ImportFreq *f, ImportLine *ln)
{
    int joined = 0;
    size_t pos = 0, st, wl, prev_st = 0, prev_len = 0;
    bool have_prev = false;
    while (import_text_next_word(ln->text, ln->len, &pos, &st, &wl)) {
        if (have_prev && prev_st + prev_len + 1 == st && ln->text[st - 1] == ' ' &&
            cut_word(f, ln->text + prev_st, prev_len, ln->text + st, wl)) {
            memmove(ln->text + st - 1, ln->text + st, ln->len - st + 1);
            ln->len--;
            ln->cps--;
            joined++;
            pos--;
            prev_len += wl;
            continue;
        }
        have_prev = true;
        prev_st = st;
        prev_len = wl;
    }
    return joined;
}

int import_splitwords_join(ImportLines *L)
{
    ImportFreq *f = import_freq_new();
    for (size_t i = 0; i < L->n; i++)
        if (kept(&L->v[i])) import_freq_add_text(f, L->v[i].text, L->v[i].len);
    int joined = 0;
    for (size_t i = 0; i < L->n; i++)
        if (kept(&L->v[i])) joined += join_line(f, &L->v[i]);
    import_freq_free(f);
    return joined;
}
