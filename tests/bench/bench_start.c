/* bench_start: one start as a visitor sees it, for the side-by-side with a
 * browser (tests/bench/start.sh): the kiosk opens, draws the shelf, does
 * its idle work, opens the first text and saves that first page's picture,
 * then closes. No script player and no waits: tests/bench/start.sh times
 * the whole process from outside. */
#include <stdlib.h>

#include "bench_modes.h"
#include "kiosk/kiosk.h"

int bench_start(const Options *opt, long n, FILE *out)
{
    (void)n;
    static Kiosk k; /* large; one per process */
    const char *shot = getenv("STORSTIL_BENCH_SHOT");
    int rc = kiosk_open(&k, opt, false, 0);
    if (rc != 0) return rc;
    kiosk_draw(&k, 0, NULL); /* the shelf: the first frame */
    kiosk_prefetch(&k, 0);   /* what the loop does while the visitor looks */
    kiosk_command(&k, APP_CMD_OPEN, 0, 1000);
    kiosk_draw(&k, 1000, NULL);
    kiosk_draw(&k, 2000, shot ? shot : "start.png"); /* any opening slide is over */
    AppView v;
    app_view(k.app, 2000, &v);
    fprintf(out, "start_pages: %d\n", v.n_pages);
    kiosk_close(&k);
    return v.screen == APP_SCREEN_READER ? 0 : 1;
}
