/* detect: which format a file to import is in, told by its content (a PDF's
 * signature, a WEBVTT line, a JSON object with segments, HTML tags, the
 * timing lines of SRT and SBV, storstil's own header); the file name's ending
 * only settles a file with cue timings but no signature. Anything else is
 * raw text. */
#ifndef STORSTIL_IMPORT_DETECT_H
#define STORSTIL_IMPORT_DETECT_H

#include <stddef.h>

typedef enum {
    IMPORT_FORMAT_TEXT,
    IMPORT_FORMAT_PDF,
    IMPORT_FORMAT_VTT,
    IMPORT_FORMAT_SRT,
    IMPORT_FORMAT_SBV,
    IMPORT_FORMAT_P20JSON,
    IMPORT_FORMAT_P20HTML,
    IMPORT_FORMAT_STORSTIL /* already in the text format: a header line first */
} ImportFormat;

/* The format of bytes[0..len); name (may be NULL) is the file's name. */
ImportFormat import_detect(const char *bytes, size_t len, const char *name);

/* The format's name for messages ("WebVTT", "SRT", ...). */
const char *import_detect_name(ImportFormat format);

#endif
