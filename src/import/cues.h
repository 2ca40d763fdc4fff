/* cues: what every timed transcript format (WebVTT, SRT, SBV, Podcasting
 * 2.0 JSON and HTML) is turned into before it becomes blocks: a list of cues
 * in file order, each with its source line, its times, the speaker the file
 * names for it and its text; the file's own title; and the warnings about
 * broken cues, each reported once as "file:line: warning: ...". Also the
 * pieces the parsers share: the file cut into lines and timestamps. */
#ifndef STORSTIL_IMPORT_CUES_H
#define STORSTIL_IMPORT_CUES_H

#include <stdbool.h>
#include <stddef.h>

/* Receives one finished warning line ("file:line: warning: ..."). */
typedef void (*ImportWarnFn)(void *ctx, const char *message);

typedef struct {
    int line;             /* 1-based source line where the cue's text starts */
    long start_ms, end_ms; /* -1 when unknown or broken */
    char *voice;          /* the speaker the format names (JSON, HTML), or NULL */
    char *text;           /* lines separated by '\n' */
    bool markup;          /* text holds WebVTT/SRT tags and entities still */
} ImportCue;

typedef struct {
    ImportCue *v;
    size_t n, cap;
    char *title;          /* the file's own title, or NULL */
    const char *name;     /* the file's name in messages (borrowed) */
    ImportWarnFn warn;    /* NULL: warnings go to stderr */
    void *warn_ctx;
    int warnings;         /* how many were reported */
} ImportCues;

/* A line of the input: bytes s[0..len), without its line end. */
typedef struct {
    const char *s;
    size_t len;
} ImportSpan;

/* New, empty list; `name` must outlive it. */
ImportCues *import_cues_new(const char *name, ImportWarnFn warn, void *warn_ctx);

/* Appends a cue with a copy of voice (may be NULL) and text[0..len). */
void import_cues_add(ImportCues *c, int line, long start_ms, long end_ms, const char *voice, const char *text,
                     size_t len, bool markup);

/* Sets the title to a copy of s[0..len) with surrounding spaces trimmed;
 * an empty title is ignored. */
void import_cues_set_title(ImportCues *c, const char *s, size_t len);

/* Reports one problem at `line` as "name:line: warning: <message>". */
void import_cues_warn(ImportCues *c, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Frees the list, its cues and its title; NULL is fine. */
void import_cues_free(ImportCues *c);

/* Cuts text into lines at LF, CRLF or CR, after a leading BOM; returns a new
 * array (free it) of *n spans pointing into text. */
ImportSpan *import_cues_lines(const char *text, size_t len, size_t *n);

/* Reads a timestamp at s: [[h:]m:]s then '.' or ',' and 1 to 3 digits of
 * milliseconds, with one or more digits in each part ("00:16.500",
 * "01:02:03,004", Teams' "0:0:0.570"). On success stores the time in *ms and
 * the bytes read in *used. Minutes and seconds must be under 60. */
bool import_cues_time(const char *s, size_t len, long *ms, size_t *used);

/* True when the span, spaces trimmed, is empty. */
bool import_cues_blank(ImportSpan line);

#endif
