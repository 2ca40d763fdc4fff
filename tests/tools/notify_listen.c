/* notify_listen: a stand-in for systemd's notify socket in the tests.
 *
 * usage: notify_listen SOCKET_PATH SECONDS
 * Binds a datagram socket at SOCKET_PATH and prints every message it gets
 * (one per line) until SECONDS have passed. */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: notify_listen SOCKET_PATH SECONDS\n", stderr);
        return 2;
    }
    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    if (fd < 0 || strlen(argv[1]) >= sizeof addr.sun_path) return 2;
    strcpy(addr.sun_path, argv[1]);
    unlink(argv[1]);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        perror("notify_listen: bind");
        return 2;
    }
    time_t end = time(NULL) + atoi(argv[2]);
    char buf[4096];
    while (time(NULL) < end) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 200) <= 0) continue;
        ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
        if (n <= 0) continue;
        buf[n] = '\0';
        for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) printf("%s\n", line);
        fflush(stdout);
    }
    close(fd);
    unlink(argv[1]);
    return 0;
}
