/* render: draws the kiosk's screens, and changes nothing it is shown.
 *
 *   r = render_new(ren, fonts, lang, version);   render_set_screen(r, w, h);
 *   per frame: render_frame(r, &view); present; render_prefetch(r, &view).
 * A RenderView is read-only: the app's view of the moment, where things go
 * (ui), the texts, and the open text's pages from the typesetter. Draws into
 * the current render target at logical (rotated) coordinates. */
#ifndef STORSTIL_RENDER_H
#define STORSTIL_RENDER_H

#include <SDL.h>

#include "core/app.h"
#include "core/lang.h"
#include "core/layout.h"
#include "core/library.h"
#include "core/speech.h"
#include "core/quote.h"
#include "core/typeset.h"
#include "core/ui.h"
#include "core/usage.h"
#include "font.h"

/* Where the panel's size in millimetres came from. */
typedef enum { RENDER_SIZE_UNKNOWN, RENDER_SIZE_DISPLAY, RENDER_SIZE_CONFIG, RENDER_SIZE_COUNT } RenderSizeSource;

/* The screen and what a reader gets on it, for the staff's Info screen. */
typedef struct {
    int w_mm, h_mm;           /* the logical screen's millimetres, 0 when unknown */
    RenderSizeSource source;
    int text_size;            /* the size the facts are for */
    TypesetFacts facts;
    bool stats;               /* use counts on: today's and the week's below */
    UsageCounts today, week;  /* since midnight; the 7 days before, from the files */
    int week_days;            /* how many of those 7 days have files */
} RenderScreenInfo;

typedef struct {
    const AppView *app;       /* what to show */
    const UiLayout *ui;       /* where: ui_layout for the screen and text size */
    const Library *lib;       /* the texts on the shelf */
    const Layout *pages;      /* the open text's pages, or NULL */
    LayoutRect text_area;     /* where the pages go */
    unsigned pages_generation; /* changes with every new layout */
    const RenderScreenInfo *screen; /* for Info; NULL elsewhere */
    const SpeechSentence *highlight; /* the sentence read aloud, or NULL ... */
    int highlight_page;              /* ... on this page */
    const Quote *quote;       /* the attract screen's quote (of app->attract_doc), or NULL */
    unsigned quotes_generation; /* changes whenever the texts' quotes are chosen anew */
} RenderView;

typedef struct Render Render;

/* A renderer drawing with ren and fonts (both kept, not owned); NULL
 * without memory. */
Render *render_new(SDL_Renderer *ren, FontSet *fonts, Lang lang, const char *version);

/* Frees the renderer's label fonts and page textures; NULL is fine. */
void render_free(Render *r);

/* Sets the logical screen size (after rotation); drops cached pages. */
void render_set_screen(Render *r, int w, int h);

/* Draws the whole screen for v. */
void render_frame(Render *r, const RenderView *v);

/* Draws the pages next to the one in view into the cache, so that the next
 * turn is one copy; call after presenting a frame. */
void render_prefetch(Render *r, const RenderView *v);

#endif
