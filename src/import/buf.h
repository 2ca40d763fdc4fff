/* buf: a growable byte string for the importer, and the few allocation
 * helpers every importer module shares. Out of memory ends the program with
 * a message: the importer is a batch tool and has nothing sensible to write
 * without memory. */
#ifndef STORSTIL_IMPORT_BUF_H
#define STORSTIL_IMPORT_BUF_H

#include <stddef.h>

typedef struct {
    char *s;    /* NUL-terminated; NULL until the first append */
    size_t len; /* bytes, the NUL not counted */
    size_t cap;
} ImportBuf;

/* Appends `len` bytes of `s` (may contain anything but is kept NUL-terminated). */
void import_buf_add(ImportBuf *b, const char *s, size_t len);

/* Appends a NUL-terminated string. */
void import_buf_adds(ImportBuf *b, const char *s);

/* Appends one character. */
void import_buf_addc(ImportBuf *b, char c);

/* Appends one code point as UTF-8. */
void import_buf_addcp(ImportBuf *b, unsigned long cp);

/* Returns the string (an empty one if nothing was added) and resets `b`;
 * the caller frees it. */
char *import_buf_take(ImportBuf *b);

/* Frees the contents and resets `b`. */
void import_buf_free(ImportBuf *b);

/* malloc/realloc/strndup that never return NULL (they exit on failure). */
void *import_xmalloc(size_t size);
void *import_xrealloc(void *p, size_t size);
void *import_xcalloc(size_t n, size_t size);
char *import_xstrndup(const char *s, size_t len);

#endif
