/* notify_listen: a stand-in for systemd's notify socket in the tests.
 *
 * usage: notify_listen SOCKET_PATH SECONDS
 * Binds a datagram socket at SOCKET_PATH and prints every message it gets
 * (one per line) until SECONDS have passed or it gets SIGTERM; then prints
 * what is still queued, removes the socket and exits. The caller picks a
 * path of its own for each run (two test runs at once must not share one). */
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_term(int sig)
{
    (void)sig;
    stop = 1;
}

/* Prints one datagram's lines; 0 when nothing was there to read. */
static int print_one(int fd, int flags)
{
    char buf[4096];
    ssize_t n = recv(fd, buf, sizeof buf - 1, flags);
    if (n <= 0) return 0;
    buf[n] = '\0';
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) printf("%s\n", line);
    fflush(stdout);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: notify_listen SOCKET_PATH SECONDS\n", stderr);
        return 2;
    }
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    if (strlen(argv[1]) >= sizeof addr.sun_path) {
        fprintf(stderr, "notify_listen: %s: longer than a socket path may be (%zu bytes)\n", argv[1],
                sizeof addr.sun_path - 1);
        return 2;
    }
    strcpy(addr.sun_path, argv[1]);
    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    if (fd < 0) {
        perror("notify_listen: socket");
        return 2;
    }
    struct sigaction sa = {.sa_handler = on_term};
    sigaction(SIGTERM, &sa, NULL);
    unlink(argv[1]);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        perror("notify_listen: bind");
        return 2;
    }
    time_t end = time(NULL) + atoi(argv[2]);
    while (!stop && time(NULL) < end) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 200) <= 0) continue;
        print_one(fd, 0);
    }
    while (print_one(fd, MSG_DONTWAIT)) {
    }
    close(fd);
    unlink(argv[1]);
    return 0;
}
