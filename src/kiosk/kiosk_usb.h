/* kiosk_usb: the kiosk's side of the USB import: the status file that
 * storstil-usb writes (usb_status in the config) looked at with the data
 * folder, and a new one handed to app for the shelf's banner. Part of
 * kiosk.c's job, in a file of its own; SDL side only because Kiosk is. */
#ifndef STORSTIL_KIOSK_USB_H
#define STORSTIL_KIOSK_USB_H

#include <stdint.h>

typedef struct Kiosk Kiosk;

/* The USB status file's state in the Kiosk; kiosk_usb.c's own. */
typedef struct {
    int64_t seen[3]; /* the status file last seen: inode, size, mtime */
} KioskUsb;

/* Remembers the status file as it is at start, so only a later stick shows. */
void kiosk_usb_start(Kiosk *k);

/* Reads the status file when it changed since it was last seen and gives
 * it to app at now; an unreadable or broken file is logged once and left. */
void kiosk_usb_poll(Kiosk *k, int64_t now);

#endif
