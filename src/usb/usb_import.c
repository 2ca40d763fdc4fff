/* usb_import: owns every write to the data folder: the scratch files, their
 * fsync and rename, the removals. It runs storstil-import with fork and
 * exec (no shell), so a name on a stick is only ever an argument. It does
 * not decide what is on the stick (usb_stick.c) or what a name may be
 * (usb_names.c). */
#include "usb_import.h"
#include "usb_names.h"
#include "core/readfile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define PATH_CAP 4096
#define REMOVE_FILE_MAX (64 * 1024)
#define NAME_CAP (USB_NAMES_MAX + 16) /* a safe name and its -2, -3... */
#define SKIPS_SHOWN 5 /* skipped entries named in the journal; the rest are counted */

static volatile sig_atomic_t stop_asked; /* SIGTERM (a pulled stick, a time-out) or SIGINT */

/* The signal handler: only notes the stop; the import loop acts on it. */
static void on_stop(int sig)
{
    (void)sig;
    stop_asked = 1;
}

void usb_import_catch_stop(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop; /* no SA_RESTART: a wait or a lock returns EINTR */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
}

bool usb_import_stopped(void)
{
    return stop_asked != 0;
}

int usb_import_lock(const char *data_dir)
{
    int fd = open(data_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        fprintf(stderr, "storstil-usb: cannot open the data folder %s: %s\n", data_dir, strerror(errno));
        return -1;
    }
    while (flock(fd, LOCK_EX) != 0)
        if (errno != EINTR || stop_asked) {
            close(fd);
            return -1;
        }
    return fd;
}

int usb_import_clean_stale(const char *data_dir)
{
    DIR *d = opendir(data_dir);
    if (!d)
        return 0;
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (de->d_name[0] == '.' && strstr(de->d_name, ".tmp-") &&
            unlinkat(dirfd(d), de->d_name, 0) == 0) {
            fprintf(stderr, "storstil-usb: removed %s/%s, left by an interrupted import\n", data_dir,
                    de->d_name);
            n++;
        }
    closedir(d);
    return n;
}

/* Flushes the folder itself, so a rename or unlink in it survives a power cut. */
static void sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

void usb_import_removals(const UsbImportJob *job, UsbStatus *st)
{
    char path[PATH_CAP];
    struct stat sb;
    snprintf(path, sizeof path, "%s/%s", job->stick_dir, USB_STICK_REMOVE_FILE);
    if (lstat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
        return;
    ReadFileError err;
    size_t len;
    char *text = readfile_load(path, REMOVE_FILE_MAX, READFILE_REGULAR, &len, &err);
    if (!text) {
        fprintf(stderr, "storstil-usb: %s: %s\n", USB_STICK_REMOVE_FILE, err.why);
        return;
    }
    for (char *line = strtok(text, "\r\n"); line; line = strtok(NULL, "\r\n")) {
        char name[USB_NAMES_MAX + 1];
        if (!usb_names_sanitise(line, USB_NAMES_REMOVE, name, sizeof name))
            continue;
        snprintf(path, sizeof path, "%s/%s.txt", job->data_dir, name);
        if (unlink(path) == 0) {
            fprintf(stderr, "storstil-usb: removed %s.txt\n", name);
            st->removed++;
        } else {
            fprintf(stderr, "storstil-usb: cannot remove %s.txt: %s\n", name, strerror(errno));
        }
    }
    free(text);
    sync_dir(job->data_dir);
}

/* Prints one line of the importer's stderr as a journal line: its path
 * (src, which holds the stick's name) left out, what remains made printable
 * (usbstatus_printable), after shown, the name as the journal prints it. */
static void relay_line(const char *line, const char *src, const char *shown)
{
    char out[1200];
    size_t n = strlen(src);
    if (!strncmp(line, src, n))
        line += n;
    usbstatus_printable(line, out, sizeof out);
    if (out[0])
        fprintf(stderr, "storstil-usb: %s: import%s%s\n", shown, out[0] == ':' ? "" : ": ", out);
}

/* Reads the importer's stderr from fd to its end, line by line into the
 * journal through relay_line, so no name from the stick reaches the journal
 * raw (a newline in it writes no line of its own); kills pid on a stop. */
static void relay(int fd, pid_t pid, const char *src, const char *shown)
{
    char line[1024], chunk[512];
    size_t len = 0;
    for (;;) {
        ssize_t r = read(fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR) {
            if (stop_asked)
                kill(pid, SIGKILL); /* its scratch file goes with the failure below */
            continue;
        }
        if (r <= 0)
            break;
        for (ssize_t i = 0; i < r; i++) {
            if (chunk[i] != '\n' && len < sizeof line - 1) {
                line[len++] = chunk[i];
                continue;
            }
            line[len] = '\0';
            relay_line(line, src, shown);
            len = 0;
        }
    }
    line[len] = '\0';
    relay_line(line, src, shown);
}

/* Runs the importer on src into out, with the data folder's texts as the
 * library its ligature repair weighs words by, its stderr relayed (relay);
 * true when it exited 0 and no stop came. */
static bool run_importer(const char *importer, const char *src, const char *out, const char *library,
                         const char *shown)
{
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC); /* dup2 makes the child's stderr without it */
    pid_t pid = fork();
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL); /* dies with us: no orphan writes after a kill */
        dup2(fds[1], STDERR_FILENO);
        execl(importer, importer, src, "-o", out, "--library", library, (char *)NULL);
        fprintf(stderr, "cannot run %s: %s\n", importer, strerror(errno));
        _exit(127);
    }
    close(fds[1]);
    if (pid > 0)
        relay(fds[0], pid, src, shown);
    close(fds[0]);
    int status;
    while (pid > 0 && waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return false;
        if (stop_asked)
            kill(pid, SIGKILL);
    }
    return pid > 0 && !stop_asked && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* Makes tmp readable by the kiosk's user and puts its bytes on the disk. */
static bool settle(const char *tmp)
{
    int fd = open(tmp, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool ok = fchmod(fd, 0644) == 0 && fsync(fd) == 0;
    close(fd);
    return ok;
}

/* Picks DATA/NAME.txt for a stick file's name: name made safe, with -2,
 * -3... when an earlier file of this run took it. False when nothing safe
 * is left of the name. */
static bool pick_name(const char *stick_name, char used[][NAME_CAP], size_t n_used,
                      char *out)
{
    char base[USB_NAMES_MAX + 1];
    if (!usb_names_sanitise(stick_name, USB_NAMES_FILE, base, sizeof base))
        return false;
    for (int k = 1; k < 1000; k++) {
        if (k == 1) snprintf(out, NAME_CAP, "%s", base);
        else snprintf(out, NAME_CAP, "%s-%d", base, k);
        bool taken = false;
        for (size_t i = 0; i < n_used && !taken; i++)
            taken = !strcmp(used[i], out);
        if (!taken)
            return true;
    }
    return false;
}

/* Imports one stick file (shown: its name as the journal prints it) as
 * DATA/name.txt; true when it is in place. */
static bool import_one(const UsbImportJob *job, const char *stick_name, const char *shown,
                       const char *name, UsbStatus *st)
{
    char src[PATH_CAP], tmp[PATH_CAP], dst[PATH_CAP];
    snprintf(src, sizeof src, "%s/%s", job->stick_dir, stick_name);
    snprintf(tmp, sizeof tmp, "%s/.%s.tmp-%ld", job->data_dir, name, (long)getpid());
    snprintf(dst, sizeof dst, "%s/%s.txt", job->data_dir, name);
    if (!run_importer(job->importer, src, tmp, job->data_dir, shown) || !settle(tmp)) {
        unlink(tmp);
        return false;
    }
    bool existed = access(dst, F_OK) == 0;
    if (rename(tmp, dst) != 0) {
        fprintf(stderr, "storstil-usb: cannot put %s in place: %s\n", dst, strerror(errno));
        unlink(tmp);
        return false;
    }
    sync_dir(job->data_dir);
    if (existed) st->replaced++;
    else st->added++;
    fprintf(stderr, "storstil-usb: %s: %s %s.txt\n", shown, existed ? "replaced" : "added", name);
    return true;
}

void usb_import_files(const UsbImportJob *job, const UsbStickList *list, UsbStatus *st)
{
    char shown[USBSTATUS_NAME_MAX];
    char (*used)[NAME_CAP] = calloc(list->n + 1, sizeof *used);
    size_t n_used = 0;
    for (size_t i = 0; i < list->n && !stop_asked; i++) {
        const UsbStickEntry *e = &list->entries[i];
        usbstatus_printable(e->name, shown, sizeof shown);
        if (e->kind == USB_STICK_SKIPPED) {
            if (st->skipped++ < SKIPS_SHOWN)
                fprintf(stderr, "storstil-usb: skipped %s: %s\n", shown, e->why);
            continue;
        }
        const char *why = e->why;
        if (e->kind == USB_STICK_IMPORT) {
            why = "no usable name";
            if (used && pick_name(e->name, used, n_used, used[n_used])) {
                why = "storstil-import could not read it";
                if (import_one(job, e->name, shown, used[n_used++], st))
                    continue;
            }
        }
        if (stop_asked)
            break; /* cut off, not failed: the report says interrupted */
        fprintf(stderr, "storstil-usb: failed %s: %s\n", shown, why);
        st->failed++;
        usbstatus_add_name(st, e->name);
    }
    free(used);
    if (st->skipped > SKIPS_SHOWN)
        fprintf(stderr, "storstil-usb: skipped %d more entries (links, folders, devices, past the limits), "
                "not named here\n", st->skipped - SKIPS_SHOWN);
}
