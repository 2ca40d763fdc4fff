/* library: the texts of the data folder, kept in step with the files.
 *
 * Lists the folder's *.txt files (not hidden ones, not sub-folders) in file
 * name order, loads each with doc_load, and on a rescan reloads only what
 * changed on disk. SDL-free; the kiosk calls library_scan every few seconds,
 * on SIGHUP and from the staff menu. */
#ifndef STORSTIL_LIBRARY_H
#define STORSTIL_LIBRARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "doc.h"

typedef struct Library Library;

/* A library over folder `dir` (copied), empty until the first library_scan. */
Library *library_new(const char *dir);

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

/* A message when the folder itself cannot be read ("" when it can). */
const char *library_problem(const Library *lib);

/* Reports each newly loaded document's problems to log ("storstil:
 * file:line: message"), or nothing when log is NULL (the default). */
void library_set_log(Library *lib, FILE *log);

/* The folder this library reads. */
const char *library_dir(const Library *lib);

#endif
