/* evidence: the order in which storstil-import trusts what it knows of two
 * spellings (evidence.h). Owns the order and what counts as a clear
 * difference; it gathers nothing itself: repair_text.c asks the text, the
 * library and hunspell, and hands the numbers over. */
#include "evidence.h"

#include <stddef.h>

/* 1 when a is clearly above b, -1 when b is clearly above a, 0 when the
 * two are close or both zero: the larger at least one and more than twice
 * the other. */
static int clear(unsigned a, unsigned b)
{
    if (a > 0 && a >= 2 * b + 1) return 1;
    if (b > 0 && b >= 2 * a + 1) return -1;
    return 0;
}

bool import_evidence_prefers(const ImportEvidenceFacts *kept, const ImportEvidenceFacts *rival,
                             ImportEvidence *why)
{
    int c;
    *why = EVIDENCE_TEXT;
    if ((c = clear(kept->text, rival->text)) != 0) return c < 0;
    *why = EVIDENCE_NEIGHBOURS;
    if ((c = clear(kept->pairs, rival->pairs)) != 0) return c < 0;
    *why = EVIDENCE_AGREEMENT;
    if (kept->agrees != rival->agrees) return rival->agrees;
    *why = EVIDENCE_FREQUENCY;
    if ((c = clear(kept->count, rival->count)) != 0) return c < 0;
    *why = EVIDENCE_FAMILY;
    if ((c = clear(kept->family, rival->family)) != 0) return c < 0;
    *why = EVIDENCE_NONE;
    return false;
}

const char *import_evidence_name(ImportEvidence e)
{
    static const char *const names[EVIDENCE_COUNT] = {
        [EVIDENCE_NONE] = "nothing in the text or the library decides",
        [EVIDENCE_TEXT] = "the text's own words",
        [EVIDENCE_NEIGHBOURS] = "its neighbours in the library",
        [EVIDENCE_AGREEMENT] = "agreement with a neuter noun",
        [EVIDENCE_FREQUENCY] = "frequency in the library",
        [EVIDENCE_FAMILY] = "its word family",
    };
    _Static_assert(sizeof names / sizeof *names == EVIDENCE_COUNT, "a name for each evidence");
    return (unsigned)e < EVIDENCE_COUNT ? names[e] : "?";
}
