/* library: the texts of the data folder and the synced folder, reloaded as
 * files come and go.
 *
 * Owns the list of loaded Docs, the file identity (size, mtime, inode) that
 * tells whether a file changed, and the one rule for a file name found in
 * both folders. It does not parse text (doc.c does) and never writes to
 * either folder. */
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

/* The folders, in the order that decides which copy of a file name is
 * shown when both hold one: the first folder that has it wins. The data
 * folder comes first: it is what staff put on this kiosk, by USB stick or
 * by hand, on purpose and for this place (a branch's own correction, a
 * local notice); the office's synced copy is the shared default, and a
 * local file must be able to stand in for it without anyone at the office
 * changing the shared folder. Removing the local file shows the office's
 * copy again at the next scan. */
enum { FOLDER_DATA, FOLDER_SYNCED, FOLDER_COUNT };
static const char *const folder_names[FOLDER_COUNT] = {"data folder", "synced folder"};

typedef struct {
    Doc *doc;
    char *name;           /* file name in its folder */
    int folder;           /* FOLDER_DATA or FOLDER_SYNCED */
    long long size, mtime_ns;
    unsigned long long ino;
} Entry;

struct Library {
    char *dir;
    char *synced;         /* the synced folder, or NULL when there is none */
    Entry *entries;
    size_t n;
    char problem[300];
    FILE *log; /* where load problems are reported, or NULL */
};

Library *library_new(const char *dir, const char *synced)
{
    Library *lib = calloc(1, sizeof *lib);
    if (!lib) return NULL;
    lib->dir = strdup(dir);
    if (synced && synced[0]) lib->synced = strdup(synced);
    if (!lib->dir || (synced && synced[0] && !lib->synced)) {
        library_free(lib);
        return NULL;
    }
    return lib;
}

/* The path of folder f, or NULL when the library has no such folder. */
static const char *folder_dir(const Library *lib, int f)
{
    return f == FOLDER_DATA ? lib->dir : lib->synced;
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
    free(lib->synced);
    free(lib);
}

/* A text file to show: *.txt, not a dot-file (Syncthing's .stfolder,
 * .stignore, .stversions and its .syncthing.*.tmp files in transfer, the
 * USB import's own temporaries), not a Syncthing conflict copy
 * ("name.sync-conflict-DATE-TIME-DEVICE.txt"). */
static int wanted(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".txt") == 0 &&
           !strstr(name, ".sync-conflict-");
}

/* A file name and the folder it was found in. */
typedef struct {
    char *name;
    int folder;
} Listed;

/* By name, then by folder, so the winning copy of a name comes first. */
static int cmp_listed(const void *a, const void *b)
{
    const Listed *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : x->folder - y->folder;
}

/* Notes that folder f cannot be read, unless an earlier problem is noted. */
static void note_problem(Library *lib, int f)
{
    if (!lib->problem[0])
        snprintf(lib->problem, sizeof lib->problem, "%s: cannot read the %s: %s", folder_dir(lib, f),
                 folder_names[f], strerror(errno));
}

/* Appends folder f's text files to *list (*count of *cap). A folder that
 * cannot be read, or is cut short by an error, notes a problem and keeps
 * what it read; out of memory the listing stops there. */
static void list_folder(Library *lib, int f, Listed **list, size_t *count, size_t *cap)
{
    DIR *d = opendir(folder_dir(lib, f));
    if (!d) {
        note_problem(lib, f);
        return;
    }
    struct dirent *de;
    bool ok = true;
    while (ok && (errno = 0, de = readdir(d))) {
        if (!wanted(de->d_name)) continue;
        if (*count == *cap) {
            size_t grow = *cap ? *cap * 2 : 16;
            Listed *grown = realloc(*list, grow * sizeof *grown);
            if (!grown) ok = false;
            else *list = grown, *cap = grow;
        }
        char *name = ok ? strdup(de->d_name) : NULL;
        if (!name) ok = false;
        else (*list)[(*count)++] = (Listed){name, f};
    }
    if (ok && !de && errno) note_problem(lib, f); /* a folder that cannot be listed is not an empty one */
    closedir(d);
}

/* The text files to show, in name order, each name once (from the first
 * folder that holds it), or NULL out of memory; lib->problem says which
 * folder could not be read. */
static Listed *list_names(Library *lib, size_t *count)
{
    *count = 0;
    lib->problem[0] = '\0';
    size_t cap = 0;
    Listed *list = NULL;
    for (int f = 0; f < FOLDER_COUNT; f++)
        if (folder_dir(lib, f)) list_folder(lib, f, &list, count, &cap);
    if (*count) qsort(list, *count, sizeof *list, cmp_listed);
    size_t kept = 0;
    for (size_t i = 0; i < *count; i++) {
        if (kept && !strcmp(list[kept - 1].name, list[i].name)) free(list[i].name); /* shadowed */
        else list[kept++] = list[i];
    }
    *count = kept;
    if (!list) list = malloc(sizeof *list); /* empty but not an error */
    return list;
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

/* Entry for `name` from folder f in the old list, or NULL. */
static Entry *find_old(Entry *old, size_t n, const char *name, int f)
{
    for (size_t i = 0; i < n; i++)
        if (old[i].name && old[i].folder == f && strcmp(old[i].name, name) == 0) return &old[i];
    return NULL;
}

bool library_scan(Library *lib)
{
    size_t count;
    Listed *names = list_names(lib, &count);
    if (!names) count = 0;
    Entry *fresh = calloc(count ? count : 1, sizeof *fresh);
    if (!fresh) {
        for (size_t i = 0; i < count; i++) free(names[i].name);
        free(names);
        return false;
    }
    bool changed = count != lib->n;
    for (size_t i = 0; i < count; i++) {
        const char *dir = folder_dir(lib, names[i].folder);
        char *path = malloc(strlen(dir) + strlen(names[i].name) + 2);
        Entry *e = &fresh[i];
        e->name = names[i].name;
        e->folder = names[i].folder;
        if (!path) continue;
        sprintf(path, "%s/%s", dir, names[i].name);
        identify(path, e);
        Entry *old = find_old(lib->entries, lib->n, e->name, e->folder);
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

const char *library_synced_dir(const Library *lib)
{
    return lib->synced ? lib->synced : "";
}

void library_set_log(Library *lib, FILE *log)
{
    lib->log = log;
}
