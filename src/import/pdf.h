/* pdf: a PDF's text through pdftotext (Debian's poppler-utils); storstil
 * parses no PDF itself. The text then goes through the raw-text pipeline,
 * ligature repair included. */
#ifndef STORSTIL_IMPORT_PDF_H
#define STORSTIL_IMPORT_PDF_H

#include <stddef.h>

#include "formats.h"

/* The text of the PDF in bytes[0..len) as a new NUL-terminated UTF-8 string
 * (page breaks as blank lines), *out_len set; NULL with "name:1: message"
 * in err when pdftotext is missing or cannot read the file. */
char *import_pdf_text(const char *bytes, size_t len, const char *name, size_t *out_len, char *err,
                      size_t errsize);

/* Sure of PDF from its first bytes, "%PDF-". */
int import_pdf_detect(const ImportSniff *s);

#endif
