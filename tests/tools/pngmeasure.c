/* pngmeasure: sizes measured from a screenshot's pixels, for the
 * large-print tests.
 *
 * usage: pngmeasure box PNG X Y BX BY
 *          the control around (X, Y): its width and height in pixels, as the
 *          run of pixels through (X, Y), along its row and its column, whose
 *          colour differs from the background sampled at (BX, BY)
 *        pngmeasure ink PNG X0 Y0 X1 Y1
 *          the height in pixels of the rows in [X0, X1) x [Y0, Y1) holding
 *          ink: pixels at least 96 brighter than the region's darkest one (a
 *          line of "x" gives the x-height)
 * Prints "W H" or "H"; exits 0, 1 on bad arguments, 2 when the file cannot
 * be read. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>

static SDL_Surface *img;

static const Uint8 *px(int x, int y)
{
    return (const Uint8 *)img->pixels + y * img->pitch + x * 4;
}

static int differs(int x, int y, const Uint8 *bg)
{
    const Uint8 *p = px(x, y);
    return abs(p[0] - bg[0]) + abs(p[1] - bg[1]) + abs(p[2] - bg[2]) > 24;
}

static int inside(int x, int y)
{
    return x >= 0 && y >= 0 && x < img->w && y < img->h;
}

static int box(int x, int y, int bx, int by)
{
    if (!inside(x, y) || !inside(bx, by)) return 1;
    Uint8 bg[4];
    SDL_memcpy(bg, px(bx, by), 4);
    int l = x, r = x, t = y, b = y;
    while (inside(l - 1, y) && differs(l - 1, y, bg)) l--;
    while (inside(r + 1, y) && differs(r + 1, y, bg)) r++;
    while (inside(x, t - 1) && differs(x, t - 1, bg)) t--;
    while (inside(x, b + 1) && differs(x, b + 1, bg)) b++;
    printf("%d %d\n", r - l + 1, b - t + 1);
    return 0;
}

static int brightness(int x, int y)
{
    const Uint8 *p = px(x, y);
    return p[0] + p[1] + p[2];
}

static int ink(int x0, int y0, int x1, int y1)
{
    if (!inside(x0, y0) || !inside(x1 - 1, y1 - 1) || x1 <= x0 || y1 <= y0) return 1;
    int dark = 3 * 255;
    for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++)
            if (brightness(x, y) < dark) dark = brightness(x, y);
    int top = -1, bottom = -1;
    for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++)
            if (brightness(x, y) >= dark + 3 * 96) {
                if (top < 0) top = y;
                bottom = y;
                break;
            }
    printf("%d\n", top < 0 ? 0 : bottom - top + 1);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 7) {
        fputs("usage: pngmeasure box PNG X Y BX BY | pngmeasure ink PNG X0 Y0 X1 Y1\n", stderr);
        return 1;
    }
    SDL_Surface *raw = IMG_Load(argv[2]);
    if (!raw) {
        fprintf(stderr, "pngmeasure: %s: %s\n", argv[2], IMG_GetError());
        return 2;
    }
    img = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_FreeSurface(raw);
    if (!img) return 2;
    int a[4];
    for (int i = 0; i < 4; i++) a[i] = atoi(argv[3 + i]);
    int rc = SDL_strcmp(argv[1], "box") == 0 ? box(a[0], a[1], a[2], a[3])
           : SDL_strcmp(argv[1], "ink") == 0 ? ink(a[0], a[1], a[2], a[3]) : 1;
    SDL_FreeSurface(img);
    return rc;
}
