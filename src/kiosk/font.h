/* font: the kiosk's faces (Atkinson Hyperlegible, else DejaVu Sans) opened
 * with SDL_ttf, and the real measure callbacks for layout. This header has
 * no SDL types so SDL-free code can hold a FontSet; drawing is in font_sdl.h. */
#ifndef STORSTIL_FONT_H
#define STORSTIL_FONT_H

#include "core/doc.h"
#include "core/layout.h"
#include "core/typeset.h"

typedef struct FontSet FontSet;

/* Opens the regular and bold faces. `path` is the configured font (NULL or
 * "" = the bundled Atkinson Hyperlegible, looked up in assets/fonts, beside
 * the installed binary and in /usr/local/share/storstil, falling back to
 * DejaVu Sans); a configured font is used for every face, emboldened for
 * bold ones. Returns NULL after a message on stderr when no font opens. */
FontSet *font_open(const char *path);

/* Closes the faces; NULL is fine. */
void font_free(FontSet *fonts);

/* The fonts as the typesetter asks for them: its set_style sizes the faces
 * for a text style (body size for body, name, note and list; heading size
 * for headings) and gives the real measure. Valid while fonts lives. */
TypesetFonts font_typeset(FontSet *fonts);

/* Width in pixels of a whole line as the renderer draws it (its text plus
 * the added "-"; the bullet is drawn apart): the ground truth for tests. */
int font_line_width(FontSet *fonts, const Doc *doc, const LayoutLine *line);

/* Width in pixels of len bytes of UTF-8 in a face at its current size (the
 * read-aloud highlight's ends); 0 when it cannot be measured. */
int font_span_width(FontSet *fonts, LayoutFace face, const char *s, size_t len);

/* Path of the file behind a face (the renderer opens it again at label sizes).
 * With a configured font every face has the same file; bold ones are then
 * emboldened by style (TTF_STYLE_BOLD), which a reopened copy must repeat. */
const char *font_face_path(const FontSet *fonts, LayoutFace face);

#endif
