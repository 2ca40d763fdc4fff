/* recording: owns the rule for a text's recording's name, its size cap and
 * the sniff of its first bytes. It must not decode sound (the kiosk's
 * player does) nor write files (storstil-usb and the importer do). */
#include "recording.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

const char *const recording_exts[RECORDING_EXT_COUNT] = {".mp3", ".ogg", ".opus", ".wav"};

const char *recording_ext_of(const char *name)
{
    size_t n = strlen(name);
    for (int i = 0; i < RECORDING_EXT_COUNT; i++) {
        size_t e = strlen(recording_exts[i]);
        if (n > e && !strcasecmp(name + n - e, recording_exts[i])) return recording_exts[i];
    }
    return NULL;
}

bool recording_beside(const char *text_path, char *out, size_t cap)
{
    if (cap) out[0] = '\0';
    size_t n = strlen(text_path);
    if (n < 5 || strcmp(text_path + n - 4, ".txt")) return false;
    for (int i = 0; i < RECORDING_EXT_COUNT; i++) {
        int len = snprintf(out, cap, "%.*s%s", (int)(n - 4), text_path, recording_exts[i]);
        struct stat st;
        if (len < 0 || (size_t)len >= cap) break;
        if (stat(out, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size <= RECORDING_MAX_BYTES)
            return true;
    }
    if (cap) out[0] = '\0';
    return false;
}

bool recording_sniff(const unsigned char *h, size_t n)
{
    if (n >= 12 && !memcmp(h, "RIFF", 4) && !memcmp(h + 8, "WAVE", 4)) return true;
    if (n >= 4 && !memcmp(h, "OggS", 4)) return true;
    if (n >= 3 && !memcmp(h, "ID3", 3)) return true;
    /* an MPEG audio frame: 11 sync bits, a version, layer III, a bit rate
     * and sample rate index that are not reserved */
    return n >= 4 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0 && (h[1] & 0x18) != 0x08 && (h[1] & 0x06) == 0x02 &&
           (h[2] & 0xF0) != 0xF0 && (h[2] & 0x0C) != 0x0C;
}
