/* kiosk_usb: owns noticing a new USB status file. What the file means is
 * core/usbstatus.c's, what the banner says app_usb.c's; the kiosk only ever
 * reads the file (through readfile), never writes it. */
#include "kiosk_usb.h"

#include "kiosk.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "core/readfile.h"
#include "core/usbstatus.h"

/* The file's identity now (all zero when it is missing). */
static void identify(const char *path, int64_t id[3])
{
    struct stat st;
    id[0] = id[1] = id[2] = 0;
    if (stat(path, &st) != 0) return;
    id[0] = (int64_t)st.st_ino;
    id[1] = (int64_t)st.st_size;
    id[2] = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
}

void kiosk_usb_start(Kiosk *k)
{
    identify(k->opt->cfg.usb_status, k->usb.seen);
}

void kiosk_usb_poll(Kiosk *k, int64_t now)
{
    int64_t id[3];
    identify(k->opt->cfg.usb_status, id);
    if (id[0] == k->usb.seen[0] && id[1] == k->usb.seen[1] && id[2] == k->usb.seen[2]) return;
    for (int i = 0; i < 3; i++) k->usb.seen[i] = id[i];
    if (!id[0]) return; /* removed (a reboot clears /run): nothing new to say */
    ReadFileError err;
    size_t len;
    char *text = readfile_load(k->opt->cfg.usb_status, USBSTATUS_TEXT_MAX, READFILE_REGULAR, &len, &err);
    UsbStatus st;
    if (text && usbstatus_parse(text, &st)) {
        app_set_usb_status(k->app, &st, now);
        k->dirty = true;
    } else {
        fprintf(stderr, "storstil: %s: %s\n", k->opt->cfg.usb_status,
                text ? "not a storstil-usb status file" : err.why);
    }
    free(text);
}
