/* Tests for readfile: regular files whole (empty ones and NUL bytes too),
 * the size cap, and each refusal with its message: a folder, a missing or
 * unreadable file, a named pipe (at once, never waiting for a writer); and
 * pipes read to their end when the caller allows them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/readfile.h"

static char dir[64];
static char path[128];

static int setup(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/storstil-readfile-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    snprintf(path, sizeof path, "%s/f.txt", dir);
    alarm(20); /* a read that waits on a pipe fails the test, not the run */
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    alarm(0);
    unlink(path);
    return rmdir(dir);
}

static void write_file(const char *bytes, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(bytes, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

static void expect_refused(const char *p, size_t max, ReadFileMode mode, const char *why)
{
    ReadFileError err;
    size_t len = 99;
    char *buf = readfile_load(p, max, mode, &len, &err);
    assert_null(buf);
    assert_int_equal(len, 0);
    assert_string_equal(err.why, why);
}

static void reads_a_regular_file_whole(void **state)
{
    (void)state;
    write_file("rad\0ett\n", 8);
    ReadFileError err;
    size_t len = 0;
    char *buf = readfile_load(path, 100, READFILE_REGULAR, &len, &err);
    assert_non_null(buf);
    assert_int_equal(len, 8);
    assert_memory_equal(buf, "rad\0ett\n", 8);
    assert_int_equal(buf[8], '\0');
    free(buf);
    write_file("", 0);
    buf = readfile_load(path, 100, READFILE_REGULAR, &len, &err);
    assert_non_null(buf);
    assert_int_equal(len, 0);
    assert_string_equal(buf, "");
    free(buf);
}

static void the_cap_is_the_largest_size_read(void **state)
{
    (void)state;
    char big[2049];
    memset(big, 'a', sizeof big);
    write_file(big, 2048);
    ReadFileError err;
    size_t len = 0;
    char *buf = readfile_load(path, 2048, READFILE_REGULAR, &len, &err);
    assert_non_null(buf);
    assert_int_equal(len, 2048);
    free(buf);
    write_file(big, 2049);
    expect_refused(path, 2048, READFILE_REGULAR, "the file is larger than 2 KiB");
    expect_refused(path, 100, READFILE_REGULAR, "the file is larger than 100 bytes");
    assert_int_equal(truncate(path, 1024 * 1024 + 1), 0); /* sparse: nothing is written */
    expect_refused(path, 1024 * 1024, READFILE_REGULAR, "the file is larger than 1 MiB");
}

static void folders_and_missing_files_are_refused(void **state)
{
    (void)state;
    expect_refused(dir, 100, READFILE_REGULAR, "not a regular file");
    expect_refused(dir, 100, READFILE_PIPES, "not a regular file or a pipe");
    expect_refused("/dev/null", 100, READFILE_PIPES, "not a regular file or a pipe");
    char missing[160];
    snprintf(missing, sizeof missing, "%s/missing.txt", dir);
    expect_refused(missing, 100, READFILE_REGULAR, "cannot open the file: No such file or directory");
    ReadFileError err;
    size_t len;
    assert_null(readfile_load(missing, 100, READFILE_REGULAR, &len, &err));
    assert_string_equal(strerror(err.sys_errno), "No such file or directory");
    assert_null(readfile_load(dir, 100, READFILE_REGULAR, &len, &err));
    assert_int_equal(err.sys_errno, 0);
}

static void an_unreadable_file_is_refused(void **state)
{
    (void)state;
    if (geteuid() == 0) skip(); /* root reads a chmod 000 file anyway */
    write_file("hemligt\n", 8);
    assert_int_equal(chmod(path, 0), 0);
    expect_refused(path, 100, READFILE_REGULAR, "cannot open the file: Permission denied");
}

static void a_named_pipe_is_refused_without_waiting(void **state)
{
    (void)state;
    unlink(path);
    assert_int_equal(mkfifo(path, 0600), 0);
    /* No writer ever comes: a blocking open or read would hang here. */
    expect_refused(path, 100, READFILE_REGULAR, "not a regular file");
    unlink(path);
}

/* A writer that opens the FIFO after `delay_us` and writes `n` bytes of 'x'
 * in chunks, as a slow program would. */
static pid_t start_writer(unsigned delay_us, size_t n)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        usleep(delay_us);
        int fd = open(path, O_WRONLY);
        char chunk[1000];
        memset(chunk, 'x', sizeof chunk);
        for (size_t done = 0; fd >= 0 && done < n;) {
            size_t k = n - done < sizeof chunk ? n - done : sizeof chunk;
            ssize_t w = write(fd, chunk, k);
            if (w <= 0) break;
            done += (size_t)w;
        }
        _exit(fd < 0);
    }
    return pid;
}

static void a_named_pipe_is_read_when_allowed(void **state)
{
    (void)state;
    unlink(path);
    assert_int_equal(mkfifo(path, 0600), 0);
    /* The writer comes late: the reader waits for it, then reads to its end. */
    pid_t pid = start_writer(200000, 150000);
    ReadFileError err;
    size_t len = 0;
    char *buf = readfile_load(path, 1024 * 1024, READFILE_PIPES, &len, &err);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_non_null(buf);
    assert_int_equal(len, 150000);
    assert_int_equal(buf[0], 'x');
    assert_int_equal(buf[len - 1], 'x');
    free(buf);
    /* More than the cap: refused, however the bytes arrive. */
    pid = start_writer(0, 5000);
    expect_refused(path, 4096, READFILE_PIPES, "the file is larger than 4 KiB");
    kill(pid, SIGTERM); /* it may still be writing into a pipe nobody reads */
    waitpid(pid, &status, 0);
    unlink(path);
}

static void an_unnamed_pipe_is_read_through_its_fd(void **state)
{
    (void)state;
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    const char *text = "från ett rör\n";
    assert_int_equal(write(fds[1], text, strlen(text)), (ssize_t)strlen(text));
    close(fds[1]);
    char name[64];
    snprintf(name, sizeof name, "/proc/self/fd/%d", fds[0]);
    if (access(name, F_OK) != 0) {
        close(fds[0]);
        skip(); /* no /proc here */
    }
    expect_refused(name, 100, READFILE_REGULAR, "not a regular file");
    ReadFileError err;
    size_t len = 0;
    char *buf = readfile_load(name, 100, READFILE_PIPES, &len, &err);
    close(fds[0]);
    assert_non_null(buf);
    assert_string_equal(buf, text);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(reads_a_regular_file_whole, setup, teardown),
        cmocka_unit_test_setup_teardown(the_cap_is_the_largest_size_read, setup, teardown),
        cmocka_unit_test_setup_teardown(folders_and_missing_files_are_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(an_unreadable_file_is_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(a_named_pipe_is_refused_without_waiting, setup, teardown),
        cmocka_unit_test_setup_teardown(a_named_pipe_is_read_when_allowed, setup, teardown),
        cmocka_unit_test_setup_teardown(an_unnamed_pipe_is_read_through_its_fd, setup, teardown),
    };
    return cmocka_run_group_tests_name("readfile", tests, NULL, NULL);
}
