/* text: shared character- and word-level helpers for the importer.
 * Owns the importer's idea of a "word" and of a sentence end; it never
 * allocates except in the three functions that return new strings. */
#include "text.h"

#include <string.h>

#include "buf.h"
#include "core/utf8.h"

bool import_text_is_upper(uint32_t cp)
{
    return utf8_is_letter(cp) && utf8_lower(cp) != cp;
}

bool import_text_is_lower(uint32_t cp)
{
    return utf8_is_letter(cp) && utf8_upper(cp) != cp;
}

/* True for a letter or U+FFFD (which stands for lost letters in damaged text). */
static bool is_word_cp(uint32_t cp)
{
    return cp == UTF8_REPLACEMENT || utf8_is_letter(cp);
}

/* Quotes and brackets that may open a sentence or close one. */
static bool is_quote(uint32_t cp)
{
    return cp == '"' || cp == '\'' || cp == '(' || cp == ')' || cp == '[' || cp == ']' ||
           cp == 0x201D || cp == 0x201C || cp == 0x2019 || cp == 0x2018 || cp == 0xBB ||
           cp == 0xAB || cp == 0x201E;
}

/* First code point of s[0..len) after skipping spaces and opening quotes or
 * brackets; 0 when there is none. */
static uint32_t first_letterish(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (cp != ' ' && !is_quote(cp)) return cp;
        i += n;
    }
    return 0;
}

/* Decodes the code point that ends at byte `end` (exclusive); returns its start. */
static size_t prev_cp(const char *s, size_t end, uint32_t *cp)
{
    size_t i = end;
    do {
        i--;
    } while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80 && end - i < 4);
    utf8_decode(s + i, end - i, cp);
    return i;
}

bool import_text_ends_sentence(const char *s, size_t len)
{
    size_t end = len;
    while (end > 0) {
        uint32_t cp;
        size_t st = prev_cp(s, end, &cp);
        if (cp == ' ' || (is_quote(cp) && cp != '(' && cp != '[')) {
            end = st;
            continue;
        }
        return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
    }
    return false;
}

bool import_text_starts_lower(const char *s, size_t len)
{
    return import_text_is_lower(first_letterish(s, len));
}

int import_text_count_words(const char *s, size_t len)
{
    int n = 0;
    bool in = false;
    for (size_t i = 0; i < len; i++) {
        bool sp = s[i] == ' ';
        if (!sp && !in) n++;
        in = !sp;
    }
    return n;
}

size_t import_text_cp_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

bool import_text_is_all_caps(const char *s, size_t len)
{
    int letters = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += utf8_decode(s + i, len - i, &cp);
        if (import_text_is_lower(cp)) return false;
        if (import_text_is_upper(cp)) letters++;
    }
    return letters >= 2;
}

bool import_text_next_word(const char *s, size_t len, size_t *pos, size_t *start, size_t *wlen)
{
    size_t i = *pos;
    while (i < len) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (is_word_cp(cp)) break;
        i += n;
    }
    if (i >= len) {
        *pos = len;
        return false;
    }
    size_t b = i;
    while (i < len) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (!is_word_cp(cp)) break;
        i += n;
    }
    *start = b;
    *wlen = i - b;
    *pos = i;
    return true;
}

/* Copies s with each code point mapped: mode 0 lower, 1 title case, 2 capitalize. */
static char *map_case(const char *s, size_t len, int mode)
{
    ImportBuf b = {0};
    bool word_start = true, first_letter_done = false;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += utf8_decode(s + i, len - i, &cp);
        uint32_t out = cp;
        if (mode == 0) {
            out = utf8_lower(cp);
        } else if (mode == 1) {
            if (utf8_is_letter(cp)) {
                out = word_start ? utf8_upper(cp) : utf8_lower(cp);
                word_start = false;
            } else {
                word_start = (cp == ' ' || cp == '-');
            }
        } else if (!first_letter_done && utf8_is_letter(cp)) {
            out = utf8_upper(cp);
            first_letter_done = true;
        }
        import_buf_addcp(&b, out);
    }
    return import_buf_take(&b);
}

char *import_text_lower(const char *s, size_t len)
{
    return map_case(s, len, 0);
}

char *import_text_title_case(const char *s, size_t len)
{
    return map_case(s, len, 1);
}

char *import_text_capitalize(const char *s, size_t len)
{
    return map_case(s, len, 2);
}
