/* p20html: Podcasting 2.0's HTML transcript: <cite>Speaker:</cite>, then
 * <time>0:00:01</time> and <p>what was said</p>, repeated; <title> is the
 * title. Owns which elements mean what and telling the format by its tags;
 * reading HTML (entities, broken tags, line numbers) is libxml2's HTML
 * parser, from Debian. */
#include "formats.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "buf.h"
#include "detect.h"

typedef struct {
    ImportCues *c;
    char *speaker; /* the last <cite>, or NULL */
    long start;    /* the last <time>, or -1 */
} Walk;

static bool named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, name) == 0;
}

/* The element's text, entities decoded (a new string that xmlFree frees). */
static char *content(const xmlNode *n)
{
    xmlChar *t = xmlNodeGetContent(n);
    return (char *)t;
}

/* "0:01", "00:01:02.500": milliseconds, or -1. */
static long html_time(const char *s)
{
    ImportBuf b = {0};
    import_buf_adds(&b, s);
    if (!strchr(b.s ? b.s : "", '.')) import_buf_adds(&b, ".0");
    long ms;
    size_t used;
    const char *t = b.s;
    while (*t == ' ' || *t == '\n' || *t == '\t') t++;
    if (!import_cues_time(t, strlen(t), &ms, &used)) ms = -1;
    import_buf_free(&b);
    return ms;
}

static void element(Walk *w, xmlNode *n)
{
    char *t = content(n);
    if (!t) return;
    size_t len = strlen(t);
    if (named(n, "title")) {
        if (!w->c->title) import_cues_set_title(w->c, t, len);
    } else if (named(n, "cite")) {
        while (len && (t[len - 1] == ':' || t[len - 1] == ' ' || t[len - 1] == '\n')) len--;
        xmlFree(w->speaker);
        w->speaker = len ? (char *)xmlStrndup((const xmlChar *)t, (int)len) : NULL;
    } else if (named(n, "time")) {
        w->start = html_time(t);
    } else {
        import_cues_add(w->c, (int)xmlGetLineNo(n), w->start, -1, w->speaker, t, len, false);
    }
    xmlFree(t);
}

/* Walks the tree in document order; <p>, <cite>, <time> and <title> are
 * read whole, <script> and <style> are skipped. */
static void walk(Walk *w, xmlNode *n)
{
    for (; n; n = n->next) {
        if (named(n, "script") || named(n, "style")) continue;
        if (named(n, "p") || named(n, "cite") || named(n, "time") || named(n, "title")) {
            element(w, n);
            continue;
        }
        walk(w, n->children);
    }
}

int import_p20html_detect(const ImportSniff *s)
{
    static const char *const tags[] = {"<html", "<!doctype html", "<cite", "<p>", "<body"};
    if (!s->body_len || s->body[0] != '<') return IMPORT_SURE_NOT;
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
        if (import_detect_has(s->body, s->look, tags[i])) return IMPORT_SURE_MARKUP;
    return IMPORT_SURE_NOT;
}

void import_p20html_parse(ImportCues *c, const char *text, size_t len)
{
    if (len > (size_t)INT32_MAX) return;
    htmlDocPtr doc = htmlReadMemory(text, (int)len, NULL, "UTF-8",
                                    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!doc) {
        import_cues_warn(c, 1, "the HTML cannot be read");
        return;
    }
    Walk w = {c, NULL, -1};
    walk(&w, xmlDocGetRootElement(doc));
    xmlFree(w.speaker);
    xmlFreeDoc(doc);
}
