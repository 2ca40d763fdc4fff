/* usb_import: owns every write to the data folder: the scratch files, their
 * fsync and rename, the removals. It runs storstil-import with fork and
 * exec (no shell), so a name on a stick is only ever an argument. It does
 * not decide what is on the stick (usb_stick.c) or what a name may be
 * (usb_names.c). */
#include "usb_import.h"
#include "usb_names.h"
#include "core/readfile.h"
#include "core/recording.h"

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

/* Removes the recordings beside DATA/name.txt, every ending but keep_ext
 * (NULL: all), saying so for each with `why` after the name. */
static void drop_recordings(const UsbImportJob *job, const char *name, const char *keep_ext, const char *why)
{
    for (int r = 0; r < RECORDING_EXT_COUNT; r++) {
        if (keep_ext && !strcmp(recording_exts[r], keep_ext)) continue;
        char path[PATH_CAP];
        snprintf(path, sizeof path, "%s/%s%s", job->data_dir, name, recording_exts[r]);
        if (unlink(path) == 0) fprintf(stderr, "storstil-usb: removed %s%s%s\n", name, recording_exts[r], why);
    }
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
        drop_recordings(job, name, NULL, ""); /* its recording goes with it */
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

/* Copies the stick's recording src_fd (already open) to tmp in pieces,
 * stopping on a stop signal; true when all of it is there. */
static bool copy_to(int src_fd, const char *tmp)
{
    int out = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (out < 0) return false;
    char buf[64 * 1024];
    ssize_t r;
    bool ok = true;
    while (ok && !stop_asked && (r = read(src_fd, buf, sizeof buf)) != 0) {
        if (r < 0) {
            ok = errno == EINTR;
            continue;
        }
        for (ssize_t done = 0; ok && done < r;) {
            ssize_t w = write(out, buf + done, (size_t)(r - done));
            if (w < 0 && errno == EINTR) continue;
            ok = w > 0;
            done += w > 0 ? w : 0;
        }
    }
    return close(out) == 0 && ok && !stop_asked;
}

/* Puts the stick's recording stick_name beside DATA/name.txt as
 * DATA/name.EXT (whole or not at all, like a text), after a look at its
 * first bytes (recording_sniff): one that is no WAV, Ogg or MP3 file is
 * reported and left out, and the text stays, read by the voice (an old
 * recording of name goes: its times need not fit the new text). A
 * recording of name under another ending goes, so the new one is the one
 * played. */
static void carry_recording(const UsbImportJob *job, const char *stick_name, const char *name, UsbStatus *st)
{
    char src[PATH_CAP], tmp[PATH_CAP], dst[PATH_CAP], shown[USBSTATUS_NAME_MAX];
    const char *ext = recording_ext_of(stick_name);
    usbstatus_printable(stick_name, shown, sizeof shown);
    snprintf(src, sizeof src, "%s/%s", job->stick_dir, stick_name);
    snprintf(tmp, sizeof tmp, "%s/.%s%s.tmp-%ld", job->data_dir, name, ext, (long)getpid());
    snprintf(dst, sizeof dst, "%s/%s%s", job->data_dir, name, ext);
    int fd = open(src, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    unsigned char head[16];
    ssize_t n = fd >= 0 ? read(fd, head, sizeof head) : -1;
    const char *why = fd < 0 ? "cannot be opened" : "not a recording storstil can play (no WAV, Ogg or MP3 start)";
    if (n > 0 && recording_sniff(head, (size_t)n) && lseek(fd, 0, SEEK_SET) == 0) {
        why = "cannot be copied";
        if (copy_to(fd, tmp) && settle(tmp)) {
            drop_recordings(job, name, ext, ": the stick brings its recording under another ending");
            why = rename(tmp, dst) == 0 ? NULL : "cannot be put in place";
        }
    }
    if (fd >= 0) close(fd);
    if (!why) {
        sync_dir(job->data_dir);
        fprintf(stderr, "storstil-usb: %s: added %s%s, the recording of %s.txt\n", shown, name, ext, name);
        return;
    }
    unlink(tmp);
    if (stop_asked) return;
    drop_recordings(job, name, NULL, ": its text's new recording did not come in"); /* never the old one with the new text */
    fprintf(stderr, "storstil-usb: failed %s: %s; %s.txt is read by the voice\n", shown, why, name);
    st->failed++;
    usbstatus_add_name(st, stick_name);
}

/* The recording on the stick beside the text file stick_name (the same name
 * up to its last dot, the first in recording_exts' order), or -1. */
static ptrdiff_t recording_of(const UsbStickList *list, const char *stick_name)
{
    const char *dot = strrchr(stick_name, '.');
    size_t base = dot && dot != stick_name ? (size_t)(dot - stick_name) : strlen(stick_name);
    for (int r = 0; r < RECORDING_EXT_COUNT; r++)
        for (size_t i = 0; i < list->n; i++) {
            const UsbStickEntry *e = &list->entries[i];
            const char *ext = e->kind == USB_STICK_RECORDING ? recording_ext_of(e->name) : NULL;
            if (ext == recording_exts[r] && strlen(e->name) == base + strlen(ext) && !strncmp(e->name, stick_name, base))
                return (ptrdiff_t)i;
        }
    return -1;
}

void usb_import_files(const UsbImportJob *job, const UsbStickList *list, UsbStatus *st)
{
    char shown[USBSTATUS_NAME_MAX];
    char (*used)[NAME_CAP] = calloc(list->n + 1, sizeof *used);
    bool *carried = calloc(list->n + 1, sizeof *carried); /* recordings that went with a text */
    size_t n_used = 0;
    for (size_t i = 0; i < list->n && !stop_asked; i++) {
        const UsbStickEntry *e = &list->entries[i];
        usbstatus_printable(e->name, shown, sizeof shown);
        if (e->kind == USB_STICK_RECORDING) continue; /* with its text, below */
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
                if (import_one(job, e->name, shown, used[n_used], st)) {
                    ptrdiff_t r = carried ? recording_of(list, e->name) : -1;
                    if (r >= 0 && !carried[r]) {
                        carried[r] = true;
                        carry_recording(job, list->entries[r].name, used[n_used], st);
                    } else { /* an old recording's times need not fit the new text */
                        drop_recordings(job, used[n_used], NULL, ": the new text came without a recording");
                    }
                    n_used++;
                    continue;
                }
                n_used++;
            }
        }
        if (stop_asked)
            break; /* cut off, not failed: the report says interrupted */
        fprintf(stderr, "storstil-usb: failed %s: %s\n", shown, why);
        st->failed++;
        usbstatus_add_name(st, e->name);
    }
    for (size_t i = 0; i < list->n && !stop_asked; i++) /* recordings with no text */
        if (list->entries[i].kind == USB_STICK_RECORDING && carried && !carried[i]) {
            usbstatus_printable(list->entries[i].name, shown, sizeof shown);
            if (st->skipped++ < SKIPS_SHOWN)
                fprintf(stderr, "storstil-usb: skipped %s: a recording with no text of its name\n", shown);
        }
    free(used);
    free(carried);
    if (st->skipped > SKIPS_SHOWN)
        fprintf(stderr, "storstil-usb: skipped %d more entries (links, folders, devices, past the limits), "
                "not named here\n", st->skipped - SKIPS_SHOWN);
}
