/* usb_mount: owns mount(2) and umount2(2) for the service. Nothing else in
 * storstil-usb needs privileges; the unit grants CAP_SYS_ADMIN for this. */
#include "usb_mount.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

bool usb_mount_device(const char *device, char *dir, size_t cap)
{
    /* FAT and exFAT sticks carry å, ä, ö in names as UTF-16: ask for UTF-8. */
    static const struct { const char *type, *opts; } fs[] = {
        {"vfat", "iocharset=utf8,shortname=mixed"}, {"exfat", "iocharset=utf8"},
        {"ntfs3", "iocharset=utf8"}, {"ext4", NULL}, {"iso9660", NULL},
    };
    /* TMPDIR, as the importer's scratch files: the unit sets it to its
     * runtime folder (/run/storstil, a tmpfs), as a read-only root has no
     * writable /tmp. The mount stays in the unit's private mount namespace. */
    const char *base = getenv("TMPDIR");
    size_t len = base ? strlen(base) : 0;
    if (!base || len == 0 || len > cap - 32) {
        base = "/tmp";
        len = strlen(base);
    }
    snprintf(dir, cap, "%.*s/storstil-usb-XXXXXX", (int)len, base);
    if (!mkdtemp(dir)) {
        fprintf(stderr, "storstil-usb: cannot make a mount folder: %s\n", strerror(errno));
        return false;
    }
    unsigned long flags = MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_NOATIME;
    for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++)
        if (mount(device, dir, fs[i].type, flags, fs[i].opts) == 0) {
            fprintf(stderr, "storstil-usb: mounted %s (%s) read-only\n", device, fs[i].type);
            return true;
        }
    fprintf(stderr, "storstil-usb: cannot mount %s read-only: %s\n", device, strerror(errno));
    rmdir(dir);
    return false;
}

void usb_mount_release(const char *dir)
{
    if (umount2(dir, MNT_DETACH) != 0)
        fprintf(stderr, "storstil-usb: cannot unmount %s: %s\n", dir, strerror(errno));
    rmdir(dir);
}
