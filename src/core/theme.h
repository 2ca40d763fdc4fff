/* theme: the kiosk's colour schemes, each checked for WCAG AAA contrast.
 *
 * Three themes: dark (default, light text on black), light (near-black on
 * warm white) and yellow (yellow on black). Every text colour in a theme has
 * a contrast of at least 7:1 on every background it is drawn on
 * (tests/test_theme.c checks this with the WCAG 2 formula). SDL-free. */
#ifndef STORSTIL_THEME_H
#define STORSTIL_THEME_H

#include <stdbool.h>
#include <stdint.h>

typedef enum { THEME_DARK, THEME_LIGHT, THEME_YELLOW, THEME_COUNT } ThemeId;

typedef struct {
    uint8_t r, g, b;
} ThemeColor;

#define THEME_SPEAKER_COLORS 6

typedef struct {
    const char *name;       /* "dark", "light", "yellow" */
    ThemeColor bg;          /* page background */
    ThemeColor text;        /* body text */
    ThemeColor muted;       /* notes, page numbers, secondary card lines */
    ThemeColor bar_bg;      /* top and bottom bars */
    ThemeColor button_bg;   /* buttons and cards */
    ThemeColor button_text; /* button labels and card titles */
    ThemeColor border;      /* button and card outlines (non-text, 3:1 enough) */
    ThemeColor accent;      /* progress bar fill, focus (non-text) */
    ThemeColor highlight;   /* the soft band behind the sentence read aloud; every
                               text colour keeps 7:1 on it */
    ThemeColor speakers[THEME_SPEAKER_COLORS]; /* speaker names, by index */
} Theme;

/* The theme with this id (clamped to a valid one). */
const Theme *theme_get(ThemeId id);

/* Sets *out from a theme name ("dark", "light", "yellow", in any case);
 * false, leaving *out alone, if unknown. */
bool theme_from_name(const char *name, ThemeId *out);

/* Colour of speaker `index` (>= 0): the same index always gets the same colour. */
ThemeColor theme_speaker(const Theme *theme, int index);

#endif
