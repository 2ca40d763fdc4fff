/* layout_fake: a fixed-width fake font and helpers shared by the layout
 * tests. Every character (code point) is FAKE_CHAR_W px wide, every face's
 * line FAKE_LINE_H px high, and blocks have no gap between them, so a test
 * can count lines and pages by hand. */
#ifndef STORSTIL_TEST_LAYOUT_FAKE_H
#define STORSTIL_TEST_LAYOUT_FAKE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"
#include "core/hyphenate.h"
#include "core/layout.h"
#include "import/hyphenation.h"

#define FAKE_CHAR_W 10
#define FAKE_LINE_H 20
#define FAKE_X 5
#define FAKE_Y 7
#define FAKE_INDENT 20

static inline int fake_width(const char *s)
{
    int n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n * FAKE_CHAR_W;
}

static inline int fake_text_width(void *ctx, LayoutFace face, const char *s, size_t len)
{
    (void)ctx;
    (void)face;
    int n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n * FAKE_CHAR_W;
}

static inline int fake_line_height(void *ctx, LayoutFace face)
{
    (void)ctx;
    (void)face;
    return FAKE_LINE_H;
}

static const LayoutMeasure fake_measure = {NULL, fake_text_width, fake_line_height};

static inline Doc *fake_doc_n(const char *src, size_t len)
{
    Doc *doc = doc_parse("fake.txt", src, len);
    if (!doc || doc->broken) {
        fprintf(stderr, "fake_doc: document did not parse\n");
        abort();
    }
    return doc;
}

static inline Doc *fake_doc(const char *src) { return fake_doc_n(src, strlen(src)); }

/* src (with a header) as the importer writes it, its hyphenation settled
 * with hunspell's sv_SE (import/hyphenation.h), parsed. */
static inline Doc *fake_doc_imported(const char *src)
{
    char err[300];
    char *settled = import_hyphenation_settle(src, NULL, NULL, NULL, err, sizeof err);
    if (!settled) {
        fprintf(stderr, "fake_doc_imported: %s\n", err);
        abort();
    }
    Doc *doc = fake_doc(settled);
    free(settled);
    return doc;
}

/* Lays out doc into an area `chars` characters wide and `lines` lines high,
 * with the words doc settled (as the typesetter does). */
static inline Layout *fake_layout(const Doc *doc, int chars, int lines, Hyphenator *hy)
{
    LayoutStyle st = {10, 10, FAKE_LINE_H, FAKE_LINE_H, 0, FAKE_INDENT};
    LayoutRect area = {FAKE_X, FAKE_Y, chars * FAKE_CHAR_W, lines * FAKE_LINE_H};
    if (hy && hyphenate_settle(hy, doc->hyphenation, doc->n_hyphenation) < 0) abort();
    Layout *lay = layout_new(doc, area, &st, &fake_measure, hy);
    if (!lay) abort();
    return lay;
}

/* A line as drawn (with the added "-"), in a static buffer. */
static inline const char *fake_line(const Doc *doc, const LayoutLine *line)
{
    static char buf[4096];
    size_t len;
    const char *s = layout_line_text(doc, line, &len);
    if (len > sizeof buf - 2) len = sizeof buf - 2;
    memcpy(buf, s, len);
    if (line->flags & LAYOUT_LINE_HYPHEN) buf[len++] = '-';
    buf[len] = '\0';
    return buf;
}

#define FAKE_LONG_DOC                                                                   \
    "title: Lång\nspeakers: Eva Sahlén, Anna Borgius\n\n"                               \
    "# Digitaliseringsstrategi i Sörmland\n"                                            \
    "Eva Sahlén: Hej och välkomna till ett nytt avsnitt om välfärdsteknik och e-hälsa " \
    "i kommunerna, där vi pratar om digitaliseringsstrategi och sjukvårdskontext.\n"    \
    "Anna Borgius: Tack. Jag är vård- och omsorgsdirektör i Lunds kommun och har "     \
    "ansvar för äldreomsorgen, som kostar 1 000 kronor per invånare enligt SKR:s "     \
    "senaste rapport från 2021.\n"                                                      \
    "[skratt]\n"                                                                        \
    "Och jag har ansvar för hälso- och sjukvården, FoU-podden och mycket annat.\n"     \
    "## Vad händer nu\n"                                                                \
    "- trygghetslarm och tillsyn via kamera på natten\n"                                \
    "- läkemedelsautomater\n"                                                           \
    "- digitala stöd för personer med kognitiv funktionsnedsättning\n"                  \
    "Eva Sahlén: Det var allt för i dag. Tack för att ni lyssnade, och välkomna "       \
    "tillbaka nästa gång när vi pratar om arbetsmiljö och verksamhetsutveckling.\n"

#endif
