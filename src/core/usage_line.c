/* usage_line: owns the stats line's format, both ways (usage_line.h). */
#include "usage_line.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const names[USAGE_EVENT_COUNT] = {
    [USAGE_VISIT] = "visit", [USAGE_OPEN] = "open", [USAGE_PAGE] = "page",
    [USAGE_READ] = "read", [USAGE_SIZE] = "size", [USAGE_ATTRACT] = "attract",
    [USAGE_SECONDS] = "seconds",
};

const char *usage_line_event_name(UsageEvent ev)
{
    return ev >= 0 && ev < USAGE_EVENT_COUNT ? names[ev] : NULL;
}

/* Copies title into out (cap bytes) as one line: control characters as
 * spaces, cut at a UTF-8 character's end. */
static void one_line(const char *title, char *out, size_t cap)
{
    size_t n = strlen(title);
    if (n > cap - 1) {
        n = cap - 1;
        while (n > 0 && ((unsigned char)title[n] & 0xC0) == 0x80) n--; /* title[n]: not kept */
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)title[i];
        out[i] = c < 0x20 || c == 0x7f ? ' ' : (char)c;
    }
    out[n] = '\0';
}

void usage_line_format(const UsageRecord *rec, const char *title, char *buf, size_t cap)
{
    time_t t = (time_t)rec->hour;
    struct tm tm;
    char hour[32] = "1970-01-01T00";
    if (localtime_r(&t, &tm)) strftime(hour, sizeof hour, "%Y-%m-%dT%H", &tm);
    const char *name = usage_line_event_name(rec->event);
    int len = snprintf(buf, cap, "%s%s %s", USAGE_LINE_MARK, name ? name : "?", hour);
    if (len < 0 || (size_t)len >= cap) return;
    if (rec->event == USAGE_SECONDS)
        len += snprintf(buf + len, cap - (size_t)len, " n=%d", rec->n);
    if ((size_t)len >= cap || !title || !title[0] || rec->doc < 0) return;
    char clean[USAGE_LINE_TITLE_MAX + 1];
    one_line(title, clean, sizeof clean);
    snprintf(buf + len, cap - (size_t)len, " text=%s", clean);
}

/* Reads "YYYY-MM-DDTHH" at p into out; false when it is not one. */
static bool read_hour(const char *p, const char *end, UsageLine *out)
{
    if (end - p < 13) return false;
    for (int i = 0; i < 13; i++) {
        bool digit = p[i] >= '0' && p[i] <= '9';
        char want = i == 4 || i == 7 ? '-' : i == 10 ? 'T' : 0;
        if (want ? p[i] != want : !digit) return false;
    }
    int mon = (p[5] - '0') * 10 + (p[6] - '0'), day = (p[8] - '0') * 10 + (p[9] - '0');
    out->hour = (p[11] - '0') * 10 + (p[12] - '0');
    if (mon < 1 || mon > 12 || day < 1 || day > 31 || out->hour > 23) return false;
    memcpy(out->date, p, 10);
    out->date[10] = '\0';
    return true;
}

/* Reads the event name at *p (moved past it); -1 when unknown. */
static int read_event(const char **p, const char *end)
{
    for (int e = 0; e < USAGE_EVENT_COUNT; e++) {
        size_t k = strlen(names[e]);
        if ((size_t)(end - *p) > k && !memcmp(*p, names[e], k) && (*p)[k] == ' ') {
            *p += k + 1;
            return e;
        }
    }
    return -1;
}

/* Reads the optional " n=N" and " text=..." after the hour. */
static bool read_tail(const char *p, const char *end, UsageLine *out, const char **why)
{
    if (p < end && end - p >= 3 && !memcmp(p, " n=", 3)) {
        long v = 0;
        p += 3;
        const char *digits = p;
        while (p < end && *p >= '0' && *p <= '9' && v <= 86400) v = v * 10 + (*p++ - '0');
        if (p == digits || v > 86400) { *why = "n= is not a count of seconds"; return false; }
        out->n = (int)v;
    }
    if (p < end && end - p >= 6 && !memcmp(p, " text=", 6)) {
        p += 6;
        size_t k = (size_t)(end - p);
        while (k > 0 && (p[k - 1] == '\r' || p[k - 1] == '\n')) k--;
        for (size_t i = 0; i < k; i++)
            if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f) {
                *why = "a control character in text=";
                return false;
            }
        if (k > USAGE_LINE_TITLE_MAX) k = USAGE_LINE_TITLE_MAX;
        while (k > 0 && k < (size_t)(end - p) && ((unsigned char)p[k] & 0xC0) == 0x80) k--;
        memcpy(out->text, p, k);
        out->text[k] = '\0';
        p = end;
    }
    while (p < end && (*p == '\r' || *p == '\n')) p++;
    if (p != end) { *why = "more after the hour than n= and text="; return false; }
    return true;
}

UsageLineKind usage_line_parse(const char *line, size_t len, UsageLine *out, const char **why)
{
    static const char mark[] = USAGE_LINE_MARK;
    const char *end = line + len, *p = NULL;
    for (const char *q = line; !p && (size_t)(end - q) >= sizeof mark - 1; q++)
        if (!memcmp(q, mark, sizeof mark - 1)) p = q + sizeof mark - 1;
    if (!p) return USAGE_LINE_OTHER;
    memset(out, 0, sizeof *out);
    out->n = 1;
    *why = "an unknown event";
    int ev = read_event(&p, end);
    if (ev < 0) return USAGE_LINE_BAD;
    out->event = (UsageEvent)ev;
    *why = "no hour (YYYY-MM-DDTHH)";
    if (!read_hour(p, end, out)) return USAGE_LINE_BAD;
    if (!read_tail(p + 13, end, out, why)) return USAGE_LINE_BAD;
    if ((ev == USAGE_OPEN || ev == USAGE_PAGE) && !out->text[0]) {
        *why = "no text= for a text's event";
        return USAGE_LINE_BAD;
    }
    *why = "";
    return USAGE_LINE_OK;
}
