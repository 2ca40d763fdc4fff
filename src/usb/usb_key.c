/* usb_key: owns hashing and checking the USB key phrase through libxcrypt. It
 * reads no files and prints nothing; the phrase and the hash buffers are
 * wiped before they are freed. */
#include "usb_key.h"

#include <crypt.h>
#include <stdlib.h>
#include <string.h>

/* Zeroes n bytes at p in a way the compiler keeps. */
static void wipe(void *p, size_t n)
{
    volatile unsigned char *v = p;
    while (n--)
        *v++ = 0;
}

bool usb_key_make(const char *phrase, char *out, size_t cap)
{
    if (strlen(phrase) < USB_KEY_PHRASE_MIN || cap < USB_KEY_HASH_MAX)
        return false;
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$y$", 0, NULL, 0, setting, (int)sizeof setting))
        return false;
    struct crypt_data *data = calloc(1, sizeof *data);
    if (!data)
        return false;
    const char *h = crypt_r(phrase, setting, data);
    bool ok = h && h[0] == '$' && strlen(h) < cap;
    if (ok)
        strcpy(out, h);
    wipe(data, sizeof *data);
    free(data);
    return ok;
}

bool usb_key_verify(const char *phrase, const char *stored)
{
    if (!phrase[0] || stored[0] != '$' || strlen(stored) >= USB_KEY_HASH_MAX)
        return false;
    struct crypt_data *data = calloc(1, sizeof *data);
    if (!data)
        return false;
    const char *h = crypt_r(phrase, stored, data);
    /* Both sides padded with zeros to one fixed length, every byte looked
     * at: the time says nothing of where they differ. A failed crypt ("*0"
     * or NULL) compares as an empty hash, which never matches. */
    unsigned char a[USB_KEY_HASH_MAX] = {0}, b[USB_KEY_HASH_MAX] = {0};
    if (h && h[0] == '$' && strlen(h) < sizeof a)
        memcpy(a, h, strlen(h));
    memcpy(b, stored, strlen(stored));
    unsigned diff = 0;
    for (size_t i = 0; i < sizeof a; i++)
        diff |= (unsigned)(a[i] ^ b[i]);
    wipe(data, sizeof *data);
    free(data);
    wipe(a, sizeof a);
    return diff == 0;
}

void usb_key_trim(char *phrase)
{
    size_t n = strlen(phrase);
    while (n > 0 && (phrase[n - 1] == '\n' || phrase[n - 1] == '\r' || phrase[n - 1] == ' ' ||
                     phrase[n - 1] == '\t'))
        phrase[--n] = '\0';
}
