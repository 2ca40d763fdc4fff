/* font: SDL_ttf faces for the reader and the real measure callbacks.
 *
 * Owns three TTF_Fonts (regular at body size; bold at body size; bold at
 * heading size) and a scratch buffer that turns spans into the
 * NUL-terminated strings SDL_ttf wants. It measures one span at a time,
 * never a whole document (layout caches the widths). It does not decide
 * sizes (style.c) or where text goes (layout.c, render.c). */
#include "font_sdl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REGULAR_FILE "AtkinsonHyperlegible-Regular.ttf"
#define BOLD_FILE "AtkinsonHyperlegible-Bold.ttf"
#define DEJAVU_REGULAR "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#define DEJAVU_BOLD "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

enum { F_REGULAR, F_BOLD, F_HEADING, F_COUNT };

struct FontSet {
    TTF_Font *font[F_COUNT];
    char *path[F_COUNT];
    void *file[F_COUNT]; /* the font files in memory (see open_first) */
    int synth_bold; /* a configured single file: bold is emboldened */
    char *scratch;
    size_t scratch_cap;
};

static int face_font(LayoutFace face)
{
    switch (face) {
    case LAYOUT_FACE_NAME: return F_BOLD;
    case LAYOUT_FACE_HEADING: return F_HEADING;
    default: return F_REGULAR;
    }
}

/* Copies a span into the scratch buffer as a C string; NULL when out of memory. */
static const char *cstr(FontSet *fs, const char *s, size_t len, int hyphen)
{
    size_t need = len + (hyphen ? 1 : 0) + 1;
    if (need > fs->scratch_cap) {
        char *p = realloc(fs->scratch, need);
        if (!p) return NULL;
        fs->scratch = p;
        fs->scratch_cap = need;
    }
    memcpy(fs->scratch, s, len);
    if (hyphen) fs->scratch[len++] = '-';
    fs->scratch[len] = '\0';
    return fs->scratch;
}

/* Opens the first of the candidate files that exists, at a placeholder size.
 * The file is read into memory first: FreeType loads glyphs lazily, and
 * after every size change each glyph would otherwise cost a seek and a read
 * of the file, a third of the time of a relayout. */
static TTF_Font *open_first(const char *const *paths, size_t n, char **used, void **file)
{
    for (size_t i = 0; i < n; i++) {
        if (!paths[i]) continue;
        size_t size = 0;
        void *data = SDL_LoadFile(paths[i], &size);
        if (!data) continue;
        SDL_RWops *rw = SDL_RWFromConstMem(data, (int)size);
        TTF_Font *f = rw ? TTF_OpenFontRW(rw, 1, 16) : NULL;
        if (f) {
            *used = strdup(paths[i]);
            *file = data;
            return f;
        }
        SDL_free(data);
    }
    return NULL;
}

static TTF_Font *open_bundled(const char *file, const char *fallback, char **used, void **data)
{
    char beside[1024] = "";
    char *base = SDL_GetBasePath();
    if (base) {
        snprintf(beside, sizeof beside, "%s../share/storstil/assets/fonts/%s", base, file);
        SDL_free(base);
    }
    char local[256], shared[256], usr[256];
    snprintf(local, sizeof local, "assets/fonts/%s", file);
    snprintf(shared, sizeof shared, "/usr/local/share/storstil/assets/fonts/%s", file);
    snprintf(usr, sizeof usr, "/usr/share/storstil/assets/fonts/%s", file);
    const char *paths[] = {local, beside[0] ? beside : NULL, shared, usr, fallback};
    return open_first(paths, sizeof paths / sizeof paths[0], used, data);
}

FontSet *font_open(const char *path)
{
    if (TTF_Init() < 0) { /* counted: font_free's TTF_Quit balances it */
        fprintf(stderr, "storstil: SDL_ttf: %s\n", TTF_GetError());
        return NULL;
    }
    FontSet *fs = calloc(1, sizeof *fs);
    if (!fs) {
        TTF_Quit();
        return NULL;
    }
    if (path && path[0]) {
        for (int i = 0; i < F_COUNT; i++) {
            const char *one[] = {path};
            fs->font[i] = open_first(one, 1, &fs->path[i], &fs->file[i]);
        }
        fs->synth_bold = 1;
        if (!fs->font[F_REGULAR]) fprintf(stderr, "storstil: cannot open font %s\n", path);
    }
    if (!fs->font[F_REGULAR]) {
        for (int i = 0; i < F_COUNT; i++) {
            if (fs->font[i]) TTF_CloseFont(fs->font[i]);
            SDL_free(fs->file[i]);
            free(fs->path[i]);
            fs->font[i] = NULL;
            fs->file[i] = NULL;
            fs->path[i] = NULL;
        }
        fs->synth_bold = 0;
        fs->font[F_REGULAR] = open_bundled(REGULAR_FILE, DEJAVU_REGULAR, &fs->path[F_REGULAR],
                                           &fs->file[F_REGULAR]);
        fs->font[F_BOLD] = open_bundled(BOLD_FILE, DEJAVU_BOLD, &fs->path[F_BOLD], &fs->file[F_BOLD]);
        fs->font[F_HEADING] = open_bundled(BOLD_FILE, DEJAVU_BOLD, &fs->path[F_HEADING],
                                           &fs->file[F_HEADING]);
    }
    for (int i = 0; i < F_COUNT; i++) {
        if (!fs->font[i]) {
            fprintf(stderr, "storstil: no usable font (tried %s and %s)\n",
                    i == F_REGULAR ? REGULAR_FILE : BOLD_FILE,
                    i == F_REGULAR ? DEJAVU_REGULAR : DEJAVU_BOLD);
            font_free(fs);
            return NULL;
        }
    }
    /* Light hinting: at 20-80 px the TrueType bytecode hinter adds little
     * to the shapes, and skipping it makes the glyph loads after each text
     * size change about a third cheaper. */
    for (int i = 0; i < F_COUNT; i++) TTF_SetFontHinting(fs->font[i], TTF_HINTING_LIGHT);
    if (fs->synth_bold) {
        TTF_SetFontStyle(fs->font[F_BOLD], TTF_STYLE_BOLD);
        TTF_SetFontStyle(fs->font[F_HEADING], TTF_STYLE_BOLD);
    }
    return fs;
}

void font_free(FontSet *fs)
{
    if (!fs) return;
    for (int i = 0; i < F_COUNT; i++) {
        if (fs->font[i]) TTF_CloseFont(fs->font[i]); /* before its memory goes */
        SDL_free(fs->file[i]);
        free(fs->path[i]);
    }
    free(fs->scratch);
    free(fs);
    TTF_Quit();
}

static int set_style(FontSet *fs, const LayoutStyle *style)
{
    int body = style->body_px > 1 ? style->body_px : 1;
    int heading = style->heading_px > 1 ? style->heading_px : 1;
    if (TTF_SetFontSize(fs->font[F_REGULAR], body) < 0 ||
        TTF_SetFontSize(fs->font[F_BOLD], body) < 0 ||
        TTF_SetFontSize(fs->font[F_HEADING], heading) < 0) {
        fprintf(stderr, "storstil: SDL_ttf: %s\n", TTF_GetError());
        return -1;
    }
    return 0;
}

static int measure_width(void *ctx, LayoutFace face, const char *s, size_t len)
{
    FontSet *fs = ctx;
    const char *c = cstr(fs, s, len, 0);
    int w = 0, h = 0;
    if (!c || TTF_SizeUTF8(fs->font[face_font(face)], c, &w, &h) < 0) return 1 << 28;
    return w;
}

static int measure_height(void *ctx, LayoutFace face)
{
    FontSet *fs = ctx;
    return TTF_FontHeight(fs->font[face_font(face)]);
}

static int typeset_style(void *ctx, const LayoutStyle *style, LayoutMeasure *measure)
{
    FontSet *fs = ctx;
    if (set_style(fs, style) < 0) return -1;
    *measure = (LayoutMeasure){fs, measure_width, measure_height};
    return 0;
}

TypesetFonts font_typeset(FontSet *fs)
{
    return (TypesetFonts){fs, typeset_style};
}

int font_line_width(FontSet *fs, const Doc *doc, const LayoutLine *line)
{
    size_t len;
    const char *s = layout_line_text(doc, line, &len);
    const char *c = cstr(fs, s, len, line->flags & LAYOUT_LINE_HYPHEN);
    int w = 0, h = 0;
    if (!c || TTF_SizeUTF8(fs->font[face_font((LayoutFace)line->face)], c, &w, &h) < 0) return -1;
    return w;
}

int font_span_width(FontSet *fs, LayoutFace face, const char *s, size_t len)
{
    int w = len ? measure_width(fs, face, s, len) : 0;
    return w >= 1 << 28 ? 0 : w;
}

const char *font_face_path(const FontSet *fs, LayoutFace face) { return fs->path[face_font(face)]; }

SDL_Surface *font_render_span(FontSet *fs, LayoutFace face, const char *s, size_t len,
                              SDL_Color color)
{
    if (len == 0) return NULL;
    const char *c = cstr(fs, s, len, 0);
    return c ? TTF_RenderUTF8_Blended(fs->font[face_font(face)], c, color) : NULL;
}

SDL_Surface *font_render_line(FontSet *fs, const Doc *doc, const LayoutLine *line,
                              SDL_Color color)
{
    size_t len;
    const char *s = layout_line_text(doc, line, &len);
    int hyphen = line->flags & LAYOUT_LINE_HYPHEN;
    if (len == 0 && !hyphen) return NULL;
    const char *c = cstr(fs, s, len, hyphen);
    return c ? TTF_RenderUTF8_Blended(fs->font[face_font((LayoutFace)line->face)], c, color)
             : NULL;
}
