/* cuetext: cue markup to plain text, and character references.
 * Owns the tag and entity rules of WebVTT (which SRT's <i>, <b>, <font> and
 * {\an8} positions also follow); what a voice means for turns is
 * cueblocks.c's. */
#include "cuetext.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    uint32_t cp;
} entities[] = {
    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},      {"apos", '\''},
    {"nbsp", ' '},      {"lrm", 0},          {"rlm", 0},          {"ndash", 0x2013},  {"mdash", 0x2014},
    {"hellip", 0x2026}, {"laquo", 0xAB},     {"raquo", 0xBB},     {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"ldquo", 0x201C},  {"rdquo", 0x201D},   {"aring", 0xE5},     {"Aring", 0xC5},    {"auml", 0xE4},
    {"Auml", 0xC4},     {"ouml", 0xF6},      {"Ouml", 0xD6},      {"eacute", 0xE9},   {"Eacute", 0xC9},
    {"uuml", 0xFC},     {"Uuml", 0xDC},      {"shy", 0},          {"zwj", 0},         {"zwnj", 0},
};

/* A numeric reference's code point, or 0 when it is not one or is unusable. */
static size_t numeric(const char *s, size_t len, uint32_t *cp)
{
    size_t i = 2;
    bool hex = i < len && (s[i] == 'x' || s[i] == 'X');
    if (hex) i++;
    uint32_t v = 0;
    size_t start = i;
    for (; i < len && i - start < 8; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
        if (d < 0) break;
        v = v * (hex ? 16u : 10u) + (uint32_t)d;
    }
    if (i == start || i >= len || s[i] != ';') return 0;
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) v = 0xFFFD;
    if (v < 0x20 && v != '\n' && v != '\t') v = ' ';
    *cp = v;
    return i + 1;
}

size_t import_cuetext_entity(const char *s, size_t len, ImportBuf *b)
{
    if (len < 3 || s[0] != '&') return 0;
    uint32_t cp;
    size_t used;
    if (s[1] == '#') {
        used = numeric(s, len, &cp);
        if (!used) return 0;
        import_buf_addcp(b, cp);
        return used;
    }
    for (size_t k = 0; k < sizeof entities / sizeof *entities; k++) {
        size_t nl = strlen(entities[k].name);
        if (len >= nl + 2 && memcmp(s + 1, entities[k].name, nl) == 0 && s[nl + 1] == ';') {
            if (entities[k].cp) import_buf_addcp(b, entities[k].cp);
            return nl + 2;
        }
    }
    return 0;
}

typedef struct {
    ImportCueSeg *v;
    size_t n;
    ImportBuf text;
    char *voice;
    bool in_rt;
} Segs;

/* Ends the running segment (kept only when it has text or a voice). */
static void seg_close(Segs *g)
{
    if (!g->text.len && !g->voice) return;
    g->v = import_xrealloc(g->v, (g->n + 1) * sizeof *g->v);
    g->v[g->n].voice = g->voice;
    g->v[g->n].text = import_buf_take(&g->text);
    g->n++;
    g->voice = NULL;
}

/* Handles the tag whose name and annotation are t[0..len) (without < >). */
static void tag(Segs *g, const char *t, size_t len)
{
    bool end = len && t[0] == '/';
    const char *name = end ? t + 1 : t;
    size_t nl = 0, rest = end ? len - 1 : len;
    while (nl < rest && name[nl] != ' ' && name[nl] != '\t' && name[nl] != '.') nl++;
    if (nl == 2 && memcmp(name, "rt", 2) == 0) g->in_rt = !end;
    if (nl != 1 || name[0] != 'v') return;
    seg_close(g);
    if (end) return;
    size_t a = nl;
    while (a < rest && name[a] != ' ' && name[a] != '\t') a++; /* classes: <v.loud Name> */
    while (a < rest && (name[a] == ' ' || name[a] == '\t')) a++;
    size_t e = rest;
    while (e > a && (name[e - 1] == ' ' || name[e - 1] == '\t')) e--;
    if (e > a) g->voice = import_xstrndup(name + a, e - a);
}

/* An SRT/ASS position code "{\an8}" at s: its length, else 0. */
static size_t ass_code(const char *s, size_t len)
{
    if (len < 3 || s[0] != '{' || s[1] != '\\') return 0;
    const char *close = memchr(s, '}', len);
    return close ? (size_t)(close - s) + 1 : 0;
}

ImportCueSeg *import_cuetext_segments(const char *s, size_t len, size_t *n)
{
    Segs g = {0};
    for (size_t i = 0; i < len;) {
        size_t used;
        if (s[i] == '<') {
            const char *close = memchr(s + i, '>', len - i);
            const char *nl = memchr(s + i, '\n', len - i);
            if (close && (!nl || close < nl)) {
                tag(&g, s + i + 1, (size_t)(close - s) - i - 1);
                i = (size_t)(close - s) + 1;
                continue;
            }
        } else if ((used = ass_code(s + i, len - i)) != 0) {
            i += used;
            continue;
        }
        if (g.in_rt) {
            i++;
            continue;
        }
        if (s[i] == '&' && (used = import_cuetext_entity(s + i, len - i, &g.text)) != 0) {
            i += used;
            continue;
        }
        import_buf_addc(&g.text, s[i++]);
    }
    seg_close(&g);
    if (g.n == 0) {
        g.v = import_xmalloc(sizeof *g.v);
        g.v[0].voice = NULL;
        g.v[0].text = import_buf_take(&g.text);
        g.n = 1;
    }
    *n = g.n;
    return g.v;
}

void import_cuetext_free(ImportCueSeg *segs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(segs[i].voice);
        free(segs[i].text);
    }
    free(segs);
}
