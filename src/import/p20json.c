/* p20json: Podcasting 2.0's JSON transcript, {"version": ..., "segments":
 * [{"speaker", "startTime", "endTime", "body"}, ...]}, with an optional
 * top-level "title". Owns a small JSON reader that counts lines, so that a
 * broken segment is reported where it is (a general JSON library would not
 * say); a syntax error keeps the segments read before it, with a warning;
 * and telling the format by an object with "segments". What the cues
 * become is cueblocks.c's. */
#include "formats.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "detect.h"

#define MAX_DEPTH 64

typedef struct {
    const char *s;
    size_t len, i;
    int line;
    ImportCues *c;
} Json;

static void ws(Json *j)
{
    for (; j->i < j->len; j->i++) {
        char ch = j->s[j->i];
        if (ch == '\n') j->line++;
        else if (ch != ' ' && ch != '\t' && ch != '\r') break;
    }
}

static bool eat(Json *j, char ch)
{
    ws(j);
    if (j->i < j->len && j->s[j->i] == ch) {
        j->i++;
        return true;
    }
    return false;
}

static int hex4(const char *s)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

/* A \u escape at j->i (after the backslash and 'u'), surrogate pairs joined. */
static bool unicode_escape(Json *j, ImportBuf *out)
{
    if (j->i + 4 > j->len) return false;
    int v = hex4(j->s + j->i);
    if (v < 0) return false;
    j->i += 4;
    uint32_t cp = (uint32_t)v;
    if (cp >= 0xD800 && cp <= 0xDBFF && j->i + 6 <= j->len && j->s[j->i] == '\\' && j->s[j->i + 1] == 'u') {
        int lo = hex4(j->s + j->i + 2);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (uint32_t)(lo - 0xDC00);
            j->i += 6;
        }
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) cp = 0xFFFD;
    if (out) import_buf_addcp(out, cp);
    return true;
}

/* A string at the current position into out (NULL: skipped). */
static bool string(Json *j, ImportBuf *out)
{
    if (!eat(j, '"')) return false;
    while (j->i < j->len) {
        char ch = j->s[j->i++];
        if (ch == '"') return true;
        if (ch == '\n') return false;
        if (ch != '\\') {
            if (out) import_buf_addc(out, ch);
            continue;
        }
        if (j->i >= j->len) return false;
        char e = j->s[j->i++];
        const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
        const char *k = strchr(from, e);
        if (e == 'u') {
            if (!unicode_escape(j, out)) return false;
        } else if (k && e) {
            if (out) import_buf_addc(out, to[k - from]);
        } else {
            return false;
        }
    }
    return false;
}

/* A number (or a numeric string, as some tools write times) in seconds;
 * *ms gets it in milliseconds, -1 when it is not a number. */
static bool time_value(Json *j, long *ms)
{
    ws(j);
    *ms = -1;
    ImportBuf b = {0};
    bool ok;
    if (j->i < j->len && j->s[j->i] == '"') {
        ok = string(j, &b);
    } else {
        size_t st = j->i;
        while (j->i < j->len && strchr("+-0123456789.eE", j->s[j->i]) && j->s[j->i]) j->i++;
        ok = j->i > st;
        import_buf_add(&b, j->s + st, j->i - st);
    }
    if (ok && b.len) {
        char *end;
        double v = strtod(b.s, &end);
        if (*end == '\0' && v >= 0 && v < 1e9) *ms = (long)(v * 1000.0 + 0.5);
    }
    import_buf_free(&b);
    return ok;
}

static bool value(Json *j, int depth);

/* An object or array's members, skipped; the opening bracket is read. */
static bool skip_members(Json *j, char close, int depth)
{
    if (eat(j, close)) return true;
    do {
        if (close == '}' && (!string(j, NULL) || !eat(j, ':'))) return false;
        if (!value(j, depth + 1)) return false;
    } while (eat(j, ','));
    return eat(j, close);
}

/* Any value, skipped. */
static bool value(Json *j, int depth)
{
    ws(j);
    if (depth > MAX_DEPTH || j->i >= j->len) return false;
    char ch = j->s[j->i];
    if (ch == '"') return string(j, NULL);
    if (ch == '{' || ch == '[') {
        j->i++;
        return skip_members(j, ch == '{' ? '}' : ']', depth);
    }
    size_t st = j->i;
    while (j->i < j->len && (strchr("+-.eE", j->s[j->i]) || (j->s[j->i] >= '0' && j->s[j->i] <= '9') ||
                             (j->s[j->i] >= 'a' && j->s[j->i] <= 'z')) && j->s[j->i])
        j->i++;
    return j->i > st;
}

typedef struct {
    ImportBuf speaker, body;
    bool has_body;
    long start, end;
} Segment;

/* One member of a segment object. */
static bool segment_member(Json *j, Segment *g)
{
    ImportBuf key = {0};
    bool ok = string(j, &key) && eat(j, ':');
    const char *k = key.s ? key.s : "";
    if (!ok) {
    } else if (strcmp(k, "speaker") == 0) {
        ws(j);
        ok = (j->i < j->len && j->s[j->i] == '"') ? string(j, &g->speaker) : value(j, 1);
    } else if (strcmp(k, "body") == 0) {
        g->has_body = true;
        ok = string(j, &g->body);
    } else if (strcmp(k, "startTime") == 0) {
        ok = time_value(j, &g->start);
    } else if (strcmp(k, "endTime") == 0) {
        ok = time_value(j, &g->end);
    } else {
        ok = value(j, 1);
    }
    import_buf_free(&key);
    return ok;
}

static bool segment(Json *j)
{
    ws(j);
    int line = j->line;
    if (!eat(j, '{')) return value(j, 1);
    Segment g = {.start = -1, .end = -1};
    bool ok = eat(j, '}');
    if (!ok) {
        do ok = segment_member(j, &g);
        while (ok && eat(j, ','));
        ok = ok && eat(j, '}');
    }
    if (ok && !g.has_body) import_cues_warn(j->c, line, "a segment with no \"body\"; skipped");
    else if (ok && g.body.len)
        import_cues_add(j->c, line, g.start, g.end, g.speaker.len ? g.speaker.s : NULL, g.body.s, g.body.len,
                        false);
    import_buf_free(&g.speaker);
    import_buf_free(&g.body);
    return ok;
}

static bool segments(Json *j)
{
    if (!eat(j, '[')) return value(j, 1);
    if (eat(j, ']')) return true;
    do
        if (!segment(j)) return false;
    while (eat(j, ','));
    return eat(j, ']');
}

/* The top-level object's members: title, segments, the rest skipped. */
static bool top(Json *j)
{
    if (!eat(j, '{')) return false;
    if (eat(j, '}')) return true;
    do {
        ImportBuf key = {0}, title = {0};
        bool ok = string(j, &key) && eat(j, ':');
        const char *k = key.s ? key.s : "";
        ws(j);
        bool str = j->i < j->len && j->s[j->i] == '"';
        if (ok && strcmp(k, "segments") == 0) ok = segments(j);
        else if (ok && strcmp(k, "title") == 0 && str) ok = string(j, &title);
        else if (ok) ok = value(j, 1);
        if (title.len) import_cues_set_title(j->c, title.s, title.len);
        import_buf_free(&key);
        import_buf_free(&title);
        if (!ok) return false;
    } while (eat(j, ','));
    return eat(j, '}');
}

int import_p20json_detect(const ImportSniff *s)
{
    return s->body_len && s->body[0] == '{' && import_detect_has(s->body, s->body_len, "\"segments\"")
               ? IMPORT_SURE_STRUCTURE
               : IMPORT_SURE_NOT;
}

void import_p20json_parse(ImportCues *c, const char *text, size_t len)
{
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) text += 3, len -= 3;
    Json j = {text, len, 0, 1, c};
    if (!top(&j)) {
        ws(&j);
        import_cues_warn(c, j.line, "the JSON cannot be read from here on; the segments before it are kept");
    }
}
