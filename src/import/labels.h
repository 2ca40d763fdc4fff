/* labels: speaker labels at the start of a paragraph ("NAME: text",
 * "- NAME: text", "**NAME:** text" once its asterisks are gone, and a name
 * alone on its line) and the registry that decides which label names are
 * real speakers and what each one is called in normal case. */
#ifndef STORSTIL_IMPORT_LABELS_H
#define STORSTIL_IMPORT_LABELS_H

#include <stdbool.h>
#include <stddef.h>

#include "lines.h"

typedef enum {
    IMPORT_LABEL_COLON, /* NAME: text (also after "- ") */
    IMPORT_LABEL_ALONE  /* a name alone on its line, no colon */
} ImportLabelStyle;

typedef struct {
    ImportLabelStyle style;
    bool strong;       /* upper-case name with a colon, or "?": a transcript's own label */
    size_t name_start; /* byte range of the name in the line */
    size_t name_len;
    size_t text_start; /* where the turn's text starts in the line (len when none) */
} ImportLabel;

/* Recognises a label at the start of a trimmed line; fills *out. */
bool import_labels_match(const char *s, size_t len, ImportLabel *out);

typedef struct ImportSpeakers ImportSpeakers;

/* New, empty registry. */
ImportSpeakers *import_speakers_new(void);

/* Records a label candidate seen at paragraph start; `pos` orders candidates
 * and `direct` says that text follows on the very next line. */
void import_speakers_observe(ImportSpeakers *sp, const char *name, size_t len,
                             const ImportLabel *label, int pos, bool direct);

/* Decides which candidates are speakers and gives each a display name,
 * using the whole text to find full names and ordinary words. */
void import_speakers_resolve(ImportSpeakers *sp, const ImportLines *lines);

/* Speaker index for a label name, or -1 when the name is not a speaker. */
int import_speakers_find(const ImportSpeakers *sp, const char *name, size_t len);

/* Adds a speaker whose display name the file states (a WebVTT voice, a
 * JSON or HTML speaker) as a confirmed one, or finds it when a speaker of
 * exactly that name exists; returns its index. The name must already be
 * readable: it is used as given. */
int import_speakers_add_named(ImportSpeakers *sp, const char *name, size_t len);

/* Number of speakers after resolve. */
int import_speakers_count(const ImportSpeakers *sp);

/* Display name of speaker i ("Staffan Isling", "Presentatör 1"). */
const char *import_speakers_name(const ImportSpeakers *sp, int i);

/* Frees the registry; NULL is fine. */
void import_speakers_free(ImportSpeakers *sp);

#endif
