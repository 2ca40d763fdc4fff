/* buf: growable strings and allocation helpers for the importer.
 * Owns nothing beyond the buffers it hands out; knows no text rules. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"

void *import_xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) {
        fputs("storstil-import: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

void *import_xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q) {
        fputs("storstil-import: out of memory\n", stderr);
        exit(2);
    }
    return q;
}

void *import_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) {
        fputs("storstil-import: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

char *import_xstrndup(const char *s, size_t len)
{
    char *d = import_xmalloc(len + 1);
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

void import_buf_add(ImportBuf *b, const char *s, size_t len)
{
    if (b->len + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + len + 1) cap *= 2;
        b->s = import_xrealloc(b->s, cap);
        b->cap = cap;
    }
    if (len) memcpy(b->s + b->len, s, len);
    b->len += len;
    b->s[b->len] = '\0';
}

void import_buf_adds(ImportBuf *b, const char *s)
{
    import_buf_add(b, s, strlen(s));
}

void import_buf_addc(ImportBuf *b, char c)
{
    import_buf_add(b, &c, 1);
}

void import_buf_addcp(ImportBuf *b, unsigned long cp)
{
    char tmp[4];
    size_t n = utf8_encode((uint32_t)cp, tmp);
    import_buf_add(b, tmp, n);
}

char *import_buf_take(ImportBuf *b)
{
    char *s = b->s ? b->s : import_xstrndup("", 0);
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

void import_buf_free(ImportBuf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}
