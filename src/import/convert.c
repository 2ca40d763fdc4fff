/* convert: the three ways a clean UTF-8 text becomes storstil's format, one
 * for each kind of row in the formats table: raw text (a PDF's too), timed
 * cues through the row's parser, and a text already in the format. Owns the
 * choice of title and kind and when the ligature repair runs; the steps
 * themselves live in lines, blocks, cueblocks, repair and writer. Also the
 * detectors of the two rows that have no module of their own. */
#include "convert.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "cueblocks.h"
#include "core/doc.h"
#include "freq.h"
#include "lines.h"
#include "splitwords.h"
#include "writer.h"

#define DEFAULT_AFF "/usr/share/hunspell/sv_SE.aff"
#define DEFAULT_DIC "/usr/share/hunspell/sv_SE.dic"

int import_text_detect(const ImportSniff *s)
{
    (void)s;
    return IMPORT_SURE_ANY;
}

int import_storstil_detect(const ImportSniff *s)
{
    size_t look = s->len < IMPORT_DETECT_LOOK ? s->len : IMPORT_DETECT_LOOK;
    return doc_has_header(s->s, look) ? IMPORT_SURE_HEADER : IMPORT_SURE_NOT;
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

/* Adds the body of the clean text at path to freq; false with err set when
 * it cannot be read. */
static bool add_clean(ImportFreq *freq, const char *path, char *err, size_t errsize)
{
    size_t fl;
    char *ft = import_pipeline_read(path, &fl, err, errsize);
    if (!ft) return false;
    const char *body = skip_header(ft);
    import_freq_add_text(freq, body, fl - (size_t)(body - ft));
    free(ft);
    return true;
}

/* Adds every storstil text in the library folder (*.txt, not hidden: not
 * an import's scratch file) to freq, in name order so the counts never
 * depend on the folder's order; a file that cannot be read is skipped. */
static void add_library(ImportFreq *freq, const char *dir)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    if (n < 0) {
        fprintf(stderr, "storstil-import: %s: cannot read the library folder; repaired without it\n", dir);
        return;
    }
    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        size_t l = strlen(name);
        char path[4096], err[512];
        if (name[0] != '.' && l > 4 && strcmp(name + l - 4, ".txt") == 0 &&
            snprintf(path, sizeof path, "%s/%s", dir, name) < (int)sizeof path)
            add_clean(freq, path, err, sizeof err);
        free(names[i]);
    }
    free(names);
}

/* Runs the ligature repair over the whole text when it shows the damage. */
static char *maybe_repair(char *text, size_t *len, const ImportOptions *opt, ImportReport *rep, char *err,
                          size_t errsize)
{
    rep->damaged = import_repair_is_damaged(text, *len);
    if (!rep->damaged || opt->no_repair) return text;
    ImportFreq *freq = import_freq_new();
    for (int i = 0; i < opt->n_freq; i++) {
        if (!add_clean(freq, opt->freq[i], err, errsize)) {
            import_freq_free(freq);
            free(text);
            return NULL;
        }
    }
    if (opt->library) add_library(freq, opt->library);
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
    const char *header[] = {opt->title, opt->subtitle, opt->series};
    import_repair_set_header(r, header, sizeof header / sizeof *header);
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

/* True with the report's counts set when the blocks hold a word; else
 * false with "name:1: why" in err and the blocks freed. */
static bool counted(ImportBlocks *blocks, ImportReport *rep, const char *name, const char *why, char *err,
                    size_t errsize)
{
    if (!import_writer_has_words(blocks)) {
        snprintf(err, errsize, "%s:1: %s", name, why);
        import_blocks_free(blocks);
        return false;
    }
    rep->blocks = (int)blocks->n;
    rep->turns = blocks->turns;
    rep->speakers = import_speakers_count(blocks->speakers);
    return true;
}

char *import_convert_cues(char *text, size_t len, const ImportOptions *opt, ImportReport *rep, char *err,
                          size_t errsize)
{
    const char *name = opt->input ? opt->input : "(input)";
    ImportCues *cues = import_cues_new(name, opt->warn, opt->warn_ctx);
    rep->format->parse(cues, text, len);
    free(text);
    rep->warnings = cues->warnings;
    ImportBlocks *blocks = import_cueblocks_build(cues);
    if (!counted(blocks, rep, name, cues->n ? "the cues hold no text" : "no cues with text found; nothing to import",
                 err, errsize)) {
        import_cues_free(cues);
        return NULL;
    }
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

char *import_convert_storstil(char *text, size_t len, const ImportOptions *opt, ImportReport *rep, char *err,
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

char *import_convert_text(char *text, size_t len, const ImportOptions *opt, ImportReport *rep, char *err,
                          size_t errsize)
{
    const char *name = opt->input ? opt->input : "(input)";
    text = maybe_repair(text, &len, opt, rep, err, errsize);
    if (!text) return NULL;
    ImportLines *lines = import_lines_split(text, len);
    free(text);
    rep->lines_dropped = import_lines_drop_furniture(lines);
    rep->words_joined = import_splitwords_join(lines);
    ImportBlocks *blocks = import_blocks_build(lines);
    if (!counted(blocks, rep, name, "no text found", err, errsize)) {
        import_lines_free(lines);
        return NULL;
    }
    ImportMeta meta = choose_meta(opt, blocks, rep);
    char *out = render(blocks, &meta, name, err, errsize);
    import_lines_free(lines);
    return out;
}
