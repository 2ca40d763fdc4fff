/* readfile: reads one whole file into memory under the project's rules.
 *
 * Owns the open (non-blocking, so a FIFO cannot hang the caller), the check
 * of what kind of file it is, the size cap and the wording of each failure.
 * It does not interpret the bytes: repair, parsing and the caller's own
 * message format belong to the callers. */
#include "readfile.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PIPE_FIRST_BYTES (64u * 1024u) /* first buffer for a pipe, whose size is unknown */

static void fail(ReadFileError *err, int sys_errno, const char *what)
{
    err->sys_errno = sys_errno;
    if (sys_errno)
        snprintf(err->why, sizeof err->why, "%s: %s", what, strerror(sys_errno));
    else
        snprintf(err->why, sizeof err->why, "%s", what);
}

/* "8 MiB", "64 KiB" or "100 bytes": the cap as a person would say it. */
static void too_large(ReadFileError *err, size_t max)
{
    const size_t mib = 1024u * 1024u;
    char what[96];
    if (max >= mib && max % mib == 0)
        snprintf(what, sizeof what, "the file is larger than %zu MiB", max / mib);
    else if (max >= 1024u && max % 1024u == 0)
        snprintf(what, sizeof what, "the file is larger than %zu KiB", max / 1024u);
    else
        snprintf(what, sizeof what, "the file is larger than %zu bytes", max);
    fail(err, 0, what);
}

/* Waits until a pipe has bytes or its writers have gone. On Linux a FIFO that
 * no writer has opened yet does not count as gone, so this also waits for
 * the first writer (a plain read would see an end of file at once). */
static int wait_readable(int fd)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int r;
    while ((r = poll(&p, 1, -1)) < 0 && errno == EINTR) {
    }
    return r < 0 ? -1 : 0;
}

/* Reads fd to its end into a buffer that starts at `first` bytes and grows
 * up to max + 1, the one byte past the cap that proves a file too large. */
static char *read_all(int fd, bool is_pipe, size_t first, size_t max, size_t *len, ReadFileError *err)
{
    size_t cap = first < 1 ? 1 : first > max + 1 ? max + 1 : first, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        if (n == cap) {
            if (cap == max + 1) break;
            size_t grown_cap = cap > (max + 1) / 2 ? max + 1 : cap * 2;
            char *grown = realloc(buf, grown_cap + 1);
            if (!grown) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = grown;
            cap = grown_cap;
        }
        if (is_pipe && wait_readable(fd) < 0) {
            fail(err, errno, "read error");
            free(buf);
            return NULL;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (r < 0) {
            fail(err, errno, "read error");
            free(buf);
            return NULL;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    if (!buf) {
        fail(err, 0, "not enough memory to read the file");
        return NULL;
    }
    if (n > max) {
        too_large(err, max);
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

char *readfile_load(const char *path, size_t max_bytes, ReadFileMode mode, size_t *len,
                    ReadFileError *err)
{
    *len = 0;
    err->why[0] = '\0';
    err->sys_errno = 0;
    /* Non-blocking: opening a FIFO for reading would otherwise wait for a
     * writer, and a device could wait for anything. On a regular file the
     * flag changes nothing, so what is read later needs no other mode. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        fail(err, errno, "cannot open the file");
        return NULL;
    }
    struct stat st;
    char *buf = NULL;
    bool pipes = mode == READFILE_PIPES;
    if (fstat(fd, &st) != 0) {
        fail(err, errno, "cannot open the file");
    } else if (S_ISREG(st.st_mode)) {
        /* The size is a first guess only: a file that grows meanwhile is
         * read on, up to the cap, and refused past it. */
        if ((unsigned long long)st.st_size > max_bytes)
            too_large(err, max_bytes);
        else
            buf = read_all(fd, false, (size_t)st.st_size + 1, max_bytes, len, err);
    } else if (pipes && S_ISFIFO(st.st_mode)) {
        buf = read_all(fd, true, PIPE_FIRST_BYTES, max_bytes, len, err);
    } else {
        fail(err, 0, pipes ? "not a regular file or a pipe" : "not a regular file");
    }
    close(fd);
    return buf;
}
