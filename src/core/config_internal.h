/* config_internal: what config.c (the file's lines), config_keys.c (the
 * table of keys), config_type.c (what each kind of value accepts and how it
 * is spelled back) and config_print.c (the example config and the usage
 * lines) share: one row per key. Not for other modules: they use config.h. */
#ifndef STORSTIL_CONFIG_INTERNAL_H
#define STORSTIL_CONFIG_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"

/* The kinds of value a key takes; each has one parser and one spelling. */
typedef enum {
    CONFIG_PATH,     /* a file or folder; empty only when the default is empty */
    CONFIG_ABS_PATH, /* a path that starts with '/' */
    CONFIG_INT,      /* a whole number in lo..hi; a multiple of step when step > 1 */
    CONFIG_BOOL,     /* on/off, yes/no, true/false, 1/0 */
    CONFIG_THEME,    /* a theme's name (core/theme) */
    CONFIG_LANG,     /* a language's name (core/lang) */
    CONFIG_PIN,      /* CONFIG_PIN_MIN to CONFIG_PIN_MAX digits; never echoed */
    CONFIG_HASH,     /* a crypt(3) hash "$id$..." under CONFIG_USB_KEY_MAX; never echoed */
    CONFIG_MM,       /* WxH millimetres, lo..hi each, or auto (0x0); two ints */
    CONFIG_CHOICE,   /* one of the row's words (choices); an int, its index */
    CONFIG_TYPE_COUNT
} ConfigType;

/* One key of storstil.conf: everything the parser, the warnings, the
 * defaults, the example config and the usage text know of it. */
typedef struct {
    const char *name;    /* the key in storstil.conf */
    ConfigType type;
    size_t at;           /* offsetof(Config, its field) */
    size_t cap;          /* a text field's size in bytes (sizeof the field) */
    int lo, hi, step;    /* CONFIG_INT and CONFIG_MM: the range; step: rotate's 90 */
    const char *def;     /* the default as a config line spells it; NULL: unset */
    const char *help;    /* one line: the usage text and the example config */
    const char *more;    /* further lines for the example config ('\n' apart), or NULL */
    const char *example; /* what the example config sets instead of the default, or NULL */
    const char *flag;    /* the command-line flag that sets it, or NULL */
    const char *arg;     /* the flag's value in the usage text; NULL: from the type */
    const char *note;    /* after a CONFIG_INT's range in its warning, or NULL */
    const char *unset;   /* how warnings name an unset value ("", 0, auto), or NULL */
    const char *secret;  /* how warnings name a set secret ("the earlier PIN"), or NULL */
    const char *const *choices; /* CONFIG_CHOICE: its words, NULL-terminated, in the
                                   order of the field's enum */
} ConfigKey;

/* At least the number of keys: what per-key arrays are sized by. */
#define CONFIG_KEYS_MAX 64

/* The table of keys, in the example config's order; *count gets its length. */
const ConfigKey *config_keys(size_t *count);

/* The row of key (any case), or NULL when there is none. */
const ConfigKey *config_key_find(const char *key);

/* True when a equals b, b lower case, a in any case. */
bool config_same_word(const char *a, const char *b);

/* Sets k's field in c from the text v; on a bad value writes why into
 * why (the warning's reason, e.g. "is out of range 1..5") and returns false,
 * c possibly half changed (config_set works on a copy). */
bool config_type_parse(const ConfigKey *k, Config *c, const char *v, char *why, size_t cap);

/* Writes k's value in c as a config line spells it ("3", "on", "auto"). */
void config_type_format(const ConfigKey *k, const Config *c, char *out, size_t cap);

/* Writes k's value in c as the warnings name it: paths quoted, an unset
 * value as k->unset, a set secret as k->secret. */
void config_type_describe(const ConfigKey *k, const Config *c, char *out, size_t cap);

/* Writes the values k accepts as the usage text shows them ("1..5",
 * "dark|light|yellow", "on|off"). */
void config_type_arg(const ConfigKey *k, char *out, size_t cap);

#endif
