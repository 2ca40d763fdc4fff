/* timed: reading cue blocks (id, timing, text) for WebVTT, SRT and SBV.
 * Owns where a cue starts and ends and which broken blocks are kept: text
 * with no timing line, a timing line whose times cannot be read, two cues
 * with no blank line between them. It does not read a file's header (vtt.c)
 * or the markup inside a cue (cuetext.c). */
#include "timed.h"

#include <string.h>

#include "buf.h"

static size_t skip_spaces(ImportSpan l, size_t i)
{
    while (i < l.len && (l.s[i] == ' ' || l.s[i] == '\t')) i++;
    return i;
}

ImportTiming import_timed_arrow(ImportSpan l, long *start_ms, long *end_ms)
{
    if (l.len == 0) return IMPORT_TIMING_NONE;
    const char *arrow = NULL;
    for (size_t i = 0; i + 3 <= l.len; i++)
        if (memcmp(l.s + i, "-->", 3) == 0) {
            arrow = l.s + i;
            break;
        }
    size_t i = skip_spaces(l, 0), used;
    if (!arrow) {
        /* "00:01.000 -> 00:02.000": a time, then an arrow that lost a dash. */
        bool timed = import_cues_time(l.s + i, l.len - i, start_ms, &used);
        return timed && memchr(l.s + i + used, '>', l.len - i - used) ? IMPORT_TIMING_BROKEN : IMPORT_TIMING_NONE;
    }
    if (!import_cues_time(l.s + i, l.len - i, start_ms, &used)) return IMPORT_TIMING_BROKEN;
    i = skip_spaces(l, i + used);
    if (i + 3 > l.len || l.s + i != arrow) return IMPORT_TIMING_BROKEN;
    i = skip_spaces(l, i + 3);
    if (!import_cues_time(l.s + i, l.len - i, end_ms, &used)) return IMPORT_TIMING_BROKEN;
    i += used;
    if (i < l.len && l.s[i] != ' ' && l.s[i] != '\t') return IMPORT_TIMING_BROKEN;
    return IMPORT_TIMING_OK;
}

/* True when a block starting with this line is a WebVTT NOTE, STYLE or
 * REGION block rather than a cue. */
static bool vtt_skipped_block(ImportSpan l)
{
    static const char *const words[] = {"NOTE", "STYLE", "REGION"};
    for (size_t k = 0; k < 3; k++) {
        size_t wl = strlen(words[k]);
        if (l.len >= wl && memcmp(l.s, words[k], wl) == 0 &&
            (l.len == wl || l.s[wl] == ' ' || l.s[wl] == '\t'))
            return true;
    }
    return false;
}

static bool all_digits(ImportSpan l)
{
    if (!l.len) return false;
    for (size_t i = 0; i < l.len; i++)
        if (l.s[i] < '0' || l.s[i] > '9') return false;
    return true;
}

bool import_timed_opens_with_arrow(ImportSpan first, ImportSpan second)
{
    long a, b;
    return import_timed_arrow(first, &a, &b) == IMPORT_TIMING_OK ||
           (all_digits(first) && import_timed_arrow(second, &a, &b) == IMPORT_TIMING_OK);
}

typedef struct {
    ImportCues *c;
    const ImportSpan *L;
    size_t n;
    ImportTimingFn timing;
} Reader;

/* Reads the text lines of one cue from i up to the block's end (or to a
 * timing line that lacks its blank line); adds the cue; returns where the
 * next cue starts. */
static size_t read_text(Reader *r, size_t i, long start, long end)
{
    ImportBuf text = {0};
    int line = (int)i + 1;
    size_t before = 0; /* text.len before the last line was added */
    for (; i < r->n && !import_cues_blank(r->L[i]); i++) {
        long s2, e2;
        if (r->timing(r->L[i], &s2, &e2) != IMPORT_TIMING_NONE) {
            import_cues_warn(r->c, (int)i + 1, "no blank line before this cue; it is read as a new cue");
            if (i > 0 && all_digits(r->L[i - 1]) && text.len) {
                text.len = before; /* that number was the next cue's id */
                text.s[text.len] = '\0';
            }
            break;
        }
        before = text.len;
        if (text.len) import_buf_addc(&text, '\n');
        import_buf_add(&text, r->L[i].s, r->L[i].len);
    }
    if (text.len) import_cues_add(r->c, line, start, end, NULL, text.s, text.len, true);
    import_buf_free(&text);
    return i;
}

/* Reads the block whose first line is i; returns the index after it. */
static size_t read_block(Reader *r, size_t i, bool vtt)
{
    if (vtt && vtt_skipped_block(r->L[i])) {
        while (i < r->n && !import_cues_blank(r->L[i])) i++;
        return i;
    }
    long start = -1, end = -1;
    ImportTiming t = r->timing(r->L[i], &start, &end);
    if (t == IMPORT_TIMING_NONE && i + 1 < r->n && !import_cues_blank(r->L[i + 1])) {
        ImportTiming t2 = r->timing(r->L[i + 1], &start, &end);
        if (t2 != IMPORT_TIMING_NONE) {
            i++; /* the line before was the cue's id */
            t = t2;
        }
    }
    if (t == IMPORT_TIMING_NONE) {
        import_cues_warn(r->c, (int)i + 1, "text with no cue timing before it; kept as it stands");
        return read_text(r, i, -1, -1);
    }
    if (t == IMPORT_TIMING_BROKEN) {
        import_cues_warn(r->c, (int)i + 1, "the cue's times cannot be read; its text is kept");
        start = end = -1;
    } else if (end < start) {
        import_cues_warn(r->c, (int)i + 1, "the cue ends before it starts; its text is kept");
    }
    return read_text(r, i + 1, start, end);
}

void import_timed_read(ImportCues *c, const ImportSpan *lines, size_t n, size_t first, ImportTimingFn timing,
                       bool vtt)
{
    Reader r = {c, lines, n, timing};
    size_t i = first;
    while (i < n) {
        if (import_cues_blank(lines[i])) {
            i++;
            continue;
        }
        i = read_block(&r, i, vtt);
    }
}
