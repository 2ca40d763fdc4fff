/* zalgo: builds the benchmark's text of stacked combining marks. */
#include "zalgo.h"

#include <stdlib.h>
#include <string.h>

char *bench_zalgo_text(size_t marks, size_t *len)
{
    static const char head[] = "title: Zalgo\n\na";
    static const char accent[] = "\xCC\x81"; /* U+0301 */
    size_t n = sizeof head - 1 + marks * 2 + 1;
    char *s = malloc(n + 1);
    if (!s) return NULL;
    memcpy(s, head, sizeof head - 1);
    char *p = s + sizeof head - 1;
    for (size_t i = 0; i < marks; i++, p += 2) memcpy(p, accent, 2);
    *p++ = '\n';
    *p = '\0';
    *len = n;
    return s;
}
