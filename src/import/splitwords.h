/* splitwords: words that a PDF's text extraction cut in two with a stray
 * space ("komm unen", "samve rkan"). The text itself decides: a pair of
 * lower-case halves is joined when neither half occurs anywhere else in the
 * text and the whole word occurs elsewhere at least twice. */
#ifndef STORSTIL_IMPORT_SPLITWORDS_H
#define STORSTIL_IMPORT_SPLITWORDS_H

#include "lines.h"

/* Joins the split words of the kept text lines in place; returns how many. */
int import_splitwords_join(ImportLines *lines);

#endif
