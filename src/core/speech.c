/* speech: owns the speech plan of a page: which of the page's lines are
 * read, how they are cut into sentences, the text handed to the speech
 * engine and the map from its positions back to doc->text. It must not
 * speak, play, draw or know any engine's API beyond its counting of text
 * positions in code points; the kiosk's speaker does those. */
#include "speech.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

struct SpeechPlan {
    char *text;
    size_t len, cap;
    int chars; /* code points in text so far */
    SpeechSentence *s;
    size_t n, cap_s;
    int words;
    bool english; /* the doc's language: en */
    bool oom;
};

static void append(SpeechPlan *p, const char *src, size_t n)
{
    if (p->oom) return;
    if (p->len + n + 1 > p->cap) {
        size_t cap = p->cap ? p->cap : 256;
        while (p->len + n + 1 > cap) cap *= 2;
        char *t = realloc(p->text, cap);
        if (!t) {
            p->oom = true;
            return;
        }
        p->text = t;
        p->cap = cap;
    }
    memcpy(p->text + p->len, src, n);
    p->len += n;
    p->text[p->len] = '\0';
    for (size_t i = 0; i < n; i++) p->chars += ((unsigned char)src[i] & 0xC0) != 0x80;
}

static int count_words(const char *s, size_t n)
{
    int words = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool space = s[i] == ' ' || s[i] == '\t';
        if (!space && !in) words++;
        in = !space;
    }
    return words;
}

/* Appends one sentence reading src[0..n), then sep, and records where it
 * came from. */
static void add_sentence(SpeechPlan *p, const char *src, size_t n, const char *sep, SpeechSentence s)
{
    if (p->oom || n == 0) return;
    if (p->n == p->cap_s) {
        size_t cap = p->cap_s ? p->cap_s * 2 : 16;
        SpeechSentence *t = realloc(p->s, cap * sizeof *t);
        if (!t) {
            p->oom = true;
            return;
        }
        p->s = t;
        p->cap_s = cap;
    }
    s.say_start = p->len;
    s.char_start = p->chars;
    s.words = count_words(src, n);
    append(p, src, n);
    s.say_end = p->len;
    append(p, sep, strlen(sep));
    if (p->oom) return;
    p->words += s.words;
    p->s[p->n++] = s;
}

static void add_name(SpeechPlan *p, const Doc *doc, int speaker, size_t block)
{
    if (speaker < 0 || speaker >= doc->n_speakers) return;
    const char *name = doc->speakers[speaker];
    size_t at = doc->blocks[block].start;
    /* "Name:" and a pause, as the page shows it */
    add_sentence(p, name, strlen(name), ": ",
                 (SpeechSentence){.doc_start = at, .doc_end = at, .block = block, .name_speaker = speaker});
}

static bool is_space(char c) { return c == ' ' || c == '\t'; }

/* True when a sentence ends at text[i] (its last byte): ".", "!", "?" or
 * "…", then any closing quotes or brackets, then a space before a word
 * that does not start in lower case ("t.ex. att" goes on). */
static bool sentence_ends(const char *t, size_t i, size_t end, size_t *next)
{
    unsigned char c = (unsigned char)t[i];
    bool stop = c == '.' || c == '!' || c == '?' ||
                (c == 0xA6 && i >= 2 && (unsigned char)t[i - 2] == 0xE2 && (unsigned char)t[i - 1] == 0x80);
    if (!stop) return false;
    size_t j = i + 1;
    while (j < end && strchr("\"')]\xC2\xBB\xE2\x80\x9D", t[j]) && t[j]) j++;
    if (j >= end || !is_space(t[j])) return false;
    while (j < end && is_space(t[j])) j++;
    if (j >= end) return false;
    uint32_t cp;
    utf8_decode(t + j, end - j, &cp);
    if (utf8_upper(cp) != cp) return false;
    *next = j;
    return true;
}

/* Cuts doc->text[start, end) of block b into sentences, leaving out what
 * ends before `from`; `closes` says the block ends here. */
static void add_range(SpeechPlan *p, const Doc *doc, size_t b, size_t start, size_t end, size_t from,
                      bool closes)
{
    const char *t = doc->text;
    size_t s = start;
    while (s < end) {
        size_t e = end, next = end;
        for (size_t i = s; i < end; i++)
            if (sentence_ends(t, i, end, &next)) {
                e = i + 1;
                break;
            }
        size_t ds = s < from ? from : s;
        while (e > ds && is_space(t[e - 1])) e--;
        if (e > from && e > ds)
            add_sentence(p, t + ds, e - ds, " ", (SpeechSentence){.doc_start = ds, .doc_end = e, .block = b,
                                                             .name_speaker = -1});
        s = next;
    }
    if (closes && p->len >= 2 && !p->oom && p->n && p->s[p->n - 1].block == b) {
        char last = p->text[p->len - 2];
        if (!strchr(".!?:;", last)) {
            p->len--; /* the space after the sentence */
            p->chars--;
            append(p, ". ", 2);
        }
        append(p, "\n", 1);
    }
}

SpeechPlan *speech_plan_new(const Doc *doc, const Layout *layout, size_t page, size_t from)
{
    SpeechPlan *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->english = doc->language && !strcmp(doc->language, "en");
    append(p, "", 0);
    size_t n;
    const LayoutLine *lines = layout_page_lines(layout, page, &n);
    for (size_t i = 0; i < n && !p->oom;) {
        const LayoutLine *l = &lines[i];
        const DocBlock *blk = &doc->blocks[l->block];
        if (l->face == LAYOUT_FACE_NOTE) {
            i++;
            continue;
        }
        if (l->face == LAYOUT_FACE_NAME) {
            if (blk->start >= from) add_name(p, doc, l->speaker, l->block);
            i++;
            continue;
        }
        size_t start = l->start, end = l->start + l->len, j = i + 1;
        for (; j < n && lines[j].block == l->block && lines[j].face != LAYOUT_FACE_NAME; j++)
            end = lines[j].start + lines[j].len;
        add_range(p, doc, l->block, start, end, from, end >= blk->start + blk->len);
        i = j;
    }
    if (p->oom) {
        speech_plan_free(p);
        return NULL;
    }
    return p;
}

void speech_plan_free(SpeechPlan *plan)
{
    if (!plan) return;
    free(plan->text);
    free(plan->s);
    free(plan);
}

const char *speech_plan_text(const SpeechPlan *plan, size_t *len)
{
    *len = plan->len;
    return plan->text;
}

size_t speech_plan_count(const SpeechPlan *plan) { return plan->n; }

const SpeechSentence *speech_plan_sentence(const SpeechPlan *plan, size_t i)
{
    return i < plan->n ? &plan->s[i] : NULL;
}

int speech_plan_sentence_at(const SpeechPlan *plan, int text_position)
{
    int at = text_position - 1, found = -1;
    size_t lo = 0, hi = plan->n; /* the last sentence with char_start <= at */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (plan->s[mid].char_start <= at) {
            found = (int)mid;
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return found;
}

/* The sentence of mark i, never before the first. */
static int mark_sentence(const SpeechPlan *plan, const SpeechMark *m)
{
    int s = speech_plan_sentence_at(plan, m->text_position);
    return s < 0 ? 0 : s;
}

int speech_plan_sentence_heard(const SpeechPlan *plan, const SpeechMark *marks, size_t n, int64_t end,
                               int64_t now)
{
    if (plan->n == 0) return -1;
    size_t lo = 0, hi = n; /* k: the first mark after now */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (marks[mid].sample <= now) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return 0; /* before the first word sounds: the first sentence */
    size_t k = lo - 1, first = k, next = lo;
    int s0 = mark_sentence(plan, &marks[k]);
    while (first > 0 && mark_sentence(plan, &marks[first - 1]) == s0) first--;
    while (next < n && mark_sentence(plan, &marks[next]) == s0) next++;
    int s1 = next < n ? mark_sentence(plan, &marks[next]) : (int)plan->n;
    int64_t t0 = marks[first].sample, t1 = next < n ? marks[next].sample : end;
    if (s1 <= s0 + 1 || t1 <= t0) return s0; /* no sentence skipped, or no end known */
    /* s0 .. s1-1 share t0 .. t1 by their words (a name's one word at least) */
    int64_t words = 0, upto = 0;
    for (int i = s0; i < s1; i++) words += plan->s[i].words > 0 ? plan->s[i].words : 1;
    for (int i = s0; i < s1; i++) {
        upto += plan->s[i].words > 0 ? plan->s[i].words : 1;
        if (now < t0 + (t1 - t0) * upto / words) return i;
    }
    return s1 - 1;
}

int speech_plan_words(const SpeechPlan *plan) { return plan->words; }

const char *speech_plan_voice(const SpeechPlan *plan) { return plan->english ? "en" : "sv"; }

bool speech_sentence_on_line(const SpeechSentence *s, const LayoutLine *line, size_t *from, size_t *to)
{
    if (s->name_speaker >= 0) {
        if (line->face != LAYOUT_FACE_NAME || line->block != s->block) return false;
        *from = 0;
        *to = line->len;
        return true;
    }
    if (line->face == LAYOUT_FACE_NAME || line->face == LAYOUT_FACE_NOTE) return false;
    size_t lo = s->doc_start > line->start ? s->doc_start : line->start;
    size_t end = line->start + line->len, hi = s->doc_end < end ? s->doc_end : end;
    if (lo >= hi) return false;
    *from = lo - line->start;
    *to = hi - line->start;
    return true;
}
