/* sbv: YouTube's SubViewer-like captions. Owns its timing line,
 * "0:00:01.000,0:00:02.500", and telling SBV by it; the blocks are
 * timed.c's. */
#include "formats.h"

#include <stdlib.h>

#include "timed.h"

/* START,END and nothing else on the line. A line that starts with a digit
 * and a colon and holds a comma but does not read is a broken timing line. */
static ImportTiming sbv_timing(ImportSpan l, long *start_ms, long *end_ms)
{
    size_t used, used2;
    if (import_cues_time(l.s, l.len, start_ms, &used) && used < l.len && l.s[used] == ',' &&
        import_cues_time(l.s + used + 1, l.len - used - 1, end_ms, &used2) && used + 1 + used2 == l.len)
        return IMPORT_TIMING_OK;
    size_t i = 0;
    while (i < l.len && l.s[i] >= '0' && l.s[i] <= '9') i++;
    if (i == 0 || i >= l.len || l.s[i] != ':') return IMPORT_TIMING_NONE;
    for (size_t k = 0; k < l.len; k++) {
        char ch = l.s[k];
        if (!(ch >= '0' && ch <= '9') && ch != ':' && ch != '.' && ch != ',') return IMPORT_TIMING_NONE;
    }
    return IMPORT_TIMING_BROKEN;
}

int import_sbv_detect(const ImportSniff *s)
{
    long ms;
    size_t used;
    const ImportSpan l = s->first;
    return l.len && import_cues_time(l.s, l.len, &ms, &used) && used < l.len && l.s[used] == ','
               ? IMPORT_SURE_TIME_COMMA
               : IMPORT_SURE_NOT;
}

void import_sbv_parse(ImportCues *c, const char *text, size_t len)
{
    size_t n;
    ImportSpan *L = import_cues_lines(text, len, &n);
    import_timed_read(c, L, n, 0, sbv_timing, false);
    free(L);
}
