/* report: recognising the structure of reports flattened from PDF.
 * Owns numbered headings and their readable case, bullets, captions,
 * footnotes and flattened chart data. It never joins running text. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"
#include "core/utf8.h"

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool import_report_heading(const char *s, size_t len, int *level)
{
    size_t i = 0;
    int parts = 0;
    while (i < len && is_digit(s[i])) {
        size_t d = i;
        while (i < len && is_digit(s[i])) i++;
        if (i - d > 2) return false;
        parts++;
        if (i < len && s[i] == '.' && i + 1 < len && is_digit(s[i + 1])) {
            i++;
            continue;
        }
        break;
    }
    if (!parts) return false;
    if (i < len && s[i] == '.') i++;
    if (i >= len || s[i] != ' ') return false;
    while (i < len && s[i] == ' ') i++;
    if (i >= len || !import_text_is_all_caps(s + i, len - i)) return false;
    *level = parts == 1 ? 1 : 2;
    return true;
}

/* Most common casing of the word in running (not all-caps) lines, or NULL;
 * an empty string when the text only ever writes it in capitals (an acronym). */
static char *body_casing(const ImportLines *L, const char *lower, size_t wl)
{
    char *forms[8];
    int counts[8], n_forms = 0, caps = 0;
    for (size_t i = 0; i < L->n; i++) {
        const ImportLine *ln = &L->v[i];
        if (ln->kind != IMPORT_LINE_TEXT || import_text_is_all_caps(ln->text, ln->len)) continue;
        size_t pos = 0, st, len;
        while (import_text_next_word(ln->text, ln->len, &pos, &st, &len)) {
            if (len != wl) continue;
            char *lw = import_text_lower(ln->text + st, len);
            bool same = strcmp(lw, lower) == 0;
            free(lw);
            if (!same) continue;
            if (len > 1 && import_text_is_all_caps(ln->text + st, len)) {
                caps++;
                continue;
            }
            /* A capital after a full stop says little about the word itself. */
            uint32_t cp;
            utf8_decode(ln->text + st, len, &cp);
            size_t k = st;
            while (k > 0 && ln->text[k - 1] == ' ') k--;
            bool sentence_start = k == 0 || strchr(".!?", ln->text[k - 1]);
            int weight = (import_text_is_upper(cp) && sentence_start) ? 1 : 2;
            int f = 0;
            for (; f < n_forms; f++)
                if (memcmp(forms[f], ln->text + st, len) == 0) break;
            if (f == n_forms) {
                if (n_forms == 8) continue;
                forms[n_forms] = import_xstrndup(ln->text + st, len);
                counts[n_forms++] = 0;
            }
            counts[f] += weight;
        }
    }
    int best = -1;
    for (int f = 0; f < n_forms; f++)
        if (best < 0 || counts[f] > counts[best]) best = f;
    char *out = NULL;
    if (best >= 0) out = import_xstrndup(forms[best], strlen(forms[best]));
    else if (caps > 0) out = import_xstrndup("", 0);
    for (int f = 0; f < n_forms; f++) free(forms[f]);
    return out;
}

char *import_report_heading_case(const ImportLines *L, const char *s, size_t len)
{
    ImportBuf b = {0};
    size_t pos = 0, st, wl, done = 0;
    while (import_text_next_word(s, len, &pos, &st, &wl)) {
        import_buf_add(&b, s + done, st - done);
        char *lower = import_text_lower(s + st, wl);
        char *form = body_casing(L, lower, strlen(lower));
        if (form && !*form) import_buf_add(&b, s + st, wl);
        else if (form) import_buf_adds(&b, form);
        else import_buf_adds(&b, lower);
        free(form);
        free(lower);
        done = st + wl;
    }
    import_buf_add(&b, s + done, len - done);
    char *mixed = import_buf_take(&b);
    char *out = import_text_capitalize(mixed, strlen(mixed));
    free(mixed);
    return out;
}

static bool is_bullet_cp(uint32_t cp)
{
    return (cp >= 0xF000 && cp <= 0xF0FF) || cp == 0x2022 || cp == 0x25AA || cp == 0x25CF ||
           cp == 0x25E6 || cp == 0x2023 || cp == 0x2043 || cp == 0x00B7 || cp == 0x2219 ||
           cp == 0x25A0 || cp == 0x27A2 || cp == 0x2013;
}

size_t import_report_bullet(const char *s, size_t len)
{
    if (len < 3) return 0;
    uint32_t cp;
    size_t n = utf8_decode(s, len, &cp);
    if (cp == '-' || is_bullet_cp(cp)) {
        if (n >= len || s[n] != ' ') return 0;
        while (n < len && s[n] == ' ') n++;
        return n < len ? n : 0;
    }
    return 0;
}

bool import_report_caption(const char *s, size_t len)
{
    static const char *words[] = {"Diagram ", "Figur ", "Tabell ", "Bild ", "Graf "};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t wl = strlen(words[k]);
        if (len > wl && memcmp(s, words[k], wl) == 0 && is_digit(s[wl])) return true;
    }
    return false;
}

int import_report_values(const char *s, size_t len)
{
    int n = 0;
    size_t i = 0;
    while (i < len) {
        while (i < len && s[i] == ' ') i++;
        if (i >= len) break;
        size_t d = i;
        while (i < len && (is_digit(s[i]) || s[i] == ',' || s[i] == '.')) i++;
        if (i == d || !is_digit(s[d])) return 0;
        if (i < len && s[i] == ' ' && i + 1 < len && s[i + 1] == '%') i++;
        if (i < len && s[i] == '%') i++;
        if (i < len && s[i] != ' ') return 0;
        n++;
    }
    return n;
}

size_t import_report_chart(const ImportLines *L, size_t i, char ***items, size_t *n_items)
{
    *items = NULL;
    *n_items = 0;
    size_t j = i, last = i;
    int values = 0, lines = 0;
    bool percent = false;
    char **vals = NULL;
    while (j < L->n) {
        const ImportLine *ln = &L->v[j];
        int nv = import_report_values(ln->text, ln->len);
        if (!nv) break;
        if (memchr(ln->text, '%', ln->len)) percent = true;
        if (nv == 1) {
            vals = import_xrealloc(vals, (size_t)(values + 1) * sizeof *vals);
            vals[values++] = import_xstrndup(ln->text, ln->len);
        }
        lines++;
        last = j;
        j = import_lines_next_text(L, j);
    }
    if (lines == 0 || (!percent && lines < 2)) {
        for (int k = 0; k < values; k++) free(vals[k]);
        free(vals);
        return (size_t)-1;
    }
    /* The labels follow the numbers, one short line each, in the same order. */
    size_t limit = L->width ? (size_t)L->width * 7 / 10 : 70;
    size_t k = j;
    int labels = 0;
    size_t label_idx[64];
    while (labels < values && labels < 64 && k < L->n) {
        const ImportLine *ln = &L->v[k];
        if (ln->cps > limit || import_report_values(ln->text, ln->len) ||
            import_text_starts_lower(ln->text, ln->len) || import_report_bullet(ln->text, ln->len))
            break;
        label_idx[labels++] = k;
        k = import_lines_next_text(L, k);
    }
    if (values > 0 && labels == values) {
        *items = import_xmalloc((size_t)values * sizeof **items);
        for (int v = 0; v < values; v++) {
            const ImportLine *ln = &L->v[label_idx[v]];
            ImportBuf b = {0};
            import_buf_add(&b, ln->text, ln->len);
            uint32_t cp = 0;
            if (ln->len) utf8_decode(ln->text + ln->len - 1, 1, &cp);
            import_buf_adds(&b, (cp == '?' || cp == '.' || cp == '!' || cp == ':') ? " " : ": ");
            import_buf_adds(&b, vals[v]);
            (*items)[v] = import_buf_take(&b);
        }
        *n_items = (size_t)values;
        last = label_idx[values - 1];
    }
    for (int v = 0; v < values; v++) free(vals[v]);
    free(vals);
    return last;
}

bool import_report_footnote(const ImportLines *L, size_t i, int *number)
{
    const ImportLine *ln = &L->v[i];
    size_t d = 0;
    while (d < ln->len && is_digit(ln->text[d])) d++;
    if (d == 0 || d > 2 || d >= ln->len || ln->text[d] != ' ') return false;
    uint32_t cp;
    utf8_decode(ln->text + d + 1, ln->len - d - 1, &cp);
    if (!import_text_is_upper(cp)) return false;
    /* A footnote rule: a long run of spaces or underscores just above. */
    for (size_t k = i; k-- > 0;) {
        const ImportLine *up = &L->v[k];
        if (up->kind == IMPORT_LINE_EMPTY) continue;
        bool rule = (up->kind == IMPORT_LINE_SPACES && up->lead >= 10) ||
                    (up->kind == IMPORT_LINE_TEXT && up->len >= 5 &&
                     strspn(up->text, "_") == up->len);
        if (!rule) return false;
        *number = atoi(ln->text);
        return true;
    }
    return false;
}

static bool is_superscript(uint32_t cp)
{
    return cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || (cp >= 0x2070 && cp <= 0x2079);
}

void import_report_strip_markers(char *text, const int *numbers, size_t n_numbers)
{
    size_t len = strlen(text), w = 0;
    uint32_t prev = 0, prev2 = 0;
    for (size_t r = 0; r < len;) {
        uint32_t cp;
        size_t n = utf8_decode(text + r, len - r, &cp);
        if (is_superscript(cp) && prev && prev != ' ') {
            r += n;
            continue;
        }
        if (is_digit(text[r]) && (utf8_is_letter(prev) || ((prev == '.' || prev == ',') && utf8_is_letter(prev2)))) {
            size_t e = r;
            while (e < len && is_digit(text[e])) e++;
            int num = atoi(text + r);
            bool known = false;
            for (size_t k = 0; k < n_numbers; k++) known |= numbers[k] == num;
            if (known && e - r <= 2 && (e == len || text[e] == ' ')) {
                r = e;
                continue;
            }
        }
        memmove(text + w, text + r, n);
        w += n;
        r += n;
        prev2 = prev;
        prev = cp;
    }
    text[w] = '\0';
}
