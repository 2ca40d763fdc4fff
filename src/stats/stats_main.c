/* storstil-stats: the command line. Reads the kiosk's stats lines (from
 * journald or from files), sums them (stats_tally.c) and writes the daily
 * files (core/usage_csv.h); --summary adds up a period's files. */
#include "stats_tally.h"
#include "core/config.h"
#include "core/usage_csv.h"
#include "core/usage_line.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BAD_SHOWN 20 /* bad lines named one by one; the rest only counted */

typedef struct {
    bool journal, new_days;
    const char *out, *day, *from, *to, *config;
    char **files;
    int n_files;
} Flags;

typedef struct {
    StatsTally tally;
    long lines, counted, bad;
} Reading;

static void usage(FILE *f)
{
    fputs("usage: storstil-stats [--journal | FILE...] [--out DIR | --config FILE] [--day DATE | --new-days]\n"
          "       storstil-stats --summary FROM TO [--out DIR | --config FILE]\n"
          "Reads the kiosk's use counts (its \"storstil: stats\" log lines) from journald\n"
          "(--journal: the storstil unit) or from FILEs (saved stderr, journalctl output;\n"
          "- is stdin) and writes anvandning-DATE.csv and texter-DATE.csv per day into DIR\n"
          "(default: the current folder). --day DATE (YYYY-MM-DD, today or yesterday):\n"
          "only that day. --new-days: every day before today that has no files yet (the\n"
          "daily timer: a kiosk switched off for days catches up, and a day whose start\n"
          "the journal has since rotated away is never written over). --config: DIR is\n"
          "its stats_dir. --summary: the totals of the days FROM..TO (YYYY-MM-DD) of the\n"
          "files in DIR. Exit: 0 done, 1 bad lines or a file not written, 2 usage.\n",
          f);
}

/* "today" and "yesterday" as YYYY-MM-DD in buf; other text as it is. */
static const char *date_word(const char *s, char *buf, size_t cap)
{
    int back = !strcmp(s, "today") ? 0 : !strcmp(s, "yesterday") ? 1 : -1;
    if (back < 0 || cap < 11) return s;
    usage_csv_date((int64_t)time(NULL), -back, buf);
    return buf;
}

/* True for YYYY-MM-DD. */
static bool is_date(const char *s)
{
    int y, m, d;
    char tail;
    return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && m >= 1 &&
           m <= 12 && d >= 1 && d <= 31;
}

/* Fills fl from argv; -1 to go on, else the exit status. */
static int parse_flags(int argc, char **argv, Flags *fl, char dates[3][16])
{
    fl->files = calloc((size_t)argc, sizeof *fl->files);
    if (!fl->files) return 2;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool more = i + 1 < argc;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); return 0; }
        else if (!strcmp(a, "--journal")) fl->journal = true;
        else if (!strcmp(a, "--new-days")) fl->new_days = true;
        else if (!strcmp(a, "--out") && more) fl->out = argv[++i];
        else if (!strcmp(a, "--config") && more) fl->config = argv[++i];
        else if (!strcmp(a, "--day") && more) fl->day = date_word(argv[++i], dates[0], 16);
        else if (!strcmp(a, "--summary") && i + 2 < argc) {
            fl->from = date_word(argv[++i], dates[1], 16);
            fl->to = date_word(argv[++i], dates[2], 16);
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "storstil-stats: %s is not an option (or needs a value)\n", a);
            usage(stderr);
            return 2;
        } else fl->files[fl->n_files++] = argv[i];
    }
    bool dates_ok = (!fl->day || is_date(fl->day)) && (!fl->from || (is_date(fl->from) && is_date(fl->to)));
    bool clash = (fl->journal && fl->n_files) || (fl->from && (fl->journal || fl->n_files)) ||
                 (fl->day && fl->new_days) || (fl->out && fl->config);
    if (!dates_ok || clash) {
        fputs(dates_ok ? "storstil-stats: these options do not go together\n"
                       : "storstil-stats: a date is YYYY-MM-DD, today or yesterday\n", stderr);
        usage(stderr);
        return 2;
    }
    return -1;
}

/* Reads every line of f (named name in messages) into r. */
static void read_stream(FILE *f, const char *name, Reading *r)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long n = 0;
    while ((len = getline(&line, &cap, f)) >= 0) {
        n++;
        r->lines++;
        UsageLine l;
        const char *why = "";
        UsageLineKind k = usage_line_parse(line, (size_t)len, &l, &why);
        if (k == USAGE_LINE_OK && !stats_tally_add(&r->tally, &l)) why = "out of memory";
        if (k == USAGE_LINE_OK && !why[0]) { r->counted++; continue; }
        if (k == USAGE_LINE_OTHER) continue;
        if (r->bad++ < BAD_SHOWN) fprintf(stderr, "storstil-stats: %s:%ld: %s; not counted\n", name, n, why);
    }
    free(line);
}

/* Reads the storstil unit's lines from journald (journalctl, no shell). */
static bool read_journal(Reading *r)
{
    int fds[2];
    if (pipe(fds) != 0) return false;
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execlp("journalctl", "journalctl", "--quiet", "--no-pager", "--output=cat",
               "--unit=storstil.service", (char *)NULL);
        fprintf(stderr, "storstil-stats: cannot run journalctl: %s\n", strerror(errno));
        _exit(127);
    }
    close(fds[1]);
    FILE *f = fdopen(fds[0], "r");
    if (f) {
        read_stream(f, "journal", r);
        fclose(f);
    } else {
        close(fds[0]);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return f && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* --summary: the totals of the days from..to of the files in dir. */
static int summary(const char *dir, const char *from, const char *to)
{
    UsageCounts sum;
    int days = usage_csv_sum_days(dir, from, to, &sum);
    printf("storstil %s..%s, %d day%s with files in %s\n", from, to, days, days == 1 ? "" : "s", dir);
    printf("besök %d\ntexter_öppnade %d\nsidor_vända %d\nuppläsningar %d\ntextstorlek_ändrad %d\n"
           "minuter_i_bruk %d\n", sum.visits, sum.opened, sum.pages, sum.reads, sum.sizes, sum.minutes);
    return 0;
}

/* The folder to write or read: --out, the config's stats_dir, or ".". */
static const char *out_dir(const Flags *fl, Config *c)
{
    if (fl->out) return fl->out;
    if (!fl->config) return ".";
    config_defaults(c);
    config_load_file(c, fl->config, stderr);
    return c->stats_dir;
}

int main(int argc, char **argv)
{
    Flags fl = {0};
    char dates[3][16];
    Config cfg;
    int rc = parse_flags(argc, argv, &fl, dates);
    if (rc < 0) fl.out = out_dir(&fl, &cfg);
    if (rc >= 0 || fl.from) {
        if (rc < 0) rc = summary(fl.out, fl.from, fl.to);
        free(fl.files);
        return rc;
    }
    Reading r = {0};
    bool read_ok = true;
    if (fl.journal) read_ok = read_journal(&r);
    else if (fl.n_files == 0) read_stream(stdin, "stdin", &r);
    for (int i = 0; i < fl.n_files; i++) {
        bool dash = !strcmp(fl.files[i], "-");
        FILE *f = dash ? stdin : fopen(fl.files[i], "r");
        if (!f) {
            fprintf(stderr, "storstil-stats: cannot read %s: %s\n", fl.files[i], strerror(errno));
            read_ok = false;
            continue;
        }
        read_stream(f, fl.files[i], &r);
        if (!dash) fclose(f);
    }
    if (mkdir(fl.out, 0755) != 0 && errno != EEXIST)
        fprintf(stderr, "storstil-stats: cannot make %s: %s\n", fl.out, strerror(errno));
    char today[16];
    int failed = stats_tally_write(&r.tally, fl.out, fl.day,
                                   fl.new_days ? date_word("today", today, sizeof today) : NULL, stderr);
    fprintf(stderr, "storstil-stats: %ld lines read, %ld counted, %ld bad%s\n", r.lines, r.counted,
            r.bad, r.bad > BAD_SHOWN ? " (the first 20 named)" : "");
    stats_tally_free(&r.tally);
    free(fl.files);
    return failed || r.bad || !read_ok ? 1 : 0;
}
