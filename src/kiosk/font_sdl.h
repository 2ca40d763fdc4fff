/* font_sdl: the SDL side of font.h, for the renderer only. */
#ifndef STORSTIL_FONT_SDL_H
#define STORSTIL_FONT_SDL_H

#include <SDL.h>
#include <SDL_ttf.h>

#include "font.h"

/* Draws len bytes of UTF-8 in a face and colour (blended, with alpha);
 * NULL for empty text or on failure. The caller frees the surface. */
SDL_Surface *font_render_span(FontSet *fonts, LayoutFace face, const char *s, size_t len,
                              SDL_Color color);

/* Draws one layout line as a single span: its text, plus "-" when the layout
 * hyphenated it (not the bullet: draw LAYOUT_BULLET with font_render_span). */
SDL_Surface *font_render_line(FontSet *fonts, const Doc *doc, const LayoutLine *line,
                              SDL_Color color);

#endif
