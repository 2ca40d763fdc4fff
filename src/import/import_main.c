/* storstil-import: command-line front end of the importer.
 * Owns argument parsing only; everything else is in pipeline.c. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "formats.h"
#include "pipeline.h"

#define USAGE_WIDTH 88 /* the usage's widest line */

/* The usage; the formats are the table's (formats.h). */
static void usage(FILE *f)
{
    fputs("usage: storstil-import FILE [-o OUT] [--title T] [--subtitle S] [--series S]\n"
          "                       [--episode E] [--date D] [--kind podcast|report] [--source NAME]\n"
          "                       [--freq CLEAN.txt]... [--library DIR] [--no-repair]\n"
          "                       [--dict AFF DIC]\n"
          "Reads one transcript or report and writes it in storstil's text format. The format is\n"
          "told by content:",
          f);
    size_t n, col = 16;
    const ImportFormat *t = import_formats(&n);
    for (size_t i = 0; i < n; i++) {
        size_t w = strlen(t[i].name) + 2; /* ", " or ": " before it, "," or "." after it */
        bool wrap = col + w + 1 > USAGE_WIDTH;
        fprintf(f, "%s%s%s", i ? "," : "", wrap ? "\n" : " ", t[i].name);
        col = wrap ? w - 2 : col + w;
    }
    fputs(".\nA PDF is read through pdftotext; a text already in storstil's format is kept as it is.\n"
          "Broken cues are kept with a warning; a failed import writes nothing.\n",
          f);
}

/* The option field that a flag taking one value fills, or NULL when a is
 * not such a flag. */
static const char **value_slot(ImportOptions *opt, const char *a)
{
    if (strcmp(a, "-o") == 0) return &opt->output;
    if (strcmp(a, "--title") == 0) return &opt->title;
    if (strcmp(a, "--subtitle") == 0) return &opt->subtitle;
    if (strcmp(a, "--series") == 0) return &opt->series;
    if (strcmp(a, "--episode") == 0) return &opt->episode;
    if (strcmp(a, "--date") == 0) return &opt->date;
    if (strcmp(a, "--kind") == 0) return &opt->kind;
    if (strcmp(a, "--source") == 0) return &opt->source;
    if (strcmp(a, "--library") == 0) return &opt->library;
    return NULL;
}

/* Fills opt from the command line. Returns -1 to go on and import, or the
 * exit status (0 after --help, 2 after a message on stderr). */
static int parse_args(int argc, char **argv, ImportOptions *opt)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--no-repair") == 0) {
            opt->no_repair = true;
            continue;
        } else if (strcmp(a, "--dict") == 0) {
            if (i + 2 >= argc) {
                fputs("storstil-import: --dict needs AFF and DIC\n", stderr);
                return 2;
            }
            opt->aff = argv[++i];
            opt->dic = argv[++i];
            continue;
        } else if ((slot = value_slot(opt, a)) != NULL) {
            /* its value is read below */
        } else if (strcmp(a, "--freq") == 0) {
            if (opt->n_freq == IMPORT_MAX_FREQ) {
                fprintf(stderr, "storstil-import: at most %d --freq files\n", IMPORT_MAX_FREQ);
                return 2;
            }
            slot = &opt->freq[opt->n_freq++];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "storstil-import: unknown option %s\n", a);
            usage(stderr);
            return 2;
        } else if (!opt->input) {
            opt->input = a;
            continue;
        } else {
            fprintf(stderr, "storstil-import: more than one input (%s)\n", a);
            return 2;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "storstil-import: %s needs a value\n", a);
            return 2;
        }
        *slot = argv[++i];
    }
    if (!opt->input) {
        usage(stderr);
        return 2;
    }
    if (opt->kind && strcmp(opt->kind, "podcast") != 0 && strcmp(opt->kind, "report") != 0) {
        fprintf(stderr, "storstil-import: --kind must be podcast or report\n");
        return 2;
    }
    return -1;
}

int main(int argc, char **argv)
{
    ImportOptions opt;
    memset(&opt, 0, sizeof opt);
    int status = parse_args(argc, argv, &opt);
    if (status >= 0)
        return status;
    return import_pipeline_run(&opt);
}
