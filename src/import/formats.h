/* formats: the parsers of the timed transcript formats, one file each
 * (vtt.c, srt.c, sbv.c, p20json.c, p20html.c), all with one shape: they
 * read clean UTF-8 text (a BOM and CRLF allowed) into cues (cues.h), warn
 * once for each broken cue they can recover, and never fail: a file with
 * no readable cue gives an empty list, which the pipeline refuses. */
#ifndef STORSTIL_IMPORT_FORMATS_H
#define STORSTIL_IMPORT_FORMATS_H

#include <stddef.h>

#include "cues.h"

/* W3C WebVTT: the WEBVTT line (its text is the title) and header, cues with
 * ids and settings, NOTE, STYLE and REGION blocks. Times may leave out the
 * hours and use one digit per part (Teams' "0:0:0.570"). */
void import_vtt_parse(ImportCues *c, const char *text, size_t len);

/* SubRip: numbered cues, "00:00:01,000 --> 00:00:02,500", SRT's few tags. */
void import_srt_parse(ImportCues *c, const char *text, size_t len);

/* YouTube's SBV: "0:00:01.000,0:00:02.500" then the cue's lines. */
void import_sbv_parse(ImportCues *c, const char *text, size_t len);

/* Podcasting 2.0 JSON: {"segments": [{"speaker", "startTime", "endTime",
 * "body"}...]}; a top-level "title" is the title. */
void import_p20json_parse(ImportCues *c, const char *text, size_t len);

/* Podcasting 2.0 HTML: <cite>Speaker:</cite> <time>0:00</time> <p>text</p>
 * repeated; <title> is the title. */
void import_p20html_parse(ImportCues *c, const char *text, size_t len);

#endif
