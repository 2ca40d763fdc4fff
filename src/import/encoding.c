/* encoding: owns the choice between UTF-8, UTF-16 and Windows-1252 for a raw input,
 * the conversion, and the text-or-binary test. It does not repair UTF-8
 * (utf8.c does) and knows nothing of transcripts. */
#include "encoding.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/utf8.h"

/* Windows-1252's 0x80..0x9F; 0 marks the five bytes that code nothing. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0, 0x017E, 0x0178,
};

bool import_encoding_is_cp1252(const char *bytes, size_t len)
{
    size_t invalid = 0;
    for (size_t i = 0; i < len;) {
        if ((unsigned char)bytes[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = utf8_decode(bytes + i, len - i, &cp);
        bool real_fffd = n == 3 && cp == UTF8_REPLACEMENT && (unsigned char)bytes[i] == 0xEF;
        if (cp != UTF8_REPLACEMENT || real_fffd) return false; /* valid UTF-8 beyond ASCII */
        invalid++;
        i += n;
    }
    return invalid > 0;
}

char *import_encoding_from_cp1252(const char *bytes, size_t len, size_t *out_len)
{
    if (len > (SIZE_MAX - 1) / 3) return NULL;
    char *out = malloc(len * 3 + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)bytes[i];
        uint32_t cp = c;
        if (c >= 0x80 && c < 0xA0) cp = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : UTF8_REPLACEMENT;
        if (c == 0) cp = UTF8_REPLACEMENT;
        o += utf8_encode(cp, out + o);
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

bool import_encoding_is_utf16(const char *bytes, size_t len)
{
    return len >= 2 && (((unsigned char)bytes[0] == 0xFF && (unsigned char)bytes[1] == 0xFE) ||
                        ((unsigned char)bytes[0] == 0xFE && (unsigned char)bytes[1] == 0xFF));
}

char *import_encoding_from_utf16(const char *bytes, size_t len, size_t *out_len)
{
    bool le = (unsigned char)bytes[0] == 0xFF;
    if (len / 2 > (SIZE_MAX - 1) / 4) return NULL;
    char *out = malloc(len / 2 * 4 + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = 2; i + 1 < len; i += 2) {
        const unsigned char *b = (const unsigned char *)bytes + i;
        uint32_t u = le ? (uint32_t)(b[0] | b[1] << 8) : (uint32_t)(b[0] << 8 | b[1]);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
            const unsigned char *c = b + 2;
            uint32_t lo = le ? (uint32_t)(c[0] | c[1] << 8) : (uint32_t)(c[0] << 8 | c[1]);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            }
        }
        if ((u >= 0xD800 && u <= 0xDFFF) || u == 0) u = UTF8_REPLACEMENT;
        o += utf8_encode(u, out + o);
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

bool import_encoding_looks_like_text(const char *text, size_t len)
{
    size_t chars = 0, bad = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += utf8_decode(text + i, len - i, &cp);
        chars++;
        if (cp == UTF8_REPLACEMENT || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') ||
            cp == 0x7F)
            bad++;
    }
    return bad * 20 < chars || chars == 0;
}
