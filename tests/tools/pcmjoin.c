/* pcmjoin: one recording from several, with known offsets, for the
 * recording tests (tests/e2e/read_recording.sh).
 *
 *   pcmjoin OUT.wav GAP_MS IN.wav...
 *
 * Writes OUT.wav (16-bit, the inputs' rate and channels, which must agree):
 * GAP_MS of silence, the first input, GAP_MS of silence, the next, ... and
 * prints each input's start in OUT in ms, one line each. */
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: pcmjoin OUT.wav GAP_MS IN.wav...\n");
        return 2;
    }
    long gap_ms = strtol(argv[2], NULL, 10);
    SNDFILE *out = NULL;
    SF_INFO oi = {0};
    long long at = 0; /* frames written */
    short buf[4096];
    for (int a = 3; a < argc; a++) {
        SF_INFO ii = {0};
        SNDFILE *in = sf_open(argv[a], SFM_READ, &ii);
        if (!in) {
            fprintf(stderr, "pcmjoin: %s: %s\n", argv[a], sf_strerror(NULL));
            return 1;
        }
        if (!out) {
            oi = (SF_INFO){.samplerate = ii.samplerate, .channels = ii.channels, .format = SF_FORMAT_WAV | SF_FORMAT_PCM_16};
            out = sf_open(argv[1], SFM_WRITE, &oi);
            if (!out) {
                fprintf(stderr, "pcmjoin: %s: %s\n", argv[1], sf_strerror(NULL));
                return 1;
            }
        } else if (ii.samplerate != oi.samplerate || ii.channels != oi.channels) {
            fprintf(stderr, "pcmjoin: %s: another rate or channel count\n", argv[a]);
            return 1;
        }
        long long silence = (long long)gap_ms * oi.samplerate / 1000;
        short zero[256] = {0};
        for (long long f = 0; f < silence;) {
            sf_count_t n = (sf_count_t)(silence - f < 256 / oi.channels ? silence - f : 256 / oi.channels);
            sf_writef_short(out, zero, n);
            f += n;
        }
        at += silence;
        printf("%lld\n", at * 1000 / oi.samplerate);
        sf_count_t n;
        while ((n = sf_readf_short(in, buf, 4096 / ii.channels)) > 0) {
            sf_writef_short(out, buf, n);
            at += n;
        }
        sf_close(in);
    }
    sf_close(out);
    return 0;
}
