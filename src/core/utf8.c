/* utf8: decoding, encoding and repair of UTF-8.
 *
 * Owns the rules for what counts as valid UTF-8 (RFC 3629, Unicode 15 §3.9)
 * and how bad input is replaced: one U+FFFD per maximal subpart. It knows no
 * document structure and allocates only in utf8_sanitize. */
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

size_t utf8_decode(const char *str, size_t len, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    uint32_t v;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0Fu;
        if (c == 0xE0) lo = 0xA0;      /* no overlongs */
        if (c == 0xED) hi = 0x9F;      /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07u;
        if (c == 0xF0) lo = 0x90;      /* no overlongs */
        if (c == 0xF4) hi = 0x8F;      /* nothing above U+10FFFF */
    } else {
        *cp = UTF8_REPLACEMENT;        /* C0, C1, F5..FF, stray continuation */
        return 1;
    }
    size_t i = 1;
    for (; i <= need; i++) {
        if (i >= len) break;
        unsigned char b = s[i];
        unsigned char l = (i == 1) ? lo : 0x80, h = (i == 1) ? hi : 0xBF;
        if (b < l || b > h) break;
        v = (v << 6) | (b & 0x3Fu);
    }
    if (i <= need) {
        *cp = UTF8_REPLACEMENT; /* the maximal subpart is the bytes accepted so far */
        return i;
    }
    *cp = v;
    return need + 1;
}

size_t utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_next_len(const char *s, size_t len)
{
    uint32_t cp;
    return len ? utf8_decode(s, len, &cp) : 0;
}

char *utf8_sanitize(const char *in, size_t len, size_t *out_len,
                    size_t *n_invalid, int *first_bad_line)
{
    /* Each input byte becomes at most 3 output bytes (a lone bad byte turns
     * into U+FFFD), so one allocation up front is enough. */
    if (len > (SIZE_MAX - 1) / 3) return NULL;
    char *out = malloc(len * 3 + 1);
    if (!out) return NULL;
    size_t i = 0, o = 0, bad = 0;
    int line = 1, first = 0;
    if (len >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < len) {
        unsigned char c = (unsigned char)in[i];
        if (c == '\r') {
            out[o++] = '\n';
            line++;
            i += (i + 1 < len && in[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c == '\n') line++;
        if (c != 0 && c < 0x80) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = c == 0 ? 1 : utf8_decode(in + i, len - i, &cp);
        if (c == 0 || cp == UTF8_REPLACEMENT) {
            /* A U+FFFD already in the input is text, not damage we made. */
            int genuine = c != 0 && n == 3 && memcmp(in + i, "\xEF\xBF\xBD", 3) == 0;
            if (!genuine) {
                bad++;
                if (!first) first = line;
            }
            o += utf8_encode(UTF8_REPLACEMENT, out + o);
        } else {
            memcpy(out + o, in + i, n);
            o += n;
        }
        i += n;
    }
    out[o] = '\0';
    *out_len = o;
    if (n_invalid) *n_invalid = bad;
    if (first_bad_line) *first_bad_line = first;
    return out;
}

uint32_t utf8_lower(uint32_t cp)
{
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp == 0x178) return 0xFF; /* Ÿ: its small letter is in Latin-1 */
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
    if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 &&
        cp != 0x149 && cp != 0x17F) {
        /* Latin Extended-A pairs: even/odd, except the runs 0x139..0x148 and
         * 0x179..0x17E, which pair odd/even. */
        int odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (odd_upper) return (cp & 1u) ? cp + 1 : cp;
        return (cp & 1u) ? cp : cp + 1;
    }
    return cp;
}

uint32_t utf8_upper(uint32_t cp)
{
    if (cp >= 'a' && cp <= 'z') return cp - 32;
    if (cp == 0xFF) return 0x178; /* ÿ */
    if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 32;
    if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 &&
        cp != 0x149 && cp != 0x17F) {
        int odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (odd_upper) return (cp & 1u) ? cp : cp - 1;
        return (cp & 1u) ? cp - 1 : cp;
    }
    return cp;
}

int utf8_is_letter(uint32_t cp)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return 1;
    if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return 1;
    return 0;
}

bool utf8_is_invisible(uint32_t cp)
{
    return cp == 0x061C || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}
