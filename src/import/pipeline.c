/* pipeline: the order of the importer's steps and its file handling.
 * Owns what is read (through core/readfile, pipes allowed) and written, the
 * choice of title and kind, and when the ligature repair runs. The steps
 * themselves live in lines, blocks, repair and writer. */
#include "pipeline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "blocks.h"
#include "cueblocks.h"
#include "core/doc.h"
#include "core/readfile.h"
#include "core/utf8.h"
#include "encoding.h"
#include "formats.h"
#include "freq.h"
#include "lines.h"
#include "pdf.h"
#include "splitwords.h"
#include "writer.h"

#define DEFAULT_AFF "/usr/share/hunspell/sv_SE.aff"
#define DEFAULT_DIC "/usr/share/hunspell/sv_SE.dic"

char *import_pipeline_read(const char *path, size_t *len, char *err, size_t errsize)
{
    /* A command-line tool may read a pipe (storstil-import <(...)), unlike
     * the kiosk, so pipes are allowed here and waited for. */
    ReadFileError rerr;
    char *text = readfile_load(path, IMPORT_MAX_INPUT, READFILE_PIPES, len, &rerr);
    if (!text) snprintf(err, errsize, "%s:1: %s", path, rerr.why);
    return text;
}

/* Skips a storstil header (key: value lines up to the first blank line). */
static const char *skip_header(const char *s)
{
    const char *colon = strchr(s, ':'), *nl = strchr(s, '\n');
    if (!colon || (nl && colon > nl)) return s;
    const char *blank = strstr(s, "\n\n");
    return blank ? blank + 2 : s;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Prints one of the repair's notes on stderr. */
static void print_note(void *ctx, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "%s\n", msg);
}

/* Runs the ligature repair over the whole text when it shows the damage. */
static char *maybe_repair(char *text, size_t *len, const ImportOptions *opt, ImportReport *rep, char *err,
                          size_t errsize)
{
    rep->damaged = import_repair_is_damaged(text, *len);
    if (!rep->damaged || opt->no_repair) return text;
    ImportFreq *freq = import_freq_new();
    for (int i = 0; i < opt->n_freq; i++) {
        size_t fl;
        char *ft = import_pipeline_read(opt->freq[i], &fl, err, errsize);
        if (!ft) {
            import_freq_free(freq);
            free(text);
            return NULL;
        }
        const char *body = skip_header(ft);
        import_freq_add_text(freq, body, fl - (size_t)(body - ft));
        free(ft);
    }
    char derr[512];
    ImportRepair *r = import_repair_new(opt->aff ? opt->aff : DEFAULT_AFF, opt->dic ? opt->dic : DEFAULT_DIC,
                                        freq, derr, sizeof derr);
    if (!r) {
        /* Without a dictionary the text is still worth importing. */
        fprintf(stderr, "storstil-import: %s; ligature repair skipped\n", derr);
        import_freq_free(freq);
        return text;
    }
    import_repair_set_notes(r, opt->input ? opt->input : "(input)", opt->warn ? opt->warn : print_note,
                            opt->warn_ctx);
    char *fixed = import_repair_text(r, text, *len, &rep->repair);
    import_repair_free(r);
    import_freq_free(freq);
    free(text);
    *len = strlen(fixed);
    rep->repaired = true;
    return fixed;
}

/* The header: the command line's values first, then what the text shows
 * (a title line, two or more speakers for a podcast), then the file name. */
static ImportMeta choose_meta(const ImportOptions *opt, const ImportBlocks *blocks, const ImportReport *rep)
{
    ImportMeta meta = {0};
    meta.title = opt->title;
    meta.subtitle = opt->subtitle;
    if (blocks->title_line) {
        if (!meta.title) meta.title = blocks->title_line;
        else if (!meta.subtitle) meta.subtitle = blocks->title_line;
    }
    if (!meta.title) meta.title = opt->input ? base_name(opt->input) : "Utan titel";
    meta.series = opt->series;
    meta.episode = opt->episode;
    meta.date = opt->date;
    meta.kind = opt->kind ? opt->kind : (rep->speakers >= 2 ? "podcast" : "report");
    meta.source = opt->source ? opt->source : (opt->input ? base_name(opt->input) : NULL);
    return meta;
}

/* Renders the blocks and checks the kiosk's size limit; frees the blocks. */
static char *render(ImportBlocks *blocks, const ImportMeta *meta, const char *name, char *err, size_t errsize)
{
    char *out = import_writer_render(blocks, meta);
    import_blocks_free(blocks);
    if (out && strlen(out) > DOC_MAX_BYTES) {
        snprintf(err, errsize, "%s:1: the result is larger than the kiosk's 8 MiB limit; split the text", name);
        free(out);
        return NULL;
    }
    return out;
}

/* Parses a timed transcript (text is taken and freed) into the format. The
 * file's own title comes first, then --title, then the file name; a
 * transcript is a podcast unless --kind says otherwise. */
static char *convert_cues(char *text, size_t len, const ImportOptions *opt, ImportReport *rep, char *err,
                          size_t errsize)
{
    const char *name = opt->input ? opt->input : "(input)";
    ImportCues *cues = import_cues_new(name, opt->warn, opt->warn_ctx);
    switch (rep->format) {
    case IMPORT_FORMAT_VTT: import_vtt_parse(cues, text, len); break;
    case IMPORT_FORMAT_SRT: import_srt_parse(cues, text, len); break;
    case IMPORT_FORMAT_SBV: import_sbv_parse(cues, text, len); break;
    case IMPORT_FORMAT_P20JSON: import_p20json_parse(cues, text, len); break;
    default: import_p20html_parse(cues, text, len); break;
    }
    free(text);
    rep->warnings = cues->warnings;
    ImportBlocks *blocks = import_cueblocks_build(cues);
    if (!import_writer_has_words(blocks)) {
        snprintf(err, errsize, "%s:1: %s", name,
                 cues->n ? "the cues hold no text" : "no cues with text found; nothing to import");
        import_blocks_free(blocks);
        import_cues_free(cues);
        return NULL;
    }
    rep->blocks = (int)blocks->n;
    rep->turns = blocks->turns;
    rep->speakers = import_speakers_count(blocks->speakers);
    ImportMeta meta = choose_meta(opt, blocks, rep);
    if (cues->title) {
        meta.title = cues->title;
        meta.subtitle = opt->subtitle;
    }
    if (!opt->kind) meta.kind = "podcast";
    char *out = render(blocks, &meta, name, err, errsize);
    import_cues_free(cues);
    return out;
}

/* A text already in storstil's format (text is taken): kept as it is, read
 * by the kiosk's own parser first; one it cannot show is refused with its
 * reason, and its lesser problems are warnings. The file's header wins over
 * --title and the other header flags. */
static char *convert_storstil(char *text, size_t len, const ImportOptions *opt, ImportReport *rep, char *err,
                              size_t errsize)
{
    const char *name = opt->input ? opt->input : "(input)";
    Doc *doc = doc_parse(name, text, len);
    if (!doc) {
        snprintf(err, errsize, "%s:1: out of memory", name);
        free(text);
        return NULL;
    }
    if (doc->broken) {
        const DocProblem *why = doc->n_problems ? &doc->problems[doc->n_problems - 1] : NULL;
        snprintf(err, errsize, "%s:%d: %s", name, why && why->line > 0 ? why->line : 1,
                 why ? why->message : "the kiosk cannot show this text");
        doc_free(doc);
        free(text);
        return NULL;
    }
    for (size_t i = 0; i < doc->n_problems; i++) {
        char full[700];
        const DocProblem *pr = &doc->problems[i];
        snprintf(full, sizeof full, "%s:%d: warning: %s", name, pr->line > 0 ? pr->line : 1, pr->message);
        rep->warnings++;
        if (opt->warn) opt->warn(opt->warn_ctx, full);
        else fprintf(stderr, "%s\n", full);
    }
    rep->blocks = (int)doc->n_blocks;
    rep->speakers = doc->n_speakers;
    for (size_t i = 0; i < doc->n_blocks; i++) rep->turns += doc->blocks[i].kind == DOC_TURN;
    doc_free(doc);
    if (len && text[len - 1] != '\n') { /* the format's files end with a line break */
        char *grown = realloc(text, len + 2);
        if (!grown) {
            free(text);
            snprintf(err, errsize, "%s:1: out of memory", name);
            return NULL;
        }
        text = grown;
        text[len++] = '\n';
        text[len] = '\0';
    }
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
    char *pdf = NULL;
    if (rep->format == IMPORT_FORMAT_PDF) {
        size_t plen;
        pdf = import_pdf_text(bytes, len, name, &plen, err, errsize);
        if (!pdf) return NULL;
        bytes = pdf;
        len = plen;
    }
    size_t clean_len = 0;
    char *text = decode(bytes, len, rep, &clean_len);
    free(pdf);
    if (!text) {
        snprintf(err, errsize, "%s:1: out of memory", name);
        return NULL;
    }
    if (!import_encoding_looks_like_text(text, clean_len)) {
        snprintf(err, errsize, "%s:1: this does not look like a text file", name);
        free(text);
        return NULL;
    }
    if (rep->format != IMPORT_FORMAT_PDF) rep->format = import_detect(text, clean_len, opt->input);
    if (rep->format == IMPORT_FORMAT_STORSTIL) return convert_storstil(text, clean_len, opt, rep, err, errsize);
    if (rep->format != IMPORT_FORMAT_TEXT && rep->format != IMPORT_FORMAT_PDF)
        return convert_cues(text, clean_len, opt, rep, err, errsize);
    text = maybe_repair(text, &clean_len, opt, rep, err, errsize);
    if (!text) return NULL;
    ImportLines *lines = import_lines_split(text, clean_len);
    free(text);
    rep->lines_dropped = import_lines_drop_furniture(lines);
    rep->words_joined = import_splitwords_join(lines);
    ImportBlocks *blocks = import_blocks_build(lines);
    if (!import_writer_has_words(blocks)) {
        snprintf(err, errsize, "%s:1: no text found", name);
        import_blocks_free(blocks);
        import_lines_free(lines);
        return NULL;
    }
    rep->blocks = (int)blocks->n;
    rep->turns = blocks->turns;
    rep->speakers = import_speakers_count(blocks->speakers);

    ImportMeta meta = choose_meta(opt, blocks, rep);
    char *out = render(blocks, &meta, name, err, errsize);
    import_lines_free(lines);
    return out;
}

/* Writes out to path through a scratch file in the same folder renamed
 * into place, or to stdout when path is NULL; false with a message printed. */
static bool write_output(const char *path, const char *out)
{
    size_t ol = strlen(out);
    if (!path) {
        bool ok = fwrite(out, 1, ol, stdout) == ol && fflush(stdout) == 0;
        if (!ok) fprintf(stderr, "(stdout):1: write error\n");
        return ok;
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

static void print_report(const ImportOptions *opt, const ImportReport *rep)
{
    fprintf(stderr, "%s: %s, %d blocks, %d turns, %d speakers, %d furniture lines dropped\n", opt->input,
            import_detect_name(rep->format), rep->blocks, rep->turns, rep->speakers, rep->lines_dropped);
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
