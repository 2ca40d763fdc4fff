/* detect: the loop over the formats table. Owns what every detector is
 * shown (ImportSniff: the BOM skipped, the body and its first lines) and
 * the rule between rows (the surest, then the name's ending, then the
 * earlier row); each format's own signature is its row's detector. */
#include "detect.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool import_detect_starts(const char *s, size_t len, const char *sig)
{
    size_t n = strlen(sig);
    return len >= n && memcmp(s, sig, n) == 0;
}

bool import_detect_has(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (strncasecmp(s + i, needle, n) == 0) return true;
    return false;
}

/* The sniff of bytes[0..len): spans into the bytes, nothing to free. */
static ImportSniff sniff(const char *s, size_t len)
{
    ImportSniff sn = {0};
    if (import_detect_starts(s, len, "\xEF\xBB\xBF")) s += 3, len -= 3;
    sn.s = s;
    sn.len = len;
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
    sn.body = s + i;
    sn.body_len = len - i;
    sn.look = sn.body_len < IMPORT_DETECT_LOOK ? sn.body_len : IMPORT_DETECT_LOOK;
    size_t n, k = 0;
    ImportSpan *L = import_cues_lines(sn.body, sn.look, &n);
    for (size_t j = 0; j < n && k < 2; j++)
        if (!import_cues_blank(L[j])) {
            if (k++ == 0) sn.first = L[j];
            else sn.second = L[j];
        }
    free(L);
    return sn;
}

/* True when name ends with "." and one of f's endings, ASCII case ignored. */
static bool named_for(const ImportFormat *f, const char *name)
{
    size_t n = name ? strlen(name) : 0;
    for (size_t k = 0; k < IMPORT_FORMAT_MAX_EXT && f->extensions[k]; k++) {
        size_t e = strlen(f->extensions[k]);
        if (n > e + 1 && name[n - e - 1] == '.' && strcasecmp(name + n - e, f->extensions[k]) == 0) return true;
    }
    return false;
}

const ImportFormat *import_detect(const char *bytes, size_t len, const char *name)
{
    ImportSniff sn = sniff(bytes, len);
    size_t n;
    const ImportFormat *table = import_formats(&n), *best = &table[0];
    int best_sure = -1;
    bool best_named = false;
    for (size_t i = 0; i < n; i++) {
        int sure = table[i].detect(&sn);
        if (sure <= IMPORT_SURE_NOT || sure < best_sure) continue;
        bool is_named = named_for(&table[i], name);
        if (sure == best_sure && (best_named || !is_named)) continue;
        best = &table[i];
        best_sure = sure;
        best_named = is_named;
    }
    return best;
}
