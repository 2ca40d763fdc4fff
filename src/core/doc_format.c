/* doc_format: the storstil text format's rules, for doc_parse.
 *
 * Owns the format (README.md, "The text format"): the optional header and its
 * keys, the speakers it declares, speaker turns, headings, list items and
 * notes, where a timed text's stamps stand (their syntax is doc_times.c's),
 * and when a text has nothing to show. It gets clean UTF-8 from
 * doc.c, which owns reading, repair and the Doc's life. It must never crash
 * or abort on any input: every failure becomes a DocProblem. */
#include "doc_internal.h"

#include <stdlib.h>
#include <string.h>

#include "hyphenate.h"
#include "utf8.h"

#define DOC_MAX_TITLE_LINE 120   /* a longer first line is text, not a title */
#define DOC_MAX_NAME_BYTES 200   /* longest "Name" looked up before a colon */

static const char *const header_keys[] = {
    "title", "subtitle", "series", "episode", "date", "kind", "source", "speakers", "quote", "language",
    "hyphenation", "timed",
};

typedef struct {
    const char *name;
    int idx;
} SpeakerKey;

typedef struct {
    Doc *doc;
    size_t text_cap, blocks_cap, times_cap;
    SpeakerKey *keys; /* speakers sorted by name, for turn look-ups */
    int speaker;     /* speaker of the current turn, or -1 */
    int pending;     /* a "Name:" line with no text: the next paragraph opens the turn */
} Parser;

/* Trims spaces at both ends of [*s, *s + *n). */
static void trim(const char **s, size_t *n)
{
    while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t')) (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t')) (*n)--;
}

/* Reads the stamp s[0..n) (doc_time_stamp_len's length) as the time of the
 * text from byte `at` on; a malformed one is reported and left out. */
static int read_stamp(Parser *p, const char *s, size_t n, size_t at, int line)
{
    long ms = doc_time_parse(s, n);
    if (ms < 0) {
        doc_add_problem(p->doc, line, "time stamp \"%.*s\" is not {H:MM:SS.mmm} (minutes and seconds "
                        "under 60); left out", (int)n, s);
        return 0;
    }
    return doc_time_add(p->doc, &p->times_cap, at, ms, line);
}

/* Appends a block's text with white-space runs folded to one space; in a
 * timed text, a stamp before a word becomes the time of the text from that
 * word on and leaves the text. A block that is only stamps adds nothing: its
 * times go to the block that follows. */
static int push_block(Parser *p, DocBlockKind kind, int level, int speaker,
                      const char *s, size_t n, int line)
{
    Doc *doc = p->doc;
    trim(&s, &n);
    if (n == 0) return 0;
    if (doc->text_len + n + 1 > p->text_cap) {
        size_t cap = p->text_cap ? p->text_cap : 4096;
        while (cap < doc->text_len + n + 1) cap *= 2;
        char *t = realloc(doc->text, cap);
        if (!t) return -1;
        doc->text = t;
        p->text_cap = cap;
    }
    if (doc->n_blocks == p->blocks_cap) {
        size_t cap = p->blocks_cap ? p->blocks_cap * 2 : 64;
        DocBlock *b = realloc(doc->blocks, cap * sizeof *b);
        if (!b) return -1;
        doc->blocks = b;
        p->blocks_cap = cap;
    }
    size_t start = doc->text_len, o = start, first_time = doc->n_times;
    int in_word = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        size_t stamp = doc->timed && !in_word && c == '{' ? doc_time_stamp_len(s + i, n - i) : 0;
        if (stamp) {
            if (read_stamp(p, s + i, stamp, o, line) < 0) return -1;
            i += stamp - 1;
            continue;
        }
        int space = c == ' ' || c == '\t' || ((unsigned char)c < 0x20);
        if (space) {
            if (o > start && doc->text[o - 1] != ' ') doc->text[o++] = ' ';
            in_word = 0;
        } else {
            if (!in_word) doc->n_words++;
            in_word = 1;
            doc->text[o++] = c;
        }
    }
    if (doc->timed && o > start && doc->text[o - 1] == ' ') o--; /* a stamp was the last word */
    if (doc->timed && o == start) return 0; /* only stamps (an untimed text keeps its old ways) */
    /* Stamps after the last word time what follows, from the next block on. */
    for (size_t t = first_time; t < doc->n_times; t++)
        if (doc->times[t].at >= o) doc->times[t].at = o + 1;
    doc->text[o] = '\0';
    DocBlock *b = &doc->blocks[doc->n_blocks++];
    *b = (DocBlock){kind, level, speaker, start, o - start, line};
    doc->text_len = o + 1;
    return 0;
}

/* Orders by name, then by declaration, so the first of equal names leads. */
static int cmp_key(const void *a, const void *b)
{
    const SpeakerKey *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

static int cmp_name(const void *key, const void *elem)
{
    return strcmp((const char *)key, ((const SpeakerKey *)elem)->name);
}

/* Splits the comma-separated speakers value into doc->speakers. */
static int set_speakers(Parser *p, const char *v, size_t n, int line)
{
    Doc *doc = p->doc;
    for (int i = 0; i < doc->n_speakers; i++) free(doc->speakers[i]);
    free(doc->speakers);
    doc->n_speakers = 0;
    size_t count = 1;
    for (size_t i = 0; i < n; i++) count += v[i] == ',';
    doc->speakers = calloc(count, sizeof *doc->speakers);
    if (!doc->speakers) return -1;
    for (size_t i = 0; i <= n;) {
        size_t j = i;
        while (j < n && v[j] != ',') j++;
        const char *s = v + i;
        size_t len = j - i;
        trim(&s, &len);
        if (len > DOC_MAX_NAME_BYTES) {
            doc_add_problem(doc, line, "speaker name longer than %d bytes ignored", DOC_MAX_NAME_BYTES);
        } else if (len > 0) {
            char *name = strndup(s, len);
            if (!name) return -1;
            doc->speakers[doc->n_speakers++] = name;
        }
        i = j + 1;
    }
    return 0;
}

/* Sorts the speakers once so that each body line's look-up is a bsearch:
 * a file may declare thousands of them. */
static int build_speaker_index(Parser *p)
{
    int n = p->doc->n_speakers;
    if (n == 0) return 0;
    p->keys = malloc((size_t)n * sizeof *p->keys);
    if (!p->keys) return -1;
    for (int i = 0; i < n; i++) p->keys[i] = (SpeakerKey){p->doc->speakers[i], i};
    qsort(p->keys, (size_t)n, sizeof *p->keys, cmp_key);
    return 0;
}

/* Index of the first declared speaker called exactly s[0..n), or -1. */
static int find_speaker(const Parser *p, const char *s, size_t n)
{
    if (!p->keys || n == 0 || n > DOC_MAX_NAME_BYTES) return -1;
    char key[DOC_MAX_NAME_BYTES + 1];
    memcpy(key, s, n);
    key[n] = '\0';
    size_t count = (size_t)p->doc->n_speakers;
    const SpeakerKey *hit = bsearch(key, p->keys, count, sizeof *p->keys, cmp_name);
    if (!hit) return -1;
    while (hit > p->keys && strcmp(hit[-1].name, key) == 0) hit--;
    return hit->idx;
}

static int is_header_key(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof header_keys / sizeof *header_keys; k++)
        if (strlen(header_keys[k]) == n && memcmp(header_keys[k], s, n) == 0) return 1;
    return 0;
}

/* True when the line has the shape "key: value" with a known key. */
static int header_line(const char *s, size_t n)
{
    const char *colon = memchr(s, ':', n);
    return colon && is_header_key(s, (size_t)(colon - s));
}

static char **field_for(Doc *doc, const char *key)
{
    if (!strcmp(key, "title")) return &doc->title;
    if (!strcmp(key, "subtitle")) return &doc->subtitle;
    if (!strcmp(key, "series")) return &doc->series;
    if (!strcmp(key, "episode")) return &doc->episode;
    if (!strcmp(key, "date")) return &doc->date;
    if (!strcmp(key, "kind")) return &doc->kind;
    if (!strcmp(key, "source")) return &doc->source;
    if (!strcmp(key, "language")) return &doc->language;
    return NULL;
}

/* True when w[0..n) is a settled word: letters with HYPHENATE_MARK between
 * them, HYPHENATE_MIN_LETTERS letters or more before the first and after
 * the last. */
static int settled_word_ok(const char *w, size_t n)
{
    size_t part = 0, i = 0, marks = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = utf8_decode(w + i, n - i, &cp);
        if (cp == HYPHENATE_MARK) {
            if (part < (marks ? 1 : HYPHENATE_MIN_LETTERS)) return 0;
            part = 0;
            marks++;
        } else if (utf8_is_letter(cp)) {
            part++;
        } else {
            return 0;
        }
        i += k;
    }
    return part >= (marks ? HYPHENATE_MIN_LETTERS : 1);
}

/* Appends a `hyphenation:` line's words (the key may repeat; an empty one
 * says the importer found no word to settle). */
static int add_hyphenation(Doc *doc, const char *v, size_t n, int line)
{
    doc->hyphenation_settled = true;
    size_t i = 0;
    while (i < n) {
        while (i < n && v[i] == ' ') i++;
        size_t j = i;
        while (j < n && v[j] != ' ') j++;
        if (j == i) break;
        if (!settled_word_ok(v + i, j - i)) {
            doc_add_problem(doc, line, "hyphenation: \"%.*s\" is not letters with \"|\" at least %d "
                            "letters from each end; ignored", (int)(j - i > 64 ? 64 : j - i), v + i,
                            HYPHENATE_MIN_LETTERS);
        } else {
            char **grown = realloc(doc->hyphenation, (doc->n_hyphenation + 1) * sizeof *grown);
            if (!grown) return -1;
            doc->hyphenation = grown;
            if (!(grown[doc->n_hyphenation] = strndup(v + i, j - i))) return -1;
            doc->n_hyphenation++;
        }
        i = j;
    }
    return 0;
}

/* Appends a `quote:` line (the key may repeat: one quote a line). */
static int add_quote(Doc *doc, const char *v, size_t n, int line)
{
    if (n == 0) {
        doc_add_problem(doc, line, "empty quote ignored");
        return 0;
    }
    char **grown = realloc(doc->quotes, (size_t)(doc->n_quotes + 1) * sizeof *grown);
    if (!grown) return -1;
    doc->quotes = grown;
    char *q = strndup(v, n);
    if (!q) return -1;
    doc->quotes[doc->n_quotes++] = q;
    return 0;
}

/* Reads one header line; unknown keys and malformed lines become problems. */
static int parse_header_line(Parser *p, const char *s, size_t n, int line)
{
    Doc *doc = p->doc;
    const char *colon = memchr(s, ':', n);
    if (!colon) {
        doc_add_problem(doc, line, "header line is not \"key: value\"; ignored");
        return 0;
    }
    const char *k = s, *v = colon + 1;
    size_t kn = (size_t)(colon - s), vn = n - kn - 1;
    trim(&k, &kn);
    trim(&v, &vn);
    if (!is_header_key(k, kn)) {
        doc_add_problem(doc, line, "unknown header key \"%.*s\"; ignored", (int)(kn > 40 ? 40 : kn), k);
        return 0;
    }
    char key[16];
    memcpy(key, k, kn);
    key[kn] = '\0';
    if (!strcmp(key, "speakers")) return set_speakers(p, v, vn, line);
    if (!strcmp(key, "quote")) return add_quote(doc, v, vn, line);
    if (!strcmp(key, "hyphenation")) return add_hyphenation(doc, v, vn, line);
    if (!strcmp(key, "timed")) {
        doc->timed = vn == 3 && !memcmp(v, "yes", 3);
        if (!doc->timed && !(vn == 2 && !memcmp(v, "no", 2)))
            doc_add_problem(doc, line, "timed should be \"yes\" or \"no\"; read as no");
        return 0;
    }
    if (!strcmp(key, "kind") && !(vn == 7 && !memcmp(v, "podcast", 7)) &&
        !(vn == 6 && !memcmp(v, "report", 6)))
        doc_add_problem(doc, line, "kind should be \"podcast\" or \"report\"");
    if (!strcmp(key, "language") && !(vn == 2 && (!memcmp(v, "sv", 2) || !memcmp(v, "en", 2)))) {
        doc_add_problem(doc, line, "language should be \"sv\" or \"en\"; Swedish is used");
        return 0;
    }
    char **field = field_for(doc, key);
    if (*field) doc_add_problem(doc, line, "header key \"%s\" given twice; the last one is used", key);
    free(*field);
    *field = vn ? strndup(v, vn) : NULL;
    return (vn && !*field) ? -1 : 0;
}

/* Classifies one body line and appends its block. */
static int parse_body_line(Parser *p, const char *s, size_t n, int line)
{
    trim(&s, &n);
    size_t stamp;
    while (p->doc->timed && (stamp = doc_time_stamp_len(s, n)) > 0) {
        /* A stamp before the line's mark ("Name:", "- ", "# ", "[") times the block. */
        if (read_stamp(p, s, stamp, p->doc->text_len, line) < 0) return -1;
        s += stamp;
        n -= stamp;
        trim(&s, &n);
    }
    if (n == 0) return 0;
    if (n >= 3 && !memcmp(s, "## ", 3)) {
        p->speaker = -1;
        p->pending = 0;
        return push_block(p, DOC_HEADING, 2, -1, s + 3, n - 3, line);
    }
    if (n >= 2 && !memcmp(s, "# ", 2)) {
        p->speaker = -1;
        p->pending = 0;
        return push_block(p, DOC_HEADING, 1, -1, s + 2, n - 2, line);
    }
    if (n >= 2 && !memcmp(s, "- ", 2))
        return push_block(p, DOC_LIST_ITEM, 0, p->speaker, s + 2, n - 2, line);
    if (n >= 2 && s[0] == '[' && s[n - 1] == ']' && !memchr(s + 1, ']', n - 2))
        return push_block(p, DOC_NOTE, 0, p->speaker, s + 1, n - 2, line);
    const char *colon = memchr(s, ':', n < DOC_MAX_NAME_BYTES + 1 ? n : DOC_MAX_NAME_BYTES + 1);
    if (colon) {
        int who = find_speaker(p, s, (size_t)(colon - s));
        if (who >= 0) {
            p->speaker = who;
            const char *rest = colon + 1;
            size_t rn = n - (size_t)(rest - s);
            trim(&rest, &rn);
            p->pending = rn == 0;
            return rn ? push_block(p, DOC_TURN, 0, who, rest, rn, line) : 0;
        }
    }
    DocBlockKind kind = p->pending ? DOC_TURN : DOC_PARAGRAPH;
    p->pending = 0;
    return push_block(p, kind, 0, p->speaker, s, n, line);
}

/* Next line of [*pos, end): sets *s, *n (without the LF) and advances. */
static int next_line(const char *text, size_t len, size_t *pos, const char **s, size_t *n)
{
    if (*pos >= len) return 0;
    const char *start = text + *pos;
    const char *nl = memchr(start, '\n', len - *pos);
    *s = start;
    *n = nl ? (size_t)(nl - start) : len - *pos;
    *pos += *n + (nl ? 1 : 0);
    return 1;
}

static int is_blank(const char *s, size_t n)
{
    trim(&s, &n);
    return n == 0;
}

bool doc_has_header(const char *text, size_t len)
{
    size_t pos = 0;
    const char *s;
    size_t n;
    while (next_line(text, len, &pos, &s, &n))
        if (!is_blank(s, n)) return header_line(s, n);
    return false;
}

static int parse_text(Parser *p, const char *text, size_t len)
{
    Doc *doc = p->doc;
    size_t pos = 0;
    const char *s;
    size_t n;
    int line = 0;
    /* Skip leading blank lines; the first real line decides whether there is a header. */
    size_t first_pos = 0;
    while (next_line(text, len, &pos, &s, &n)) {
        line++;
        if (!is_blank(s, n)) break;
        first_pos = pos;
    }
    pos = first_pos;
    line = line ? line - 1 : 0;
    int has_header = next_line(text, len, &pos, &s, &n) && header_line(s, n);
    pos = first_pos;
    if (has_header) {
        while (next_line(text, len, &pos, &s, &n)) {
            line++;
            if (is_blank(s, n)) break;
            if (parse_header_line(p, s, n, line) < 0) return -1;
        }
        if (!doc->title) doc_add_problem(doc, 1, "the header has no title");
        if (build_speaker_index(p) < 0) return -1;
    } else if (next_line(text, len, &pos, &s, &n)) {
        /* A plain text: a short first line is its title, a long one is text. */
        line++;
        const char *t = s;
        size_t tn = n;
        trim(&t, &tn);
        if (tn <= DOC_MAX_TITLE_LINE) {
            doc->title = strndup(t, tn);
            if (!doc->title) return -1;
        } else {
            pos = first_pos;
            line--;
        }
    }
    while (next_line(text, len, &pos, &s, &n)) {
        line++;
        if (!is_blank(s, n) && parse_body_line(p, s, n, line) < 0) return -1;
    }
    if (doc->n_blocks == 0)
        doc_mark_broken(doc, 0, has_header ? "the document has no text after its header"
                                       : "the file holds no text");
    return 0;
}

int doc_format_parse(Doc *doc, const char *text, size_t len)
{
    Parser p = {.doc = doc, .speaker = -1};
    int rc = parse_text(&p, text, len);
    free(p.keys);
    return rc;
}
