/* pcmmatch: does the sound SDL's disk audio driver wrote match a recording?
 * For tests/e2e/read_recording.sh.
 *
 *   pcmmatch OUT.raw RATE CHANNELS REF
 *
 * OUT holds signed 16-bit samples at RATE Hz, CHANNELS interleaved (native
 * byte order), as SDL_AUDIODRIVER=disk writes them; REF is any file
 * libsndfile decodes. Both are reduced to mono loudness in 10 ms windows,
 * and the shift of REF within OUT with the best correlation is found (so a
 * resampled or re-encoded REF still matches); then, when the rates agree,
 * the samples themselves are compared at that shift (refined to the
 * sample). Prints one line:
 *   shift_ms=N corr=F same=F overlap_ms=N
 * shift_ms: where REF's start lies in OUT (negative: OUT starts that far
 * into REF; to the sample when the rates agree, else to the window); corr: the loudness correlation (1 is the same shape); same:
 * the share of overlapping samples within 2 of each other (-1 when the
 * rates differ). */
#include <math.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>

#define WIN_MS 10

/* Mono loudness (RMS) per WIN_MS window of n frames of ch channels. */
static double *envelope(const short *s, long n, int ch, long rate, long *nw)
{
    long w = rate * WIN_MS / 1000;
    *nw = n / w;
    double *e = calloc((size_t)*nw + 1, sizeof *e);
    for (long i = 0; i < *nw; i++) {
        double sum = 0;
        for (long f = i * w; f < (i + 1) * w; f++) {
            double m = 0;
            for (int c = 0; c < ch; c++) m += s[f * ch + c];
            m /= ch;
            sum += m * m;
        }
        e[i] = sqrt(sum / (double)w);
    }
    return e;
}

/* Pearson correlation of a[i] and b[i - shift] where both exist. */
static double correlate(const double *a, long na, const double *b, long nb, long shift, long *overlap)
{
    long lo = shift > 0 ? shift : 0, hi = na < nb + shift ? na : nb + shift;
    *overlap = hi - lo;
    if (hi - lo < 50) return -1;
    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0, n = (double)(hi - lo);
    for (long i = lo; i < hi; i++) {
        double x = a[i], y = b[i - shift];
        sa += x, sb += y, saa += x * x, sbb += y * y, sab += x * y;
    }
    double va = saa - sa * sa / n, vb = sbb - sb * sb / n;
    return va > 0 && vb > 0 ? (sab - sa * sb / n) / sqrt(va * vb) : -1;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: pcmmatch OUT.raw RATE CHANNELS REF\n");
        return 2;
    }
    long rate = strtol(argv[2], NULL, 10);
    int ch = (int)strtol(argv[3], NULL, 10);
    FILE *f = fopen(argv[1], "rb");
    SF_INFO ri = {0};
    SNDFILE *ref = sf_open(argv[4], SFM_READ, &ri);
    if (!f || !ref || rate <= 0 || ch <= 0) {
        fprintf(stderr, "pcmmatch: cannot read %s or %s\n", argv[1], argv[4]);
        return 2;
    }
    fseek(f, 0, SEEK_END);
    long out_n = ftell(f) / (long)(2 * ch);
    rewind(f);
    short *out = malloc((size_t)(out_n + 1) * (size_t)ch * sizeof *out);
    if (fread(out, sizeof *out * (size_t)ch, (size_t)out_n, f) != (size_t)out_n) return 2;
    fclose(f);
    short *rs = malloc((size_t)(ri.frames + 1) * (size_t)ri.channels * sizeof *rs);
    long ref_n = (long)sf_readf_short(ref, rs, ri.frames);
    sf_close(ref);
    long na, nb;
    double *a = envelope(out, out_n, ch, rate, &na), *b = envelope(rs, ref_n, ri.channels, ri.samplerate, &nb);
    long best = 0, overlap = 0, ov;
    double corr = -2;
    for (long s = -nb + 50; s < na - 50; s++) {
        double c = correlate(a, na, b, nb, s, &ov);
        if (c > corr) corr = c, best = s, overlap = ov;
    }
    double same = -1;
    long best_sh = 0; /* the shift in samples, when the rates agree */
    if (rate == ri.samplerate && ch == ri.channels) { /* refine to the sample */
        long w = rate * WIN_MS / 1000, base = best * w, best_same = -1;
        best_sh = base;
        for (long d = -w; d <= w; d++) {
            long sh = base + d, lo = sh > 0 ? sh : 0, hi = out_n < ref_n + sh ? out_n : ref_n + sh, k = 0;
            if (hi <= lo) continue;
            for (long i = lo; i < hi; i++)
                for (int c = 0; c < ch; c++) k += abs(out[i * ch + c] - rs[(i - sh) * ch + c]) <= 2;
            if (k > best_same) {
                best_same = k;
                best_sh = sh;
                same = (double)k / (double)((hi - lo) * ch);
            }
        }
    }
    long shift_ms = same >= 0 ? best_sh * 1000 / rate : best * WIN_MS;
    printf("shift_ms=%ld corr=%.3f same=%.3f overlap_ms=%ld\n", shift_ms, corr, same, overlap * WIN_MS);
    free(a), free(b), free(out), free(rs);
    return 0;
}
