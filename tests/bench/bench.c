/* storstil-bench: what a visitor feels, measured on the kiosk's own modules.
 * A program of its own (make bench), so the kiosk binary carries no bench
 * code. It drives the kiosk as a visitor would (commands through app,
 * frames through render) on a virtual clock, or the typesetter alone, and
 * times only the work a figure names. It changes nothing in the kiosk.
 *
 *   storstil-bench layout [N] [storstil options]   layout_all_ms, relayout_ms
 *   storstil-bench kiosk [N] [storstil options]    page turns or slides, memory
 *   storstil-bench soak [N] [storstil options]     memory and files over N turns
 *   storstil-bench zalgo [MARKS] [storstil options] one letter and MARKS accents
 *   storstil-bench read [N] [storstil options]     reading aloud: start time, memory
 *   storstil-bench play [N] [storstil options]     a recording: start time, CPU while playing
 *   storstil-bench start [storstil options]        one start to the first page's picture */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_modes.h"

typedef struct {
    const char *name;
    long default_n;
    int (*run)(const Options *opt, long n, FILE *out);
} Mode;

static const Mode modes[] = {
    {"layout", 20, bench_layout},
    {"kiosk", 500, bench_kiosk},
    {"soak", 20000, bench_soak},
    {"zalgo", 100000, bench_zalgo},
    {"read", 20, bench_read},
    {"play", 20, bench_play},
    {"start", 1, bench_start},
};

static int usage(void)
{
    fputs("usage: storstil-bench layout|kiosk|soak|zalgo|read|play|start [N] [storstil options]\n", stderr);
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 2) return usage();
    const Mode *m = NULL;
    for (size_t i = 0; i < sizeof modes / sizeof *modes; i++)
        if (!strcmp(argv[1], modes[i].name)) m = &modes[i];
    if (!m) return usage();
    long n = m->default_n;
    int first = 2; /* the first storstil option */
    if (argc > 2 && argv[2][0] >= '0' && argv[2][0] <= '9') {
        char *end;
        n = strtol(argv[2], &end, 10);
        if (*end || n < 1 || n > 100000000) {
            fprintf(stderr, "storstil-bench: \"%s\" is not a count from 1 to 100000000\n", argv[2]);
            return 2;
        }
        first = 3;
    }
    Options opt;
    /* options_parse skips its argv[0]: the mode or the count stands there. */
    if (options_parse(&opt, argc - first + 1, argv + first - 1, stderr) != 0) return 2;
    return m->run(&opt, n, stdout);
}
