/* render: draws the kiosk's screens for an AppView (SDL; main.c only).
 *
 *   r = render_new(ren, &cfg, version);   render_set_screen(r, w, h);
 *   render_library_changed(r, app, lib);   after every library_scan change
 *   per frame: render_prepare(r, app, lib, &view) (lays the open text out
 *   when needed and tells app its page count), then render_frame(r, lib, &view).
 * Draws into the current render target at logical (rotated) coordinates. */
#ifndef STORSTIL_RENDER_H
#define STORSTIL_RENDER_H

#include <SDL.h>

#include "core/app.h"
#include "core/config.h"
#include "core/library.h"
#include "core/ui.h"

typedef struct Render Render;

/* Opens the fonts and hyphenation; NULL after a message when no font opens. */
Render *render_new(SDL_Renderer *ren, const Config *cfg, const char *version);

/* Frees the renderer's fonts, textures and layout; NULL is fine. */
void render_free(Render *r);

/* Sets the logical screen size (after rotation); drops cached pages. */
void render_set_screen(Render *r, int w, int h);

/* The screen geometry for the current size and text size. */
const UiLayout *render_ui(const Render *r);

/* Tells app the new list of documents (broken ones marked) and forgets the
 * laid-out document; call after library_scan reports a change. */
void render_library_changed(Render *r, App *app, const Library *lib);

/* Brings the layout of the open document in step with the view (document,
 * text size, screen size), keeping the reading position, and updates app's
 * page count; marks a document that cannot be laid out broken. */
void render_prepare(Render *r, App *app, const Library *lib, const AppView *view);

/* Draws the whole screen for view. */
void render_frame(Render *r, const Library *lib, const AppView *view);

/* Draws the pages next to the one in view into the cache, so that the next
 * turn is one copy; call after presenting a frame. */
void render_prefetch(Render *r, const AppView *view);

#endif
