/* usb_mount: the stick's file system mounted read-only, nosuid, nodev and
 * noexec on a fresh folder, for the service (storstil-usb --device). */
#ifndef STORSTIL_USB_MOUNT_H
#define STORSTIL_USB_MOUNT_H

#include <stdbool.h>
#include <stddef.h>

/* Mounts device on a new folder under $TMPDIR (the unit's /run/storstil,
 * writable on a read-only root; the mount stays in the unit's private mount
 * namespace) or else /tmp, trying the file systems sticks
 * carry; writes the folder into dir (a TMPDIR longer than cap - 32
 * bytes is not used). False with a line on stderr when none fits. */
bool usb_mount_device(const char *device, char *dir, size_t cap);

/* Unmounts dir and removes the folder. */
void usb_mount_release(const char *dir);

#endif
