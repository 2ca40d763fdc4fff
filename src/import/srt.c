/* srt: SubRip subtitles. Owns nothing but choosing the arrow timing line
 * and telling SRT by it; the numbered blocks are timed.c's (the number is
 * read as a cue id) and SRT's few tags (<i>, <b>, <font>) are cuetext.c's. */
#include "formats.h"

#include <stdlib.h>

#include "timed.h"

int import_srt_detect(const ImportSniff *s)
{
    return import_timed_opens_with_arrow(s->first, s->second) ? IMPORT_SURE_ARROW : IMPORT_SURE_NOT;
}

void import_srt_parse(ImportCues *c, const char *text, size_t len)
{
    size_t n;
    ImportSpan *L = import_cues_lines(text, len, &n);
    import_timed_read(c, L, n, 0, import_timed_arrow, false);
    free(L);
}
