/* usb_import: puts a stick's texts into the data folder, whole or not at all:
 * each through storstil-import into a hidden scratch name, fsync, rename. */
#ifndef STORSTIL_USB_IMPORT_H
#define STORSTIL_USB_IMPORT_H

#include "core/usbstatus.h"
#include "usb_stick.h"

typedef struct {
    const char *stick_dir; /* the stick's storstil/ folder */
    const char *data_dir;  /* the kiosk's data folder */
    const char *importer;  /* the storstil-import to run */
} UsbImportJob;

/* Catches SIGTERM and SIGINT (a pulled stick stops the unit; a time-out):
 * the import then stops at the next file, the running importer killed, so
 * the caller can write an "interrupted" report. */
void usb_import_catch_stop(void);

/* True once SIGTERM or SIGINT came. */
bool usb_import_stopped(void);

/* Waits for and takes the data folder's lock, so two sticks (or two
 * partitions of one) are handled one after the other and neither takes the
 * other's scratch file for a stale one, and one key check (18 MB of
 * yescrypt) runs at a time; returns the fd that holds it (close it to let
 * go), or -1 when the folder cannot be opened or a stop came while
 * waiting. */
int usb_import_lock(const char *data_dir);

/* Removes scratch files (.NAME.tmp-*) a killed earlier run left in the
 * data folder; returns how many. */
int usb_import_clean_stale(const char *data_dir);

/* Removes the texts named in stick_dir/ta-bort.txt (one name a line, made
 * safe as usb_names.h says; only DATA/NAME.txt is ever removed), counting them
 * in st->removed. */
void usb_import_removals(const UsbImportJob *job, UsbStatus *st);

/* Imports every USB_STICK_IMPORT entry of list and reports the others: one
 * journal line a file on stderr (skipped entries: the first few named, the
 * rest counted in one line), the counts and failed names in st. A file
 * that fails leaves the data folder as it was. Stops early after a stop
 * signal (usb_import_stopped). */
void usb_import_files(const UsbImportJob *job, const UsbStickList *list, UsbStatus *st);

#endif
