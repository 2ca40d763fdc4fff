/* evidence: the choice between two dictionary spellings of one damaged
 * word ("dit" or "ditt", "platan" or "plattan"), from what the text and
 * the library's clean texts say of each, in a fixed order of trust. */
#ifndef STORSTIL_IMPORT_EVIDENCE_H
#define STORSTIL_IMPORT_EVIDENCE_H

#include <stdbool.h>

/* What decided a word; after EVIDENCE_NONE, the order of trust. */
typedef enum {
    EVIDENCE_NONE,       /* absent or close: the word is kept and listed */
    EVIDENCE_TEXT,       /* the text's own sure words, its header too */
    EVIDENCE_NEIGHBOURS, /* the word beside its neighbours in the library */
    EVIDENCE_AGREEMENT,  /* "ditt lösenord": -tt before a neuter noun */
    EVIDENCE_FREQUENCY,  /* how often each spelling occurs in the library */
    EVIDENCE_FAMILY,     /* the word's stem family in the library and text */
    EVIDENCE_COUNT
} ImportEvidence;

/* What is known of one spelling. */
typedef struct {
    unsigned text;   /* sure occurrences in the text and its header */
    unsigned pairs;  /* library pairs with the word's two neighbours */
    bool agrees;     /* a -tt form that agrees with the neuter noun after it */
    unsigned count;  /* occurrences in the library */
    unsigned family; /* library and text words of its stem family */
} ImportEvidenceFacts;

/* True when the evidence favours `rival` over `kept`, false when it
 * favours `kept` or says nothing; *why is what decided (EVIDENCE_NONE when
 * nothing did: absent or close). */
bool import_evidence_prefers(const ImportEvidenceFacts *kept, const ImportEvidenceFacts *rival,
                             ImportEvidence *why);

/* A few words naming the evidence, for the report and the notes. */
const char *import_evidence_name(ImportEvidence e);

#endif
