/* speech: the speech plan of one page, what is read aloud and where it is.
 *
 * SDL-free and speech-engine-free. From a page of a Layout it builds the
 * text to give espeak-ng (UTF-8) and its sentences, each with the byte range
 * it reads in doc->text, so the kiosk can map espeak-ng's text positions
 * (1-based code points into that text) back to the layout's byte ranges
 * and highlight the sentence being heard.
 *
 *   SpeechPlan *p = speech_plan_new(doc, layout, page, from);
 *   espeak_Synth(speech_plan_text(p, &len), ...);
 *   on an espeak word event: int s = speech_plan_sentence_at(p, ev->text_position);
 *   highlight speech_plan_sentence(p, s)->doc_start .. doc_end
 *   speech_plan_free(p);
 *
 * What is read: a speaker's name before the first line of their turn, as
 * "Name:"; headings, paragraphs and list items; never notes ([skratt]). A
 * block that ends on the page without closing punctuation (a heading, a list
 * item) gets a "." so the voice pauses. */
#ifndef STORSTIL_SPEECH_H
#define STORSTIL_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "layout.h"

typedef struct {
    size_t say_start, say_end; /* bytes in speech_plan_text */
    int char_start;            /* say_start in code points (espeak-ng counts these) */
    size_t doc_start, doc_end; /* bytes in doc->text that it reads; for a name,
                                  both are its block's start */
    size_t block;              /* index into doc->blocks */
    int name_speaker;          /* >= 0: this sentence is the name of that speaker,
                                  drawn on the block's name line; else -1 */
    int words;                 /* words it reads */
} SpeechSentence;

typedef struct SpeechPlan SpeechPlan;

/* Where the engine said a word or a sentence begins in the plan's sound. */
typedef struct {
    int64_t sample;    /* its first sample in the plan's sound */
    int text_position; /* the engine's: 1-based code points into speech_plan_text */
} SpeechMark;

/* The plan for page `page` of layout (over doc), leaving out what lies before
 * byte `from` of doc->text (0: the page's first line). A page with nothing to
 * read gives a plan of no sentences. NULL only when memory runs out. */
SpeechPlan *speech_plan_new(const Doc *doc, const Layout *layout, size_t page, size_t from);

/* Frees a plan; NULL is fine. */
void speech_plan_free(SpeechPlan *plan);

/* The text to speak (NUL-terminated, clean UTF-8); sets *len to its bytes. */
const char *speech_plan_text(const SpeechPlan *plan, size_t *len);

/* How many sentences the plan has. */
size_t speech_plan_count(const SpeechPlan *plan);

/* Sentence i (0-based), or NULL when out of range. */
const SpeechSentence *speech_plan_sentence(const SpeechPlan *plan, size_t i);

/* The sentence holding espeak-ng's text_position (1-based code points into
 * the text): the last one starting at or before it; -1 when there is none. */
int speech_plan_sentence_at(const SpeechPlan *plan, int text_position);

/* The sentence heard at sample `now` of the plan's sound, from the
 * engine's marks (n of them, sorted by sample): the sentence of the last
 * mark at or before now, 0 before the first (-1 for a plan of no
 * sentences). Where the marks skip sentences (an MBROLA voice marks only
 * the sentences espeak-ng sees, so "Name:" and the sentence after it have
 * one mark), the skipped ones share the time to the next mark, or to `end`
 * (the sample where the sound ends; -1 while unknown), by their words. */
int speech_plan_sentence_heard(const SpeechPlan *plan, const SpeechMark *marks, size_t n, int64_t end,
                               int64_t now);

/* Words the plan reads, names included. */
int speech_plan_words(const SpeechPlan *plan);

/* espeak-ng's voice for the plan: "en" for a text whose header says
 * `language: en`, else "sv". */
const char *speech_plan_voice(const SpeechPlan *plan);

/* True when the line of doc drawn by `line` shows part of sentence s (its
 * name line for a name); sets *from and *to to the line's bytes that do,
 * relative to the line's start (a name line: all of it). */
bool speech_sentence_on_line(const SpeechSentence *s, const LayoutLine *line, size_t *from, size_t *to);

#endif
