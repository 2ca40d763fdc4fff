/* cueblocks: from cues to blocks.
 * Owns the rules by which a timed transcript's cues become turns and
 * paragraphs (see cueblocks.h): voices and "Name:" labels, joining cues,
 * paragraph breaks, rolling captions, notes, readable speaker names, and
 * which cue starts keep their time (each block's first, and each later cue
 * that goes on in the same paragraph at least PART_MIN_MS after the time
 * before; never a broken time or one that goes back).
 * The markup inside cues is cuetext.c's; the output format is writer.c's. */
#include "cueblocks.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cuetext.h"
#include "labels.h"
#include "text.h"
#include "writer.h"
#include "core/utf8.h"

#define PARAGRAPH_PAUSE_MS 2000 /* a pause this long after a sentence starts a paragraph */
#define PARAGRAPH_WORDS 100     /* a paragraph this long breaks at its next sentence end */
#define MAX_NAME_BYTES 100
#define MAX_TALLY 512 /* names counted as possible labels; bounds the work on odd files */
#define PART_MIN_MS 1000 /* a cue's time inside a paragraph is kept this long after the last:
                            word-by-word cues (Podcasting 2.0 JSON often) get a stamp about
                            every three words, not one before each word */

typedef struct {
    int line;
    long start_ms, end_ms;
    char *voice; /* NULL when the cue names none */
    char *text;  /* plain, lines separated by '\n' */
    bool change; /* a dialogue dash or ">>" said another voice starts here */
} Piece;

typedef struct {
    Piece *v;
    size_t n;
} Pieces;

/* Every cue's segments, in order. */
static Pieces pieces_of(const ImportCues *cues)
{
    Pieces p = {0};
    for (size_t i = 0; i < cues->n; i++) {
        const ImportCue *q = &cues->v[i];
        size_t ns;
        ImportCueSeg *segs;
        if (q->markup) {
            segs = import_cuetext_segments(q->text, strlen(q->text), &ns);
        } else {
            ns = 1;
            segs = import_xmalloc(sizeof *segs);
            segs->voice = q->voice ? import_xstrndup(q->voice, strlen(q->voice)) : NULL;
            segs->text = import_xstrndup(q->text, strlen(q->text));
        }
        p.v = import_xrealloc(p.v, (p.n + ns) * sizeof *p.v);
        for (size_t k = 0; k < ns; k++)
            p.v[p.n++] = (Piece){q->line, q->start_ms, q->end_ms, segs[k].voice, segs[k].text, false};
        free(segs);
    }
    return p;
}

static void pieces_free(Pieces *p)
{
    for (size_t i = 0; i < p->n; i++) free(p->v[i].voice), free(p->v[i].text);
    free(p->v);
}

/* The trimmed lines of a piece's text (spans into it); a new array of *n. */
static ImportSpan *lines_of(const char *text, size_t *n)
{
    ImportSpan *L = import_cues_lines(text, strlen(text), n);
    size_t k = 0;
    for (size_t i = 0; i < *n; i++) {
        ImportSpan l = L[i];
        while (l.len && (*l.s == ' ' || *l.s == '\t')) l.s++, l.len--;
        while (l.len && (l.s[l.len - 1] == ' ' || l.s[l.len - 1] == '\t')) l.len--;
        if (l.len) L[k++] = l;
    }
    *n = k;
    return L;
}

static bool same(ImportSpan a, ImportSpan b)
{
    return a.len == b.len && memcmp(a.s, b.s, a.len) == 0;
}

/* How many leading lines of cur repeat the trailing lines of prev. */
static size_t overlap(const ImportSpan *prev, size_t np, const ImportSpan *cur, size_t nc)
{
    for (size_t k = np < nc ? np : nc; k > 0; k--) {
        size_t j = 0;
        while (j < k && same(prev[np - k + j], cur[j])) j++;
        if (j == k) return k;
    }
    return 0;
}

/* Drops the repeated lines of rolling captions, when the file shows them:
 * at least two cues, and a third of all, open with the line the cue before
 * ended with. */
static void drop_rolling(Pieces *p)
{
    size_t pairs = 0, hits = 0;
    for (size_t i = 1; i < p->n; i++) {
        size_t na, nb;
        ImportSpan *a = lines_of(p->v[i - 1].text, &na), *b = lines_of(p->v[i].text, &nb);
        if (na && nb) {
            pairs++;
            if (same(a[na - 1], b[0])) hits++;
        }
        free(a);
        free(b);
    }
    if (hits < 2 || hits * 3 < pairs) return;
    char *prev = NULL; /* the previous piece as the file had it */
    for (size_t i = 0; i < p->n; i++) {
        char *orig = p->v[i].text;
        if (prev) {
            size_t na, nb;
            ImportSpan *a = lines_of(prev, &na), *b = lines_of(orig, &nb);
            size_t k = overlap(a, na, b, nb);
            ImportBuf t = {0};
            for (size_t j = k; j < nb; j++) {
                if (t.len) import_buf_addc(&t, '\n');
                import_buf_add(&t, b[j].s, b[j].len);
            }
            free(a);
            free(b);
            p->v[i].text = import_buf_take(&t);
        } else {
            p->v[i].text = import_xstrndup(orig, strlen(orig));
        }
        free(prev);
        prev = orig;
    }
    free(prev);
}

/* True for what a cue's text must not keep: control characters, U+FFFD
 * (invalid bytes), a stray BOM. */
static bool unwanted(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == UTF8_REPLACEMENT || cp == 0xFEFF;
}

/* The length of a dialogue marker ("- ", "– ", ">> ") opening the line, or 0. */
static size_t dash(ImportSpan l)
{
    static const char *const marks[] = {"- ", "\xE2\x80\x93 ", "\xE2\x80\x94 ", ">> ", ">>"};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t n = strlen(marks[k]);
        if (l.len > n && memcmp(l.s, marks[k], n) == 0) return n;
    }
    return 0;
}

/* A voiceless cue whose every line opens with a dialogue marker holds one
 * voice a line, as subtitles write a conversation: each line becomes a
 * piece of its own, without the marker, that starts a new paragraph. A cue
 * that opens with YouTube's ">>" starts a paragraph, without the ">>". */
static void split_dialogue(Pieces *p)
{
    Pieces out = {0};
    for (size_t i = 0; i < p->n; i++) {
        Piece *q = &p->v[i];
        size_t n, k = 0;
        ImportSpan *L = lines_of(q->text, &n);
        while (!q->voice && k < n && dash(L[k])) k++;
        out.v = import_xrealloc(out.v, (out.n + n + 1) * sizeof *out.v);
        if (n && k < n && !q->voice && L[0].len >= 2 && memcmp(L[0].s, ">>", 2) == 0) {
            /* YouTube marks only where the next voice starts. */
            ImportBuf t = {0};
            import_buf_add(&t, L[0].s + 2, strlen(L[0].s + 2));
            free(q->text);
            q->text = import_buf_take(&t);
            q->change = true;
            out.v[out.n++] = *q;
        } else if (n == 0 || k < n) {
            out.v[out.n++] = *q;
        } else {
            for (k = 0; k < n; k++) {
                size_t m = dash(L[k]);
                out.v[out.n++] = (Piece){q->line, q->start_ms, q->end_ms, NULL,
                                         import_xstrndup(L[k].s + m, L[k].len - m), true};
            }
            free(q->text);
        }
        free(L);
    }
    free(p->v);
    *p = out;
}

/* A speaker's name made readable: spaces collapsed, ',' and ':' gone
 * ("Sahlén, Eva" read as "Eva Sahlén"), capitals in title case. NULL when
 * nothing is left. */
static char *readable_name(const char *s, size_t len)
{
    const char *comma = memchr(s, ',', len);
    ImportBuf b = {0};
    if (comma && !memchr(comma + 1, ',', len - (size_t)(comma - s) - 1)) {
        import_buf_add(&b, comma + 1, len - (size_t)(comma - s) - 1);
        import_buf_addc(&b, ' ');
        import_buf_add(&b, s, (size_t)(comma - s));
    } else {
        import_buf_add(&b, s, len);
    }
    char *raw = import_buf_take(&b);
    size_t rl = strlen(raw);
    for (size_t k = 0; k < rl && b.len < MAX_NAME_BYTES;) {
        uint32_t cp;
        k += utf8_decode(raw + k, rl - k, &cp);
        if (cp == ',' || cp == ':' || unwanted(cp)) cp = ' ';
        if (cp == ' ' && (b.len == 0 || b.s[b.len - 1] == ' ')) continue;
        import_buf_addcp(&b, cp);
    }
    free(raw);
    while (b.len && b.s[b.len - 1] == ' ') b.s[--b.len] = '\0';
    if (!b.len) {
        import_buf_free(&b);
        return NULL;
    }
    if (!import_text_is_all_caps(b.s, b.len)) return import_buf_take(&b);
    char *tc = import_text_title_case(b.s, b.len);
    import_buf_free(&b);
    return tc;
}

/* The cue's lines joined by single spaces, unwanted characters gone (a new
 * string). */
static char *flatten(const char *text)
{
    size_t n;
    ImportSpan *L = lines_of(text, &n);
    ImportBuf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (b.len && b.s[b.len - 1] != ' ') import_buf_addc(&b, ' ');
        for (size_t k = 0; k < L[i].len;) {
            uint32_t cp;
            k += utf8_decode(L[i].s + k, L[i].len - k, &cp);
            if (cp == '\t') cp = ' ';
            if (unwanted(cp) || (cp == ' ' && (!b.len || b.s[b.len - 1] == ' '))) continue;
            import_buf_addcp(&b, cp);
        }
    }
    free(L);
    while (b.len && b.s[b.len - 1] == ' ') b.s[--b.len] = '\0';
    return import_buf_take(&b);
}

/* A "Name:" label opening a voiceless piece: its readable name, or NULL. */
static char *label_name(const char *text, ImportLabel *lab)
{
    if (!import_labels_match(text, strlen(text), lab) || lab->style != IMPORT_LABEL_COLON || text[0] == '?')
        return NULL;
    return readable_name(text + lab->name_start, lab->name_len);
}

typedef struct {
    char **names;
    int *counts;
    size_t n;
} Tally;

static int tally_find(const Tally *t, const char *name)
{
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->names[i], name) == 0) return (int)i;
    return -1;
}

static void tally_add(Tally *t, const char *name, int add)
{
    int i = tally_find(t, name);
    if (i < 0 && t->n == MAX_TALLY) return; /* no transcript has that many voices */
    if (i < 0) {
        t->names = import_xrealloc(t->names, (t->n + 1) * sizeof *t->names);
        t->counts = import_xrealloc(t->counts, (t->n + 1) * sizeof *t->counts);
        t->names[t->n] = import_xstrndup(name, strlen(name));
        t->counts[t->n] = 0;
        i = (int)t->n++;
    }
    t->counts[i] += add;
}

static void tally_free(Tally *t)
{
    for (size_t i = 0; i < t->n; i++) free(t->names[i]);
    free(t->names);
    free(t->counts);
}

/* Counts the names that open voiceless cues; a voice counts as two, since
 * the file itself says it is a speaker. */
static Tally label_tally(const Pieces *p)
{
    Tally t = {0};
    for (size_t i = 0; i < p->n; i++) {
        char *name;
        if (p->v[i].voice) {
            name = readable_name(p->v[i].voice, strlen(p->v[i].voice));
            if (name) tally_add(&t, name, 2);
        } else {
            char *flat = flatten(p->v[i].text);
            ImportLabel lab;
            name = label_name(flat, &lab);
            if (name) tally_add(&t, name, 1);
            free(flat);
        }
        free(name);
    }
    return t;
}

typedef struct {
    ImportBlocks *B;
    bool open;
    ImportBlock cur;
    ImportBuf buf;
    int words;
    int speaker;       /* speaker of the running turn, -1 before any */
    bool turn_pending; /* a label stood alone: the next text starts the turn */
    long pending_ms;   /* that label's start, for the turn's text */
    long last_end;
    long last_ms;      /* the last time kept, -1 before any */
} Walk;

static void close_par(Walk *w)
{
    if (!w->open) return;
    w->cur.text = import_buf_take(&w->buf);
    import_blocks_push(w->B, w->cur);
    w->open = false;
}

static void open_par(Walk *w, ImportBlockKind kind, int speaker, int line)
{
    close_par(w);
    w->open = true;
    w->cur = (ImportBlock){kind, 0, speaker, NULL, line, false, NULL, 0};
    w->words = 0;
}

/* Keeps `ms` as the time of blk's text from byte `at` on, unless it is
 * unknown, earlier than the last time kept (the loader would drop it), or
 * less than PART_MIN_MS after the time before it in the block. */
static void keep_time(Walk *w, ImportBlock *blk, size_t at, long ms)
{
    if (ms < 0 || ms < w->last_ms) return;
    if (blk->n_times && ms - blk->times[blk->n_times - 1].ms < PART_MIN_MS) return;
    blk->times = import_xrealloc(blk->times, (blk->n_times + 1) * sizeof *blk->times);
    blk->times[blk->n_times++] = (DocTime){at, ms};
    w->last_ms = ms;
}

/* A whole cue in brackets, "[Musik]": a note. */
static bool is_note(const char *s)
{
    size_t n = strlen(s);
    return n >= 2 && s[0] == '[' && s[n - 1] == ']' && !memchr(s + 1, ']', n - 2) && !memchr(s + 1, '[', n - 2);
}

/* Whether a piece that goes on in the same turn starts a new paragraph. */
static bool paragraph_break(const Walk *w, const Piece *p)
{
    if (!w->open) return true;
    if (!import_text_ends_sentence(w->buf.s, w->buf.len)) return false;
    long gap = (p->start_ms >= 0 && w->last_end >= 0) ? p->start_ms - w->last_end : 0;
    return gap >= PARAGRAPH_PAUSE_MS || w->words >= PARAGRAPH_WORDS;
}

/* The speaker a piece names (voice, or an accepted label, then *body moves
 * past it and *label is set), or -1. */
static int piece_speaker(Walk *w, const Tally *t, const Piece *p, const char *flat, const char **body,
                         bool *label)
{
    ImportLabel lab;
    char *name = p->voice ? readable_name(p->voice, strlen(p->voice)) : label_name(flat, &lab);
    int s = -1;
    int k = name && !p->voice ? tally_find(t, name) : -1;
    /* A label is a speaker when a voice has the name, when it opens cues
     * twice, or once when it is a full name ("Karin Ek:"); a single word seen
     * once ("VARNING:") stays text. */
    bool full_name = name && strchr(name, ' ') != NULL;
    if (name && (p->voice || full_name || (k >= 0 && t->counts[k] >= 2))) {
        s = import_speakers_add_named(w->B->speakers, name, strlen(name));
        if (!p->voice) {
            *body = flat + lab.text_start;
            *label = true;
        }
    }
    free(name);
    return s;
}

static void walk_piece(Walk *w, const Tally *t, const Piece *p)
{
    char *flat = flatten(p->text);
    const char *body = flat;
    bool label = false;
    int s = piece_speaker(w, t, p, flat, &body, &label);
    if (s < 0) s = w->speaker;
    if (!import_writer_has_text(body)) {
        if (label) {
            close_par(w);
            w->speaker = s;
            w->turn_pending = true;
            w->pending_ms = p->start_ms;
        }
    } else if (is_note(body)) {
        close_par(w);
        char *inner = import_xstrndup(body + 1, strlen(body) - 2);
        if (import_writer_has_text(inner)) {
            ImportBlock note = {IMPORT_BLOCK_NOTE, 0, w->speaker, inner, p->line, false, NULL, 0};
            keep_time(w, &note, 0, p->start_ms);
            import_blocks_push(w->B, note);
        } else {
            free(inner);
        }
    } else {
        long ms = w->turn_pending && w->pending_ms >= 0 ? w->pending_ms : p->start_ms;
        if (s != w->speaker || label || w->turn_pending) {
            open_par(w, s >= 0 ? IMPORT_BLOCK_TURN : IMPORT_BLOCK_PARAGRAPH, s, p->line);
            w->speaker = s;
            w->turn_pending = false;
        } else if (p->change || paragraph_break(w, p)) {
            open_par(w, IMPORT_BLOCK_PARAGRAPH, s, p->line);
        }
        if (w->buf.len) import_buf_addc(&w->buf, ' ');
        keep_time(w, &w->cur, w->buf.len, ms);
        import_buf_adds(&w->buf, body);
        w->words += import_text_count_words(body, strlen(body));
    }
    if (p->end_ms >= 0) w->last_end = p->end_ms;
    free(flat);
}

ImportBlocks *import_cueblocks_build(const ImportCues *cues)
{
    ImportBlocks *B = import_xcalloc(1, sizeof *B);
    B->speakers = import_speakers_new();
    Pieces p = pieces_of(cues);
    drop_rolling(&p);
    split_dialogue(&p);
    Tally t = label_tally(&p);
    Walk w = {.B = B, .speaker = -1, .pending_ms = -1, .last_end = -1, .last_ms = -1};
    for (size_t i = 0; i < p.n; i++) walk_piece(&w, &t, &p.v[i]);
    close_par(&w);
    tally_free(&t);
    pieces_free(&p);
    return B;
}
