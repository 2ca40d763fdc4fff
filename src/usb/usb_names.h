/* usb_names: a file name on a stick, or a line of ta-bort.txt, made into a
 * safe, readable name for a text in the data folder (NAME.txt). */
#ifndef STORSTIL_USB_NAMES_H
#define STORSTIL_USB_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#define USB_NAMES_MAX 80 /* bytes of a sanitised name, without ".txt" */

typedef enum {
    USB_NAMES_FILE,  /* a file on the stick: its extension goes (intervju.pdf -> intervju) */
    USB_NAMES_REMOVE /* a line of ta-bort.txt: only a ".txt" goes */
} UsbNamesKind;

/* Writes the safe name for in into out (cap > USB_NAMES_MAX): valid UTF-8
 * (å, ä, ö kept; a bad byte becomes '_'), no control characters, no
 * bidirectional or zero-width characters (utf8_is_invisible), '/' and
 * '\' made '-', runs of dots made one, no leading dot or blank, no trailing
 * dot or blank, at most USB_NAMES_MAX bytes of whole characters. False when
 * nothing is left. */
bool usb_names_sanitise(const char *in, UsbNamesKind kind, char *out, size_t cap);

#endif
