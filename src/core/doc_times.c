/* doc_times: the time stamps of a timed text (README.md, "The text format").
 *
 * Owns the stamp's syntax, {H:MM:SS.mmm}, both ways (reading for doc_format.c,
 * writing for storstil-import), the rule that times never go backwards, and
 * the look-ups that playback asks: which part a byte belongs to, which part
 * a moment of the recording belongs to. Where stamps stand in a line is
 * doc_format.c's business. */
#include "doc.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "doc_internal.h"

#define DOC_TIME_MAX_STAMP_BYTES 24 /* a longer run of digits and colons is text */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

size_t doc_time_stamp_len(const char *s, size_t n)
{
    if (n < 3 || s[0] != '{') return 0;
    int digit = 0, colon = 0;
    for (size_t i = 1; i < n && i <= DOC_TIME_MAX_STAMP_BYTES; i++) {
        char c = s[i];
        if (c == '}') return digit && colon ? i + 1 : 0;
        if (is_digit(c)) digit = 1;
        else if (c == ':') colon = 1;
        else if (c != '.') return 0;
    }
    return 0;
}

/* Reads exactly `count` digits at s[*i] into *v; 0 when they are not there. */
static int digits(const char *s, size_t n, size_t *i, size_t count, long long *v)
{
    *v = 0;
    for (size_t k = 0; k < count; k++, (*i)++) {
        if (*i >= n || !is_digit(s[*i])) return 0;
        *v = *v * 10 + (s[*i] - '0');
    }
    return 1;
}

long doc_time_parse(const char *s, size_t n)
{
    if (n < 2 || s[0] != '{' || s[n - 1] != '}') return -1;
    size_t i = 1, end = n - 1;
    long long h = 0;
    size_t hd = 0;
    while (i < end && is_digit(s[i]) && hd < 10) h = h * 10 + (s[i++] - '0'), hd++;
    long long m, sec, ms;
    if (hd == 0 || i >= end || s[i++] != ':') return -1;
    if (!digits(s, end, &i, 2, &m) || m >= 60 || i >= end || s[i++] != ':') return -1;
    if (!digits(s, end, &i, 2, &sec) || sec >= 60 || i >= end || s[i++] != '.') return -1;
    if (!digits(s, end, &i, 3, &ms) || i != end) return -1;
    long long total = ((h * 60 + m) * 60 + sec) * 1000 + ms;
    return total > LONG_MAX ? -1 : (long)total;
}

char *doc_time_format(long ms, char *buf, size_t size)
{
    if (ms < 0) ms = 0;
    snprintf(buf, size, "{%ld:%02ld:%02ld.%03ld}", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60,
             ms % 1000);
    return buf;
}

int doc_time_add(Doc *doc, size_t *cap, size_t at, long ms, int line)
{
    if (doc->n_times > 0) {
        DocTime *last = &doc->times[doc->n_times - 1];
        if (ms < last->ms) {
            char now[DOC_TIME_STAMP_MAX], before[DOC_TIME_STAMP_MAX];
            doc_add_problem(doc, line, "time %s is earlier than the one before it, %s; dropped",
                            doc_time_format(ms, now, sizeof now),
                            doc_time_format(last->ms, before, sizeof before));
            return 0;
        }
        if (last->at == at) { /* two stamps before the same word: the later one counts */
            last->ms = ms;
            return 0;
        }
    }
    if (doc->n_times == *cap) {
        size_t grown_cap = *cap ? *cap * 2 : 64;
        DocTime *grown = realloc(doc->times, grown_cap * sizeof *grown);
        if (!grown) return -1;
        doc->times = grown;
        *cap = grown_cap;
    }
    doc->times[doc->n_times++] = (DocTime){at, ms};
    return 0;
}

ptrdiff_t doc_time_index_at(const Doc *doc, size_t byte)
{
    size_t lo = 0, hi = doc->n_times; /* the answer is lo - 1 when lo == hi */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->times[mid].at <= byte) lo = mid + 1;
        else hi = mid;
    }
    return (ptrdiff_t)lo - 1;
}

long doc_time_ms_at(const Doc *doc, size_t byte)
{
    ptrdiff_t i = doc_time_index_at(doc, byte);
    return i < 0 ? -1 : doc->times[i].ms;
}

ptrdiff_t doc_time_index_for_ms(const Doc *doc, long ms)
{
    size_t lo = 0, hi = doc->n_times;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->times[mid].ms <= ms) lo = mid + 1;
        else hi = mid;
    }
    return (ptrdiff_t)lo - 1;
}
