/* offscreen: the real fonts and a typesetter without a window, on the
 * --size screen (1920x1080 when none is given) of --screen-size-mm (or
 * screen_size_mm) millimetres when given, for --dump-pages, --check and
 * the benchmark. The kiosk's own typesetter follows its window (kiosk.c). */
#ifndef STORSTIL_OFFSCREEN_H
#define STORSTIL_OFFSCREEN_H

#include <stdio.h>

#include "core/options.h"
#include "core/typeset.h"
#include "font.h"

#define OFFSCREEN_DEFAULT_W 1920
#define OFFSCREEN_DEFAULT_H 1080

typedef struct {
    FontSet *fonts;
    Typesetter *ts;
} Offscreen;

/* Opens opt's font and a typesetter on opt's screen; hyphenation problems
 * go to log (NULL: silent). 0, or -1 after a message on stderr (o is then
 * closed). */
int offscreen_open(Offscreen *o, const Options *opt, FILE *log);

/* Frees what offscreen_open made; a zeroed or closed o is fine. */
void offscreen_close(Offscreen *o);

#endif
