/* layout_break: one block's text broken into lines, left-aligned, ragged right.
 *
 * Owns where a line may end: at spaces (except inside "1 000" and before
 * punctuation), after a hyphen or a slash inside a word with enough letters
 * each side, at a good Swedish hyphenation point (hyphenate.h) only when that
 * helps (the word alone does not fit, or the line would stay under 70%
 * full), at any point when the word cannot fit on an empty line, and by
 * characters as the last resort. Words in capitals, hashtags, words with
 * digits and speakers' names move whole unless they cannot fit on a line. It never justifies: at large sizes stretched spaces open
 * rivers. It knows nothing of pages or vertical space (layout.c). */
#include <string.h>

#include "layout_internal.h"
#include "utf8.h"

#define MIN_SIDE HYPHENATE_MIN_LETTERS /* letters each side of any in-word break */
#define MAX_POINTS HYPHENATE_MAX_LETTERS

static int is_space(char ch) { return ch == ' ' || ch == '\t'; }
static int is_digit(char ch) { return ch >= '0' && ch <= '9'; }

static size_t skip_spaces(const char *t, size_t i, size_t end)
{
    while (i < end && is_space(t[i])) i++;
    return i;
}

static uint32_t cp_at(const char *t, size_t i, size_t end, size_t *k)
{
    uint32_t cp;
    *k = utf8_decode(t + i, end - i, &cp);
    return cp;
}

static int is_alnum_cp(uint32_t cp) { return (cp < 0x80 && is_digit((char)cp)) || utf8_is_letter(cp); }

/* True for characters a line must not start with (closing marks and dashes).
 * Swedish ” and » also open quotes, so they are not in the list. */
static int no_line_start(uint32_t cp)
{
    switch (cp) {
    case '.': case ',': case ';': case ':': case '!': case '?':
    case ')': case ']': case '}': case '%':
    case 0x2026: /* … */
    case 0x2013: /* – */
    case 0x2014: /* — */
        return 1;
    default:
        return 0;
    }
}

/* True when the space between word [a, b) and the word at n must not break:
 * before punctuation, and inside digit groups such as "1 000" or "12 500". */
static int glued(const char *t, size_t a, size_t b, size_t n, size_t end)
{
    size_t k;
    if (no_line_start(cp_at(t, n, end, &k))) return 1;
    size_t run = 0;
    while (b - run > a && is_digit(t[b - run - 1])) run++;
    if (run < 1 || run > 3) return 0;
    if (n + 3 > end || !is_digit(t[n]) || !is_digit(t[n + 1]) || !is_digit(t[n + 2]))
        return 0;
    return n + 3 == end || !is_digit(t[n + 3]);
}

/* End of the unbreakable unit starting at pos: a word plus the words glued to
 * it. A unit longer than LAYOUT_MEASURE_CAP is cut short at a character
 * boundary: it cannot fit on a line anyway, and scanning a 1 MB word for
 * every line of it would be quadratic. */
static size_t unit_end(const char *t, size_t pos, size_t end)
{
    size_t a = pos, stop = end - pos > LAYOUT_MEASURE_CAP + 4 ? pos + LAYOUT_MEASURE_CAP + 4 : end;
    while (stop < end && ((unsigned char)t[stop] & 0xC0) == 0x80) stop--;
    for (;;) {
        size_t b = a;
        while (b < stop && !is_space(t[b])) b++;
        if (b >= stop) return stop;
        size_t n = skip_spaces(t, b, end);
        if (n >= end || !glued(t, a, b, n, end)) return b;
        a = n;
    }
}

typedef struct {
    size_t pos; /* 0: no break found */
    int width;
    int hyphen;
} Break;

/* True when a letter run may be hyphenated at all: long enough, not an
 * acronym, not a hashtag, and not part of a code such as "covid19" (these
 * are cut by characters when they cannot fit on a line). */
static int run_hyphenable(const char *t, size_t r0, size_t r1, size_t u0, size_t letters)
{
    if (letters < 2 * MIN_SIDE) return 0;
    if (r0 > u0 && (is_digit(t[r0 - 1]) || t[r0 - 1] == '#')) return 0;
    if (is_digit(t[r1])) return 0; /* text is NUL-terminated */
    size_t i = r0, k;
    while (i < r1) {
        uint32_t cp = cp_at(t, i, r1, &k);
        if (utf8_upper(cp) != cp) return 1; /* has a lower-case letter */
        i += k;
    }
    return 0;
}

static int is_hyphen_cp(uint32_t cp) { return cp == '-' || cp == 0x2010; }

/* Where the unit's last hyphen or slash is (u0 when it has none): letter
 * runs before it are not hyphenated while the unit can break there instead. */
static size_t last_joint(const char *t, size_t u0, size_t limit)
{
    size_t at = u0;
    for (size_t i = u0; i < limit; i++)
        if (t[i] == '-' || t[i] == '/' || (i + 2 < limit && memcmp(t + i, "\xE2\x80\x90", 3) == 0))
            at = i;
    return at;
}

/* The latest break inside unit [u0, u1) whose first part fits in `room`:
 * after an inner hyphen or a slash always, at a good hyphenation point only
 * while the best break so far leaves the first part narrower than `want` (so
 * "FoU-podden" breaks after "FoU-" rather than as "FoU-pod-" when that fills
 * the line), and never inside a word that a later hyphen or slash in the unit
 * could break after instead. `alone`: the unit starts the line and does not
 * fit in it; then, when no such break fits, any hyphenation point does. */
static Break best_break(LayoutCtx *c, LayoutFace face, size_t u0, size_t u1, int room,
                        int want, int alone)
{
    const char *t = c->text;
    Break best = {0, 0, 0}, last = {0, 0, 0}; /* last: the last resort when alone */
    size_t limit = u1 - u0 > LAYOUT_MEASURE_CAP ? u0 + LAYOUT_MEASURE_CAP : u1;
    size_t joint = last_joint(t, u0, limit);
    size_t i = u0, k, alnum_before = 0;
    while (i < limit) {
        uint32_t cp = cp_at(t, i, u1, &k);
        if (utf8_is_letter(cp)) {
            size_t r = i, letters = 0;
            while (r < u1) {
                size_t kk;
                if (!utf8_is_letter(cp_at(t, r, u1, &kk))) break;
                r += kk;
                letters++;
            }
            int may = c->hyphen && run_hyphenable(t, i, r, u0, letters);
            int running = may && face != LAYOUT_FACE_NAME && r > joint && best.width < want;
            if (running || (may && alone)) {
                size_t pts[MAX_POINTS];
                unsigned char good[MAX_POINTS];
                size_t n = hyphenate_points(c->hyphen, t + i, r - i, pts, good, MAX_POINTS);
                for (size_t p = 0; p < n && i + pts[p] < limit; p++) {
                    int w = layout_width_hyphenated(c, face, u0, i + pts[p] - u0);
                    if (w > room) return best.pos ? best : last; /* longer prefixes are wider */
                    Break here = {i + pts[p], w, 1};
                    if (running && good[p]) best = here;
                    else if (alone) last = here;
                }
            }
            alnum_before += letters;
            i = r;
            continue;
        }
        if ((is_hyphen_cp(cp) || cp == '/') && alnum_before >= MIN_SIDE) {
            size_t after = 0, j = i + k;
            while (after < MIN_SIDE && j < u1) {
                size_t kk;
                if (!is_alnum_cp(cp_at(t, j, u1, &kk))) break;
                j += kk;
                after++;
            }
            if (after >= MIN_SIDE) {
                int w = layout_width(c, face, u0, i + k - u0);
                if (w > room) return best.pos ? best : last;
                best = (Break){i + k, w, 0};
            }
        }
        alnum_before = is_alnum_cp(cp) ? alnum_before + 1 : 0;
        i += k;
    }
    return best.pos ? best : last;
}

static int is_combining(uint32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

/* Start of the character that the combining marks at `pos` sit on: back
 * over them from pos, not before u0 (pos itself when none is there). */
static size_t cluster_start(const char *t, size_t u0, size_t pos, size_t u1)
{
    size_t k;
    while (pos > u0 && pos < u1 && is_combining(cp_at(t, pos, u1, &k))) {
        pos--;
        while (pos > u0 && ((unsigned char)t[pos] & 0xC0) == 0x80) pos--;
    }
    return pos;
}

/* Advances `n` code points from i (not past end). */
static size_t advance_cps(const char *t, size_t i, size_t end, size_t n)
{
    while (n-- > 0 && i < end) i += utf8_next_len(t + i, end - i);
    return i;
}

/* The longest prefix of [u0, u1) that fits in room, at least one character:
 * galloping then halving, so no measured span is much longer than a line. */
static size_t cut_chars(LayoutCtx *c, LayoutFace face, size_t u0, size_t u1, int room, int *width)
{
    const char *t = c->text;
    size_t good = advance_cps(t, u0, u1, 1);
    *width = layout_measure_span(c, face, u0, good - u0);
    size_t step = 1;
    int grew = 1;
    while (good < u1) {
        size_t probe = advance_cps(t, good, u1, step);
        int w = layout_measure_span(c, face, u0, probe - u0);
        if (w <= room) {
            good = probe;
            *width = w;
            if (grew) step *= 2;
        } else {
            if (step == 1) break;
            step /= 2;
            grew = 0;
        }
    }
    /* Do not leave an accent at the start of the next line: end this one
     * before the letter it sits on, found without measuring, then measured
     * once. A cluster that starts the line and does not fit in it (a letter
     * under thousands of accents) is cut where the line is full: backing up
     * to its letter would give a line per accent, each costing a line's
     * worth of measuring. */
    size_t base = cluster_start(t, u0, good, u1);
    if (base > u0 && base < good) {
        good = base;
        *width = layout_measure_span(c, face, u0, good - u0);
    }
    /* A cut at a space inside a glued unit ("Sweco –"): the line ends before
     * the space, so its width must not count it. */
    if (good > u0 && is_space(t[good - 1])) {
        while (good > u0 && is_space(t[good - 1])) good--;
        *width = layout_measure_span(c, face, u0, good - u0);
    }
    return good;
}

typedef struct {
    size_t end;  /* end of the line's text (trailing spaces trimmed by emit) */
    size_t next; /* where the next line starts */
    int width;   /* sum of the parts' widths */
    int units;
    unsigned hyphen;
} LineFit;

/* Fills one line from pos: whole units while they fit in `limit`, then the
 * best break inside the next unit, or a cut when the line is still empty.
 * `avail` is the real width, for the 70% rule. */
static LineFit fit_line(LayoutCtx *c, LayoutFace face, size_t pos, size_t end, int avail,
                        int limit)
{
    const char *t = c->text;
    int sp = layout_space_width(c, face);
    LineFit f = {pos, pos, 0, 0, 0};
    for (;;) {
        size_t u1 = unit_end(t, pos, end);
        int wu = layout_width(c, face, pos, u1 - pos);
        int before = f.units ? f.width + sp : 0;
        if (before + wu <= limit) {
            f.width = before + wu;
            f.units++;
            f.end = u1;
            pos = skip_spaces(t, u1, end);
            f.next = pos;
            if (pos >= end) return f;
            continue;
        }
        /* Hyphenate only where it helps: a word alone on its line, or a
         * line that would otherwise stay under 70% full. */
        int want = f.units == 0 ? limit : (int)((long)avail * 7 / 10) - before;
        Break b = best_break(c, face, pos, u1, limit - before, want, f.units == 0);
        if (b.pos) {
            f.end = f.next = b.pos;
            f.width = before + b.width;
            f.units++;
            if (b.hyphen) f.hyphen = LAYOUT_LINE_HYPHEN;
        } else if (f.units == 0) {
            f.end = cut_chars(c, face, pos, u1, limit, &f.width);
            f.next = skip_spaces(t, f.end, end);
            f.units = 1;
        }
        return f;
    }
}

/* Width of the whole line as it will be drawn, measured in one piece. */
static int real_width(LayoutCtx *c, LayoutFace face, size_t start, const LineFit *f)
{
    size_t end = f->end;
    while (end > start && is_space(c->text[end - 1])) end--;
    return f->hyphen ? layout_width_hyphenated(c, face, start, end - start)
                     : layout_measure_span(c, face, start, end - start);
}

static void emit(LayoutCtx *c, size_t start, size_t end, int x, int w, LayoutFace face,
                 unsigned flags, int speaker, size_t block)
{
    while (end > start && is_space(c->text[end - 1])) end--;
    LayoutLine *l = layout_push_line(c);
    if (!l) return;
    l->start = start;
    l->len = end - start;
    l->x = x;
    l->w = w;
    l->face = (unsigned char)face;
    l->flags = (unsigned char)flags;
    l->speaker = speaker;
    l->block = block;
}

void layout_break_block(LayoutCtx *c, size_t start, size_t end, LayoutFace face,
                        int x, int avail, size_t block, int speaker, unsigned first_flags)
{
    unsigned flags = first_flags;
    size_t pos = skip_spaces(c->text, start, end);
    while (pos < end && !c->oom) {
        /* A line's width is the sum of its words and spaces, but a font
         * draws the whole line with kerning and sub-pixel advances: with
         * Atkinson Hyperlegible (light hinting) the whole was up to 1.3 px
         * per word wider than the sum, over every text and size. So a line
         * that ends within two pixels per word of the edge is measured once
         * whole, and refilled narrower if it overflows. */
        int limit = avail;
        LineFit f = fit_line(c, face, pos, end, avail, limit);
        for (int tries = 0; tries < 8 && f.width + 2 * f.units + 2 > avail; tries++) {
            int real = real_width(c, face, pos, &f);
            if (real <= avail || f.units == 0 || limit <= 1) {
                if (real <= avail) f.width = real;
                break;
            }
            /* The sum must shrink at least by the overshoot: refit below it. */
            limit = f.width - (real - avail);
            if (limit < 1) limit = 1;
            f = fit_line(c, face, pos, end, avail, limit);
        }
        emit(c, pos, f.end, x, f.width, face, flags | f.hyphen, speaker, block);
        pos = f.next;
        flags = 0;
    }
}
