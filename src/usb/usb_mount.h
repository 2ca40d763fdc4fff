/* usb_mount: the stick's file system mounted read-only, nosuid, nodev and
 * noexec on a fresh folder; only FAT and exFAT, for the service (storstil-usb --device). */
#ifndef STORSTIL_USB_MOUNT_H
#define STORSTIL_USB_MOUNT_H

#include <stdbool.h>
#include <stddef.h>

/* Writes device's file system type into type: the ID_FS_TYPE of udev's
 * record of it (/run/udev/data), or, where udev recorded none (no udevd), what
 * its boot sector's signature shows; "unknown" when neither says. True
 * only for "vfat" and "exfat", the two a stick is mounted as. */
bool usb_mount_type(const char *device, char *type, size_t cap);

/* Mounts device as type (from usb_mount_type) on a new folder under
 * $TMPDIR (the unit's /run/storstil, writable on a read-only root; the
 * mount stays in the unit's private mount namespace) or else /tmp,
 * read-only, nosuid, nodev, noexec, noatime and nosymfollow; writes the
 * folder into dir (a TMPDIR longer than cap - 32 bytes is not used). False
 * with a line on stderr when it cannot. */
bool usb_mount_device(const char *device, const char *type, char *dir, size_t cap);

/* Unmounts dir and removes the folder. */
void usb_mount_release(const char *dir);

#endif
