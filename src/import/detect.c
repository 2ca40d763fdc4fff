/* detect: telling formats apart by their first bytes and lines.
 * Owns the signatures; it parses nothing (the parsers in formats.h do). */
#include "detect.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/doc.h"
#include "cues.h"
#include "timed.h"

#define LOOK_BYTES 4096 /* how far a signature is looked for */

const char *import_detect_name(ImportFormat f)
{
    static const char *const names[] = {"text", "PDF", "WebVTT", "SRT", "SBV", "Podcasting 2.0 JSON",
                                        "Podcasting 2.0 HTML", "storstil text"};
    return names[f];
}

static bool starts(const char *s, size_t len, const char *sig)
{
    size_t n = strlen(sig);
    return len >= n && memcmp(s, sig, n) == 0;
}

/* True when the first `len` bytes hold `needle`, ignoring ASCII case. */
static bool has_nocase(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (strncasecmp(s + i, needle, n) == 0) return true;
    return false;
}

static bool ends_with(const char *name, const char *ext)
{
    size_t n = name ? strlen(name) : 0, e = strlen(ext);
    return n > e && strcasecmp(name + n - e, ext) == 0;
}

static bool all_digits(ImportSpan l)
{
    if (!l.len) return false;
    for (size_t i = 0; i < l.len; i++)
        if (l.s[i] < '0' || l.s[i] > '9') return false;
    return true;
}

/* SRT, SBV or a headerless WebVTT from the first two non-blank lines. */
static ImportFormat by_timing(const char *s, size_t len, const char *name)
{
    size_t n;
    ImportSpan *L = import_cues_lines(s, len < LOOK_BYTES ? len : LOOK_BYTES, &n);
    ImportSpan first = {0}, second = {0};
    size_t k = 0;
    for (size_t i = 0; i < n && k < 2; i++)
        if (!import_cues_blank(L[i])) {
            if (k++ == 0) first = L[i];
            else second = L[i];
        }
    ImportFormat f = IMPORT_FORMAT_TEXT;
    long a, b;
    size_t used;
    bool arrow = import_timed_arrow(first, &a, &b) == IMPORT_TIMING_OK ||
                 (all_digits(first) && import_timed_arrow(second, &a, &b) == IMPORT_TIMING_OK);
    if (arrow) f = ends_with(name, ".vtt") ? IMPORT_FORMAT_VTT : IMPORT_FORMAT_SRT;
    else if (first.len && import_cues_time(first.s, first.len, &a, &used) && used < first.len && first.s[used] == ',')
        f = IMPORT_FORMAT_SBV;
    free(L);
    return f;
}

ImportFormat import_detect(const char *s, size_t len, const char *name)
{
    if (starts(s, len, "\xEF\xBB\xBF")) s += 3, len -= 3;
    if (starts(s, len, "%PDF-")) return IMPORT_FORMAT_PDF;
    if (starts(s, len, "WEBVTT")) return IMPORT_FORMAT_VTT;
    if (doc_has_header(s, len < LOOK_BYTES ? len : LOOK_BYTES)) return IMPORT_FORMAT_STORSTIL;
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
    size_t look = len - i < LOOK_BYTES ? len - i : LOOK_BYTES;
    if (i < len && s[i] == '{' && has_nocase(s + i, len - i, "\"segments\"")) return IMPORT_FORMAT_P20JSON;
    if (i < len && s[i] == '<' &&
        (has_nocase(s + i, look, "<html") || has_nocase(s + i, look, "<!doctype html") ||
         has_nocase(s + i, look, "<cite") || has_nocase(s + i, look, "<p>") || has_nocase(s + i, look, "<body")))
        return IMPORT_FORMAT_P20HTML;
    return by_timing(s + i, len - i, name);
}
