/* readfile: the one way storstil reads a whole file into memory.
 *
 * The loader (doc), the config file, the --script file and the importer all
 * read through readfile_load, so they share one set of rules: the file is
 * opened non-blocking, so a named pipe with no writer (or a device) cannot
 * stall anything; only a regular file is read, unless the caller asks for
 * pipes too; a size cap stops a file that is, or grows, too large; and every
 * failure comes back as one sentence for a person. Callers put their own
 * place in front of it ("b.txt:1: not a regular file",
 * "storstil.conf: cannot read (...); using the defaults"). */
#ifndef STORSTIL_READFILE_H
#define STORSTIL_READFILE_H

#include <stddef.h>

typedef enum {
    READFILE_REGULAR, /* a regular file only: the kiosk's texts, config and script */
    READFILE_PIPES    /* also a FIFO or pipe, read to its end, waiting for a writer:
                       * the importer (storstil-import <(...), /dev/stdin) */
} ReadFileMode;

typedef struct {
    char why[256]; /* e.g. "cannot open the file: No such file or directory",
                    * "not a regular file", "the file is larger than 8 MiB" */
    int sys_errno; /* the system's error behind why (strerror gives its words),
                    * or 0 when the rule is readfile's own */
} ReadFileError;

/* Reads the file at path whole: returns a new buffer of *len bytes plus a
 * NUL after them (free with free(); NUL bytes inside are kept), or NULL with
 * err filled in when the file cannot be opened, is not a regular file (nor a
 * pipe, in READFILE_PIPES mode), holds more than max_bytes, cannot be read,
 * or memory runs out. max_bytes must be below SIZE_MAX / 2. */
char *readfile_load(const char *path, size_t max_bytes, ReadFileMode mode, size_t *len,
                    ReadFileError *err);

#endif
