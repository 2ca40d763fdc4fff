/* repair: restores words that a PDF text extraction broke by losing the
 * font's ligatures: "ti", "ft", "tf", "tti" and "ttf" became U+FFFD and "tt"
 * became "t". Candidates are checked with hunspell and chosen by how often
 * they occur in clean Swedish text (import/freq.h). */
#ifndef STORSTIL_IMPORT_REPAIR_H
#define STORSTIL_IMPORT_REPAIR_H

#include <stdbool.h>
#include <stddef.h>

#include "cues.h"
#include "evidence.h"
#include "freq.h"

typedef struct {
    size_t looked_at; /* words with U+FFFD or a "t" */
    size_t damaged;   /* words found damaged (U+FFFD, or a "t" that was "tt") */
    size_t changed;   /* words whose spelling was changed */
    size_t by_count;  /* decided by how often a candidate occurs in clean text */
    size_t by_shape;  /* decided by the letter model among dictionary words */
    size_t undecided; /* no dictionary word fitted; the best-shaped guess was used */
    size_t uncertain; /* undecided, or another dictionary spelling fitted as well (noted) */
    size_t acronyms;  /* capital words restored to a known or library acronym */
    size_t joined;    /* "X- y" joined to "X-y" */
    size_t decided[EVIDENCE_COUNT]; /* words two dictionary spellings fitted, by what decided them */
    size_t flipped;   /* of those, words the evidence gave the other spelling */
} ImportRepairStats;

typedef struct ImportRepair ImportRepair;

/* Opens the hunspell dictionary (aff/dic paths) and borrows `freq`, which
 * must outlive the repairer. Returns NULL with a message in err when the
 * dictionary cannot be used. */
ImportRepair *import_repair_new(const char *aff, const char *dic, const ImportFreq *freq, char *err,
                                size_t errsize);

/* Gives the text's header fields (title, subtitle, series; NULLs skipped):
 * a compound written whole there ("FoU-podden") joins "FoU- podden". */
void import_repair_set_header(ImportRepair *r, const char *const *fields, size_t n);

/* Sends each word the repair cannot be sure of to `note` as
 * "name:LINE: check \"word\": ..." (LINE in the text given to
 * import_repair_text): a word another dictionary spelling fits as well when
 * nothing in the text or the library decides between them ("gratis" or
 * "grattis"), and one no dictionary word fits. */
void import_repair_set_notes(ImportRepair *r, const char *name, ImportWarnFn note, void *ctx);

/* True when the text shows the damage: U+FFFD present and no "tt", "ti" or
 * "ft" anywhere. */
bool import_repair_is_damaged(const char *text, size_t len);

/* The repaired spelling of one word (new string); `sentence_start` says
 * whether a lost first letter should be a capital. Adds to *st if given. */
char *import_repair_word(ImportRepair *r, const char *word, size_t len, bool sentence_start,
                         ImportRepairStats *st);

/* A copy of the whole text with every word repaired, each that two
 * dictionary spellings fit settled by the evidence around it (evidence.h),
 * and "X- y" joined where "X-y" is written whole; everything else between
 * words is kept byte for byte, so lines stay where they were. */
char *import_repair_text(ImportRepair *r, const char *text, size_t len, ImportRepairStats *st);

/* Frees the repairer (not the borrowed model); NULL is fine. */
void import_repair_free(ImportRepair *r);

#endif
