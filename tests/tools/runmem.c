/* runmem: runs a command and says how long it took and how much memory it
 * used, for the bench's side-by-side start (tests/bench/start.sh).
 *
 *   runmem [--sample] COMMAND [ARG...]
 *
 * The command's output goes to /dev/null. Prints "wall_s W maxrss_mib M":
 * the wall time from fork to the command's
 * exit, and the largest peak resident set of it or any child it waited for
 * (getrusage). With --sample it also reads, every 5 ms, the Rss and Pss of
 * the command and all its descendants (/proc/PID/smaps_rollup) and prints
 * "tree_rss_mib R tree_pss_mib P", the peaks of their sums: the fair
 * figure for a browser of many processes, whose shared pages Rss counts
 * once in each. Sampling costs CPU, so the bench times without it. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_PROCS 4096

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The parent of pid from /proc/PID/stat, or -1. */
static int parent_of(int pid)
{
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *close = strrchr(buf, ')'); /* the name may hold spaces and parentheses */
    int ppid = -1;
    if (!close || sscanf(close + 1, " %*c %d", &ppid) != 1) return -1;
    return ppid;
}

/* Adds pid's Rss and Pss (KiB) from smaps_rollup. */
static void add_memory(int pid, long *rss, long *pss)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/smaps_rollup", pid);
    FILE *f = fopen(path, "r");
    if (!f) return;
    long v;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "Rss: %ld kB", &v) == 1) *rss += v;
        else if (sscanf(line, "Pss: %ld kB", &v) == 1) *pss += v;
    }
    fclose(f);
}

/* Sums the memory of root and its descendants now. */
static void sample(int root, long *rss, long *pss)
{
    static int pids[MAX_PROCS], parents[MAX_PROCS];
    int n = 0;
    DIR *d = opendir("/proc");
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d)) && n < MAX_PROCS) {
        int pid = atoi(e->d_name);
        if (pid <= 0) continue;
        pids[n] = pid;
        parents[n++] = parent_of(pid);
    }
    closedir(d);
    *rss = *pss = 0;
    for (int i = 0; i < n; i++) { /* in the tree when an ancestor is root */
        int p = pids[i], hops = 0;
        while (p > 1 && p != root && hops++ < 64) {
            int j = 0;
            while (j < n && pids[j] != p) j++;
            p = j < n ? parents[j] : -1;
        }
        if (p == root) add_memory(pids[i], rss, pss);
    }
}

int main(int argc, char **argv)
{
    int sampled = argc > 1 && !strcmp(argv[1], "--sample");
    char **cmd = argv + 1 + sampled;
    if (!*cmd) {
        fprintf(stderr, "usage: runmem [--sample] COMMAND [ARG...]\n");
        return 2;
    }
    double t0 = now_s();
    pid_t child = fork();
    if (child < 0) return 1;
    if (child == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, 1);
            dup2(null, 2);
        }
        execvp(cmd[0], cmd);
        perror(cmd[0]);
        _exit(127);
    }
    long peak_rss = 0, peak_pss = 0;
    int status = 0;
    for (;;) {
        if (!sampled) {
            waitpid(child, &status, 0);
            break;
        }
        if (waitpid(child, &status, WNOHANG) == child) break;
        long rss = 0, pss = 0;
        sample(child, &rss, &pss);
        if (rss > peak_rss) peak_rss = rss;
        if (pss > peak_pss) peak_pss = pss;
        struct timespec nap = {0, 5000000};
        nanosleep(&nap, NULL);
    }
    double wall = now_s() - t0;
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    printf("wall_s %.3f maxrss_mib %.1f", wall, (double)ru.ru_maxrss / 1024.0);
    if (sampled) printf(" tree_rss_mib %.1f tree_pss_mib %.1f", peak_rss / 1024.0, peak_pss / 1024.0);
    printf("\n");
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
