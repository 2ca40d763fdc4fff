/* parts: owns the map between a timed text's bytes and its recording's
 * moments, and the band of a part. It must not play, draw or read the
 * clock; doc_times.c owns the stamps' syntax and the search by byte or ms. */
#include "parts.h"

/* The byte where part i ends: the next part's start, or the text's end. */
static size_t part_end(const Doc *doc, size_t i)
{
    return i + 1 < doc->n_times ? doc->times[i + 1].at : doc->text_len;
}

/* The block holding byte `at` (the last one starting at or before it). */
static size_t block_of(const Doc *doc, size_t at)
{
    size_t lo = 0, hi = doc->n_blocks;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->blocks[mid].start <= at) lo = mid;
        else hi = mid;
    }
    return lo;
}

bool parts_band(const Doc *doc, ptrdiff_t i, SpeechSentence *band)
{
    if (i < 0 || (size_t)i >= doc->n_times) return false;
    size_t start = doc->times[i].at, end = part_end(doc, (size_t)i);
    while (end > start && (doc->text[end - 1] == ' ' || doc->text[end - 1] == '\0' || doc->text[end - 1] == '\n'))
        end--;
    *band = (SpeechSentence){.doc_start = start, .doc_end = end, .block = doc->n_blocks ? block_of(doc, start) : 0,
                             .name_speaker = -1};
    return true;
}

size_t parts_byte_at_ms(const Doc *doc, long ms)
{
    if (!doc->n_times) return 0;
    ptrdiff_t i = doc_time_index_for_ms(doc, ms);
    if (i < 0) return doc->times[0].at;
    const DocTime *t = &doc->times[i];
    if ((size_t)i + 1 >= doc->n_times) return t->at;
    const DocTime *next = t + 1;
    if (next->ms <= t->ms) return t->at;
    double share = (double)(ms - t->ms) / (double)(next->ms - t->ms);
    if (share > 1) share = 1;
    return t->at + (size_t)(share * (double)(next->at - t->at));
}

long parts_ms_at_byte(const Doc *doc, size_t byte)
{
    if (!doc->n_times) return -1;
    ptrdiff_t i = doc_time_index_at(doc, byte);
    if (i < 0) return doc->times[0].ms;
    const DocTime *t = &doc->times[i];
    if ((size_t)i + 1 >= doc->n_times || t[1].at <= t->at) return t->ms;
    double share = (double)(byte - t->at) / (double)(t[1].at - t->at);
    return t->ms + (long)(share * (double)(t[1].ms - t->ms));
}

long parts_page_ms(const Doc *doc, const Layout *layout, size_t page)
{
    if (!doc->n_times) return -1;
    size_t start = layout_page_offset(layout, page);
    size_t end = page + 1 < layout_page_count(layout) ? layout_page_offset(layout, page + 1) : doc->text_len + 1;
    ptrdiff_t i = doc_time_index_at(doc, start);
    if (i < 0 || doc->times[i].at < start) i++; /* the first part starting on the page */
    if ((size_t)i < doc->n_times && doc->times[i].at < end) return doc->times[i].ms;
    return parts_ms_at_byte(doc, start);
}
