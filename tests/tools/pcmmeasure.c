/* pcmmeasure: what SDL's disk audio driver wrote, for the read-aloud tests.
 *
 *   pcmmeasure FILE.raw RATE [FROM_MS [TO_MS]]
 *
 * FILE holds signed 16-bit mono samples at RATE Hz (native byte order), as
 * SDL_AUDIODRIVER=disk writes them for the kiosk's device. Prints one line:
 *   total_ms=N first_ms=N last_ms=N span_ms=N voiced_ms=N after_ms=N
 * where first/last are the first and last samples louder than the silence
 * threshold (-1 when all is silent), voiced_ms counts 20 ms windows with
 * sound, after_ms is the last sound at or after FROM_MS and before TO_MS
 * (-1 if none), and gap_start_ms, gap_end_ms bound the longest silence (in
 * 20 ms windows) between FROM_MS and TO_MS; crossings_per_s counts the
 * times the sound crosses zero (from one loud sample to the next of the
 * other sign) per second of voiced windows: it follows the voice's pitch,
 * which a change of pace must keep. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#define THRESHOLD 300 /* about -40 dBFS: espeak-ng's quietest voiced sound is far above */

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: pcmmeasure FILE.raw RATE [FROM_MS [TO_MS]]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    long rate = strtol(argv[2], NULL, 10), from_ms = argc > 3 ? strtol(argv[3], NULL, 10) : -1;
    long to_ms = argc > 4 ? strtol(argv[4], NULL, 10) : -1;
    if (!f || rate <= 0) {
        fprintf(stderr, "pcmmeasure: cannot read %s\n", argv[1]);
        return 2;
    }
    long n = 0, first = -1, last = -1, after = -1, window = rate / 50, voiced = 0;
    long quiet_from = -1, gap_start = -1, gap_end = -1; /* in ms */
    int loud_in_window = 0;
    long crossings = 0;
    short s, prev = 0;
    while (fread(&s, sizeof s, 1, f) == 1) {
        if (s > THRESHOLD || s < -THRESHOLD) {
            if ((prev > THRESHOLD && s < -THRESHOLD) || (prev < -THRESHOLD && s > THRESHOLD)) crossings++;
            prev = s;
            if (first < 0) first = n;
            last = n;
            loud_in_window = 1;
            long at = n * 1000 / rate;
            if (from_ms >= 0 && at >= from_ms && (to_ms < 0 || at < to_ms)) after = n;
        }
        if (++n % window == 0) {
            long at = (n - window) * 1000 / rate;
            bool in = from_ms >= 0 && at >= from_ms && (to_ms < 0 || at < to_ms);
            if (in && !loud_in_window && quiet_from < 0) quiet_from = at;
            if ((!in || loud_in_window) && quiet_from >= 0) {
                if (at - quiet_from > gap_end - gap_start) {
                    gap_start = quiet_from;
                    gap_end = at;
                }
                quiet_from = -1;
            }
            voiced += loud_in_window;
            loud_in_window = 0;
        }
    }
    fclose(f);
    printf("total_ms=%ld first_ms=%ld last_ms=%ld span_ms=%ld voiced_ms=%ld after_ms=%ld gap_start_ms=%ld "
           "gap_end_ms=%ld crossings_per_s=%ld\n", n * 1000 / rate,
           first < 0 ? -1 : first * 1000 / rate, last < 0 ? -1 : last * 1000 / rate,
           first < 0 ? 0 : (last - first) * 1000 / rate, voiced * 20, after < 0 ? -1 : after * 1000 / rate,
           gap_start, gap_end, voiced ? crossings * 50 / voiced : 0);
    return 0;
}
