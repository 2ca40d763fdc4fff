/* formats: every format storstil-import reads, one row each in one table
 * (formats.c), in the manner of a document-handler registry: its key and
 * name, the file-name endings it goes by, how sure it is that some bytes
 * are in it, and how it becomes storstil's text format. Detection
 * (detect.h) loops over the rows; the pipeline converts through the row it
 * chose, so a format that is missing from the table is never read as
 * another one.
 *
 * The timed transcript formats also have a parser each (vtt.c, srt.c,
 * sbv.c, p20json.c, p20html.c), all with one shape: they read clean UTF-8
 * text (a BOM and CRLF allowed) into cues (cues.h), warn once for each
 * broken cue they can recover, and never fail: a file with no readable cue
 * gives an empty list, which the conversion refuses. */
#ifndef STORSTIL_IMPORT_FORMATS_H
#define STORSTIL_IMPORT_FORMATS_H

#include <stddef.h>

#include "cues.h"

struct ImportOptions; /* pipeline.h */
struct ImportReport;

/* How far into a file a signature is looked for. */
#define IMPORT_DETECT_LOOK 4096

/* What a detector looks at, worked out once for all rows: the bytes after a
 * UTF-8 BOM, the same from the first character that is not white space
 * (the body), how far into the body a signature is looked for (at most
 * IMPORT_DETECT_LOOK bytes), and the body's first two non-blank lines
 * within that reach (empty when missing). */
typedef struct {
    const char *s;
    size_t len;
    const char *body;
    size_t body_len;
    size_t look;
    ImportSpan first, second;
} ImportSniff;

/* How sure a detector is, on one scale for every row; the highest wins. */
enum {
    IMPORT_SURE_NOT = 0,         /* not this format */
    IMPORT_SURE_ANY = 1,         /* anything is raw text */
    IMPORT_SURE_TIME_COMMA = 20, /* a first line "time," (SBV; SRT's timing lines start so too) */
    IMPORT_SURE_ARROW = 30,      /* a first cue timed "a --> b" (SRT, or WebVTT without its line) */
    IMPORT_SURE_MARKUP = 60,     /* HTML tags near the start */
    IMPORT_SURE_STRUCTURE = 70,  /* a JSON object with the format's members */
    IMPORT_SURE_HEADER = 80,     /* storstil's own header line first */
    IMPORT_SURE_SIGNATURE = 100  /* the bytes the format's files start with (%PDF-, WEBVTT) */
};

/* The most file-name endings a row lists. */
#define IMPORT_FORMAT_MAX_EXT 3

typedef struct ImportFormat {
    const char *key;  /* short and file-name safe ("vtt"): fuzz_<key>, tests/fuzz/corpus_<key>/ */
    const char *name; /* in messages ("WebVTT") */
    /* Endings without the dot ("vtt"), unused slots NULL: where rows are
     * equally sure, the one the file's name ends with wins, then the
     * earlier row. */
    const char *extensions[IMPORT_FORMAT_MAX_EXT];
    /* How sure the row is that the sniffed bytes are in its format. */
    int (*detect)(const ImportSniff *s);
    /* For a format read by another program (PDF): its text as a new
     * NUL-terminated string, *out_len set; NULL with "name:1: message" in
     * err. NULL when the bytes are text already. */
    char *(*extract)(const char *bytes, size_t len, const char *name, size_t *out_len, char *err, size_t errsize);
    /* A timed format's parser (the shape above), or NULL. */
    void (*parse)(ImportCues *c, const char *text, size_t len);
    /* Converts clean UTF-8 text (taken and freed) into storstil's format:
     * a new string, or NULL with "file:line: message" in err. */
    char *(*convert)(char *text, size_t len, const struct ImportOptions *opt, struct ImportReport *rep, char *err,
                     size_t errsize);
} ImportFormat;

/* The table of formats, in detection's order; *n is set to its length. */
const ImportFormat *import_formats(size_t *n);

/* W3C WebVTT: the WEBVTT line (its text is the title) and header, cues with
 * ids and settings, NOTE, STYLE and REGION blocks. Times may leave out the
 * hours and use one digit per part (Teams' "0:0:0.570"). */
void import_vtt_parse(ImportCues *c, const char *text, size_t len);

/* Sure of WebVTT from its WEBVTT line, less sure from an arrow-timed first cue. */
int import_vtt_detect(const ImportSniff *s);

/* SubRip: numbered cues, "00:00:01,000 --> 00:00:02,500", SRT's few tags. */
void import_srt_parse(ImportCues *c, const char *text, size_t len);

/* Sure of SRT as far as an arrow-timed first cue goes. */
int import_srt_detect(const ImportSniff *s);

/* YouTube's SBV: "0:00:01.000,0:00:02.500" then the cue's lines. */
void import_sbv_parse(ImportCues *c, const char *text, size_t len);

/* Sure of SBV as far as a first line that starts with a time and a comma goes. */
int import_sbv_detect(const ImportSniff *s);

/* Podcasting 2.0 JSON: {"segments": [{"speaker", "startTime", "endTime",
 * "body"}...]}; a top-level "title" is the title. */
void import_p20json_parse(ImportCues *c, const char *text, size_t len);

/* Sure of Podcasting 2.0 JSON when the body is an object with "segments". */
int import_p20json_detect(const ImportSniff *s);

/* Podcasting 2.0 HTML: <cite>Speaker:</cite> <time>0:00</time> <p>text</p>
 * repeated; <title> is the title. */
void import_p20html_parse(ImportCues *c, const char *text, size_t len);

/* Sure of Podcasting 2.0 HTML when the body starts with a tag and HTML's
 * tags come soon after. */
int import_p20html_detect(const ImportSniff *s);

#endif
