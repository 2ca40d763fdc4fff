/* render_internal: what the renderer's files share: render.c (the reading
 * screens), render_staff.c, render_contents.c, render_attract.c (the other
 * families of screens), render_draw.c (primitives), render_page.c (pages). */
#ifndef STORSTIL_RENDER_INTERNAL_H
#define STORSTIL_RENDER_INTERNAL_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>

#include "font.h"
#include "core/layout.h"
#include "render.h"
#include "core/lang.h"
#include "core/style.h"
#include "core/theme.h"
#include "core/ui.h"

#define RENDER_UI_FONTS 10   /* UI label fonts kept open, by size and weight */
#define RENDER_PAGE_CACHE 3  /* page textures kept: previous, current, next */

typedef struct {
    TTF_Font *font;
    int px;
    bool bold;
    unsigned last_use;
} UiFont;

typedef struct {
    SDL_Texture *tex;
    int page;
    unsigned generation; /* the layout it was drawn from */
    const Theme *theme;  /* the theme it was drawn in */
    unsigned last_use;
} PageTexture;

struct Render {
    SDL_Renderer *ren;
    FontSet *fonts; /* the kiosk's; the typesetter sized them for the pages */
    Lang lang;
    const char *version;
    int w, h;
    /* what the frame being drawn shows, from its RenderView (read-only) */
    const UiLayout *ui;
    const Layout *layout; /* NULL: no pages */
    const Doc *doc;       /* the text the pages belong to */
    LayoutRect area;      /* where the pages go */
    unsigned generation;  /* of the pages */
    const SpeechSentence *hl; /* the sentence read aloud, or NULL ... */
    int hl_page;              /* ... on this page */
    PageTexture pages[RENDER_PAGE_CACHE];
    UiFont ui_fonts[RENDER_UI_FONTS];
    unsigned clock;
    /* the attract screen's words, drawn once a quote and faded as a texture */
    SDL_Texture *attract_tex;
    const Quote *attract_quote; /* what it shows (of which choice), in which theme */
    unsigned attract_generation;
    const Theme *attract_theme;
};

typedef enum { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT } Align;

/* --- render.c --- */
/* Takes the frame's ui, pages and text area from v for the drawing calls. */
void render_use_view(Render *r, const RenderView *v);

/* --- render_draw.c --- */
SDL_Color render_color(ThemeColor c);
void render_fill(Render *r, SDL_Rect rect, ThemeColor c);
void render_box(Render *r, UiRect rect, ThemeColor fill, ThemeColor border, int border_px);
TTF_Font *render_ui_font(Render *r, int px, bool bold);
/* Draws one line of text in rect (vertically centred), cut with "…" when too
 * wide; returns the drawn width. */
int render_text(Render *r, UiRect rect, const char *text, int px, bool bold, ThemeColor c, Align align);
/* The width of one line of text at px, drawing nothing (0 when it cannot be
 * measured). */
int render_text_width(Render *r, const char *text, int px, bool bold);
/* Draws text wrapped at spaces into rect from its top, at most max_lines
 * lines (the last cut with "…"); returns the height used. */
int render_wrapped(Render *r, UiRect rect, const char *text, int px, bool bold, ThemeColor c,
                   Align align, int max_lines);
/* The height render_wrapped would use, drawing nothing. */
int render_wrapped_height(Render *r, UiRect rect, const char *text, int px, bool bold, int max_lines);
/* As render_wrapped, centred vertically in rect. */
int render_wrapped_centred(Render *r, UiRect rect, const char *text, int px, bool bold, ThemeColor c,
                           Align align, int max_lines);
/* A button: box, label centred; "◀ " / " ▶" in the label become drawn arrows. */
void render_button(Render *r, UiRect rect, const char *label, const Theme *t, bool enabled);
/* A control of a row: its rectangle, its label, shorter words for it (or
 * NULL) and whether it does something now (else dimmed). */
typedef struct {
    UiRect rect;
    const char *label, *short_label;
    bool enabled;
} RenderButton;
/* The n buttons of one row, their labels at one size: the largest (up to
 * render_label_px) at which each label or its shorter words fit, never
 * under the label's least size; an arrow's words give way to the arrow
 * alone rather than shrink the row. */
void render_button_row(Render *r, const RenderButton *b, int n, const Theme *t);
/* A button in the theme's accent colour, the screen's one main action. */
void render_accent_button(Render *r, UiRect rect, const char *label, const Theme *t);
/* The largest size from most down to least at which text, wrapped, fits
 * box (least when none does). */
int render_fit_wrapped_px(Render *r, UiRect box, const char *text, int most, int least);
/* Label size for a button or bar of height h (ui_label_px). */
int render_label_px(const Render *r, int h);
void render_close_ui_fonts(Render *r);

/* --- render.c, for the other screens' files --- */
/* The text of id in the renderer's language. */
const char *render_string(const Render *r, StringId id);
/* Fills a bar's background. */
void render_fill_bar(Render *r, UiRect bar, const Theme *t);
/* The bottom bar's prev and next, and "Sida 3 av 41" over its progress bar
 * in label_rect and progress. */
void render_paging_bar(Render *r, const Theme *t, int page, int pages, bool prev, bool next,
                       UiRect label_rect, UiRect progress, bool buttons);

/* --- one file per family of screens (render.c: the visitor's reading
 * screens); each draws its screen from the frame's view --- */
/* render_staff.c: the PIN pad, the staff menu, Info (screen: its size facts). */
void render_pin(Render *r, const AppView *v, const Theme *t);
void render_menu(Render *r, const Theme *t, const AppView *v);
void render_info(Render *r, const Library *lib, const RenderScreenInfo *screen, const AppView *v,
                 const Theme *t);
/* render_contents.c: the open text's contents list. */
void render_contents(Render *r, const RenderView *rv, const Theme *t);
/* render_attract.c: the attract screen; render_drop_attract frees its texture. */
void render_attract(Render *r, const RenderView *rv, const Theme *t);
void render_drop_attract(Render *r);

/* --- render_page.c --- */
/* Draws page `page` of the laid-out document at (x, y), from the cache. */
void render_page(Render *r, int page, int x, int y, const Theme *t);
/* Frees every cached page texture. */
void render_drop_pages(Render *r);

#endif
