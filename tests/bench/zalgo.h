/* zalgo: the bench's text of one long grapheme cluster. SDL-free, so the
 * layout tests pin the lines of the very text the bench times. */
#ifndef STORSTIL_BENCH_ZALGO_H
#define STORSTIL_BENCH_ZALGO_H

#include <stddef.h>

/* A storstil text (header, blank line, body) whose one paragraph is the
 * letter "a" followed by `marks` combining acute accents (U+0301), ending
 * in a newline; sets *len to its bytes. NUL-terminated; free with free().
 * NULL when memory runs out. */
char *bench_zalgo_text(size_t marks, size_t *len);

#endif
