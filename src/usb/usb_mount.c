/* usb_mount: owns which sticks are mounted and how: mount(2) and umount2(2)
 * for the service, the only calls in storstil-usb that need a privilege
 * (CAP_SYS_ADMIN, which the unit grants its user). Only FAT and exFAT
 * sticks ever reach the kernel's file-system code; the type is decided
 * before the mount, never by trying. */
#include "usb_mount.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#ifndef MS_NOSYMFOLLOW
#define MS_NOSYMFOLLOW 256 /* Linux 5.10: no symbolic link on the stick is followed */
#endif
#define UDEV_DATA "/run/udev/data"

/* The ID_FS_TYPE udev's probe recorded for the block device rdev into out;
 * false when udev has no such record (no udevd: a loop device in a test). */
static bool udev_type(dev_t rdev, char *out, size_t cap)
{
    char path[128], line[256];
    snprintf(path, sizeof path, UDEV_DATA "/b%u:%u", major(rdev), minor(rdev));
    FILE *f = fopen(path, "re");
    if (!f)
        return false;
    bool found = false;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "E:ID_FS_TYPE=", 13) && line[13] && line[13] != '\n') {
            line[strcspn(line, "\n")] = '\0';
            snprintf(out, cap, "%s", line + 13);
            found = true;
        }
    fclose(f);
    return found;
}

/* The type the device's first sector shows, "vfat", "exfat" or "unknown":
 * the boot sector's own signatures, read without mounting. */
static void sector_type(const char *device, char *out, size_t cap)
{
    unsigned char b[512];
    snprintf(out, cap, "unknown");
    int fd = open(device, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ssize_t n = pread(fd, b, sizeof b, 0);
    close(fd);
    if (n != (ssize_t)sizeof b)
        return;
    if (!memcmp(b + 3, "EXFAT   ", 8))
        snprintf(out, cap, "exfat");
    else if (b[510] == 0x55 && b[511] == 0xAA && (!memcmp(b + 54, "FAT1", 4) || !memcmp(b + 82, "FAT32", 5)))
        snprintf(out, cap, "vfat");
}

bool usb_mount_type(const char *device, char *type, size_t cap)
{
    struct stat sb;
    if (stat(device, &sb) != 0 || !S_ISBLK(sb.st_mode)) {
        snprintf(type, cap, "not a block device");
        return false;
    }
    if (!udev_type(sb.st_rdev, type, cap))
        sector_type(device, type, cap);
    return !strcmp(type, "vfat") || !strcmp(type, "exfat");
}

bool usb_mount_device(const char *device, const char *type, char *dir, size_t cap)
{
    /* FAT and exFAT sticks carry å, ä, ö in names as UTF-16: ask for UTF-8. */
    const char *opts = !strcmp(type, "vfat") ? "iocharset=utf8,shortname=mixed" : "iocharset=utf8";
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
    unsigned long flags = MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_NOATIME | MS_NOSYMFOLLOW;
    if (mount(device, dir, type, flags, opts) == 0) {
        fprintf(stderr, "storstil-usb: mounted %s (%s) read-only\n", device, type);
        return true;
    }
    fprintf(stderr, "storstil-usb: cannot mount %s (%s) read-only: %s\n", device, type, strerror(errno));
    rmdir(dir);
    return false;
}

void usb_mount_release(const char *dir)
{
    if (umount2(dir, MNT_DETACH) != 0)
        fprintf(stderr, "storstil-usb: cannot unmount %s: %s\n", dir, strerror(errno));
    rmdir(dir);
}
