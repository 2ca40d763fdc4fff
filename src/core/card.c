/* card: owns what a shelf card says under its title: which header fields
 * are shown, how they are joined, which speakers count as people, and which
 * line a small card leaves out. It must not measure or draw (render does)
 * nor change the Doc; every word it shows comes from lang's tables. */
#include "card.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

#define SEP " \xC2\xB7 " /* " · " between the meta line's parts */

/* Copies src into dst (cap bytes), cut before a character that does not
 * fit whole, so a long header value never leaves half a letter. */
static void copy_cut(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src), o = 0;
    while (o < n) {
        size_t step = utf8_next_len(src + o, n - o);
        if (o + step + 1 > cap) break;
        o += step;
    }
    memcpy(dst, src, o);
    dst[o] = '\0';
}

/* Appends src to the line in dst, cut as copy_cut does. */
static void append(char *dst, size_t cap, const char *src)
{
    size_t o = strlen(dst);
    copy_cut(dst + o, cap - o, src);
}

/* Words that name a role or a voice rather than a person, lower case. */
static const char *const roles[] = {
    "alla", "all", "everyone", "okänd", "okänt", "unknown", "presentatör", "presenter",
    "inforöst", "jingel", "jingle", "röst", "voice", "speaker", "talare", "berättare",
    "narrator", "publik", "publiken", "audience", "programledare", "host", "intervjuare",
    "interviewer", "musik", "music",
};

/* The rule for people, kept in one place: a speaker is a person unless its
 * name holds a digit ("Presentatör 1", "Talare 2") or its first word, compared
 * without regard to case (Å and å alike), is one of `roles` ("Okänd talare",
 * "Alla", "Inforöst", "Jingel"). A single first name ("Lisbeth") is a person. */
bool card_is_person(const char *name)
{
    if (!name || !name[0]) return false;
    for (const char *p = name; *p; p++)
        if (*p >= '0' && *p <= '9') return false;
    char first[64];
    size_t n = strlen(name), i = 0, o = 0;
    while (i < n && name[i] != ' ') {
        uint32_t cp;
        size_t used = utf8_decode(name + i, n - i, &cp);
        i += used;
        if (o + 5 > sizeof first) return true; /* longer than any role word */
        o += utf8_encode(utf8_lower(cp), first + o);
    }
    first[o] = '\0';
    for (size_t r = 0; r < sizeof roles / sizeof roles[0]; r++)
        if (strcmp(first, roles[r]) == 0) return false;
    return true;
}

/* "Talare: A, B och C" or "Talare: A, B, C med flera" into out, "" without people. */
static void speaker_line(const Doc *d, Lang lang, char *out, size_t cap)
{
    const char *names[CARD_MAX_NAMES];
    int n = 0;
    bool more = false;
    for (int i = 0; i < d->n_speakers; i++) {
        if (!card_is_person(d->speakers[i])) continue;
        if (n == CARD_MAX_NAMES) {
            more = true;
            break;
        }
        names[n++] = d->speakers[i];
    }
    out[0] = '\0';
    if (n == 0) return;
    char list[CARD_LINE_MAX] = "";
    for (int i = 0; i < n; i++) {
        if (i > 0) append(list, sizeof list, i == n - 1 && !more ? lang_get(lang, STR_CARD_AND) : ", ");
        append(list, sizeof list, names[i]);
    }
    char line[CARD_LINE_MAX + 64];
    lang_format(line, sizeof line, lang, more ? STR_CARD_SPEAKERS_MORE : STR_CARD_SPEAKERS, list);
    copy_cut(out, cap, line);
}

/* "Serie, avsnitt 6 · 2021 · ca 48 minuter" into out; parts that are absent
 * are left out with their separator, so no bare "avsnitt" and no lone " · ". */
static void meta_line(const Doc *d, Lang lang, char *out, size_t cap)
{
    char part[CARD_LINE_MAX + 64];
    out[0] = '\0';
    if (d->series && d->series[0]) {
        if (d->episode && d->episode[0])
            lang_format(part, sizeof part, lang, STR_CARD_SERIES, d->series, d->episode);
        else
            snprintf(part, sizeof part, "%s", d->series);
        append(out, cap, part);
    }
    if (d->date && d->date[0]) {
        if (out[0]) append(out, cap, SEP);
        append(out, cap, d->date);
    }
    lang_format(part, sizeof part, lang, STR_READING_TIME, lang_reading_minutes(d->n_words));
    if (out[0]) append(out, cap, SEP);
    append(out, cap, part);
}

void card_lines(const Doc *doc, Lang lang, CardLines *out)
{
    copy_cut(out->subtitle, sizeof out->subtitle, doc->subtitle ? doc->subtitle : "");
    meta_line(doc, lang, out->meta, sizeof out->meta);
    speaker_line(doc, lang, out->speakers, sizeof out->speakers);
}

/* A small card leaves out the least important line first: the speakers
 * (often named in the subtitle already), then the subtitle; the meta line,
 * with the reading time, stays on every card. Lines keep their order. */
int card_rows(const CardLines *c, int room, const char *rows[CARD_MAX_ROWS])
{
    const char *by_rank[CARD_MAX_ROWS] = {c->meta, c->subtitle, c->speakers};
    bool shown[CARD_MAX_ROWS] = {false, false, false};
    for (int i = 0, left = room; i < CARD_MAX_ROWS && left > 0; i++)
        if (by_rank[i][0]) {
            shown[i] = true;
            left--;
        }
    const int order[CARD_MAX_ROWS] = {1, 0, 2}; /* subtitle, meta, speakers */
    int n = 0;
    for (int i = 0; i < CARD_MAX_ROWS; i++)
        if (shown[order[i]]) rows[n++] = by_rank[order[i]];
    return n;
}
