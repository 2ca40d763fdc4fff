/* vtt: W3C WebVTT. Owns the file's signature line and header (the title
 * after "WEBVTT", or a "Title:" header line), and telling WebVTT by them;
 * the cue blocks are timed.c's and the markup inside cues is cuetext.c's. */
#include "formats.h"

#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "timed.h"

int import_vtt_detect(const ImportSniff *s)
{
    if (import_detect_starts(s->s, s->len, "WEBVTT")) return IMPORT_SURE_SIGNATURE;
    return import_timed_opens_with_arrow(s->first, s->second) ? IMPORT_SURE_ARROW : IMPORT_SURE_NOT;
}

/* A "Title: ..." line in the header block (some tools write one). */
static void header_title(ImportCues *c, ImportSpan l)
{
    if (l.len > 6 && strncmp(l.s, "Title:", 6) == 0 && !c->title) import_cues_set_title(c, l.s + 6, l.len - 6);
}

void import_vtt_parse(ImportCues *c, const char *text, size_t len)
{
    size_t n;
    ImportSpan *L = import_cues_lines(text, len, &n);
    size_t i = 0;
    if (n && L[0].len >= 6 && memcmp(L[0].s, "WEBVTT", 6) == 0) {
        ImportSpan first = L[0];
        size_t k = 6;
        if (k < first.len && first.s[k] != ' ' && first.s[k] != '\t')
            import_cues_warn(c, 1, "\"WEBVTT\" should be followed by a space or the line's end");
        while (k < first.len && (first.s[k] == ' ' || first.s[k] == '\t' || first.s[k] == '-')) k++;
        import_cues_set_title(c, first.s + k, first.len - k);
        /* The header: lines up to the first blank one, unless a cue's
         * timing line comes first (then the blank line was left out). */
        for (i = 1; i < n && !import_cues_blank(L[i]); i++) {
            long s, e;
            if (import_timed_arrow(L[i], &s, &e) != IMPORT_TIMING_NONE) {
                import_cues_warn(c, (int)i + 1, "no blank line after the header");
                if (i > 1) i--; /* the line before may be the cue's id */
                break;
            }
            header_title(c, L[i]);
        }
    } else {
        import_cues_warn(c, 1, "no \"WEBVTT\" line at the start; read as WebVTT all the same");
    }
    import_timed_read(c, L, n, i, import_timed_arrow, true);
    free(L);
}
