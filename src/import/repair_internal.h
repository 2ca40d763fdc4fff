/* repair_internal: what repair.c (one word) shares with repair_text.c (the
 * whole text, with the evidence around each word). Not for other modules. */
#ifndef STORSTIL_IMPORT_REPAIR_INTERNAL_H
#define STORSTIL_IMPORT_REPAIR_INTERNAL_H

#include <hunspell.h>
#include <stdbool.h>
#include <stddef.h>

#include "repair.h"

#define CACHE_SIZE 8192

/* How one word was settled alone. */
enum {
    REPAIR_UNTOUCHED, /* nothing to repair, or nothing better than itself */
    REPAIR_BY_COUNT,  /* the candidate clean text has most often */
    REPAIR_BY_SHAPE,  /* the dictionary candidate with the best letters */
    REPAIR_UNDECIDED, /* no dictionary word fits: the best-shaped guess */
    REPAIR_KEPT,      /* a dictionary word as written, kept */
    REPAIR_ACRONYM,   /* a capital word restored to an acronym */
};

/* One word's repair, its strings owned. */
typedef struct {
    char *value; /* the spelling chosen */
    char *rival; /* the best other dictionary spelling, in the word's case, or NULL */
    int outcome; /* REPAIR_* */
    bool damaged;
} RepairResult;

typedef struct {
    char *key; /* word bytes + sentence-start flag */
    RepairResult res;
} CacheSlot;

struct ImportRepair {
    Hunhandle *h;
    bool latin1; /* the dictionary's SET is ISO8859-1 */
    const ImportFreq *freq;
    CacheSlot *cache;
    size_t cached;
    const char *name;   /* the text's name in notes */
    ImportWarnFn note;  /* gets each uncertain word; NULL: not reported */
    void *note_ctx;
    ImportFreq *header; /* the header's fields: title, subtitle, series */
    ImportFreq *text;   /* the text's own sure words, for one import_repair_text */
    ImportFreq *stems;      /* stems of the library's words, made when first asked */
    ImportFreq *text_stems; /* stems of the text's sure words, for one import_repair_text */
};

/* Asks hunspell about a UTF-8 word, converting it for a Latin-1 dictionary. */
bool repair_spell(const ImportRepair *r, const char *w);

/* One word's repair, alone (cached), into *out (owned by the caller); adds
 * to *st when given. */
void repair_cached(ImportRepair *r, const char *word, size_t len, bool sentence_start, ImportRepairStats *st,
                   RepairResult *out);

/* Frees the strings of *res and clears it. */
void repair_result_free(RepairResult *res);

#endif
