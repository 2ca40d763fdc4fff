/* formats: the one table of the formats storstil-import reads. Owns the
 * rows and their order; each row's detector, parser and conversion live in
 * the modules it names. Order matters only where rows are equally sure of
 * a file and its name does not settle it: then the earlier row wins, so SRT
 * comes before WebVTT (a cue file without its WEBVTT line and without a
 * .vtt name is read as SRT). Raw text comes first: it takes what no other
 * row is sure of. */
#include "formats.h"

#include "convert.h"
#include "pdf.h"

static const ImportFormat table[] = {
    {.key = "text", .name = "text", .extensions = {"txt"}, .detect = import_text_detect,
     .convert = import_convert_text},
    {.key = "pdf", .name = "PDF", .extensions = {"pdf"}, .detect = import_pdf_detect, .extract = import_pdf_text,
     .convert = import_convert_text},
    {.key = "srt", .name = "SRT", .extensions = {"srt"}, .detect = import_srt_detect, .parse = import_srt_parse,
     .convert = import_convert_cues},
    {.key = "vtt", .name = "WebVTT", .extensions = {"vtt"}, .detect = import_vtt_detect, .parse = import_vtt_parse,
     .convert = import_convert_cues},
    {.key = "sbv", .name = "SBV", .extensions = {"sbv"}, .detect = import_sbv_detect, .parse = import_sbv_parse,
     .convert = import_convert_cues},
    {.key = "p20json", .name = "Podcasting 2.0 JSON", .extensions = {"json"}, .detect = import_p20json_detect,
     .parse = import_p20json_parse, .convert = import_convert_cues},
    {.key = "p20html", .name = "Podcasting 2.0 HTML", .extensions = {"html", "htm"},
     .detect = import_p20html_detect, .parse = import_p20html_parse, .convert = import_convert_cues},
    {.key = "storstil", .name = "storstil text", .extensions = {"txt"}, .detect = import_storstil_detect,
     .convert = import_convert_storstil},
};

const ImportFormat *import_formats(size_t *n)
{
    *n = sizeof table / sizeof *table;
    return table;
}
