/* usbstatus: the USB import's status file, written by storstil-usb and read
 * by the kiosk for its banner and the staff Info screen. One format, one
 * owner: both sides go through this module (src/usb/README.md shows it).
 *
 *   storstil-usb-status 1
 *   time=1764930000         seconds since 1970 when the stick was handled
 *   state=done              running (under way) | done | interrupted (stopped:
 *                           a pulled stick, a time-out); no line reads as done
 *   key=ok                  ok | bad (did not match) | none (no nyckel.txt)
 *   added=3                 new texts
 *   replaced=1              texts of the same name replaced
 *   removed=0               texts removed through ta-bort.txt
 *   failed=1                files that could not be imported
 *   skipped=0               entries not read (links, devices, over the limits)
 *   failed_name=intervju.pdf   up to USBSTATUS_NAMES lines, one name each
 *
 * Unknown lines are ignored, so a later version may add keys. */
#ifndef STORSTIL_USBSTATUS_H
#define STORSTIL_USBSTATUS_H

#include <stdbool.h>
#include <stddef.h>

#define USBSTATUS_NAMES 5
#define USBSTATUS_NAME_MAX 128
#define USBSTATUS_TEXT_MAX 2048 /* a formatted status always fits */

typedef enum { USBSTATUS_KEY_OK, USBSTATUS_KEY_BAD, USBSTATUS_KEY_NONE, USBSTATUS_KEY_COUNT } UsbStatusKey;

typedef enum {
    USBSTATUS_DONE,
    USBSTATUS_RUNNING,
    USBSTATUS_INTERRUPTED,
    USBSTATUS_STATE_COUNT
} UsbStatusState;

typedef struct {
    long long time;
    UsbStatusState state;
    UsbStatusKey key;
    int added, replaced, removed, failed, skipped;
    int n_names; /* failed names kept, at most USBSTATUS_NAMES */
    char names[USBSTATUS_NAMES][USBSTATUS_NAME_MAX];
} UsbStatus;

/* Copies name into out (cap > 0) as one printable line: cut to whole UTF-8
 * characters within cap; control characters, invalid bytes and the
 * invisible characters of utf8_is_invisible (bidi controls, zero-width
 * ones) shown as '?'.
 * The status file and the journal show a stick's names this way. */
void usbstatus_printable(const char *name, char *out, size_t cap);

/* Adds a failed file's name to s (when room is left), made printable
 * within USBSTATUS_NAME_MAX. */
void usbstatus_add_name(UsbStatus *s, const char *name);

/* Writes s in the file format into buf (cap >= USBSTATUS_TEXT_MAX);
 * returns its length. */
size_t usbstatus_format(const UsbStatus *s, char *buf, size_t cap);

/* Reads text (NUL-terminated) into *s; false when it is not a status file
 * (no header line) or a count is not a number 0..1000000. */
bool usbstatus_parse(const char *text, UsbStatus *s);

#endif
