/* stickmount: the stick's file system mounted read-only, nosuid, nodev and
 * noexec on a fresh folder, for the service (storstil-usb --device). */
#ifndef STORSTIL_USB_STICKMOUNT_H
#define STORSTIL_USB_STICKMOUNT_H

#include <stdbool.h>
#include <stddef.h>

/* Mounts device on a new folder under /tmp (the unit's private /tmp, in its
 * private mount namespace), trying the file systems sticks carry; writes the
 * folder into dir (cap >= 64). False with a line on stderr when none fits. */
bool stickmount_mount(const char *device, char *dir, size_t cap);

/* Unmounts dir and removes the folder. */
void stickmount_unmount(const char *dir);

#endif
