/* doc: one text file of the storstil format, read into memory.
 *
 * A Doc owns one buffer, `text`, that holds every block's text (clean UTF-8,
 * LF-free, each block NUL-terminated). Blocks point into it by byte offset, so
 * layout can describe lines as byte ranges without copying.
 * The format is documented in README.md ("The text format"). */
#ifndef STORSTIL_DOC_H
#define STORSTIL_DOC_H

#include <stdbool.h>
#include <stddef.h>

#define DOC_MAX_BYTES (8u * 1024u * 1024u)

typedef enum {
    DOC_HEADING,   /* "# " (level 1) or "## " (level 2) */
    DOC_TURN,      /* first paragraph of a speaker's turn: draw the name */
    DOC_PARAGRAPH, /* ordinary paragraph; speaker >= 0 when it continues a turn */
    DOC_NOTE,      /* a line wholly inside [...], e.g. [skratt]; text excludes brackets */
    DOC_LIST_ITEM  /* "- " line; text excludes the dash */
} DocBlockKind;

typedef struct {
    DocBlockKind kind;
    int level;    /* heading level 1 or 2, else 0 */
    int speaker;  /* index into Doc.speakers, or -1 */
    size_t start; /* byte offset of the block's text in Doc.text */
    size_t len;   /* its length in bytes (the NUL after it not counted) */
    int line;     /* 1-based line of the source file it came from */
} DocBlock;

/* A timed part of the text: from byte `at` of Doc.text on, the recording's
 * words start at `ms` (README, "The text format": `timed: yes` and stamps). */
typedef struct {
    size_t at; /* byte offset in Doc.text where the timed part starts */
    long ms;   /* its start in the recording, in milliseconds */
} DocTime;

/* Room for one stamp as doc_time_format writes it, NUL included. */
#define DOC_TIME_STAMP_MAX 32

typedef struct {
    int line;      /* 1-based source line, 0 when it concerns the whole file */
    char *message; /* English, one line, no trailing newline */
} DocProblem;

typedef struct Doc {
    char *path;      /* as given to doc_load or doc_parse */
    char *name;      /* file name without folders, for messages */
    char *title;     /* never NULL: header title, else first line, else name */
    char *subtitle, *series, *episode, *date, *kind, *source; /* NULL if absent */
    char *language;  /* the header's "sv" or "en" (the voice that reads it aloud); NULL: Swedish */
    char **speakers; /* display names in declaration order */
    int n_speakers;
    char **quotes;   /* `quote:` header lines in order: the attract screen's quotes */
    int n_quotes;
    char **hyphenation;  /* `hyphenation:` words, as written ("samverkans|uppdrag") */
    size_t n_hyphenation;
    bool hyphenation_settled; /* the header has the key: the importer settled its words */
    bool timed;      /* the header says `timed: yes`: the body's stamps were read */
    DocTime *times;  /* sorted by `at`, `ms` non-decreasing; NULL when none */
    size_t n_times;
    char *text; /* all block texts, each followed by a NUL */
    size_t text_len;
    DocBlock *blocks;
    size_t n_blocks;
    size_t n_words;  /* words in the body, for reading-time estimates */
    DocProblem *problems;
    size_t n_problems;
    bool broken; /* true when the document cannot be shown (see problems) */
} Doc;

/* Reads and parses the file at `path`; never returns NULL except when memory
 * runs out. A file that cannot be read or shown comes back `broken` with its
 * reasons in `problems`; lesser problems (repaired UTF-8, a header without a
 * title) are listed too while the document stays usable. */
Doc *doc_load(const char *path);

/* Parses `len` bytes already in memory, as doc_load does after reading;
 * `path` names the source in problems. Never returns NULL except out of memory. */
Doc *doc_parse(const char *path, const char *bytes, size_t len);

/* True when the first non-blank line of bytes[0..len) is a header line of
 * the text format ("title: ...", any known key): the text is already in
 * storstil's format, as doc_parse reads it. */
bool doc_has_header(const char *bytes, size_t len);

/* Frees everything doc_load/doc_parse allocated; NULL is fine. */
void doc_free(Doc *doc);

/* Writes problem `i` as "name:line: message" into buf (truncating); returns buf. */
char *doc_problem_format(const Doc *doc, size_t i, char *buf, size_t size);

/* Index in doc->times of the last time at or before byte offset `byte` of
 * Doc.text, or -1 when there is none. */
ptrdiff_t doc_time_index_at(const Doc *doc, size_t byte);

/* The recording's time in ms of the last time at or before byte offset
 * `byte` of Doc.text, or -1 when there is none. */
long doc_time_ms_at(const Doc *doc, size_t byte);

/* Index in doc->times of the last part that starts at or before `ms` in the
 * recording, or -1 when there is none (ms before the first time). */
ptrdiff_t doc_time_index_for_ms(const Doc *doc, long ms);

/* Writes `ms` (>= 0) as a stamp of the text format, "{H:MM:SS.mmm}", into
 * buf (truncating; DOC_TIME_STAMP_MAX is always enough); returns buf. */
char *doc_time_format(long ms, char *buf, size_t size);

/* Length in bytes of what the text format reads as a time stamp at the
 * start of s[0..n): "{", digits, colons and full stops with at least one
 * digit and one colon, "}"; 0 when s does not start with one. Whether the
 * stamp is well formed is doc_time_parse's question. */
size_t doc_time_stamp_len(const char *s, size_t n);

/* The time of the stamp s[0..n) (as doc_time_stamp_len measured it) in ms,
 * or -1 when it is not {H:MM:SS.mmm} with minutes and seconds under 60. */
long doc_time_parse(const char *s, size_t n);

#endif
