/* pdf: running pdftotext. Owns the scratch copy of the PDF (pdftotext reads
 * a file), the child process and reading its output; it never parses PDF. */
#include "pdf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "detect.h"
#include "pipeline.h"

#define EXIT_NO_TOOL 127

int import_pdf_detect(const ImportSniff *s)
{
    return import_detect_starts(s->s, s->len, "%PDF-") ? IMPORT_SURE_SIGNATURE : IMPORT_SURE_NOT;
}

/* Writes the bytes to a new scratch file; its path in path[]. */
static bool scratch_copy(const char *bytes, size_t len, char *path, size_t size)
{
    const char *dir = getenv("TMPDIR");
    snprintf(path, size, "%s/storstil-import-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0) return false;
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, bytes + done, len - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break;
        done += (size_t)w;
    }
    bool ok = close(fd) == 0 && done == len;
    if (!ok) unlink(path);
    return ok;
}

/* Reads the child's output up to IMPORT_MAX_INPUT bytes; form feeds
 * (pdftotext's page breaks) become blank lines. */
static char *read_all(int fd, size_t *out_len)
{
    ImportBuf b = {0};
    char chunk[65536];
    for (;;) {
        ssize_t r = read(fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        for (ssize_t i = 0; i < r; i++) {
            if (chunk[i] == '\f') import_buf_adds(&b, "\n\n");
            else import_buf_addc(&b, chunk[i]);
        }
        if (b.len > IMPORT_MAX_INPUT) break;
    }
    *out_len = b.len;
    return import_buf_take(&b);
}

/* Runs pdftotext on path with its stdout on a pipe; the child's pid. */
static pid_t spawn(const char *path, int *out_fd)
{
    int fds[2];
    if (pipe(fds) != 0) return -1;
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(fds[1], 1);
        if (null >= 0) dup2(null, 2);
        close(fds[0]);
        execlp("pdftotext", "pdftotext", "-q", "-enc", "UTF-8", "-eol", "unix", path, "-", (char *)NULL);
        _exit(EXIT_NO_TOOL);
    }
    close(fds[1]);
    if (pid < 0) close(fds[0]);
    else *out_fd = fds[0];
    return pid;
}

char *import_pdf_text(const char *bytes, size_t len, const char *name, size_t *out_len, char *err,
                      size_t errsize)
{
    char path[4096];
    if (!scratch_copy(bytes, len, path, sizeof path)) {
        snprintf(err, errsize, "%s:1: cannot make a scratch copy for pdftotext: %s", name, strerror(errno));
        return NULL;
    }
    int fd = -1;
    pid_t pid = spawn(path, &fd);
    char *text = NULL;
    int status = 0;
    if (pid > 0) {
        text = read_all(fd, out_len);
        close(fd);
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    unlink(path);
    if (pid < 0) {
        snprintf(err, errsize, "%s:1: cannot run pdftotext: %s", name, strerror(errno));
    } else if (WIFEXITED(status) && WEXITSTATUS(status) == EXIT_NO_TOOL) {
        snprintf(err, errsize, "%s:1: reading a PDF needs pdftotext; install Debian's poppler-utils", name);
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        snprintf(err, errsize, "%s:1: pdftotext cannot read this PDF (it may be damaged or locked)", name);
    } else {
        return text;
    }
    free(text);
    return NULL;
}
