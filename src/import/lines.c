/* lines: physical lines and page furniture.
 * Owns the split of the text into trimmed lines, the measurement of a
 * hard-wrapped page (its width, whether wrapped lines are double spaced) and
 * the removal of lines that belong to the page rather than the text. It does
 * not join lines or decide what a line means; blocks.c does that. */
#include "lines.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"
#include "core/utf8.h"

/* Cleans one raw line: tabs and odd spaces become spaces, control and
 * zero-width characters go, a markdown bullet "* " becomes "- " and every
 * other asterisk (markdown emphasis) is dropped. */
static char *clean_line(const char *s, size_t len)
{
    ImportBuf b = {0};
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t')) import_buf_addc(&b, ' '), i++;
    if (i + 1 < len && s[i] == '*' && (s[i + 1] == ' ' || s[i + 1] == '\t')) {
        import_buf_addc(&b, '-');
        i++;
    }
    while (i < len) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        i += n;
        if (cp == '\t' || cp == 0xA0 || cp == 0x2007 || cp == 0x202F || cp == 0x3000 ||
            (cp >= 0x2000 && cp <= 0x200A))
            cp = ' ';
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == '*' || cp == 0x200B ||
            cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0xAD)
            continue;
        import_buf_addcp(&b, cp);
    }
    return import_buf_take(&b);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Measures the page: a hard-wrapped text has most of its lines close to one width. */
static void measure(ImportLines *L)
{
    size_t n = 0;
    size_t *w = import_xmalloc((L->n + 1) * sizeof *w);
    for (size_t i = 0; i < L->n; i++)
        if (L->v[i].kind == IMPORT_LINE_TEXT) w[n++] = L->v[i].cps;
    L->width = 0;
    L->double_spaced = false;
    if (n >= 8) {
        qsort(w, n, sizeof *w, cmp_size);
        size_t W = w[(n * 9) / 10];
        size_t near = 0;
        for (size_t i = 0; i < n; i++)
            if (w[i] * 4 >= W * 3 && w[i] <= W + 8) near++;
        if (W >= 30 && W <= 160 && near * 2 >= n) L->width = (int)W;
    }
    free(w);
    if (L->width) {
        size_t pairs = 0, texts = 0;
        for (size_t i = 0; i < L->n; i++) {
            if (L->v[i].kind != IMPORT_LINE_TEXT) continue;
            texts++;
            if (i + 2 < L->n && L->v[i + 1].kind == IMPORT_LINE_EMPTY &&
                L->v[i + 2].kind == IMPORT_LINE_TEXT)
                pairs++;
        }
        L->double_spaced = pairs * 2 >= texts;
    }
}

ImportLines *import_lines_split(const char *text, size_t len)
{
    ImportLines *L = import_xmalloc(sizeof *L);
    memset(L, 0, sizeof *L);
    size_t cap = 16;
    L->v = import_xmalloc(cap * sizeof *L->v);
    size_t pos = 0;
    int lineno = 0;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        lineno++;
        char *clean = clean_line(text + pos, end - pos);
        size_t cl = strlen(clean), a = 0, b = cl;
        while (a < b && clean[a] == ' ') a++;
        while (b > a && clean[b - 1] == ' ') b--;
        if (L->n == cap) L->v = import_xrealloc(L->v, (cap *= 2) * sizeof *L->v);
        ImportLine *ln = &L->v[L->n++];
        memset(ln, 0, sizeof *ln);
        ln->lineno = lineno;
        ln->lead = (int)a;
        ln->trail = (int)(cl - b);
        ln->text = import_xstrndup(clean + a, b - a);
        ln->len = b - a;
        ln->cps = import_text_cp_count(ln->text, ln->len);
        ln->kind = ln->len ? IMPORT_LINE_TEXT : (cl ? IMPORT_LINE_SPACES : IMPORT_LINE_EMPTY);
        free(clean);
        pos = nl ? end + 1 : len;
    }
    measure(L);
    return L;
}

void import_lines_free(ImportLines *L)
{
    if (!L) return;
    for (size_t i = 0; i < L->n; i++) free(L->v[i].text);
    free(L->v);
    free(L);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* "12", "- 12 -", "12 (40)", "Sida 12", "sida 3 av 9". */
static bool is_page_number(const char *s, size_t len)
{
    size_t i = 0;
    if (len >= 5 && (strncmp(s, "Sida ", 5) == 0 || strncmp(s, "sida ", 5) == 0)) i = 5;
    while (i < len && (s[i] == '-' || s[i] == ' ')) i++;
    size_t d = i;
    while (i < len && is_digit(s[i])) i++;
    if (i == d || i - d > 3) return false;
    while (i < len && (s[i] == '-' || s[i] == ' ')) i++;
    if (i == len) return true;
    if (s[i] == '(' || strncmp(s + i, "av ", 3) == 0 || s[i] == '/') {
        i += s[i] == '(' || s[i] == '/' ? 1 : 3;
        size_t d2 = i;
        while (i < len && is_digit(s[i])) i++;
        if (i == d2) return false;
        if (i < len && s[i] == ')') i++;
        return i == len;
    }
    return false;
}

/* Skips one "h:m:s[.frac]" timestamp at s[*i]; false if there is none. */
static bool skip_time(const char *s, size_t len, size_t *i)
{
    size_t j = *i;
    for (int part = 0; part < 3; part++) {
        size_t d = j;
        while (j < len && is_digit(s[j])) j++;
        if (j == d || j - d > 2) return false;
        if (part < 2) {
            if (j >= len || s[j] != ':') return false;
            j++;
        }
    }
    if (j < len && (s[j] == '.' || s[j] == ',')) {
        j++;
        while (j < len && is_digit(s[j])) j++;
    }
    *i = j;
    return true;
}

/* "0:7:43.500 --> 0:8:13.350" (WebVTT/SRT cue times), or a bare "[0:12:03]". */
static bool is_timestamp(const char *s, size_t len)
{
    size_t i = 0;
    bool br = len > 0 && s[0] == '[';
    if (br) i++;
    if (!skip_time(s, len, &i)) return false;
    if (br) return i + 1 == len && s[i] == ']';
    while (i < len && s[i] == ' ') i++;
    if (i == len) return true;
    if (len - i < 3 || strncmp(s + i, "-->", 3) != 0) return false;
    i += 3;
    while (i < len && s[i] == ' ') i++;
    if (!skip_time(s, len, &i)) return false;
    while (i < len && s[i] == ' ') i++;
    return i == len;
}

/* Running-header key: the line with digits folded, or NULL if it cannot be one
 * (too long, a sentence, or a short run of capitalised words like a name). */
static char *header_key(const ImportLine *ln)
{
    if (ln->cps > 80 || import_text_ends_sentence(ln->text, ln->len)) return NULL;
    int words = import_text_count_words(ln->text, ln->len);
    if (words < 2) return NULL;
    bool all_cap = true;
    size_t pos = 0, st, wl;
    while (import_text_next_word(ln->text, ln->len, &pos, &st, &wl)) {
        uint32_t cp;
        utf8_decode(ln->text + st, wl, &cp);
        if (!import_text_is_upper(cp)) all_cap = false;
    }
    if (all_cap && words <= 3) return NULL;
    char *k = import_xstrndup(ln->text, ln->len);
    for (char *p = k; *p; p++)
        if (is_digit(*p)) *p = '#';
    return k;
}

static void drop_running_headers(ImportLines *L)
{
    char **keys = import_xmalloc((L->n + 1) * sizeof *keys);
    for (size_t i = 0; i < L->n; i++)
        keys[i] = (L->v[i].kind == IMPORT_LINE_TEXT && !L->v[i].dropped) ? header_key(&L->v[i]) : NULL;
    for (size_t i = 0; i < L->n; i++) {
        if (!keys[i]) continue;
        int count = 0;
        for (size_t j = 0; j < L->n; j++)
            if (keys[j] && strcmp(keys[i], keys[j]) == 0) count++;
        if (count >= 3) L->v[i].dropped = true;
    }
    for (size_t i = 0; i < L->n; i++) free(keys[i]);
    free(keys);
}

size_t import_lines_next_text(const ImportLines *L, size_t i)
{
    for (size_t j = i + 1; j < L->n; j++)
        if (L->v[j].kind == IMPORT_LINE_TEXT && !L->v[j].dropped) return j;
    return L->n;
}

/* Fills gap and blanks_before of every kept text line. */
static void compute_gaps(ImportLines *L)
{
    int empties = 0, spaces = 0;
    for (size_t i = 0; i < L->n; i++) {
        ImportLine *ln = &L->v[i];
        if (ln->kind == IMPORT_LINE_EMPTY) {
            empties++;
            continue;
        }
        if (ln->kind == IMPORT_LINE_SPACES) {
            spaces++;
            continue;
        }
        if (ln->dropped) {
            continue;
        }
        ln->blanks_before = empties + spaces;
        if (L->double_spaced)
            ln->gap = (spaces > 0 || empties >= 2) ? IMPORT_GAP_PARA : IMPORT_GAP_NONE;
        else
            ln->gap = (spaces + empties > 0) ? IMPORT_GAP_PARA : IMPORT_GAP_NONE;
        empties = spaces = 0;
    }
}

bool import_lines_is_short(const ImportLines *L, const ImportLine *ln)
{
    if (!L->width) return true;
    return ln->cps * 5 < (size_t)L->width * 4;
}

/* A lone short line between two halves of one sentence: a page header or
 * footer that the extraction dropped into the running text. */
static int drop_interlopers(ImportLines *L)
{
    int n = 0;
    size_t prev = L->n;
    for (size_t i = 0; i < L->n; i++) {
        ImportLine *ln = &L->v[i];
        if (ln->kind != IMPORT_LINE_TEXT || ln->dropped) continue;
        size_t next = import_lines_next_text(L, i);
        if (prev < L->n && next < L->n && ln->gap == IMPORT_GAP_PARA &&
            L->v[next].gap == IMPORT_GAP_PARA && ln->cps <= 60 &&
            import_text_count_words(ln->text, ln->len) <= 8 &&
            !import_text_ends_sentence(ln->text, ln->len) && !memchr(ln->text, ':', ln->len) &&
            !import_text_ends_sentence(L->v[prev].text, L->v[prev].len) &&
            import_text_starts_lower(L->v[next].text, L->v[next].len) &&
            !import_text_starts_lower(ln->text, ln->len) && ln->text[0] != '-' &&
            ln->text[0] != '[') {
            ln->dropped = true;
            n++;
            compute_gaps(L);
            continue;
        }
        prev = i;
    }
    return n;
}

int import_lines_drop_furniture(ImportLines *L)
{
    int n = 0;
    for (size_t i = 0; i < L->n; i++) {
        ImportLine *ln = &L->v[i];
        if (ln->kind != IMPORT_LINE_TEXT) continue;
        if (is_page_number(ln->text, ln->len) || is_timestamp(ln->text, ln->len)) ln->dropped = true;
    }
    drop_running_headers(L);
    for (size_t i = 0; i < L->n; i++) n += L->v[i].dropped;
    compute_gaps(L);
    n += drop_interlopers(L);
    return n;
}
