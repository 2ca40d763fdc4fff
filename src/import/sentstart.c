/* sentstart: where a sentence starts in raw text, for the ligature repair
 * (a word whose first letters were lost gets a capital only there). Owns
 * that one judgement; it changes nothing. */
#include "sentstart.h"

#include <stdbool.h>
#include <string.h>

#include "text.h"
#include "core/utf8.h"

/* Whether the line [b, e) of text is a speaker's name alone: at most three
 * capitalised words, no punctuation, and a blank line or the text's start
 * before it (a wrapped line that ends in "Region Sörmland" is not one). */
static bool label_line(const char *text, size_t b, size_t e)
{
    while (e > b && text[e - 1] == ' ') e--;
    while (b < e && text[b] == ' ') b++;
    if (e == b || e - b > 40 || import_text_count_words(text + b, e - b) > 3) return false;
    uint32_t cp;
    utf8_decode(text + b, e - b, &cp);
    for (size_t k = b; k < e; k++)
        if (strchr(".,;:!?", text[k])) return false;
    if (!import_text_is_upper(cp)) return false;
    size_t i = b;
    while (i > 0 && text[i - 1] == ' ') i--;
    if (i == 0) return true;
    if (text[i - 1] != '\n') return false;
    i--;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\r')) i--;
    return i == 0 || text[i - 1] == '\n';
}

bool import_sentstart_ellipsis_ends(const char *text, size_t len)
{
    int upper = 0, lower = 0;
    for (size_t i = 0; i + 3 < len; i++) {
        size_t e = memcmp(text + i, "...", 3) == 0 || memcmp(text + i, "\xE2\x80\xA6", 3) == 0 ? i + 3 : 0;
        if (!e) continue;
        while (e < len && (text[e] == ' ' || text[e] == '\n' || text[e] == '\r')) e++;
        uint32_t cp;
        if (e >= len || e == i + 3) continue;
        utf8_decode(text + e, len - e, &cp);
        upper += import_text_is_upper(cp);
        lower += import_text_is_lower(cp);
        i = e - 1;
    }
    return upper > lower;
}

bool import_sentstart_at(const char *text, size_t start, bool ellipsis_ends)
{
    size_t i = start;
    bool first_newline = true;
    while (i > 0) {
        unsigned char c = (unsigned char)text[i - 1];
        if (c == ' ' || c == '"' || c == '(' || c == '-' || c == '\r') {
            i--;
            continue;
        }
        if (c == '\n') {
            size_t e = i - 1, b = e;
            while (b > 0 && text[b - 1] != '\n') b--;
            bool blank = true;
            for (size_t k = b; k < e; k++) blank &= text[k] == ' ' || text[k] == '\r';
            if (!blank && first_newline) {
                if (label_line(text, b, e)) return true;
                first_newline = false;
            }
            i--;
            continue;
        }
        bool ellipsis = (i >= 3 && memcmp(text + i - 3, "...", 3) == 0) ||
                        (i >= 3 && memcmp(text + i - 3, "\xE2\x80\xA6", 3) == 0); /* … */
        if (ellipsis) return ellipsis_ends;
        if (c == '.' || c == '!' || c == '?') return true;
        if (i >= 3 && memcmp(text + i - 3, "\xE2\x80\x9D", 3) == 0) {           /* ” */
            i -= 3;
            continue;
        }
        return false;
    }
    return true;
}

