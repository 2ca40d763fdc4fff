/* config: owns the meaning of storstil.conf: its keys, their defaults, what
 * counts as a good value, the wording of the warnings, and where the file is
 * looked for. It must not exit, abort or refuse anything: whatever the file
 * holds, a usable Config comes out. It knows nothing of screens or SDL. */
#include "config.h"
#include "readfile.h"
#include "theme.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define LINE_MAX_BYTES 4096
#define FILE_MAX_BYTES (1024u * 1024u)

typedef enum {
    K_DATA_DIR, K_FONT, K_TEXT_SIZE, K_THEME, K_LANG, K_IDLE_SECONDS,
    K_IDLE_WARNING_SECONDS, K_ROTATE, K_ANIMATIONS, K_STAFF_PIN, K_FULLSCREEN,
    K_DISPLAY, K_SCREEN_SIZE_MM, K_READ_ALOUD, K_SPEECH_RATE, K_VOLUME, K_ATTRACT_SECONDS, K_USB_KEY,
    K_USB_STATUS, K_COUNT
} Key;

static const char *const key_names[K_COUNT] = {
    "data_dir", "font", "text_size", "theme", "lang", "idle_seconds",
    "idle_warning_seconds", "rotate", "animations", "staff_pin", "fullscreen",
    "display", "screen_size_mm", "read_aloud", "speech_rate", "volume", "attract_seconds", "usb_key",
    "usb_status",
};

void config_defaults(Config *c)
{
    memset(c, 0, sizeof *c);
    strcpy(c->data_dir, "data");
    c->text_size = 3;
    c->theme = THEME_DARK;
    c->lang = LANG_SV;
    c->idle_seconds = 120;
    c->idle_warning_seconds = 30;
    c->rotate = 0;
    c->animations = true;
    c->fullscreen = true;
    c->display = 0;
    c->read_aloud = true;
    c->speech_rate = CONFIG_SPEECH_RATE_DEFAULT;
    c->volume = 100;
    c->attract_seconds = 90;
    strcpy(c->usb_status, CONFIG_USB_STATUS_DEFAULT);
}

static bool same_word(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        if (x != *b)
            return false;
    }
    return *a == *b;
}

static int find_key(const char *key)
{
    for (int k = 0; k < K_COUNT; k++)
        if (same_word(key, key_names[k]))
            return k;
    return -1;
}

/* Writes the key's current value, as the warnings show it, into out. */
static void describe(const Config *c, Key k, char *out, size_t cap)
{
    switch (k) {
    case K_DATA_DIR: snprintf(out, cap, "\"%s\"", c->data_dir); break;
    case K_FONT:
        if (c->font[0])
            snprintf(out, cap, "\"%s\"", c->font);
        else
            snprintf(out, cap, "the bundled font");
        break;
    case K_TEXT_SIZE: snprintf(out, cap, "%d", c->text_size); break;
    case K_THEME: snprintf(out, cap, "%s", theme_get(c->theme)->name); break;
    case K_LANG: snprintf(out, cap, "%s", lang_name(c->lang)); break;
    case K_IDLE_SECONDS: snprintf(out, cap, "%d", c->idle_seconds); break;
    case K_IDLE_WARNING_SECONDS: snprintf(out, cap, "%d", c->idle_warning_seconds); break;
    case K_ROTATE: snprintf(out, cap, "%d", c->rotate); break;
    case K_ANIMATIONS: snprintf(out, cap, "%s", c->animations ? "on" : "off"); break;
    case K_STAFF_PIN: /* never echo a PIN */
        snprintf(out, cap, c->staff_pin[0] ? "the earlier PIN" : "no PIN (staff menu locked)");
        break;
    case K_FULLSCREEN: snprintf(out, cap, "%s", c->fullscreen ? "on" : "off"); break;
    case K_DISPLAY: snprintf(out, cap, "%d", c->display); break;
    case K_SCREEN_SIZE_MM:
        if (c->screen_w_mm) snprintf(out, cap, "%dx%d", c->screen_w_mm, c->screen_h_mm);
        else snprintf(out, cap, "the display's own size");
        break;
    case K_READ_ALOUD: snprintf(out, cap, "%s", c->read_aloud ? "on" : "off"); break;
    case K_SPEECH_RATE: snprintf(out, cap, "%d", c->speech_rate); break;
    case K_VOLUME: snprintf(out, cap, "%d", c->volume); break;
    case K_ATTRACT_SECONDS:
        if (c->attract_seconds) snprintf(out, cap, "%d", c->attract_seconds);
        else snprintf(out, cap, "0 (off)");
        break;
    case K_USB_KEY: /* a hash, but still the staff's secret's: never echoed */
        snprintf(out, cap, c->usb_key[0] ? "the earlier key" : "no key (USB sticks are ignored)");
        break;
    case K_USB_STATUS: snprintf(out, cap, "\"%s\"", c->usb_status); break;
    case K_COUNT: out[0] = '\0'; break;
    }
}

static void warn_prefix(FILE *w, const char *where, int line)
{
    if (line > 0)
        fprintf(w, "%s:%d: ", where, line);
    else
        fprintf(w, "%s: ", where);
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

static int parse_bool(const char *s, bool *out)
{
    static const char *const yes[] = {"on", "yes", "true", "1"};
    static const char *const no[] = {"off", "no", "false", "0"};
    for (size_t i = 0; i < 4; i++) {
        if (same_word(s, yes[i])) { *out = true; return 1; }
        if (same_word(s, no[i])) { *out = false; return 1; }
    }
    return -1;
}

static bool copy_path(char *dst, const char *s, const char **why)
{
    size_t n = strlen(s);
    if (n == 0) { *why = "is empty"; return false; }
    if (n >= CONFIG_PATH_MAX) { *why = "is too long"; return false; }
    memcpy(dst, s, n + 1);
    return true;
}

/* A staff PIN: 4 to 8 digits. */
static bool copy_pin(char *dst, const char *s, const char **why)
{
    size_t len = strlen(s);
    *why = "must be 4 to 8 digits";
    if (len < CONFIG_PIN_MIN || len > CONFIG_PIN_MAX)
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    memcpy(dst, s, len + 1);
    return true;
}

/* A crypt(3) hash as storstil-usb --make-key prints it: "$id$...", printable
 * ASCII without blanks, shorter than CONFIG_USB_KEY_MAX. */
static bool copy_usb_key(char *dst, const char *s, const char **why)
{
    size_t len = strlen(s);
    *why = "is not a key hash from storstil-usb --make-key";
    if (len < 4 || len >= CONFIG_USB_KEY_MAX || s[0] != '$')
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] <= ' ' || s[i] > '~')
            return false;
    memcpy(dst, s, len + 1);
    return true;
}

/* "WxH" in whole millimetres, each CONFIG_SCREEN_MM_MIN..MAX; "" or "auto"
 * leaves the size to the display (0x0). */
static bool parse_screen_mm(Config *c, const char *v, const char **why)
{
    if (!*v || same_word(v, "auto")) {
        c->screen_w_mm = c->screen_h_mm = 0;
        return true;
    }
    char wbuf[16];
    const char *x = strpbrk(v, "xX");
    int w, h;
    *why = "is not WxH in millimetres (e.g. 154x86)";
    if (!x || (size_t)(x - v) >= sizeof wbuf) return false;
    memcpy(wbuf, v, (size_t)(x - v));
    wbuf[x - v] = '\0';
    int rw = parse_int(wbuf, CONFIG_SCREEN_MM_MIN, CONFIG_SCREEN_MM_MAX, &w);
    int rh = parse_int(x + 1, CONFIG_SCREEN_MM_MIN, CONFIG_SCREEN_MM_MAX, &h);
    if (rw < 0 || rh < 0) return false;
    if (rw == 0 || rh == 0) {
        *why = "is out of range: each side 40 to 3000 mm";
        return false;
    }
    c->screen_w_mm = w;
    c->screen_h_mm = h;
    return true;
}

/* Applies value to key k in c; on failure sets *why to the warning's reason.
 * One case per key: the switch is the table of what each key accepts. */
static bool apply(Config *c, Key k, const char *v, const char **why)
{
    int n = 0, r;
    switch (k) {
    case K_DATA_DIR: return copy_path(c->data_dir, v, why);
    case K_FONT:
        if (!*v) { /* "font =" asks for the bundled font */
            c->font[0] = '\0';
            return true;
        }
        return copy_path(c->font, v, why);
    case K_TEXT_SIZE:
        r = parse_int(v, 1, 5, &c->text_size);
        *why = r == 0 ? "is out of range 1..5" : "is not a number";
        return r == 1;
    case K_IDLE_SECONDS:
        r = parse_int(v, 1, 86400, &c->idle_seconds);
        *why = r == 0 ? "is out of range 1..86400" : "is not a number";
        return r == 1;
    case K_IDLE_WARNING_SECONDS:
        r = parse_int(v, 1, 600, &c->idle_warning_seconds);
        *why = r == 0 ? "is out of range 1..600" : "is not a number";
        return r == 1;
    case K_SCREEN_SIZE_MM: return parse_screen_mm(c, v, why);
    case K_ATTRACT_SECONDS:
        r = parse_int(v, 0, 86400, &c->attract_seconds);
        *why = r == 0 ? "is out of range 0..86400 (0: off)" : "is not a number";
        return r == 1;
    case K_DISPLAY:
        r = parse_int(v, 0, 15, &c->display);
        *why = r == 0 ? "is out of range 0..15" : "is not a number";
        return r == 1;
    case K_ROTATE:
        r = parse_int(v, 0, 270, &n);
        if (r == 1 && n % 90 == 0) {
            c->rotate = n;
            return true;
        }
        *why = r == -1 ? "is not a number" : "is not 0, 90, 180 or 270";
        return false;
    case K_THEME:
        *why = "is not a theme (dark, light or yellow)";
        return theme_from_name(v, &c->theme);
    case K_LANG:
        *why = "is not a language (sv or en)";
        return lang_from_name(v, &c->lang);
    case K_ANIMATIONS:
        *why = "is not on or off";
        return parse_bool(v, &c->animations) == 1;
    case K_FULLSCREEN:
        *why = "is not on or off";
        return parse_bool(v, &c->fullscreen) == 1;
    case K_STAFF_PIN: return copy_pin(c->staff_pin, v, why);
    case K_READ_ALOUD:
        *why = "is not on or off";
        return parse_bool(v, &c->read_aloud) == 1;
    case K_SPEECH_RATE:
        r = parse_int(v, CONFIG_SPEECH_RATE_MIN, CONFIG_SPEECH_RATE_MAX, &c->speech_rate);
        *why = r == 0 ? "is out of range 80..450 words a minute" : "is not a number";
        return r == 1;
    case K_VOLUME:
        r = parse_int(v, 0, 100, &c->volume);
        *why = r == 0 ? "is out of range 0..100" : "is not a number";
        return r == 1;
    case K_USB_KEY: return copy_usb_key(c->usb_key, v, why);
    case K_USB_STATUS:
        if (v[0] != '/') {
            *why = "is not an absolute path";
            return false;
        }
        return copy_path(c->usb_status, v, why);
    case K_COUNT: break;
    }
    return false;
}

bool config_set(Config *c, const char *key, const char *value, const char *where,
                int line, FILE *warnings)
{
    int k = find_key(key);
    if (k < 0) {
        if (warnings) {
            warn_prefix(warnings, where, line);
            fprintf(warnings, "%s: unknown key; ignored\n", key);
        }
        return false;
    }
    Config tmp = *c; /* a failed parse must not leave half a value behind */
    const char *why = "is not valid";
    if (apply(&tmp, (Key)k, value, &why)) {
        *c = tmp;
        return true;
    }
    if (warnings) {
        char now[CONFIG_PATH_MAX + 32];
        describe(c, (Key)k, now, sizeof now);
        warn_prefix(warnings, where, line);
        if (k == K_STAFF_PIN || k == K_USB_KEY)
            fprintf(warnings, "%s: %s; using %s\n", key_names[k], why, now);
        else
            fprintf(warnings, "%s: \"%s\" %s; using %s\n", key_names[k], value, why, now);
    }
    return false;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        *--e = '\0';
    return s;
}

/* Cuts a value to its content: a "quoted" value, or up to a `#` after a
 * blank. Returns NULL when a quote is not closed or text follows it. */
static char *clean_value(char *v)
{
    v = trim(v);
    if (*v == '"') {
        char *close = strchr(v + 1, '"');
        if (!close)
            return NULL;
        char *rest = close + 1;
        while (*rest == ' ' || *rest == '\t')
            rest++;
        if (*rest && *rest != '#')
            return NULL;
        *close = '\0';
        return v + 1;
    }
    for (char *p = v; *p; p++)
        if (*p == '#' && p > v && (p[-1] == ' ' || p[-1] == '\t')) {
            *p = '\0';
            break;
        }
    return trim(v);
}

/* Applies one line (trimmed, not blank, not a comment); first_line[k] is the
 * line that first set key k. Returns the number of warnings written: 0 or 1. */
static int parse_line(Config *c, const char *name, int lineno, char *line, int *first_line,
                      FILE *warnings)
{
    char *eq = strchr(line, '=');
    if (eq)
        *eq = '\0';
    char *key = trim(line);
    if (!eq || *key == '\0') {
        if (warnings)
            fprintf(warnings, "%s:%d: expected \"key = value\"; ignored\n", name, lineno);
        return 1;
    }
    char *value = clean_value(eq + 1);
    if (!value) {
        if (warnings)
            fprintf(warnings, "%s:%d: %s: unclosed quote; ignored\n", name, lineno, key);
        return 1;
    }
    if (!config_set(c, key, value, name, lineno, warnings))
        return 1;
    int k = find_key(key);
    if (!first_line[k]) {
        first_line[k] = lineno;
        return 0;
    }
    if (warnings) {
        char now[CONFIG_PATH_MAX + 32];
        describe(c, (Key)k, now, sizeof now);
        fprintf(warnings, "%s:%d: %s: set again (first on line %d); using %s\n",
                name, lineno, key_names[k], first_line[k], now);
    }
    return 1;
}

int config_parse_buffer(Config *c, const char *name, const char *text, FILE *warnings)
{
    int first_line[K_COUNT] = {0};
    int n_warnings = 0;
    int lineno = 0;
    const char *p = text;
    if (strncmp(p, "\xEF\xBB\xBF", 3) == 0) /* a BOM from a Windows editor */
        p += 3;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        const char *next = eol ? eol + 1 : p + len;
        lineno++;
        char buf[LINE_MAX_BYTES];
        if (len >= sizeof buf) {
            if (warnings)
                fprintf(warnings, "%s:%d: line is too long; ignored\n", name, lineno);
            n_warnings++;
            p = next;
            continue;
        }
        memcpy(buf, p, len);
        buf[len] = '\0';
        p = next;
        char *line = trim(buf);
        if (*line != '\0' && *line != '#')
            n_warnings += parse_line(c, name, lineno, line, first_line, warnings);
    }
    return n_warnings;
}

int config_load_file(Config *c, const char *path, FILE *warnings)
{
    /* "--config /dev/null" is the usual way to ask for the defaults: an
     * empty file, not a device to warn about. */
    if (strcmp(path, "/dev/null") == 0)
        return 0;
    ReadFileError err;
    size_t n = 0;
    char *text = readfile_load(path, FILE_MAX_BYTES, READFILE_REGULAR, &n, &err);
    if (!text) {
        if (warnings)
            fprintf(warnings, "%s: cannot read (%s); using the defaults\n", path,
                    err.sys_errno ? strerror(err.sys_errno) : err.why);
        return 1;
    }
    for (size_t i = 0; i < n; i++) /* a stray NUL must not hide later lines */
        if (text[i] == '\0')
            text[i] = ' ';
    int warned = config_parse_buffer(c, path, text, warnings);
    free(text);
    return warned;
}

static const char *real_getenv(const char *name)
{
    return getenv(name);
}

static bool real_readable(const char *path)
{
    return access(path, R_OK) == 0;
}

const char *config_find_path(char *buf, size_t cap, const char *explicit_path,
                             ConfigGetenv getenv_fn, ConfigReadable readable_fn)
{
    if (explicit_path && explicit_path[0])
        return explicit_path;
    if (!getenv_fn)
        getenv_fn = real_getenv;
    if (!readable_fn)
        readable_fn = real_readable;
    const char *xdg = getenv_fn("XDG_CONFIG_HOME");
    const char *home = getenv_fn("HOME");
    int n = -1;
    if (xdg && xdg[0] == '/') /* the XDG spec ignores relative paths */
        n = snprintf(buf, cap, "%s/storstil/storstil.conf", xdg);
    else if (home && home[0])
        n = snprintf(buf, cap, "%s/.config/storstil/storstil.conf", home);
    if (n > 0 && (size_t)n < cap && readable_fn(buf))
        return buf;
    if (readable_fn("/etc/storstil.conf") && snprintf(buf, cap, "/etc/storstil.conf") < (int)cap)
        return buf;
    return NULL;
}
