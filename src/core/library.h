/* library: the texts of the data folder and of the synced folder (the one
 * Syncthing fills from the office), kept in step with the files.
 *
 * Lists both folders' *.txt files (not dot-files, not sub-folders, not
 * Syncthing's conflict copies) in file name order, a name in both folders
 * once (the data folder's copy wins; library.c says why), loads each with
 * doc_load, and on a rescan reloads only what changed on disk. SDL-free;
 * the kiosk calls library_scan every few seconds, on SIGHUP and from the
 * staff menu. */
#ifndef STORSTIL_LIBRARY_H
#define STORSTIL_LIBRARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "doc.h"

typedef struct Library Library;

/* A library over the data folder `dir` and the synced folder `synced` (both
 * copied; synced NULL or "": none), empty until the first library_scan. */
Library *library_new(const char *dir, const char *synced);

/* Frees the library and every Doc it holds. */
void library_free(Library *lib);

/* Brings the list in step with the folder: loads new and changed files and
 * frees the Docs of changed and removed ones. Returns true when the list of
 * documents changed; a pointer from library_doc stays valid until a scan
 * returns true. */
bool library_scan(Library *lib);

/* Number of documents, broken ones included. */
size_t library_count(const Library *lib);

/* Document i (0 <= i < library_count), in file name order. */
const Doc *library_doc(const Library *lib, size_t i);

/* A message when a folder itself cannot be read ("" when both can); it
 * names the folder ("...: cannot read the synced folder: ..."). */
const char *library_problem(const Library *lib);

/* Reports each newly loaded document's problems to log ("storstil:
 * file:line: message"), or nothing when log is NULL (the default). */
void library_set_log(Library *lib, FILE *log);

/* The data folder this library reads. */
const char *library_dir(const Library *lib);

/* The synced folder this library reads, or "" when there is none. */
const char *library_synced_dir(const Library *lib);

#endif
