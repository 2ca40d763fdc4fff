/* library: the data folder's texts, reloaded as files come and go.
 *
 * Owns the list of loaded Docs and the file identity (size, mtime, inode) that
 * tells whether a file changed. It does not parse text (doc.c does) and never
 * writes to the folder. */
#include "library.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* On 32-bit systems (armhf) readdir and stat fail with EOVERFLOW where an
 * inode number or a directory offset needs 64 bits (ext4's directory hashes
 * under a 64-bit kernel, btrfs, XFS, NFS): the folder then looked empty.
 * The Makefile builds with _FILE_OFFSET_BITS=64; this keeps it so. */
_Static_assert(sizeof(off_t) == 8 && sizeof(ino_t) == 8, "build with -D_FILE_OFFSET_BITS=64");

typedef struct {
    Doc *doc;
    char *name;           /* file name in the folder */
    long long size, mtime_ns;
    unsigned long long ino;
} Entry;

struct Library {
    char *dir;
    Entry *entries;
    size_t n;
    char problem[300];
    FILE *log; /* where load problems are reported, or NULL */
};

Library *library_new(const char *dir)
{
    Library *lib = calloc(1, sizeof *lib);
    if (!lib) return NULL;
    lib->dir = strdup(dir);
    if (!lib->dir) {
        free(lib);
        return NULL;
    }
    return lib;
}

static void free_entry(Entry *e)
{
    doc_free(e->doc);
    free(e->name);
}

void library_free(Library *lib)
{
    if (!lib) return;
    for (size_t i = 0; i < lib->n; i++) free_entry(&lib->entries[i]);
    free(lib->entries);
    free(lib->dir);
    free(lib);
}

static int wanted(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names of the folder's text files, or NULL with lib->problem set; a
 * listing cut short by an error keeps what it read and sets lib->problem. */
static char **list_names(Library *lib, size_t *count)
{
    *count = 0;
    DIR *d = opendir(lib->dir);
    if (!d) {
        snprintf(lib->problem, sizeof lib->problem, "%s: cannot read the data folder: %s",
                 lib->dir, strerror(errno));
        return NULL;
    }
    lib->problem[0] = '\0';
    char **names = NULL;
    size_t cap = 0;
    struct dirent *de;
    while ((errno = 0, de = readdir(d))) {
        if (!wanted(de->d_name)) continue;
        if (*count == cap) {
            cap = cap ? cap * 2 : 16;
            char **grown = realloc(names, cap * sizeof *names);
            if (!grown) break;
            names = grown;
        }
        char *name = strdup(de->d_name);
        if (!name) break;
        names[(*count)++] = name;
    }
    if (!de && errno) /* a folder that cannot be listed is not an empty one */
        snprintf(lib->problem, sizeof lib->problem, "%s: cannot read the data folder: %s",
                 lib->dir, strerror(errno));
    closedir(d);
    if (*count) qsort(names, *count, sizeof *names, cmp_name);
    if (!names) names = malloc(sizeof *names); /* empty but not an error */
    return names;
}

static void identify(const char *path, Entry *e)
{
    struct stat st;
    /* A dangling link or a link loop has no target to stat; the link itself
     * then stands for it, so it is not reloaded at every poll. */
    if (stat(path, &st) == 0 || lstat(path, &st) == 0) {
        e->size = (long long)st.st_size;
        e->mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
        e->ino = (unsigned long long)st.st_ino;
    } else {
        e->size = e->mtime_ns = -1; /* gone since the listing: load says why */
        e->ino = 0;
    }
}

/* Writes a freshly loaded document's problems to the log, one line each. */
static void log_problems(const Library *lib, const Doc *doc)
{
    char line[600];
    for (size_t i = 0; lib->log && doc && i < doc->n_problems; i++)
        fprintf(lib->log, "storstil: %s\n", doc_problem_format(doc, i, line, sizeof line));
}

/* Entry for `name` in the old list, or NULL. */
static Entry *find_old(Entry *old, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (old[i].name && strcmp(old[i].name, name) == 0) return &old[i];
    return NULL;
}

bool library_scan(Library *lib)
{
    size_t count;
    char **names = list_names(lib, &count);
    if (!names) count = 0;
    Entry *fresh = calloc(count ? count : 1, sizeof *fresh);
    if (!fresh) {
        for (size_t i = 0; i < count; i++) free(names[i]);
        free(names);
        return false;
    }
    bool changed = count != lib->n;
    size_t plen = strlen(lib->dir);
    for (size_t i = 0; i < count; i++) {
        char *path = malloc(plen + strlen(names[i]) + 2);
        Entry *e = &fresh[i];
        e->name = names[i];
        if (!path) continue;
        sprintf(path, "%s/%s", lib->dir, names[i]);
        identify(path, e);
        Entry *old = find_old(lib->entries, lib->n, names[i]);
        if (old && old->doc && old->size == e->size && old->mtime_ns == e->mtime_ns &&
            old->ino == e->ino && e->size >= 0) {
            e->doc = old->doc; /* unchanged: keep the loaded Doc */
            old->doc = NULL;
            changed = changed || old != &lib->entries[i];
        } else {
            e->doc = doc_load(path);
            log_problems(lib, e->doc);
            changed = true;
        }
        free(path);
    }
    free(names);
    for (size_t i = 0; i < lib->n; i++) free_entry(&lib->entries[i]); /* changed or gone */
    free(lib->entries);
    /* Drop entries whose Doc could not be made (out of memory): their old
     * Doc, if any, is freed above, so that too is a change. */
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        if (fresh[i].doc) {
            fresh[n++] = fresh[i];
        } else {
            free(fresh[i].name);
            changed = true;
        }
    }
    lib->entries = fresh;
    lib->n = n;
    return changed;
}

size_t library_count(const Library *lib)
{
    return lib->n;
}

const Doc *library_doc(const Library *lib, size_t i)
{
    return i < lib->n ? lib->entries[i].doc : NULL;
}

const char *library_problem(const Library *lib)
{
    return lib->problem;
}

const char *library_dir(const Library *lib)
{
    return lib->dir;
}

void library_set_log(Library *lib, FILE *log)
{
    lib->log = log;
}
