/* convert: the conversions the rows of the formats table (formats.h) go
 * through, and the detectors of the two rows with no module of their own.
 * Each conversion takes clean UTF-8 text (and frees it) and returns the
 * storstil text as a new string, or NULL with "file:line: message" in err;
 * it fills the report's counts. */
#ifndef STORSTIL_IMPORT_CONVERT_H
#define STORSTIL_IMPORT_CONVERT_H

#include <stddef.h>

#include "formats.h"
#include "pipeline.h"

/* Raw text (a PDF's too): page furniture dropped, words a stray space cut
 * joined, speakers and blocks found, lost ligatures repaired when the text
 * shows them; the title from the flags, a title line or the file name. */
char *import_convert_text(char *text, size_t len, const ImportOptions *opt, ImportReport *rep, char *err,
                          size_t errsize);

/* A timed transcript, read by rep->format's parser into cues. The file's
 * own title comes first, then --title, then the file name; a transcript is
 * a podcast unless --kind says otherwise. */
char *import_convert_cues(char *text, size_t len, const ImportOptions *opt, ImportReport *rep, char *err,
                          size_t errsize);

/* A text already in storstil's format: kept as it is, read by the kiosk's
 * own parser first; one it cannot show is refused with its reason, and its
 * lesser problems are warnings. The file's header wins over --title and
 * the other header flags. */
char *import_convert_storstil(char *text, size_t len, const ImportOptions *opt, ImportReport *rep, char *err,
                              size_t errsize);

/* Raw text is anything: the least sure of all. */
int import_text_detect(const ImportSniff *s);

/* Sure of storstil's format when a header line ("title: ...") comes first. */
int import_storstil_detect(const ImportSniff *s);

#endif
