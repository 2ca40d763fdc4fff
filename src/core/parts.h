/* parts: a timed text (README "The text format": `timed: yes`) as its
 * recording plays it: the band behind the part being heard, where a page
 * starts in the recording, and which byte of the text a moment of the
 * recording reaches.
 *
 * SDL-free and decoder-free; the kiosk's player says where the recording
 * is, kiosk_read asks these. A part is the text from one DocTime's `at` to
 * the next one's (the last: to the text's end).
 *
 *   long ms = parts_page_ms(doc, layout, page);     play from here
 *   ptrdiff_t i = doc_time_index_for_ms(doc, pos); the part heard
 *   parts_band(doc, i, &band);                      the soft band behind it
 *   if (parts_byte_at_ms(doc, pos) >= layout_page_offset(layout, page + 1)) turn */
#ifndef STORSTIL_PARTS_H
#define STORSTIL_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "layout.h"
#include "speech.h"

/* Fills band with part i's bytes in doc->text (without the spaces and
 * block ends before the next part), as a sentence the renderer draws like
 * the voice's (speech_sentence_on_line); false when i is not a part. */
bool parts_band(const Doc *doc, ptrdiff_t i, SpeechSentence *band);

/* The byte of doc->text being heard at ms: within the part holding ms,
 * as far between its start and the next part's as ms is between their
 * times; the first part's start before it. 0 when doc has no times. */
size_t parts_byte_at_ms(const Doc *doc, long ms);

/* The moment of the recording where byte `byte` is heard (the inverse of
 * parts_byte_at_ms); -1 when doc has no times. */
long parts_ms_at_byte(const Doc *doc, size_t byte);

/* Where page `page` of layout (over doc) starts in the recording: the time
 * of the first part that starts on the page, else (a page inside one long
 * part) the moment its first byte is heard; -1 when doc has no times. */
long parts_page_ms(const Doc *doc, const Layout *layout, size_t page);

#endif
