/* zalgo: builds the bench's long-cluster text. Owns nothing else: it does
 * not parse or lay out the text (the bench and the tests do). */
#include "zalgo.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ZALGO_HEAD "title: Zalgo\n\n"
#define ZALGO_MARK "\xCC\x81" /* U+0301 COMBINING ACUTE ACCENT */

char *bench_zalgo_text(size_t marks, size_t *len)
{
    size_t head = sizeof ZALGO_HEAD - 1, mark = sizeof ZALGO_MARK - 1;
    if (marks > (SIZE_MAX - head - 3) / mark) return NULL;
    size_t n = head + 1 + marks * mark + 1;
    char *s = malloc(n + 1);
    if (!s) return NULL;
    memcpy(s, ZALGO_HEAD, head);
    size_t o = head;
    s[o++] = 'a';
    for (size_t i = 0; i < marks; i++, o += mark) memcpy(s + o, ZALGO_MARK, mark);
    s[o++] = '\n';
    s[o] = '\0';
    *len = n;
    return s;
}
