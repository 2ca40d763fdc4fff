/* storstil-usb: the command line. Owns the flags, the order of the steps
 * (key, stale scratch files, removals, imports, status) and --make-key's
 * dialogue; each step is its own file. */
#include "core/config.h"
#include "usb_key.h"
#include "usb_status.h"
#include "usb_stick.h"
#include "usb_mount.h"
#include "usb_import.h"
#include "usb_drop.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#ifndef STORSTIL_PREFIX
#define STORSTIL_PREFIX "/usr/local"
#endif

typedef struct {
    const char *import_dir, *device, *make_key, *data, *config, *importer, *status;
} Flags;

/* Prints the usage to f. */
static void usage(FILE *f)
{
    fputs("usage: storstil-usb --import DIR [--data DATADIR] [--config FILE] [--importer PATH] [--status FILE]\n"
          "       storstil-usb --device /dev/sdX1 [--data DATADIR] [--config FILE]\n"
          "       storstil-usb --make-key DIR\n"
          "Imports the texts in DIR/storstil/ (a stick) into the data folder when DIR/storstil/nyckel.txt\n"
          "holds the phrase whose hash is usb_key in storstil.conf. --device mounts the stick read-only\n"
          "first (the service). --make-key asks for a phrase, writes DIR/storstil/nyckel.txt and prints\n"
          "the usb_key line for storstil.conf. Exit: 0 handled, 1 no or wrong key, 2 usage.\n",
          f);
}

/* Fills fl from argv; -1 to go on, else the exit status. */
static int parse_flags(int argc, char **argv, Flags *fl)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], **slot = NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); return 0; }
        else if (!strcmp(a, "--import")) slot = &fl->import_dir;
        else if (!strcmp(a, "--device")) slot = &fl->device;
        else if (!strcmp(a, "--make-key")) slot = &fl->make_key;
        else if (!strcmp(a, "--data")) slot = &fl->data;
        else if (!strcmp(a, "--config")) slot = &fl->config;
        else if (!strcmp(a, "--importer")) slot = &fl->importer;
        else if (!strcmp(a, "--status")) slot = &fl->status;
        if (!slot || i + 1 >= argc) {
            fprintf(stderr, "storstil-usb: %s %s\n", a, slot ? "needs a value" : "is not an option");
            usage(stderr);
            return 2;
        }
        *slot = argv[++i];
    }
    if (!!fl->import_dir + !!fl->device + !!fl->make_key != 1) {
        usage(stderr);
        return 2;
    }
    return -1;
}

/* Reads one line from stdin into buf, without echo when it is a terminal. */
static bool read_phrase(const char *prompt, char *buf, size_t cap)
{
    struct termios old, quiet;
    bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        fputs(prompt, stderr);
        quiet = old;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    bool ok = fgets(buf, (int)cap, stdin) != NULL;
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        fputc('\n', stderr);
    }
    if (ok) usb_key_trim(buf);
    return ok;
}

/* --make-key DIR: the phrase (twice on a terminal), nyckel.txt, the config line. */
static int make_key(const char *dir)
{
    char phrase[USB_KEY_PHRASE_MAX + 2], again[USB_KEY_PHRASE_MAX + 2], hash[USB_KEY_HASH_MAX];
    char path[4096];
    if (!read_phrase("Nyckelfras (key phrase): ", phrase, sizeof phrase)) return 2;
    if (isatty(STDIN_FILENO) && (!read_phrase("En gång till (again): ", again, sizeof again) ||
                                 strcmp(phrase, again) != 0)) {
        fputs("storstil-usb: the two phrases differ; nothing written\n", stderr);
        return 2;
    }
    if (strlen(phrase) < USB_KEY_PHRASE_MIN) {
        fprintf(stderr, "storstil-usb: the phrase needs at least %d characters\n", USB_KEY_PHRASE_MIN);
        return 2;
    }
    if (!usb_key_make(phrase, hash, sizeof hash)) {
        fputs("storstil-usb: libxcrypt could not hash the phrase\n", stderr);
        return 2;
    }
    snprintf(path, sizeof path, "%s/storstil", dir);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/storstil/%s", dir, USB_STICK_KEY_FILE);
    FILE *f = fopen(path, "w");
    if (!f || fprintf(f, "%s\n", phrase) < 0 || fclose(f) != 0) {
        fprintf(stderr, "storstil-usb: cannot write %s: %s\n", path, strerror(errno));
        return 2;
    }
    printf("usb_key = %s\n", hash);
    fprintf(stderr, "storstil-usb: wrote %s; put the line above in /etc/storstil.conf\n", path);
    return 0;
}

/* The importer: --importer, else the storstil-import beside this program,
 * else the installed one. */
static const char *find_importer(const char *flag, char *buf, size_t cap)
{
    if (flag) return flag;
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = '\0';
        snprintf(buf, cap, "%s/storstil-import", dirname(self));
        if (access(buf, X_OK) == 0) return buf;
    }
    return STORSTIL_PREFIX "/bin/storstil-import";
}

/* Opens dir/storstil as a folder, never through a link (O_NOFOLLOW): the
 * fd stays open without close-on-exec, and stick_dir becomes
 * /proc/self/fd/N, so every later path, the importer's too, is taken
 * inside the folder that was opened. -1 when it is no such folder. */
static int open_stick(const char *dir, char *stick_dir, size_t cap)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/storstil", dir);
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    if (fd < 0) {
        fprintf(stderr, "storstil-usb: %s: %s; nothing was read from the stick\n", dir,
                errno == ENOENT ? "no storstil folder"
                : errno == ELOOP || errno == ENOTDIR ? "storstil is a link or not a folder"
                                                     : strerror(errno));
        return -1;
    }
    snprintf(stick_dir, cap, "/proc/self/fd/%d", fd);
    return fd;
}

/* Checks the stick's key (one check at a time: under the data folder's
 * lock, taken first); returns the lock's fd when it matches, else -1 with
 * st->key set and the line logged. A stick without nyckel.txt takes no
 * lock and costs no yescrypt. */
static int check_key(const char *dir, const char *stick_dir, const char *data_dir, const Config *c,
                     UsbStatus *st)
{
    char phrase[USB_KEY_PHRASE_MAX + 1];
    bool have = usb_stick_read_key(stick_dir, phrase, sizeof phrase);
    st->key = USBSTATUS_KEY_NONE;
    int lock = have ? usb_import_lock(data_dir) : -1;
    if (lock >= 0)
        st->key = usb_key_verify(phrase, c->usb_key) ? USBSTATUS_KEY_OK : USBSTATUS_KEY_BAD;
    memset(phrase, 0, sizeof phrase);
    if (st->key == USBSTATUS_KEY_OK)
        return lock;
    if (lock >= 0)
        close(lock);
    fprintf(stderr, "storstil-usb: %s: %s; nothing was read from the stick\n", dir,
            !have ? "no storstil/nyckel.txt" : lock < 0 ? "the data folder cannot be locked"
                                                        : "the key does not match usb_key");
    return -1;
}

/* Imports what the stick (its folder open as stick_dir) brings, under the
 * lock: removals, then files, with a "running" status first. */
static void import_stick(const char *stick_dir, const char *data_dir, const char *importer,
                         const char *status, UsbStatus *st)
{
    UsbImportJob job = {stick_dir, data_dir, importer};
    st->state = USBSTATUS_RUNNING;
    usb_status_write(status, st);
    usb_import_clean_stale(job.data_dir);
    usb_import_removals(&job, st);
    UsbStickList list;
    char err[4200];
    if (!usb_import_stopped() && usb_stick_list(stick_dir, &list, err, sizeof err)) {
        usb_import_files(&job, &list, st);
        usb_stick_list_free(&list);
    } else if (!usb_import_stopped()) {
        fprintf(stderr, "storstil-usb: %s\n", err);
    }
    st->state = usb_import_stopped() ? USBSTATUS_INTERRUPTED : USBSTATUS_DONE;
    fprintf(stderr, "storstil-usb: %s%d added, %d replaced, %d removed, %d failed, %d skipped\n",
            st->state == USBSTATUS_INTERRUPTED ? "interrupted: " : "", st->added, st->replaced,
            st->removed, st->failed, st->skipped);
    st->time = (long long)time(NULL);
    usb_status_write(status, st);
}

/* Handles the stick mounted (or standing in) at dir, holding no privilege
 * from here on; the exit status. A stick without the key writes no status,
 * so the last staff stick's report stays on the Info screen. */
static int handle_stick(const char *dir, const Flags *fl, const Config *c)
{
    char stick_dir[64], importer[4200], err[256];
    if (!usb_drop_privileges(err, sizeof err)) {
        fprintf(stderr, "storstil-usb: %s; nothing was read from the stick\n", err);
        return 1;
    }
    usb_import_catch_stop();
    UsbStatus st;
    memset(&st, 0, sizeof st);
    st.time = (long long)time(NULL);
    const char *status = fl->status ? fl->status : c->usb_status;
    const char *data_dir = fl->data ? fl->data : c->data_dir;
    if (!c->usb_key[0]) { /* the feature is off: no banner for every stick */
        fprintf(stderr, "storstil-usb: %s: no usb_key in storstil.conf; the stick is ignored\n", dir);
        return 1;
    }
    int sfd = open_stick(dir, stick_dir, sizeof stick_dir);
    int lock = sfd < 0 ? -1 : check_key(dir, stick_dir, data_dir, c, &st);
    if (lock < 0) {
        if (st.key == USBSTATUS_KEY_BAD)
            usb_status_write(status, &st);
        if (sfd >= 0)
            close(sfd);
        return 1;
    }
    import_stick(stick_dir, data_dir, find_importer(fl->importer, importer, sizeof importer), status, &st);
    close(lock);
    close(sfd);
    return st.state == USBSTATUS_INTERRUPTED ? 1 : 0;
}

static volatile sig_atomic_t worker_pid; /* --device: the unprivileged child, for on_term */

/* --device's SIGTERM: passed on to the child, which reports and ends; this
 * process waits for it and then unmounts. */
static void on_term(int sig)
{
    if (worker_pid > 0)
        kill((pid_t)worker_pid, sig);
}

/* Runs `storstil-usb --import dir` (this program, the same flags) in a
 * child that cannot hold a capability (ambient set cleared, no_new_privs,
 * and it drops the rest itself), while this process keeps CAP_SYS_ADMIN
 * only to unmount afterwards; the child's exit status. */
static int run_unprivileged(const char *dir, int argc, char **argv)
{
    const char *args[32] = {"storstil-usb", "--import", dir};
    int n = 3;
    for (int i = 1; i + 1 < argc && n < 30; i += 2) /* the flags, checked: pairs */
        if (strcmp(argv[i], "--device") != 0)
            args[n++] = argv[i], args[n++] = argv[i + 1];
    char self[4096];
    ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
    if (len <= 0)
        return 1;
    self[len] = '\0'; /* its own path, not /proc/self/exe: its name stays storstil-usb */
    pid_t pid = fork();
    if (pid < 0)
        return 1;
    if (pid == 0) {
        usb_drop_for_exec();
        execv(self, (char *const *)args);
        fprintf(stderr, "storstil-usb: cannot run itself: %s\n", strerror(errno));
        _exit(1);
    }
    worker_pid = pid;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_term;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return 1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

int main(int argc, char **argv)
{
    Flags fl;
    memset(&fl, 0, sizeof fl);
    int rc = parse_flags(argc, argv, &fl);
    if (rc >= 0) return rc;
    if (fl.make_key) return make_key(fl.make_key);
    Config c;
    config_defaults(&c);
    char buf[CONFIG_PATH_MAX];
    const char *path = config_find_path(buf, sizeof buf, fl.config, NULL, NULL);
    if (path) config_load_file(&c, path, stderr);
    if (fl.import_dir) return handle_stick(fl.import_dir, &fl, &c);
    char dir[4096], type[64];
    if (!c.usb_key[0]) {
        fprintf(stderr, "storstil-usb: no usb_key in storstil.conf; %s is not mounted\n", fl.device);
        return 1;
    }
    if (!usb_mount_type(fl.device, type, sizeof type)) {
        fprintf(stderr, "storstil-usb: %s holds %s, not FAT or exFAT: it is not mounted and not read\n",
                fl.device, type);
        return 1;
    }
    if (!usb_mount_device(fl.device, type, dir, sizeof dir)) return 1;
    rc = run_unprivileged(dir, argc, argv);
    usb_mount_release(dir);
    return rc;
}
