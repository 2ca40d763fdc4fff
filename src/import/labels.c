/* labels: recognising speaker labels and naming the speakers.
 * Owns the label syntax and the rules that turn label names into display
 * names: "STAFFAN" is "Staffan Isling" when the text introduces him so, "Lena"
 * and "Lena Stenbrink" are one speaker, "PRESENTATÖR1" is "Presentatör 1".
 * It does not decide where paragraphs start; blocks.c tells it. */
#include "labels.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"
#include "core/utf8.h"

#define MAX_NAME_BYTES 48

/* Length of a label name at s (1-3 capitalised words, trailing digits
 * allowed), or 0. */
static size_t name_span(const char *s, size_t len)
{
    if (len >= 1 && s[0] == '?') return 1;
    size_t i = 0, end = 0;
    int words = 0;
    while (i < len && words < 3) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (!import_text_is_upper(cp)) break;
        i += n;
        while (i < len) {
            n = utf8_decode(s + i, len - i, &cp);
            if (utf8_is_letter(cp) || cp == '-' || cp == '\'' || cp == 0x2019) {
                i += n;
            } else {
                break;
            }
        }
        while (i < len && s[i] >= '0' && s[i] <= '9') i++;
        words++;
        end = i;
        if (i < len && s[i] == ' ' && i + 1 < len) {
            i++;
        } else {
            break;
        }
    }
    if (end > MAX_NAME_BYTES) return 0;
    return end;
}

bool import_labels_match(const char *s, size_t len, ImportLabel *out)
{
    size_t off = 0;
    if (len >= 2 && s[0] == '-' && s[1] == ' ') off = 2;
    else if (len >= 4 && memcmp(s, "\xE2\x80\x93 ", 4) == 0) off = 4; /* "– " */
    while (off < len && s[off] == ' ') off++;
    size_t n = name_span(s + off, len - off);
    if (!n) return false;
    memset(out, 0, sizeof *out);
    out->name_start = off;
    out->name_len = n;
    size_t j = off + n;
    while (j < len && s[j] == ' ') j++;
    if (j < len && s[j] == ':' && (j + 1 == len || s[j + 1] == ' ')) {
        out->style = IMPORT_LABEL_COLON;
        j++;
        while (j < len && s[j] == ' ') j++;
        out->text_start = j;
        out->strong = s[off] == '?' || import_text_is_all_caps(s + off, n);
        return true;
    }
    if (off == 0 && j == len && s[0] != '?') {
        out->style = IMPORT_LABEL_ALONE;
        out->text_start = len;
        out->strong = false;
        return true;
    }
    return false;
}

typedef struct {
    char *key;        /* lower-case first word, or whole name when it has digits */
    char *full;       /* longest name seen in a label, as written */
    int count;
    int first_pos;
    bool strong, weak_colon, alone, alone_direct;
    int speaker;      /* index after resolve, or -1 */
} Candidate;

struct ImportSpeakers {
    Candidate *c;
    int n, cap;
    char **names; /* display names by speaker index */
    int n_speakers;
};

ImportSpeakers *import_speakers_new(void)
{
    ImportSpeakers *sp = import_xmalloc(sizeof *sp);
    memset(sp, 0, sizeof *sp);
    return sp;
}

void import_speakers_free(ImportSpeakers *sp)
{
    if (!sp) return;
    for (int i = 0; i < sp->n; i++) free(sp->c[i].key), free(sp->c[i].full);
    free(sp->c);
    for (int i = 0; i < sp->n_speakers; i++) free(sp->names[i]);
    free(sp->names);
    free(sp);
}

static bool has_digit(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] >= '0' && s[i] <= '9') return true;
    return false;
}

/* The registry key of a label name. */
static char *name_key(const char *name, size_t len)
{
    if (has_digit(name, len) || (len && name[0] == '?')) return import_text_lower(name, len);
    const char *sp = memchr(name, ' ', len);
    return import_text_lower(name, sp ? (size_t)(sp - name) : len);
}

static int find_key(const ImportSpeakers *sp, const char *key)
{
    for (int i = 0; i < sp->n; i++)
        if (strcmp(sp->c[i].key, key) == 0) return i;
    return -1;
}

void import_speakers_observe(ImportSpeakers *sp, const char *name, size_t len,
                             const ImportLabel *label, int pos, bool direct)
{
    char *key = name_key(name, len);
    int i = find_key(sp, key);
    if (i < 0) {
        if (sp->n == sp->cap) {
            sp->cap = sp->cap ? sp->cap * 2 : 8;
            sp->c = import_xrealloc(sp->c, (size_t)sp->cap * sizeof *sp->c);
        }
        i = sp->n++;
        memset(&sp->c[i], 0, sizeof sp->c[i]);
        sp->c[i].key = key;
        sp->c[i].first_pos = pos;
        sp->c[i].speaker = -1;
    } else {
        free(key);
    }
    Candidate *c = &sp->c[i];
    c->count++;
    if (!c->full || strlen(c->full) < len) {
        free(c->full);
        c->full = import_xstrndup(name, len);
    }
    if (label->style == IMPORT_LABEL_ALONE) {
        c->alone = true;
        if (direct) c->alone_direct = true;
    } else if (label->strong) {
        c->strong = true;
    } else {
        c->weak_colon = true;
    }
}

/* True when `word` (lower case) occurs in the text as a lower-case word. */
static bool used_as_word(const ImportLines *L, const char *word)
{
    size_t wl = strlen(word);
    for (size_t i = 0; i < L->n; i++) {
        const ImportLine *ln = &L->v[i];
        size_t pos = 0, st, len;
        while (import_text_next_word(ln->text, ln->len, &pos, &st, &len))
            if (len == wl && memcmp(ln->text + st, word, wl) == 0) return true;
    }
    return false;
}

/* True when `word` (lower case) occurs in the text, in any case, other than
 * as the first word of a line. */
static bool used_inside_line(const ImportLines *L, const char *word)
{
    size_t wl = strlen(word);
    for (size_t i = 0; i < L->n; i++) {
        const ImportLine *ln = &L->v[i];
        size_t pos = 0, st, len;
        bool first = true;
        while (import_text_next_word(ln->text, ln->len, &pos, &st, &len)) {
            if (!first && len >= wl) {
                char *low = import_text_lower(ln->text + st, len);
                bool same = strcmp(low, word) == 0;
                free(low);
                if (same) return true;
            }
            first = false;
        }
    }
    return false;
}

/* The surname after a first name of fl bytes found at p in ln: its length,
 * with *out at it, when the name stands as a word and a capitalised word of
 * two bytes or more, not all capitals, follows after one space; else 0. */
static size_t surname_at(const ImportLine *ln, const char *p, size_t fl, const char **out)
{
    size_t at = (size_t)(p - ln->text);
    if (at > 0) {
        uint32_t cp;
        size_t k = at - 1;
        while (k > 0 && ((unsigned char)ln->text[k] & 0xC0) == 0x80) k--;
        utf8_decode(ln->text + k, at - k, &cp);
        if (utf8_is_letter(cp)) return 0;
    }
    const char *q = p + fl;
    if (*q != ' ') return 0;
    q++;
    size_t rest = ln->len - (size_t)(q - ln->text), sl = 0;
    uint32_t cp;
    if (!rest) return 0;
    utf8_decode(q, rest, &cp);
    if (!import_text_is_upper(cp)) return 0;
    while (sl < rest) {
        size_t m = utf8_decode(q + sl, rest - sl, &cp);
        if (!utf8_is_letter(cp) && cp != '-') break;
        sl += m;
    }
    if (sl < 2 || import_text_is_all_caps(q, sl)) return 0;
    *out = q;
    return sl;
}

/* Most frequent "First Surname" in the text whose surname is not an ordinary
 * word or another speaker's first name; NULL when the text has none. */
static char *find_full_name(const ImportSpeakers *sp, const ImportLines *L, const char *first)
{
    size_t fl = strlen(first);
    char *best = NULL;
    int best_n = 0;
    char **seen = NULL;
    int *counts = NULL, n_seen = 0;
    for (size_t i = 0; i < L->n; i++) {
        const ImportLine *ln = &L->v[i];
        for (const char *p = ln->text; (p = strstr(p, first)) != NULL; p += fl) {
            const char *q;
            size_t sl = surname_at(ln, p, fl, &q);
            if (!sl) continue;
            char *low = import_text_lower(q, sl);
            bool bad = used_as_word(L, low) || find_key(sp, low) >= 0;
            free(low);
            if (bad) continue;
            int j = 0;
            for (; j < n_seen; j++)
                if (strlen(seen[j]) == sl && memcmp(seen[j], q, sl) == 0) break;
            if (j == n_seen) {
                seen = import_xrealloc(seen, (size_t)(n_seen + 1) * sizeof *seen);
                counts = import_xrealloc(counts, (size_t)(n_seen + 1) * sizeof *counts);
                seen[n_seen] = import_xstrndup(q, sl);
                counts[n_seen++] = 0;
            }
            if (++counts[j] > best_n) {
                best_n = counts[j];
                best = seen[j];
            }
        }
    }
    char *out = NULL;
    if (best) {
        ImportBuf b = {0};
        import_buf_adds(&b, first);
        import_buf_addc(&b, ' ');
        import_buf_adds(&b, best);
        out = import_buf_take(&b);
    }
    for (int j = 0; j < n_seen; j++) free(seen[j]);
    free(seen);
    free(counts);
    return out;
}

/* Display name for a confirmed candidate. */
static char *display_name(const ImportSpeakers *sp, const ImportLines *L, const Candidate *c)
{
    if (c->key[0] == '?') return import_xstrndup("Okänd talare", strlen("Okänd talare"));
    char *tc = import_text_title_case(c->full, strlen(c->full));
    if (has_digit(tc, strlen(tc))) {
        /* A jingle voice: "Presentatör1" reads as "Presentatör 1". */
        ImportBuf b = {0};
        for (const char *p = tc; *p; p++) {
            if (*p >= '0' && *p <= '9' && p > tc && !(p[-1] >= '0' && p[-1] <= '9') && p[-1] != ' ')
                import_buf_addc(&b, ' ');
            import_buf_addc(&b, *p);
        }
        free(tc);
        return import_buf_take(&b);
    }
    if (strchr(tc, ' ')) return tc;
    char *full = find_full_name(sp, L, tc);
    if (full) {
        free(tc);
        return full;
    }
    return tc;
}

void import_speakers_resolve(ImportSpeakers *sp, const ImportLines *L)
{
    int confirmed = 0, first_confirmed = -1;
    bool colon_labels = false; /* a confirmed speaker is named before a colon */
    bool *ok = import_xmalloc((size_t)(sp->n + 1) * sizeof *ok);
    for (int i = 0; i < sp->n; i++) {
        Candidate *c = &sp->c[i];
        bool mixed_only = !c->strong;
        ok[i] = c->count >= 2 && !(mixed_only && c->weak_colon && used_as_word(L, c->key));
        if (ok[i]) {
            confirmed++;
            colon_labels |= c->strong || c->weak_colon;
            if (first_confirmed < 0 || c->first_pos < first_confirmed) first_confirmed = c->first_pos;
        }
    }
    if (confirmed >= 2) {
        for (int i = 0; i < sp->n; i++) {
            Candidate *c = &sp->c[i];
            if (ok[i] || c->count != 1) continue;
            /* One label in capitals ("VARNING:") is a speaker only when the
             * speakers are named before a colon too, and the word is never
             * used inside a line, as a name or a word. */
            if (c->strong) ok[i] = colon_labels && !used_inside_line(L, c->key);
            else if (c->alone && c->alone_direct && c->first_pos > first_confirmed) ok[i] = true;
        }
    } else {
        for (int i = 0; i < sp->n; i++) ok[i] = false;
    }
    /* Speakers in order of first appearance. */
    for (int pass = 0; pass < sp->n; pass++) {
        int pick = -1;
        for (int i = 0; i < sp->n; i++)
            if (ok[i] && sp->c[i].speaker < 0 && (pick < 0 || sp->c[i].first_pos < sp->c[pick].first_pos))
                pick = i;
        if (pick < 0) break;
        sp->c[pick].speaker = sp->n_speakers;
        sp->names = import_xrealloc(sp->names, (size_t)(sp->n_speakers + 1) * sizeof *sp->names);
        sp->names[sp->n_speakers++] = display_name(sp, L, &sp->c[pick]);
    }
    free(ok);
}

int import_speakers_find(const ImportSpeakers *sp, const char *name, size_t len)
{
    char *key = name_key(name, len);
    int i = find_key(sp, key);
    free(key);
    return i < 0 ? -1 : sp->c[i].speaker;
}

int import_speakers_add_named(ImportSpeakers *sp, const char *name, size_t len)
{
    for (int i = 0; i < sp->n_speakers; i++)
        if (strlen(sp->names[i]) == len && memcmp(sp->names[i], name, len) == 0) return i;
    sp->names = import_xrealloc(sp->names, (size_t)(sp->n_speakers + 1) * sizeof *sp->names);
    sp->names[sp->n_speakers] = import_xstrndup(name, len);
    return sp->n_speakers++;
}

int import_speakers_count(const ImportSpeakers *sp)
{
    return sp->n_speakers;
}

const char *import_speakers_name(const ImportSpeakers *sp, int i)
{
    return (i >= 0 && i < sp->n_speakers) ? sp->names[i] : "";
}
