/* mbrola: whether an MBROLA voice is installed where Debian's espeak-ng
 * 1.51 looks for it, asked before espeak-ng is, which on a missing voice
 * prints several lines of its own and is left with no language. */
#include "mbrola.h"

#include <espeak-ng/espeak_ng.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* True when path is a file with something in it (espeak-ng's own test). */
static bool has_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0;
}

/* True when the mbrola program is in $PATH, where espeak-ng runs it from
 * (execlp; /bin:/usr/bin without a PATH). */
bool mbrola_program(void)
{
    const char *path = getenv("PATH");
    if (!path || !*path) path = "/bin:/usr/bin";
    while (*path) {
        size_t n = strcspn(path, ":");
        char prog[4096];
        if (n > 0 && n < sizeof prog - 8) {
            snprintf(prog, sizeof prog, "%.*s/mbrola", (int)n, path);
            if (access(prog, X_OK) == 0) return true;
        }
        path += n + (path[n] == ':');
    }
    return false;
}

/* True when MBROLA's database db is where espeak-ng looks for it: its data
 * folder's mbrola/, then /usr/share/mbrola/ (as Debian's mbrola-sw1 puts
 * it: /usr/share/mbrola/sw1/sw1). */
bool mbrola_db(const char *db)
{
    const char *data = NULL;
    espeak_Info(&data);
    char path[4096];
    snprintf(path, sizeof path, "%s/mbrola/%s", data ? data : "", db);
    if (data && has_file(path)) return true;
    const char *const forms[] = {"/usr/share/mbrola/%s", "/usr/share/mbrola/%s/%s", "/usr/share/mbrola/voices/%s"};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        snprintf(path, sizeof path, forms[i], db, db);
        if (has_file(path)) return true;
    }
    return false;
}
