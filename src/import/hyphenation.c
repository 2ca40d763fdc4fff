/* hyphenation: the importer's side of hyphenation (hyphenation.h).
 *
 * Owns finding a text's words, asking compound (hunspell) and the plain
 * rules (core/hyphenate) about each, and writing the words they disagree
 * on into the header. Only disagreements are written: the kiosk judges any
 * other word by the plain rules and so reaches the same points, and the
 * header stays short enough for staff to read. It changes no body text. */
#include "hyphenation.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "core/doc.h"
#include "core/utf8.h"

#define LINE_BYTES 76 /* a header line is wrapped after this many */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The distinct lower-case Latin-1 letter runs of doc's body that could be
 * hyphenated, sorted; *n gets how many. */
static char **body_words(const Doc *doc, size_t *n)
{
    char **v = NULL;
    size_t k = 0, cap = 0, i = 0;
    const char *t = doc->text;
    while (i < doc->text_len) {
        uint32_t cp;
        size_t step = utf8_decode(t + i, doc->text_len - i, &cp), r = i;
        if (!utf8_is_letter(cp)) {
            i += step;
            continue;
        }
        while (r < doc->text_len && utf8_is_letter(cp)) {
            r += step;
            step = utf8_decode(t + r, doc->text_len - r, &cp);
        }
        char latin[HYPHENATE_MAX_LETTERS + 1];
        if (hyphenate_latin(t + i, r - i, latin, NULL) >= 2 * HYPHENATE_MIN_LETTERS) {
            if (k == cap) v = import_xrealloc(v, (cap = cap ? cap * 2 : 256) * sizeof *v);
            v[k++] = import_xstrndup(latin, strlen(latin));
        }
        i = r;
    }
    if (k) qsort(v, k, sizeof *v, cmp_str);
    size_t u = 0;
    for (size_t j = 0; j < k; j++) {
        if (u && !strcmp(v[u - 1], v[j])) free(v[j]);
        else v[u++] = v[j];
    }
    *n = u;
    return v;
}

/* Appends the Latin-1 word with a mark at each good point to b, after a
 * space or a new header line, when compound and the plain rules disagree. */
static void settle_word(Hyphenator *hy, Compound *co, const char *latin, ImportBuf *b, size_t *line)
{
    size_t letters = strlen(latin), pts[HYPHENATE_MAX_LETTERS], all[HYPHENATE_MAX_LETTERS];
    unsigned char plain[HYPHENATE_MAX_LETTERS], good[HYPHENATE_MAX_LETTERS];
    size_t n = hyphenate_pattern_points(hy, latin, letters, pts);
    hyphenate_judge_plain(letters, pts, n, plain);
    size_t k = compound_points(co, latin, letters, pts, n, all, good, HYPHENATE_MAX_LETTERS);
    int same = k == n;
    for (size_t i = 0; same && i < n; i++) same = all[i] == pts[i] && good[i] == plain[i];
    if (same) return;
    size_t start = b->len;
    import_buf_adds(b, *line ? " " : "hyphenation: ");
    for (size_t i = 0, p = 0; i < letters; i++) {
        for (; p < k && all[p] <= i; p++)
            if (all[p] == i && good[p]) import_buf_addc(b, HYPHENATE_MARK);
        import_buf_addcp(b, (unsigned char)latin[i]);
    }
    *line += b->len - start;
    if (*line >= LINE_BYTES) {
        import_buf_addc(b, '\n');
        *line = 0;
    }
}

char *import_hyphenation_lines(Hyphenator *hy, Compound *co, const char *text, size_t len)
{
    ImportBuf b = {0};
    Doc *doc = doc_parse("(hyphenation)", text, len);
    if (!doc) {
        fprintf(stderr, "storstil-import: out of memory\n");
        exit(1);
    }
    size_t n = 0, line = 0;
    char **words = body_words(doc, &n);
    for (size_t i = 0; i < n; i++) {
        settle_word(hy, co, words[i], &b, &line);
        free(words[i]);
    }
    free(words);
    doc_free(doc);
    if (line) import_buf_addc(&b, '\n');
    if (!b.len) import_buf_adds(&b, "hyphenation:\n");
    return import_buf_take(&b);
}

/* True when the line at s starts with the key "hyphenation:". */
static int is_hyphenation_line(const char *s)
{
    return !strncmp(s, "hyphenation:", 12);
}

char *import_hyphenation_settle(const char *text, const char *dic_path, const char *aff, const char *dic,
                                char *err, size_t errsize)
{
    size_t len = strlen(text);
    if (!doc_has_header(text, len)) return import_xstrndup(text, len);
    Hyphenator *hy = hyphenate_new(dic_path);
    Compound *co = hy ? compound_new(aff, dic) : NULL;
    if (!co) {
        snprintf(err, errsize, "%s: cannot open the %s", hy ? (dic ? dic : COMPOUND_DEFAULT_DIC)
                 : (dic_path ? dic_path : HYPHENATE_DEFAULT_DIC), hy ? "hunspell dictionary"
                 : "hyphenation patterns");
        hyphenate_free(hy);
        return NULL;
    }
    ImportBuf b = {0};
    const char *s = text, *end = text + len;
    while (s < end && *s != '\n') { /* the header, without its old hyphenation lines */
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *next = nl ? nl + 1 : end;
        if (!is_hyphenation_line(s)) import_buf_add(&b, s, (size_t)(next - s));
        s = next;
    }
    char *lines = import_hyphenation_lines(hy, co, text, len);
    import_buf_adds(&b, lines);
    import_buf_add(&b, s, (size_t)(end - s));
    free(lines);
    compound_free(co);
    hyphenate_free(hy);
    return import_buf_take(&b);
}
