/* card: the words of a shelf card, built from a Doc's header in the kiosk's
 * language; the renderer only places and draws them. */
#ifndef STORSTIL_CARD_H
#define STORSTIL_CARD_H

#include <stdbool.h>

#include "doc.h"
#include "lang.h"

#define CARD_LINE_MAX 512      /* bytes of one line, NUL included; cut at a character */
#define CARD_MAX_NAMES 3       /* people named on a card; more give "med flera" */
#define CARD_MAX_ROWS 3        /* lines under the title */

typedef struct {
    char subtitle[CARD_LINE_MAX]; /* the header's subtitle, or "" */
    char meta[CARD_LINE_MAX];     /* "Serie, avsnitt 6 · 2021 · ca 48 minuter" */
    char speakers[CARD_LINE_MAX]; /* "Talare: A, B och C", or "" when no people */
} CardLines;

/* Fills out with the lines under the title of doc's card in lang: the
 * subtitle, the meta line (series, episode only when there is one, date,
 * reading time) and the people who speak (see card_is_person). */
void card_lines(const Doc *doc, Lang lang, CardLines *out);

/* True when a declared speaker name is a person to name on a card, false for
 * the role and jingle voices transcripts declare ("Okänd talare", "Alla",
 * "Presentatör 1", "Inforöst"); the rule is in card.c. */
bool card_is_person(const char *name);

/* Writes into rows[] the non-empty lines of c that a card with room for
 * `room` lines under its title shows, in the order they are drawn, and
 * returns how many (at most CARD_MAX_ROWS). */
int card_rows(const CardLines *c, int room, const char *rows[CARD_MAX_ROWS]);

#endif
