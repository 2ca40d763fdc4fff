/* pipeline: the order of the importer's steps and its file handling.
 * Owns what is read (through core/readfile, pipes allowed) and written, the
 * decoding to clean UTF-8, and the report; which format the bytes are in is
 * detect's, and the conversion is the chosen row's (formats.h). */
#include "pipeline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/readfile.h"
#include "core/utf8.h"
#include "detect.h"
#include "encoding.h"
#include "hyphenation.h"

char *import_pipeline_read(const char *path, size_t *len, char *err, size_t errsize)
{
    /* A command-line tool may read a pipe (storstil-import <(...)), unlike
     * the kiosk, so pipes are allowed here and waited for. */
    ReadFileError rerr;
    char *text = readfile_load(path, IMPORT_MAX_INPUT, READFILE_PIPES, len, &rerr);
    if (!text) snprintf(err, errsize, "%s:1: %s", path, rerr.why);
    return text;
}

/* The bytes as clean UTF-8 (a new string): UTF-16 and Windows-1252
 * converted, invalid sequences replaced; NULL without memory. */
static char *decode(const char *bytes, size_t len, ImportReport *rep, size_t *clean_len)
{
    char *decoded = NULL;
    if (import_encoding_is_utf16(bytes, len)) {
        size_t dlen;
        decoded = import_encoding_from_utf16(bytes, len, &dlen);
        if (decoded) {
            bytes = decoded;
            len = dlen;
        }
    } else if (import_encoding_is_cp1252(bytes, len)) {
        /* Not UTF-8 at all: a Windows editor's Swedish (å, ä, ö as single bytes). */
        size_t dlen;
        decoded = import_encoding_from_cp1252(bytes, len, &dlen);
        if (decoded) {
            bytes = decoded;
            len = dlen;
            rep->cp1252 = true;
        }
    }
    char *text = utf8_sanitize(bytes, len, clean_len, &rep->invalid, NULL);
    free(decoded);
    return text;
}

char *import_pipeline_convert(const char *bytes, size_t len, const ImportOptions *opt, ImportReport *rep,
                              char *err, size_t errsize)
{
    memset(rep, 0, sizeof *rep);
    const char *name = opt->input ? opt->input : "(input)";
    rep->format = import_detect(bytes, len, opt->input);
    char *extracted = NULL;
    if (rep->format->extract) {
        size_t xlen;
        extracted = rep->format->extract(bytes, len, name, &xlen, err, errsize);
        if (!extracted) return NULL;
        bytes = extracted;
        len = xlen;
    }
    size_t clean_len = 0;
    char *text = decode(bytes, len, rep, &clean_len);
    free(extracted);
    if (!text) {
        snprintf(err, errsize, "%s:1: out of memory", name);
        return NULL;
    }
    if (!import_encoding_looks_like_text(text, clean_len)) {
        snprintf(err, errsize, "%s:1: this does not look like a text file", name);
        free(text);
        return NULL;
    }
    /* Decoded (UTF-16 and the like), the text may show a format its bytes
     * did not; an extracted text is the format's own. */
    if (!rep->format->extract) rep->format = import_detect(text, clean_len, opt->input);
    char *out = rep->format->convert(text, clean_len, opt, rep, err, errsize);
    if (!out) return NULL;
    /* The hyphenation the kiosk would otherwise need hunspell for. */
    char *settled = import_hyphenation_settle(out, NULL, opt->aff, opt->dic, err, errsize);
    free(out);
    return settled;
}

/* Writes out to path through a scratch file in the same folder renamed
 * into place, or to stdout when path is NULL; false with a message printed.
 * An existing path that is not a regular file (a device, a pipe, a link, a
 * folder) is refused and left as it was. */
static bool write_output(const char *path, const char *out)
{
    size_t ol = strlen(out);
    if (!path) {
        bool ok = fwrite(out, 1, ol, stdout) == ol && fflush(stdout) == 0;
        if (!ok) fprintf(stderr, "(stdout):1: write error\n");
        return ok;
    }
    /* The scratch file is renamed over path, which would put a regular file
     * where a device, a pipe or a link was: refuse those. */
    struct stat st;
    if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        fprintf(stderr, "%s:1: cannot write: not a regular file (leave out -o to write to standard output)\n",
                path);
        return false;
    }
    size_t pl = strlen(path);
    char *tmp = malloc(pl + 32);
    if (!tmp) return false;
    snprintf(tmp, pl + 32, "%s.tmp-XXXXXX", path);
    int fd = mkstemp(tmp);
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (!f) {
        fprintf(stderr, "%s:1: cannot write: %s\n", path, strerror(errno));
        if (fd >= 0) close(fd), unlink(tmp);
        free(tmp);
        return false;
    }
    mode_t mask = umask(0);
    umask(mask);
    bool ok = fchmod(fd, 0666 & ~mask) == 0;
    ok = fwrite(out, 1, ol, f) == ol && ok;
    ok = (fclose(f) == 0) && ok;
    if (ok && rename(tmp, path) != 0) ok = false;
    if (!ok) {
        fprintf(stderr, "%s:1: cannot write: %s\n", path, strerror(errno));
        unlink(tmp);
    }
    free(tmp);
    return ok;
}

/* What settled the words two dictionary spellings fitted, and the other
 * repairs that evidence made. */
static void print_evidence(const ImportOptions *opt, const ImportRepairStats *st)
{
    size_t n = 0;
    for (int e = 0; e < EVIDENCE_COUNT; e++) n += st->decided[e];
    fprintf(stderr, "%s: ligature repair: %zu words two spellings fitted (%zu changed by the evidence):", opt->input,
            n, st->flipped);
    for (int e = EVIDENCE_NONE + 1; e < EVIDENCE_COUNT; e++)
        if (st->decided[e]) fprintf(stderr, " %zu by %s,", st->decided[e], import_evidence_name((ImportEvidence)e));
    fprintf(stderr, " %zu kept and listed; %zu acronyms restored, %zu compounds joined\n", st->decided[EVIDENCE_NONE],
            st->acronyms, st->joined);
}

static void print_report(const ImportOptions *opt, const ImportReport *rep)
{
    fprintf(stderr, "%s: %s, %d blocks, %d turns, %d speakers, %d furniture lines dropped\n", opt->input,
            rep->format->name, rep->blocks, rep->turns, rep->speakers, rep->lines_dropped);
    if (rep->words_joined)
        fprintf(stderr, "%s: %d word%s cut by a stray space joined\n", opt->input, rep->words_joined,
                rep->words_joined == 1 ? "" : "s");
    if (rep->warnings)
        fprintf(stderr, "%s: %d warning%s above; the text was imported\n", opt->input, rep->warnings,
                rep->warnings == 1 ? "" : "s");
    if (rep->cp1252) fprintf(stderr, "%s: not UTF-8; read as Windows-1252 (Latin-1)\n", opt->input);
    if (rep->invalid)
        fprintf(stderr, "%s: %zu invalid byte sequence%s dropped\n", opt->input, rep->invalid,
                rep->invalid == 1 ? "" : "s");
    if (rep->repaired)
        fprintf(stderr,
                "%s: ligature repair: %zu words changed, %zu damaged (%zu by frequency, %zu by letter model), "
                "%zu undecided, %zu to check (listed above)\n",
                opt->input, rep->repair.changed, rep->repair.damaged, rep->repair.by_count, rep->repair.by_shape,
                rep->repair.undecided, rep->repair.uncertain);
    else if (rep->damaged)
        fprintf(stderr, "%s: the text shows lost ligatures; repair is off\n", opt->input);
    if (rep->repaired) print_evidence(opt, &rep->repair);
}

int import_pipeline_run(const ImportOptions *opt)
{
    char err[1024];
    size_t len;
    char *raw = import_pipeline_read(opt->input, &len, err, sizeof err);
    if (!raw) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    ImportReport rep;
    char *out = import_pipeline_convert(raw, len, opt, &rep, err, sizeof err);
    free(raw);
    if (!out) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    bool ok = write_output(opt->output, out);
    free(out);
    if (!ok) return 1;
    print_report(opt, &rep);
    return 0;
}
