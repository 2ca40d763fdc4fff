/* usb_key: the staff's USB key. The config holds a salted slow hash of the
 * key phrase (libxcrypt's yescrypt, "$y$..."); a stick holds the phrase in
 * storstil/nyckel.txt. */
#ifndef STORSTIL_USB_KEY_H
#define STORSTIL_USB_KEY_H

#include <stdbool.h>
#include <stddef.h>

#define USB_KEY_PHRASE_MIN 8   /* bytes; a shorter phrase is refused */
#define USB_KEY_PHRASE_MAX 512 /* bytes of nyckel.txt read at most */
#define USB_KEY_HASH_MAX 384   /* libxcrypt's CRYPT_OUTPUT_SIZE */

/* Hashes phrase with a fresh random yescrypt salt into out (cap >=
 * USB_KEY_HASH_MAX); false when the phrase is shorter than
 * USB_KEY_PHRASE_MIN or libxcrypt fails. */
bool usb_key_make(const char *phrase, char *out, size_t cap);

/* True when phrase hashes, with stored's own setting, to exactly stored.
 * The comparison takes the same time wherever the two differ. */
bool usb_key_verify(const char *phrase, const char *stored);

/* Cuts a phrase as read from a file or a terminal: trailing CR, LF, blanks
 * and tabs go (an editor's newline is not part of the phrase). */
void usb_key_trim(char *phrase);

#endif
