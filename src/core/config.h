/* config: storstil.conf, `key = value` lines and `#` comments, into a Config
 * value. A bad line never stops the kiosk: it costs one warning line
 * ("storstil.conf:7: text_size: \"9\" is out of range 1..5; using 3") and the
 * key keeps its value so far (the default, unless an earlier line set it).
 *
 * Startup order (options_parse in options.c follows it):
 *   Config c; config_defaults(&c);
 *   char buf[CONFIG_PATH_MAX];
 *   const char *p = config_find_path(buf, sizeof buf, cli_config_or_NULL, NULL, NULL);
 *   if (p) config_load_file(&c, p, stderr);
 *   then each command-line flag: config_set(&c, "lang", "en", "command line", 0, stderr);
 *
 * The keys, their values, defaults, help and flags are one table
 * (config_keys.c); `storstil --print-config` writes it out. on/off also
 * accept yes/no, true/false, 1/0. A value may be wrapped in double quotes;
 * `#` after a space starts a comment. A key set twice: the later line wins,
 * with a warning. */
#ifndef STORSTIL_CONFIG_H
#define STORSTIL_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "lang.h"
#include "theme.h"

#define CONFIG_PATH_MAX 1024
#define CONFIG_PIN_MIN 4
#define CONFIG_PIN_MAX 8
#define CONFIG_SCREEN_MM_MIN 40
#define CONFIG_SCREEN_MM_MAX 3000
#define CONFIG_SPEECH_RATE_MIN 80      /* espeak-ng's own floor */
#define CONFIG_SPEECH_RATE_MAX 450
#define CONFIG_USB_KEY_MAX 256

/* The voice that reads aloud (the key `voice`): espeak-ng's own, or an
 * MBROLA voice that espeak-ng drives where its package is installed. */
typedef enum { CONFIG_VOICE_ESPEAK, CONFIG_VOICE_MBROLA, CONFIG_VOICE_COUNT } ConfigVoice;

/* One field per key; its row in config_keys.c holds the limits, the default
 * and the help. */
typedef struct {
    char data_dir[CONFIG_PATH_MAX];
    char synced_dir[CONFIG_PATH_MAX]; /* "" = none; else texts from the office (Syncthing) */
    char font[CONFIG_PATH_MAX]; /* "" = the bundled font */
    int text_size;              /* 1..5 */
    ThemeId theme;
    Lang lang;
    int idle_seconds;
    int idle_warning_seconds;
    int rotate; /* 0, 90, 180 or 270 degrees */
    bool animations;
    char staff_pin[CONFIG_PIN_MAX + 1]; /* "" = no staff menu */
    bool fullscreen;                    /* also "kiosk mode": only staff can quit */
    int display;
    int screen_w_mm, screen_h_mm; /* the panel's size as mounted, unrotated; 0: ask the display */
    bool read_aloud;              /* the reader's "Läs upp" button (when audio opens) */
    int speech_rate;              /* words a minute */
    int volume;                   /* 0..100 */
    int voice;                    /* a ConfigVoice */
    int attract_seconds;          /* quiet seconds on the shelf before the attract screen; 0: never */
    char usb_key[CONFIG_USB_KEY_MAX];     /* hash of the staff's USB key phrase; "" = none */
    char usb_status[CONFIG_PATH_MAX];     /* the USB import's status file */
    bool stats;                           /* log the use counts (usage.h) */
    char stats_dir[CONFIG_PATH_MAX];      /* storstil-stats' daily files, read for Info */
} Config;

/* Fills c with every key's default from the table. */
void config_defaults(Config *c);

/* Sets one key from text, as a config line would; on an unknown key or a bad
 * value writes one warning naming where:line (line 0: just where) to
 * warnings (NULL: silent) and returns false, leaving c as it was. */
bool config_set(Config *c, const char *key, const char *value, const char *where,
                int line, FILE *warnings);

/* Applies every line of text (NUL-terminated) to c; name is used in warnings.
 * Returns the number of warnings written. */
int config_parse_buffer(Config *c, const char *name, const char *text, FILE *warnings);

/* Reads and applies the file at path. A file that cannot be used (missing,
 * unreadable, a folder, a named pipe or device, over 1 MiB) gives one
 * warning and leaves c untouched; "/dev/null" reads as an empty file.
 * Returns the number of warnings. */
int config_load_file(Config *c, const char *path, FILE *warnings);

/* Writes key's value in c as a config line spells it ("3", "dark", "on",
 * "154x86"); returns false, out untouched, for an unknown key. */
bool config_value(const Config *c, const char *key, char *out, size_t cap);

/* The name of the i-th key in the table's order, or NULL past the last. */
const char *config_key_name(size_t i);

/* The key a command-line flag sets ("--text-size": "text_size"), or NULL. */
const char *config_flag_key(const char *flag);

/* Writes the example config: per key its help as comments, then
 * `key = default` (or `#key = example` where there is no default). */
void config_print(FILE *out);

/* Writes one usage line per flag that sets a key: the flag, its values, help. */
void config_usage(FILE *out);

/* Looks a name up in the environment (getenv's contract). */
typedef const char *(*ConfigGetenv)(const char *name);
/* True when path names a readable file. */
typedef bool (*ConfigReadable)(const char *path);

/* Picks the file to load: explicit (from --config) if given, even if it
 * cannot be read (config_load_file then warns); else the first readable of
 * $XDG_CONFIG_HOME/storstil/storstil.conf (with $HOME/.config standing in for
 * an unset or empty XDG_CONFIG_HOME, as the XDG spec says) and
 * /etc/storstil.conf. Returns a path (explicit or written into buf), or NULL
 * when there is none: then the defaults apply, silently. NULL callbacks mean
 * the real getenv and access(R_OK). */
const char *config_find_path(char *buf, size_t cap, const char *explicit_path,
                             ConfigGetenv getenv_fn, ConfigReadable readable_fn);

#endif
