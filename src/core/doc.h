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

#endif
