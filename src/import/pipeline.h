/* pipeline: one import from raw bytes to the storstil text format, with the
 * options of the command line. import_main.c parses arguments into
 * ImportOptions; the tests call the same functions. */
#ifndef STORSTIL_IMPORT_PIPELINE_H
#define STORSTIL_IMPORT_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>

#include "cues.h"
#include "formats.h"
#include "repair.h"

#define IMPORT_MAX_FREQ 16
#define IMPORT_MAX_INPUT (64u * 1024u * 1024u)

typedef struct ImportOptions {
    const char *input;  /* path of the raw text */
    const char *output; /* path to write, NULL for stdout */
    const char *title, *subtitle, *series, *episode, *date, *kind, *source;
    const char *freq[IMPORT_MAX_FREQ]; /* clean texts for word frequencies */
    int n_freq;
    const char *library; /* a folder whose storstil texts (*.txt) count as clean texts too, or NULL */
    bool no_repair;
    const char *aff, *dic; /* hunspell dictionary; NULL for the Debian sv_SE one */
    ImportWarnFn warn;     /* gets each "file:line: warning: ..."; NULL for stderr */
    void *warn_ctx;
} ImportOptions;

typedef struct ImportReport {
    int lines_dropped; /* page numbers, timestamps, headers and footers */
    int words_joined;  /* words a stray space had cut in two */
    int blocks;
    int turns;
    int speakers;
    bool damaged;      /* the text showed the ligature damage */
    bool repaired;     /* and the repair ran */
    bool cp1252;       /* the input was not UTF-8 and was read as Windows-1252 */
    size_t invalid;    /* invalid UTF-8 sequences dropped */
    ImportRepairStats repair;
    const ImportFormat *format; /* what the input was read as: a row of formats.h */
    int warnings;        /* broken cues recovered, each warned about once */
} ImportReport;

/* Converts raw bytes into the text format, choosing the format by content
 * (detect.h) among the rows of formats.h and converting through that row.
 * Returns a new string, or NULL with "file:line: message" in err when no
 * output can be produced. */
char *import_pipeline_convert(const char *bytes, size_t len, const ImportOptions *opt, ImportReport *rep,
                              char *err, size_t errsize);

/* Reads opt->input, converts it and writes opt->output (or stdout); prints
 * the report on stderr. The output is written to a scratch file beside it
 * and renamed into place, so a failed import leaves no partial file.
 * Returns 0 on success, 1 on failure (message printed). */
int import_pipeline_run(const ImportOptions *opt);

/* Reads a whole file or pipe (at most IMPORT_MAX_INPUT bytes) into a new
 * NUL-terminated buffer, waiting for a pipe's writer; NULL with
 * "path:1: message" in err when it cannot. */
char *import_pipeline_read(const char *path, size_t *len, char *err, size_t errsize);

#endif
