/* stick: what is on a stick's storstil/ folder, within the limits: which
 * entries are files to import, which are skipped and why, and the key. */
#ifndef STORSTIL_USB_STICK_H
#define STORSTIL_USB_STICK_H

#include <stdbool.h>
#include <stddef.h>

#include "key.h"

#define STICK_MAX_FILES 200
#define STICK_MAX_BYTES (50LL * 1000 * 1000) /* 50 MB in all */
#define STICK_KEY_FILE "nyckel.txt"
#define STICK_REMOVE_FILE "ta-bort.txt"

typedef enum {
    STICK_IMPORT,  /* a regular file within the limits */
    STICK_SKIPPED, /* not a regular file, or past STICK_MAX_FILES: not read */
    STICK_TOO_BIG  /* a regular file past the STICK_MAX_BYTES budget: not read, reported */
} StickKind;

typedef struct {
    char *name; /* the entry's name in the folder, as the stick spells it */
    StickKind kind;
    const char *why; /* for SKIPPED and TOO_BIG: a few words for the journal */
} StickEntry;

typedef struct {
    StickEntry *entries; /* sorted by name */
    size_t n;
} StickList;

/* Lists folder (a stick's storstil/), leaving out the key and removal
 * files. Only lstat and an O_NOFOLLOW|O_NONBLOCK open with fstat look at an
 * entry, so a link, FIFO or device is never followed or read. False with a
 * message in err when the folder cannot be read. Free with stick_list_free. */
bool stick_list(const char *folder, StickList *out, char *err, size_t errcap);

/* Frees what stick_list made. */
void stick_list_free(StickList *list);

/* Reads folder/nyckel.txt (a regular file, not a link, at most
 * USB_KEY_PHRASE_MAX bytes) into phrase (cap > USB_KEY_PHRASE_MAX), trimmed;
 * false when there is no such usable file. */
bool stick_read_key(const char *folder, char *phrase, size_t cap);

#endif
