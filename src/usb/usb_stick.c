/* usb_stick: owns walking a stick's folder and its limits (how many files,
 * how many bytes). It runs no importer and writes nothing. */
#include "usb_stick.h"
#include "core/readfile.h"
#include "core/recording.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* qsort's order for entries: by name, bytewise. */
static int by_name(const void *a, const void *b)
{
    return strcmp(((const UsbStickEntry *)a)->name, ((const UsbStickEntry *)b)->name);
}

/* Why an entry of mode m is not read, or NULL for a regular file. */
static const char *not_regular(mode_t m)
{
    if (S_ISREG(m)) return NULL;
    if (S_ISLNK(m)) return "a symbolic link";
    if (S_ISDIR(m)) return "a folder";
    if (S_ISFIFO(m)) return "a FIFO";
    if (S_ISSOCK(m)) return "a socket";
    return "a device";
}

/* Classifies one entry, with n_files regular files before it and
 * bytes_left the texts' budget so far (rec_left the recordings'); true when
 * it is a regular file. */
static bool classify(const char *folder, UsbStickEntry *e, size_t n_files, long long *bytes_left,
                     long long *rec_left)
{
    char path[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", folder, e->name);
    e->kind = USB_STICK_SKIPPED;
    if (lstat(path, &st) != 0) {
        e->why = "cannot be looked at";
        return false;
    }
    if ((e->why = not_regular(st.st_mode)) != NULL)
        return false;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        e->why = fd < 0 ? "cannot be opened" : "not a regular file";
        if (fd >= 0) close(fd);
        return false;
    }
    close(fd);
    if (n_files >= USB_STICK_MAX_FILES) {
        e->why = "past the first 200 files";
        return true;
    }
    if (recording_ext_of(e->name)) {
        bool fits = st.st_size <= RECORDING_MAX_BYTES && st.st_size <= *rec_left;
        e->kind = fits ? USB_STICK_RECORDING : USB_STICK_TOO_BIG;
        e->why = fits ? NULL
                 : st.st_size > RECORDING_MAX_BYTES ? "a recording over 200 MB"
                                                    : "past the 1000 MB of recordings a stick may bring";
        if (fits) *rec_left -= st.st_size;
        return true;
    }
    if (st.st_size > *bytes_left) {
        e->kind = USB_STICK_TOO_BIG;
        e->why = "past the 50 MB a stick may bring";
        return true;
    }
    *bytes_left -= st.st_size;
    e->kind = USB_STICK_IMPORT;
    e->why = NULL;
    return true;
}

bool usb_stick_list(const char *folder, UsbStickList *out, char *err, size_t errcap)
{
    out->entries = NULL;
    out->n = 0;
    DIR *d = opendir(folder);
    if (!d) {
        snprintf(err, errcap, "%s: cannot read the folder", folder);
        return false;
    }
    size_t cap = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        const char *n = de->d_name;
        if (!strcmp(n, ".") || !strcmp(n, "..") || !strcasecmp(n, USB_STICK_KEY_FILE) ||
            !strcasecmp(n, USB_STICK_REMOVE_FILE))
            continue;
        if (out->n == cap) {
            cap = cap ? cap * 2 : 64;
            UsbStickEntry *grown = realloc(out->entries, cap * sizeof *grown);
            if (!grown) break;
            out->entries = grown;
        }
        if (!(out->entries[out->n].name = strdup(n))) break;
        out->n++;
    }
    closedir(d);
    if (out->n)
        qsort(out->entries, out->n, sizeof *out->entries, by_name);
    long long bytes_left = USB_STICK_MAX_BYTES, rec_left = USB_STICK_MAX_RECORDING_BYTES;
    size_t n_files = 0;
    for (size_t i = 0; i < out->n; i++)
        n_files += classify(folder, &out->entries[i], n_files, &bytes_left, &rec_left);
    return true;
}

void usb_stick_list_free(UsbStickList *list)
{
    for (size_t i = 0; i < list->n; i++)
        free(list->entries[i].name);
    free(list->entries);
    list->entries = NULL;
    list->n = 0;
}

bool usb_stick_read_key(const char *folder, char *phrase, size_t cap)
{
    char path[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", folder, USB_STICK_KEY_FILE);
    if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode) || cap <= USB_KEY_PHRASE_MAX)
        return false;
    ReadFileError err;
    size_t n = 0;
    char *text = readfile_load(path, USB_KEY_PHRASE_MAX, READFILE_REGULAR, &n, &err);
    if (!text)
        return false;
    bool ok = strlen(text) == n; /* a NUL inside is no phrase */
    if (ok) {
        memcpy(phrase, text, n + 1);
        usb_key_trim(phrase);
    }
    memset(text, 0, n);
    free(text);
    return ok && phrase[0];
}
