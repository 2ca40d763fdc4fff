/* cues: the list of cues that the timed formats share, their warnings and
 * the two small readers every such parser needs (lines, timestamps).
 * It owns no format's grammar: vtt.c, srt.c, sbv.c, p20json.c and p20html.c
 * fill the list; cueblocks.c turns it into blocks. */
#include "cues.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

ImportCues *import_cues_new(const char *name, ImportWarnFn warn, void *warn_ctx)
{
    ImportCues *c = import_xcalloc(1, sizeof *c);
    c->name = name;
    c->warn = warn;
    c->warn_ctx = warn_ctx;
    return c;
}

void import_cues_add(ImportCues *c, int line, long start_ms, long end_ms, const char *voice, const char *text,
                     size_t len, bool markup)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        c->v = import_xrealloc(c->v, c->cap * sizeof *c->v);
    }
    ImportCue *q = &c->v[c->n++];
    q->line = line;
    q->start_ms = start_ms;
    q->end_ms = end_ms;
    q->voice = voice ? import_xstrndup(voice, strlen(voice)) : NULL;
    q->text = import_xstrndup(text, len);
    q->markup = markup;
}

void import_cues_set_title(ImportCues *c, const char *s, size_t len)
{
    while (len && (*s == ' ' || *s == '\t')) s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t')) len--;
    if (!len) return;
    free(c->title);
    c->title = import_xstrndup(s, len);
}

void import_cues_warn(ImportCues *c, int line, const char *fmt, ...)
{
    char msg[512], full[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(full, sizeof full, "%s:%d: warning: %s", c->name, line, msg);
    c->warnings++;
    if (c->warn) c->warn(c->warn_ctx, full);
    else fprintf(stderr, "%s\n", full);
}

void import_cues_free(ImportCues *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->v[i].voice);
        free(c->v[i].text);
    }
    free(c->v);
    free(c->title);
    free(c);
}

ImportSpan *import_cues_lines(const char *text, size_t len, size_t *n)
{
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) text += 3, len -= 3;
    size_t count = 1;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == len || text[i + 1] != '\n'))) count++;
    ImportSpan *v = import_xmalloc(count * sizeof *v);
    size_t k = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n' && text[i] != '\r') continue;
        v[k].s = text + start;
        v[k++].len = i - start;
        if (i + 1 < len && text[i] == '\r' && text[i + 1] == '\n') i++;
        start = i + 1;
    }
    *n = k;
    return v;
}

/* Reads up to `max` digits at s into *v; returns how many (0: none). */
static size_t digits(const char *s, size_t len, size_t max, long *v)
{
    size_t i = 0;
    *v = 0;
    while (i < len && i < max && s[i] >= '0' && s[i] <= '9') *v = *v * 10 + (s[i++] - '0');
    return i;
}

bool import_cues_time(const char *s, size_t len, long *ms, size_t *used)
{
    if (len == 0) return false;
    long part[3];
    int n = 0;
    size_t i = 0;
    for (;;) {
        size_t d = digits(s + i, len - i, 9, &part[n]);
        if (!d) return false;
        i += d;
        n++;
        if (i < len && s[i] == ':' && n < 3) {
            i++;
            continue;
        }
        break;
    }
    if (n < 2 || i >= len || (s[i] != '.' && s[i] != ',')) return false;
    i++;
    long frac;
    size_t fd = digits(s + i, len - i, 3, &frac);
    if (!fd) return false;
    i += fd;
    for (size_t k = fd; k < 3; k++) frac *= 10;
    long h = n == 3 ? part[0] : 0, m = part[n - 2], sec = part[n - 1];
    if (m >= 60 || sec >= 60 || h > 9999) return false;
    *ms = ((h * 60 + m) * 60 + sec) * 1000 + frac;
    *used = i;
    return true;
}

bool import_cues_blank(ImportSpan line)
{
    for (size_t i = 0; i < line.len; i++)
        if (line.s[i] != ' ' && line.s[i] != '\t') return false;
    return true;
}
