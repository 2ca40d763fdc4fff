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
 *        pngmeasure xheight PNG X Y W H
 *          the x-height in pixels of the label in the control at X,Y of
 *          W x H (its border left out): the label's ink (pixels at least
 *          half as far from the button's colour as its farthest one) in
 *          letters (connected pieces), those standing on the baseline (where
 *          the most pieces end: not dots, rings or descenders), and the
 *          median height of the shortest of them (within 2 pixels of the
 *          shortest, as round letters overshoot): a word with a lowercase
 *          letter without ascender or descender gives its x-height ("Alla
 *          texter", "Nästa", "Stäng"); a label of capitals and signs ("A+")
 *          the height of its shortest piece, an arrow alone its height; 0
 *          when it has no ink
 *        pngmeasure xheight90 PNG X Y W H
 *          the same for a screen turned 90° clockwise (the text runs down)
 * Prints "W H" or "H"; exits 0, 1 on bad arguments, 2 when the file cannot
 * be read. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdbool.h>
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

static int distance(int x, int y, const Uint8 *bg)
{
    const Uint8 *p = px(x, y);
    return abs(p[0] - bg[0]) + abs(p[1] - bg[1]) + abs(p[2] - bg[2]);
}

typedef struct {
    int lo, hi; /* its extent across the writing: top and bottom, or left and right */
} Piece;

static int cmp_int(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

/* The x-height of the label in the control at x0,y0 of w x h; turned: the
 * text runs down the screen (a screen turned 90°), so heights are widths. */
static int xheight(int x0, int y0, int w, int h, bool turned)
{
    int in = 5; /* the border and a little air */
    x0 += in, y0 += in, w -= 2 * in, h -= 2 * in;
    if (w <= 0 || h <= 0 || !inside(x0, y0) || !inside(x0 + w - 1, y0 + h - 1)) return 1;
    Uint8 bg[4];
    SDL_memcpy(bg, px(x0, y0), 4);
    int far = 0;
    for (int y = y0; y < y0 + h; y++)
        for (int x = x0; x < x0 + w; x++)
            if (distance(x, y, bg) > far) far = distance(x, y, bg);
    unsigned char *mask = calloc((size_t)w * h, 1);
    int *stack = malloc(sizeof *stack * (size_t)w * h);
    Piece pieces[256];
    int n = 0;
    if (!mask || !stack) return 2;
    for (int i = 0; i < w * h; i++) mask[i] = far > 48 && distance(x0 + i % w, y0 + i / w, bg) * 2 >= far;
    for (int i = 0; i < w * h && n < 256; i++) {
        if (mask[i] != 1) continue;
        int lo = turned ? i % w : i / w, hi = lo, sp = 0, size = 0;
        stack[sp++] = i;
        mask[i] = 2;
        while (sp) {
            int j = stack[--sp], jx = j % w, jy = j / w, at = turned ? jx : jy;
            size++;
            if (at < lo) lo = at;
            if (at > hi) hi = at;
            const int nb[4][2] = {{jx - 1, jy}, {jx + 1, jy}, {jx, jy - 1}, {jx, jy + 1}};
            for (int k = 0; k < 4; k++) {
                int nx = nb[k][0], ny = nb[k][1];
                if (nx < 0 || ny < 0 || nx >= w || ny >= h || mask[ny * w + nx] != 1) continue;
                mask[ny * w + nx] = 2;
                stack[sp++] = ny * w + nx;
            }
        }
        if (size >= 6) pieces[n++] = (Piece){lo, hi}; /* not a stray pixel */
    }
    free(mask);
    free(stack);
    if (!n) {
        printf("0\n");
        return 0;
    }
    /* The baseline: where the most pieces end (turned 90° clockwise the
     * letters' feet point left, at their lowest x); dots, rings and
     * descenders end elsewhere. */
    int ends[256], best = 0, baseline = 0;
    for (int i = 0; i < n; i++) ends[i] = turned ? pieces[i].lo : pieces[i].hi;
    for (int i = 0; i < n; i++) {
        int c = 0;
        for (int j = 0; j < n; j++) c += abs(ends[j] - ends[i]) <= 1;
        if (c > best) best = c, baseline = ends[i];
    }
    int heights[256], m = 0;
    for (int i = 0; i < n; i++)
        if (abs(ends[i] - baseline) <= 2) heights[m++] = pieces[i].hi - pieces[i].lo + 1;
    qsort(heights, (size_t)m, sizeof *heights, cmp_int);
    /* the shortest letters on the baseline (within 2 pixels of the
     * shortest, as round ones overshoot) are the x-high ones: their median */
    int c = 0;
    while (c < m && heights[c] <= heights[0] + 2) c++;
    printf("%d\n", heights[c / 2]);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 7) {
        fputs("usage: pngmeasure box PNG X Y BX BY | pngmeasure ink PNG X0 Y0 X1 Y1 | pngmeasure xheight PNG X Y W H\n",
              stderr);
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
           : SDL_strcmp(argv[1], "ink") == 0 ? ink(a[0], a[1], a[2], a[3])
           : SDL_strcmp(argv[1], "xheight") == 0 ? xheight(a[0], a[1], a[2], a[3], false)
           : SDL_strcmp(argv[1], "xheight90") == 0 ? xheight(a[0], a[1], a[2], a[3], true) : 1;
    SDL_FreeSurface(img);
    return rc;
}
