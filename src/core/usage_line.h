/* usage_line: the one line the kiosk logs for each counted record (usage.h)
 * and the reading of it back (storstil-stats). A line is
 *
 *   storstil: stats EVENT YYYY-MM-DDTHH[ n=N][ text=TITLE]
 *
 * EVENT one of visit, open, page, read, size, attract, seconds; the local
 * hour it fell in; n= for seconds; text= (last, to the line's end) for open,
 * page and a text's seconds. Whatever comes before "storstil: stats " (the
 * journal's time, host and process) is skipped. Nothing else is ever in it:
 * no finer time, no visitor, nothing linking two lines. */
#ifndef STORSTIL_USAGE_LINE_H
#define STORSTIL_USAGE_LINE_H

#include <stdbool.h>
#include <stddef.h>

#include "usage.h"

#define USAGE_LINE_MARK "storstil: stats "
#define USAGE_LINE_TITLE_MAX 200 /* bytes of a title kept in a line */
#define USAGE_LINE_MAX (sizeof USAGE_LINE_MARK + 64 + USAGE_LINE_TITLE_MAX)

typedef struct {
    UsageEvent event;
    char date[11];      /* "YYYY-MM-DD" */
    int hour;           /* 0..23 */
    int n;              /* seconds for USAGE_SECONDS, else 1 */
    char text[USAGE_LINE_TITLE_MAX + 1]; /* the title, "" when none */
} UsageLine;

/* Writes rec's line (no newline) into buf (USAGE_LINE_MAX bytes), with
 * title (NULL or "" for none) made one line: control characters become
 * spaces, and it is cut at a character's end. */
void usage_line_format(const UsageRecord *rec, const char *title, char *buf, size_t cap);

typedef enum {
    USAGE_LINE_OTHER,   /* not a stats line: another log line */
    USAGE_LINE_OK,
    USAGE_LINE_BAD      /* a stats line that does not read right (why says how) */
} UsageLineKind;

/* Reads one log line (len bytes, no newline needed) into out. */
UsageLineKind usage_line_parse(const char *line, size_t len, UsageLine *out, const char **why);

/* The event's name in lines ("visit"), or NULL. */
const char *usage_line_event_name(UsageEvent ev);

#endif
