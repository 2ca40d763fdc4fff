/* fuzz_usage_line: storstil-stats' reading of a log line on arbitrary bytes
 * (a journal or a saved stderr can hold anything, cut anywhere). It must
 * never crash; what it accepts has an hour 0..23, a date shaped
 * YYYY-MM-DD, seconds in range and a title without a line break. A broken
 * rule traps. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "core/usage_line.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *line = malloc(size ? size : 1); /* exactly size bytes: no NUL to lean on */
    if (!line) return 0;
    memcpy(line, data, size);
    UsageLine l;
    const char *why = NULL;
    UsageLineKind k = usage_line_parse(line, size, &l, &why);
    if (k == USAGE_LINE_OK) {
        CHECK(l.event >= 0 && l.event < USAGE_EVENT_COUNT);
        CHECK(l.hour >= 0 && l.hour <= 23);
        CHECK(strlen(l.date) == 10 && l.date[4] == '-' && l.date[7] == '-');
        CHECK(l.n >= 0 && l.n <= 86400);
        CHECK(strlen(l.text) <= USAGE_LINE_TITLE_MAX);
        CHECK(!strchr(l.text, '\n'));
    } else if (k == USAGE_LINE_BAD) {
        CHECK(why && why[0]);
    }
    free(line);
    return 0;
}
