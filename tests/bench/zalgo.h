/* zalgo: a text that stacks combining marks, for the layout benchmark. */
#ifndef STORSTIL_ZALGO_H
#define STORSTIL_ZALGO_H

#include <stddef.h>

/* A storstil text (with its header) holding one paragraph: one letter and
 * `marks` combining acute accents (U+0301). Sets *len; the caller frees it.
 * NULL without memory. */
char *bench_zalgo_text(size_t marks, size_t *len);

#endif
