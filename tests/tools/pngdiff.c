/* pngdiff: compares two PNG images for the golden-image tests.
 *
 * usage: pngdiff ACTUAL.png EXPECTED.png [MAX_PERMILLE] [DIFF.png]
 * A pixel differs when any channel differs by more than 48 (of 255): small
 * anti-aliasing changes between font rasteriser versions do not count.
 * Exits 0 when at most MAX_PERMILLE (default 5, i.e. 0.5%) of the pixels
 * differ, 1 when more do or the sizes differ, 2 when a file cannot be read.
 * Prints the figures either way; DIFF.png, when given, shows differing
 * pixels in red over a dimmed copy of EXPECTED. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>

static SDL_Surface *load(const char *path)
{
    SDL_Surface *raw = IMG_Load(path);
    if (!raw) {
        fprintf(stderr, "pngdiff: %s: %s\n", path, IMG_GetError());
        return NULL;
    }
    SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_FreeSurface(raw);
    return s;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: pngdiff ACTUAL.png EXPECTED.png [MAX_PERMILLE] [DIFF.png]\n", stderr);
        return 2;
    }
    long max_permille = argc > 3 ? strtol(argv[3], NULL, 10) : 5;
    SDL_Surface *a = load(argv[1]), *b = load(argv[2]);
    int rc = 2;
    if (a && b) {
        if (a->w != b->w || a->h != b->h) {
            printf("pngdiff: sizes differ: %dx%d vs %dx%d\n", a->w, a->h, b->w, b->h);
            rc = 1;
        } else {
            long differ = 0, total = (long)a->w * a->h;
            for (int y = 0; y < a->h; y++) {
                Uint8 *pa = (Uint8 *)a->pixels + y * a->pitch;
                Uint8 *pb = (Uint8 *)b->pixels + y * b->pitch;
                for (int x = 0; x < a->w; x++, pa += 4, pb += 4) {
                    int d = 0;
                    for (int c = 0; c < 3; c++) d |= abs(pa[c] - pb[c]) > 48;
                    differ += d;
                    if (argc > 4) {
                        /* The diff image reuses b's buffer: dim it, mark red. */
                        pb[0] = d ? 255 : (Uint8)(pb[0] / 4);
                        pb[1] = d ? 0 : (Uint8)(pb[1] / 4);
                        pb[2] = d ? 0 : (Uint8)(pb[2] / 4);
                    }
                }
            }
            double permille = 1000.0 * (double)differ / (double)total;
            printf("pngdiff: %ld of %ld pixels differ (%.2f per mille, allowed %ld)\n", differ, total,
                   permille, max_permille);
            rc = permille <= (double)max_permille ? 0 : 1;
            if (argc > 4) IMG_SavePNG(b, argv[4]);
        }
    }
    SDL_FreeSurface(a);
    SDL_FreeSurface(b);
    return rc;
}
