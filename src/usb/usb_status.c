/* usb_status: owns writing the status file atomically. The format itself is
 * core/usbstatus.c's, which the kiosk reads with. */
#include "usb_status.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool usb_status_write(const char *path, const UsbStatus *st)
{
    char text[USBSTATUS_TEXT_MAX], tmp[4200];
    size_t len = usbstatus_format(st, text, sizeof text);
    snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
    bool ok = fd >= 0 && write(fd, text, len) == (ssize_t)len && fchmod(fd, 0644) == 0 &&
              fsync(fd) == 0;
    int saved = errno;
    if (fd >= 0 && close(fd) != 0) ok = false;
    if (ok && rename(tmp, path) != 0) saved = errno, ok = false;
    if (!ok) {
        fprintf(stderr, "storstil-usb: cannot write the status file %s: %s\n", path, strerror(saved));
        unlink(tmp);
    }
    return ok;
}
