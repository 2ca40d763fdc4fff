/* usb_stick: what is on a stick's storstil/ folder, within the limits: which
 * entries are files to import, which are skipped and why, and the key. */
#ifndef STORSTIL_USB_STICK_H
#define STORSTIL_USB_STICK_H

#include <stdbool.h>
#include <stddef.h>

#include "usb_key.h"

#define USB_STICK_MAX_FILES 200
#define USB_STICK_MAX_BYTES (50LL * 1000 * 1000) /* 50 MB in all */
/* A text's recording (core/recording.h: foo.mp3 beside foo.txt) comes
 * along outside the texts' 50 MB: each at most RECORDING_MAX_BYTES, all of a
 * stick's together at most this. */
#define USB_STICK_MAX_RECORDING_BYTES (1000LL * 1000 * 1000)
#define USB_STICK_KEY_FILE "nyckel.txt"
#define USB_STICK_REMOVE_FILE "ta-bort.txt"

typedef enum {
    USB_STICK_IMPORT,  /* a regular file within the limits */
    USB_STICK_SKIPPED, /* not a regular file, or past USB_STICK_MAX_FILES: not read */
    USB_STICK_TOO_BIG, /* a regular file past the USB_STICK_MAX_BYTES budget: not read, reported */
    USB_STICK_RECORDING /* a recording (.mp3, .ogg, .opus, .wav) within its limits: goes with its text */
} UsbStickKind;

typedef struct {
    char *name; /* the entry's name in the folder, as the stick spells it */
    UsbStickKind kind;
    const char *why; /* for SKIPPED and TOO_BIG (a recording past its limits
                        too): a few words for the journal */
} UsbStickEntry;

typedef struct {
    UsbStickEntry *entries; /* sorted by name */
    size_t n;
} UsbStickList;

/* Lists folder (a stick's storstil/), leaving out the key and removal
 * files. Only lstat and an O_NOFOLLOW|O_NONBLOCK open with fstat look at an
 * entry, so a link, FIFO or device is never followed or read. False with a
 * message in err when the folder cannot be read. Free with
 * usb_stick_list_free. */
bool usb_stick_list(const char *folder, UsbStickList *out, char *err, size_t errcap);

/* Frees what usb_stick_list made. */
void usb_stick_list_free(UsbStickList *list);

/* Reads folder/nyckel.txt (a regular file, not a link, at most
 * USB_KEY_PHRASE_MAX bytes) into phrase (cap > USB_KEY_PHRASE_MAX), trimmed;
 * false when there is no such usable file. */
bool usb_stick_read_key(const char *folder, char *phrase, size_t cap);

#endif
