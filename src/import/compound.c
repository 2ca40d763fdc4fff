/* compound: hunspell's sv_SE asked where a Swedish word's joints are.
 *
 * Owns the hunspell handle (about 15 MiB once loaded; hyphenate opens it
 * with the patterns). It judges the points libhyphen
 * found and knows nothing of lines. The rules, in order:
 * - a joint (both parts are words, the left one perhaps in its compound
 *   form: with its linking "s", its -o/-u for -a, or without its dropped
 *   final -a/-e) with four letters each side is good, and when a word has
 *   joints only joints are good. Joints are looked for at every letter, not only at libhyphen's
 *   points: the patterns often put them a letter off ("samverkan-suppdrag",
 *   "kommung-ränserna") or miss them ("Kompe-tenscenter"). An "s" that
 *   could end the left part or begin the right one makes no joint
 *   ("enkätunders|ökning" against "enkätunder|sökning");
 * - otherwise a point is good when the word is Swedish to hunspell and the
 *   right part has four letters or more and is not a word of its own after
 *   a left part that is none ("demokratire-form", "digitalise-ringen"); the
 *   others are kept only when the word has no better point;
 * - a word hunspell rejects with no joint (an English loan, a name) gets no
 *   good point: layout moves it whole. */
#include "compound.h"

#include <hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"

#define SHORT_WORD 5 /* a right part this short is a joint only after a known s-form */
#define PART_MAX (4 * 64) /* UTF-8 bytes of a word of HYPHENATE_MAX_LETTERS letters, and more */

struct Compound {
    Hunhandle *h;
};

Compound *compound_new(const char *aff_path, const char *dic_path)
{
    const char *aff = aff_path ? aff_path : COMPOUND_DEFAULT_AFF;
    const char *dic = dic_path ? dic_path : COMPOUND_DEFAULT_DIC;
    /* hunspell "loads" a missing file as an empty dictionary: check first. */
    FILE *fa = fopen(aff, "r"), *fd = fopen(dic, "r");
    int ok = fa && fd;
    if (fa) fclose(fa);
    if (fd) fclose(fd);
    if (!ok) return NULL;
    Compound *co = calloc(1, sizeof *co);
    if (!co) return NULL;
    co->h = Hunspell_create(aff, dic);
    if (!co->h) {
        free(co);
        return NULL;
    }
    return co;
}

void compound_free(Compound *co)
{
    if (!co) return;
    Hunspell_destroy(co->h);
    free(co);
}

/* True when hunspell accepts latin[a, b) followed by `tail` (NUL-terminated,
 * ASCII) as a word; sv_SE is UTF-8, so the letters are converted. */
static int is_word(Compound *co, const char *latin, size_t a, size_t b, const char *tail)
{
    char buf[PART_MAX + 8];
    size_t o = 0;
    for (size_t i = a; i < b && o + 2 < PART_MAX; i++)
        o += utf8_encode((unsigned char)latin[i], buf + o);
    size_t t = strlen(tail);
    if (o + t >= sizeof buf) return 0;
    memcpy(buf + o, tail, t + 1);
    return Hunspell_spell(co->h, buf) != 0;
}

/* True when the break after letter p is a compound's joint. hunspell knows
 * some compound forms ("verksamhets") but not all ("arbets"), so the linking
 * "s", -o/-u for -a and a dropped final -a/-e are guessed here. A right part
 * of five letters or fewer counts only after a form hunspell knows with its
 * "s" ("verksamhets|plan"): "grundlägg|ande", "hemtjänstperson|alen" and
 * "innanförs|kapet" pass the dictionary but are no joints. The right part
 * is asked first: few positions get past it. */
static int is_joint_guess(Compound *co, const char *latin, size_t letters, size_t p)
{
    if (p < COMPOUND_MIN_PART || letters - p < COMPOUND_MIN_PART) return 0;
    if (!is_word(co, latin, p, letters, "")) return 0;
    char end = latin[p - 1];
    if (letters - p <= SHORT_WORD) return end == 's' && is_word(co, latin, 0, p, "");
    if (is_word(co, latin, 0, p, "")) return 1;
    if (end == 's' && (is_word(co, latin, 0, p - 1, "") || is_word(co, latin, 0, p - 1, "e")))
        return 1; /* samverkan-s-, arbete: arbets- */
    if ((end == 'o' || end == 'u') && is_word(co, latin, 0, p - 1, "a")) return 1; /* hälso- */
    return is_word(co, latin, 0, p, "a") || is_word(co, latin, 0, p, "e"); /* skol-, pojk- */
}

/* A joint, unless an "s" at the break could end the left part or begin the
 * right one ("enkätunders|ökning" and "enkätunder|sökning"): such a pair is
 * a guess either way, and neither is used. */
static int is_joint(Compound *co, const char *latin, size_t letters, size_t p)
{
    if (!is_joint_guess(co, latin, letters, p)) return 0;
    if (latin[p - 1] == 's' && is_joint_guess(co, latin, letters, p - 1)) return 0;
    if (latin[p] == 's' && is_joint_guess(co, latin, letters, p + 1)) return 0;
    return 1;
}

/* True when the right part after letter p is a word by itself while the
 * left part is none: "demokratire-form" and "digitalise-ringen" read as
 * other words. */
static int misleads(Compound *co, const char *latin, size_t letters, size_t p)
{
    return is_word(co, latin, p, letters, "") && !is_word(co, latin, 0, p, "");
}

size_t compound_points(Compound *co, const char *latin, size_t letters, const size_t *pts,
                       size_t n, size_t *out, unsigned char *good, size_t max)
{
    size_t k = 0, i = 0;
    if (co) { /* the joints, wherever the patterns put their points */
        for (size_t p = COMPOUND_MIN_PART; p + COMPOUND_MIN_PART <= letters; p++) {
            if (!is_joint(co, latin, letters, p)) continue;
            for (; i < n && pts[i] < p && k < max; i++, k++) { /* points before it: last resort */
                out[k] = pts[i];
                good[k] = 0;
            }
            if (i < n && pts[i] == p) i++;
            if (k < max) {
                out[k] = p;
                good[k++] = 1;
            }
        }
    }
    if (k) { /* a compound: its other points only when it cannot fit */
        for (; i < n && k < max; i++, k++) {
            out[k] = pts[i];
            good[k] = 0;
        }
        return k;
    }
    n = n < max ? n : max;
    if (n == 0) return 0;
    for (i = 0; i < n; i++) out[i] = pts[i];
    if (co && !is_word(co, latin, 0, letters, "")) { /* not Swedish: whole */
        memset(good, 0, n);
        return n;
    }
    size_t plain = 0;
    for (i = 0; i < n; i++) {
        size_t right = letters - pts[i];
        good[i] = right >= COMPOUND_MIN_PART && !(co && misleads(co, latin, letters, pts[i]));
        plain += good[i];
    }
    if (!plain) /* only short right parts: the best there is */
        for (i = 0; i < n; i++)
            good[i] = !(co && misleads(co, latin, letters, pts[i]));
    return n;
}
