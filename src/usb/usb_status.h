/* usb_status: the status file the kiosk's banner reads (format:
 * core/usbstatus.h). */
#ifndef STORSTIL_USB_STATUS_H
#define STORSTIL_USB_STATUS_H

#include <stdbool.h>

#include "core/usbstatus.h"

/* Writes st to path whole or not at all (a scratch file beside it, fsync,
 * rename), mode 0644 so the kiosk's user can read it; false with a line on
 * stderr when it cannot. */
bool usb_status_write(const char *path, const UsbStatus *st);

#endif
