/* options: the command line, layered over the config file.
 *
 * The config file is found and read first (config.h); flags then override
 * it. Like the config file, a bad flag value never stops the kiosk: one
 * warning line and the value stays as it was. SDL-free. */
#ifndef STORSTIL_OPTIONS_H
#define STORSTIL_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

#include "config.h"

typedef enum {
    OPTIONS_RUN,          /* the kiosk */
    OPTIONS_DUMP_PAGES,   /* --dump-pages FILE: print the layout, no window */
    OPTIONS_CHECK,        /* --check: load every document, report, exit */
    OPTIONS_HELP,
    OPTIONS_VERSION,
    OPTIONS_PRINT_CONFIG  /* --print-config: the example config, from the table */
} OptionsMode;

typedef struct {
    OptionsMode mode;
    Config cfg;
    int width, height;        /* --size WxH; 0 = the display's size */
    const char *dump_file;    /* --dump-pages */
    const char *script;       /* --script FILE (tests and screenshots) */
    const char *screenshot;   /* --screenshot FILE.png */
    const char *config_path;  /* the config file read, or NULL */
} Options;

/* Fills o from argv (argv[0] skipped). Warnings go to `warnings`. Returns 0,
 * or 2 after a message when a flag that takes a value comes last. */
int options_parse(Options *o, int argc, char **argv, FILE *warnings);

/* Writes the usage text: what staff and users run (the flags that set a
 * config key from config's table). The flags for tests (--script,
 * --screenshot) are in README.md, not here. */
void options_usage(FILE *out);

#endif
