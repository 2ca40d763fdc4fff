/* doc: reads one storstil text file into a Doc.
 *
 * Owns a Doc's life: reading the file (through readfile), the repair of its
 * bytes (utf8_sanitize's job, called here), deciding when bytes are not text
 * at all, the list of problems, and freeing. The format's own rules are
 * doc_format.c's; measuring and drawing are not this module's business. It
 * must never crash or abort on any input: every failure becomes a DocProblem. */
#include "doc.h"

#include "doc_internal.h"
#include "readfile.h"
#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DOC_MAX_PROBLEMS 50

void doc_add_problem(Doc *doc, int line, const char *fmt, ...)
{
    if (doc->n_problems >= DOC_MAX_PROBLEMS) return;
    DocProblem *grown = realloc(doc->problems, (doc->n_problems + 1) * sizeof *grown);
    if (!grown) return;
    doc->problems = grown;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    char *msg = strdup(buf);
    if (!msg) return;
    doc->problems[doc->n_problems].line = line;
    doc->problems[doc->n_problems].message = msg;
    doc->n_problems++;
}

void doc_mark_broken(Doc *doc, int line, const char *why)
{
    doc_add_problem(doc, line, "%s", why);
    doc->broken = true;
}

/* The file name without folders and without a .txt ending. */
static char *title_from_name(const char *name)
{
    size_t n = strlen(name);
    if (n > 4 && !strcmp(name + n - 4, ".txt")) n -= 4;
    return strndup(name, n);
}

/* An empty Doc that knows its file's path and name. */
static Doc *doc_new(const char *path)
{
    Doc *doc = calloc(1, sizeof *doc);
    if (!doc) return NULL;
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    doc->path = strdup(path);
    doc->name = strdup(name);
    if (!doc->path || !doc->name) {
        doc_free(doc);
        return NULL;
    }
    return doc;
}

/* Gives a Doc that lacks one its title from the file name. */
static Doc *finish(Doc *doc)
{
    if (!doc->title) doc->title = title_from_name(doc->name);
    if (!doc->title) {
        doc_free(doc);
        return NULL;
    }
    return doc;
}

Doc *doc_parse(const char *path, const char *bytes, size_t len)
{
    Doc *doc = doc_new(path);
    if (!doc) return NULL;
    if (len > DOC_MAX_BYTES) {
        doc_mark_broken(doc, 0, "the file is larger than 8 MiB");
        return finish(doc);
    }
    size_t clean_len = 0, bad = 0;
    int bad_line = 0;
    char *clean = utf8_sanitize(bytes, len, &clean_len, &bad, &bad_line);
    if (!clean) {
        doc_free(doc);
        return NULL;
    }
    int rc = 0;
    /* Text with a few bad bytes is shown with U+FFFD in their place; a file
     * where bad bytes make up a large share is not text at all. */
    if (bad > 16 && bad * 20 > clean_len) {
        doc_mark_broken(doc, bad_line, "this does not look like a text file (is it saved as UTF-8 text?)");
    } else {
        if (bad)
            doc_add_problem(doc, bad_line, "invalid UTF-8 replaced by U+FFFD in %zu place%s (save the file as UTF-8)",
                        bad, bad == 1 ? "" : "s");
        rc = doc_format_parse(doc, clean, clean_len);
    }
    free(clean);
    if (rc < 0) {
        doc_free(doc);
        return NULL;
    }
    return finish(doc);
}

Doc *doc_load(const char *path)
{
    /* readfile refuses a named pipe or a device at once, so none can stall
     * the kiosk, and stops at the cap that doc_parse would enforce anyway. */
    ReadFileError err;
    size_t len = 0;
    char *buf = readfile_load(path, DOC_MAX_BYTES, READFILE_REGULAR, &len, &err);
    Doc *doc;
    if (!buf) {
        doc = doc_new(path);
        if (doc) {
            doc_mark_broken(doc, 0, err.why);
            doc = finish(doc);
        }
    } else {
        doc = doc_parse(path, buf, len);
    }
    free(buf);
    return doc;
}

void doc_free(Doc *doc)
{
    if (!doc) return;
    free(doc->path);
    free(doc->name);
    free(doc->title);
    free(doc->subtitle);
    free(doc->series);
    free(doc->episode);
    free(doc->date);
    free(doc->kind);
    free(doc->source);
    free(doc->language);
    for (int i = 0; i < doc->n_speakers; i++) free(doc->speakers[i]);
    free(doc->speakers);
    for (int i = 0; i < doc->n_quotes; i++) free(doc->quotes[i]);
    free(doc->quotes);
    for (size_t i = 0; i < doc->n_hyphenation; i++) free(doc->hyphenation[i]);
    free(doc->hyphenation);
    free(doc->text);
    free(doc->blocks);
    free(doc->times);
    for (size_t i = 0; i < doc->n_problems; i++) free(doc->problems[i].message);
    free(doc->problems);
    free(doc);
}

char *doc_problem_format(const Doc *doc, size_t i, char *buf, size_t size)
{
    const DocProblem *p = &doc->problems[i];
    snprintf(buf, size, "%s:%d: %s", doc->name, p->line > 0 ? p->line : 1, p->message);
    return buf;
}
