/* shot: the PNG writer of the script's pictures, through libpng.
 *
 * libpng's defaults (zlib level 6, every row's filter chosen by trial) cost
 * 546 M instructions for one 1280x800 picture, two thirds of a whole
 * start-show-save run (docs/performance.md); a kiosk screen is flat colour
 * and text, so the fastest level with no filter is a few times larger and
 * about twenty times cheaper. It owns only the file it writes. */
#include "shot.h"

#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

/* libpng reports through longjmp; the message is kept for the caller. */
static void on_error(png_structp png, png_const_charp msg)
{
    char *err = png_get_error_ptr(png);
    if (err) snprintf(err, 160, "%s", msg);
    png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp msg)
{
    (void)png;
    (void)msg;
}

int shot_save_png(const unsigned char *rgba, int w, int h, int pitch, const char *path, char *err,
                  unsigned errsize)
{
    char why[160] = "out of memory";
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(err, errsize, "cannot write %s", path);
        return -1;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, why, on_error, on_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    int ok = 0;
    if (info && !setjmp(png_jmpbuf(png))) {
        png_init_io(png, f);
        png_set_compression_level(png, Z_BEST_SPEED);
        png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
        png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
                     PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
        png_write_info(png, info);
        for (int y = 0; y < h; y++) png_write_row(png, rgba + (size_t)y * (size_t)pitch);
        png_write_end(png, NULL);
        ok = 1;
    }
    png_destroy_write_struct(png ? &png : NULL, info ? &info : NULL);
    if (fclose(f) != 0 && ok) {
        snprintf(why, sizeof why, "cannot finish writing");
        ok = 0;
    }
    if (!ok) snprintf(err, errsize, "%s: %s", path, why);
    return ok ? 0 : -1;
}
