/* usb_names: owns what a text from a stick may be called. Pure string work:
 * it touches no file. */
#include "usb_names.h"
#include "core/utf8.h"

#include <string.h>
#include <strings.h>

/* The length of in without its extension (FILE) or its ".txt" (REMOVE). */
static size_t stem_len(const char *in, UsbNamesKind kind)
{
    size_t n = strlen(in);
    if (kind == USB_NAMES_REMOVE)
        return n >= 4 && strcasecmp(in + n - 4, ".txt") == 0 ? n - 4 : n;
    const char *dot = strrchr(in, '.');
    return dot && dot != in ? (size_t)(dot - in) : n;
}

bool usb_names_sanitise(const char *in, UsbNamesKind kind, char *out, size_t cap)
{
    size_t len = stem_len(in, kind), o = 0;
    size_t limit = cap - 1 < USB_NAMES_MAX ? cap - 1 : USB_NAMES_MAX;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_decode(in + i, len - i, &cp);
        const char *src = in + i;
        char one;
        size_t w = n;
        i += n;
        if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || utf8_is_invisible(cp))
            continue;
        if (cp == UTF8_REPLACEMENT && !(n == 3 && !memcmp(src, "\xEF\xBF\xBD", 3)))
            one = '_', src = &one, w = 1;
        else if (cp == '/' || cp == '\\')
            one = '-', src = &one, w = 1;
        if (w == 1 && (src[0] == '.' || src[0] == ' ') && o == 0)
            continue; /* no leading dot or blank */
        if (w == 1 && src[0] == '.' && out[o - 1] == '.')
            continue; /* ".." never survives */
        if (o + w > limit)
            break;
        memcpy(out + o, src, w);
        o += w;
    }
    while (o > 0 && (out[o - 1] == '.' || out[o - 1] == ' '))
        o--;
    out[o] = '\0';
    return o > 0;
}
