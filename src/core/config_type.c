/* config_type: owns what each kind of config value accepts (a path, a
 * number in a range, on/off, a theme, a language, a PIN, a key hash, a
 * size in millimetres, one of a row's words), the reason a bad value's warning gives, and how a
 * value is spelled back, in a config line and in a warning. Which key is
 * which kind is the table's (config_keys.c); reading lines is config.c's. */
#include "config_internal.h"
#include "lang.h"
#include "theme.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

bool config_same_word(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        if (x != *b)
            return false;
    }
    return *a == *b;
}

/* The field k fills, inside c. */
static void *field(const ConfigKey *k, Config *c)
{
    return (char *)c + k->at;
}

static const void *field_of(const ConfigKey *k, const Config *c)
{
    return (const char *)c + k->at;
}

/* Parses a whole decimal int with optional sign. Returns 1 when it is a
 * number in lo..hi, 0 when out of range, -1 when not a number. */
static int parse_int(const char *s, int lo, int hi, int *out)
{
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    if (*p < '0' || *p > '9')
        return -1;
    for (const char *q = p; *q; q++)
        if (*q < '0' || *q > '9')
            return -1;
    errno = 0;
    long v = strtol(s, NULL, 10);
    if (errno == ERANGE || v < lo || v > hi)
        return 0;
    *out = (int)v;
    return 1;
}

static const char *const yes_words[] = {"on", "yes", "true", "1"};
static const char *const no_words[] = {"off", "no", "false", "0"};

static bool parse_bool(const char *s, bool *out)
{
    for (size_t i = 0; i < sizeof yes_words / sizeof *yes_words; i++) {
        if (config_same_word(s, yes_words[i])) { *out = true; return true; }
        if (config_same_word(s, no_words[i])) { *out = false; return true; }
    }
    return false;
}

/* The name of choice i of k's kind (a theme, a language, a rotation), or
 * NULL past the last; num holds a number's text. */
static const char *choice(const ConfigKey *k, int i, char *num, size_t cap)
{
    if (k->type == CONFIG_THEME)
        return i < THEME_COUNT ? theme_get((ThemeId)i)->name : NULL;
    if (k->type == CONFIG_LANG)
        return i < LANG_COUNT ? lang_name((Lang)i) : NULL;
    if (k->type == CONFIG_BOOL)
        return i < 2 ? (i ? no_words[0] : yes_words[0]) : NULL;
    if (k->type == CONFIG_CHOICE) {
        for (int j = 0; j < i; j++)
            if (!k->choices[j]) return NULL;
        return k->choices[i];
    }
    if (k->type != CONFIG_INT || k->step <= 1 || k->lo + i * k->step > k->hi)
        return NULL;
    snprintf(num, cap, "%d", k->lo + i * k->step);
    return num;
}

/* Writes k's choices into out: "a, b or c" (sep NULL) or "a|b|c". */
static void list_choices(const ConfigKey *k, const char *sep, char *out, size_t cap)
{
    char num[16], next[16];
    size_t len = 0;
    out[0] = '\0';
    const char *name;
    for (int i = 0; len < cap && (name = choice(k, i, num, sizeof num)); i++) {
        const char *between = "";
        if (i > 0) /* the last one after "or" */
            between = sep ? sep : choice(k, i + 1, next, sizeof next) ? ", " : " or ";
        len += (size_t)snprintf(out + len, cap - len, "%s%s", between, name);
    }
}

/* Copies a path; empty only when the key's default is empty ("font ="). */
static bool parse_path(const ConfigKey *k, char *dst, const char *v, char *why, size_t cap)
{
    size_t n = strlen(v);
    if (k->type == CONFIG_ABS_PATH && v[0] != '/')
        snprintf(why, cap, "is not an absolute path");
    else if (n == 0 && !(k->def && !k->def[0]))
        snprintf(why, cap, "is empty");
    else if (n >= k->cap)
        snprintf(why, cap, "is too long");
    else {
        memcpy(dst, v, n + 1);
        return true;
    }
    return false;
}

static bool parse_number(const ConfigKey *k, int *dst, const char *v, char *why, size_t cap)
{
    int n = 0, r = parse_int(v, k->lo, k->hi, &n);
    if (r == 1 && (k->step <= 1 || (n - k->lo) % k->step == 0)) {
        *dst = n;
        return true;
    }
    if (r == -1) {
        snprintf(why, cap, "is not a number");
    } else if (k->step > 1) {
        char list[64];
        list_choices(k, NULL, list, sizeof list);
        snprintf(why, cap, "is not %s", list);
    } else {
        snprintf(why, cap, "is out of range %d..%d%s", k->lo, k->hi, k->note ? k->note : "");
    }
    return false;
}

/* A staff PIN (only digits) or a key hash ("$id$...", printable ASCII
 * without blanks), within the field. */
static bool parse_secret(const ConfigKey *k, char *dst, const char *v, char *why, size_t cap)
{
    size_t len = strlen(v);
    bool pin = k->type == CONFIG_PIN, ok;
    if (pin)
        ok = len >= CONFIG_PIN_MIN && len <= CONFIG_PIN_MAX && strspn(v, "0123456789") == len;
    else
        ok = len >= 4 && len < k->cap && v[0] == '$';
    for (size_t i = 0; ok && i < len; i++)
        ok = v[i] > ' ' && v[i] <= '~';
    if (ok)
        memcpy(dst, v, len + 1);
    else if (pin)
        snprintf(why, cap, "must be %d to %d digits", CONFIG_PIN_MIN, CONFIG_PIN_MAX);
    else
        snprintf(why, cap, "is not a key hash from storstil-usb --make-key");
    return ok;
}

/* "WxH" in whole millimetres, each lo..hi; "" or "auto" leaves the size to
 * the display (0x0). */
static bool parse_mm(const ConfigKey *k, int *wh, const char *v, char *why, size_t cap)
{
    if (!*v || config_same_word(v, "auto")) {
        wh[0] = wh[1] = 0;
        return true;
    }
    char wbuf[16];
    const char *x = strpbrk(v, "xX");
    snprintf(why, cap, "is not WxH in millimetres (e.g. 154x86)");
    if (!x || (size_t)(x - v) >= sizeof wbuf) return false;
    memcpy(wbuf, v, (size_t)(x - v));
    wbuf[x - v] = '\0';
    int w, h, rw = parse_int(wbuf, k->lo, k->hi, &w), rh = parse_int(x + 1, k->lo, k->hi, &h);
    if (rw < 0 || rh < 0) return false;
    if (rw == 0 || rh == 0) {
        snprintf(why, cap, "is out of range: each side %d to %d mm", k->lo, k->hi);
        return false;
    }
    wh[0] = w;
    wh[1] = h;
    return true;
}

bool config_type_parse(const ConfigKey *k, Config *c, const char *v, char *why, size_t cap)
{
    void *f = field(k, c);
    char list[64];
    switch (k->type) {
    case CONFIG_PATH:
    case CONFIG_ABS_PATH: return parse_path(k, f, v, why, cap);
    case CONFIG_INT: return parse_number(k, f, v, why, cap);
    case CONFIG_BOOL:
        list_choices(k, NULL, list, sizeof list);
        snprintf(why, cap, "is not %s", list);
        return parse_bool(v, f);
    case CONFIG_THEME:
        list_choices(k, NULL, list, sizeof list);
        snprintf(why, cap, "is not a theme (%s)", list);
        return theme_from_name(v, f);
    case CONFIG_LANG:
        list_choices(k, NULL, list, sizeof list);
        snprintf(why, cap, "is not a language (%s)", list);
        return lang_from_name(v, f);
    case CONFIG_PIN:
    case CONFIG_HASH: return parse_secret(k, f, v, why, cap);
    case CONFIG_MM: return parse_mm(k, f, v, why, cap);
    case CONFIG_CHOICE:
        for (int i = 0; k->choices[i]; i++)
            if (config_same_word(v, k->choices[i])) {
                *(int *)f = i;
                return true;
            }
        list_choices(k, NULL, list, sizeof list);
        snprintf(why, cap, "is not %s", list);
        return false;
    case CONFIG_TYPE_COUNT: break;
    }
    snprintf(why, cap, "is not valid");
    return false;
}

void config_type_format(const ConfigKey *k, const Config *c, char *out, size_t cap)
{
    const void *f = field_of(k, c);
    const int *n = f;
    switch (k->type) {
    case CONFIG_INT: snprintf(out, cap, "%d", *n); return;
    case CONFIG_BOOL: snprintf(out, cap, "%s", *(const bool *)f ? yes_words[0] : no_words[0]); return;
    case CONFIG_THEME: snprintf(out, cap, "%s", theme_get(*(const ThemeId *)f)->name); return;
    case CONFIG_LANG: snprintf(out, cap, "%s", lang_name(*(const Lang *)f)); return;
    case CONFIG_CHOICE: snprintf(out, cap, "%s", k->choices[*n]); return;
    case CONFIG_MM:
        if (n[0]) snprintf(out, cap, "%dx%d", n[0], n[1]);
        else snprintf(out, cap, "auto");
        return;
    case CONFIG_PATH:
    case CONFIG_ABS_PATH:
    case CONFIG_PIN:
    case CONFIG_HASH: snprintf(out, cap, "%s", (const char *)f); return;
    case CONFIG_TYPE_COUNT: break;
    }
    out[0] = '\0';
}

/* True when k's value in c is its "none": an empty text, a zero, auto. */
static bool is_unset(const ConfigKey *k, const Config *c)
{
    const void *f = field_of(k, c);
    if (k->type == CONFIG_INT || k->type == CONFIG_MM)
        return *(const int *)f == 0;
    return (k->type == CONFIG_PATH || k->type == CONFIG_PIN || k->type == CONFIG_HASH)
           && *(const char *)f == '\0';
}

void config_type_describe(const ConfigKey *k, const Config *c, char *out, size_t cap)
{
    if (k->unset && is_unset(k, c))
        snprintf(out, cap, "%s", k->unset);
    else if (k->secret)
        snprintf(out, cap, "%s", k->secret);
    else if (k->type == CONFIG_PATH || k->type == CONFIG_ABS_PATH)
        snprintf(out, cap, "\"%s\"", (const char *)field_of(k, c));
    else
        config_type_format(k, c, out, cap);
}

void config_type_arg(const ConfigKey *k, char *out, size_t cap)
{
    if (k->arg)
        snprintf(out, cap, "%s", k->arg);
    else if (k->type == CONFIG_INT && k->step <= 1)
        snprintf(out, cap, "%d..%d", k->lo, k->hi);
    else if (k->type == CONFIG_MM)
        snprintf(out, cap, "WxH");
    else if (k->type == CONFIG_PATH || k->type == CONFIG_ABS_PATH)
        snprintf(out, cap, "FILE");
    else
        list_choices(k, "|", out, cap);
}
