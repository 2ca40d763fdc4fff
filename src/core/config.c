/* config: owns reading storstil.conf: its lines (comments, quotes, a key
 * set twice), the warnings' shape, the defaults applied from the table of
 * keys (config_keys.c), and where the file is looked for. What each value
 * accepts is config_type.c's. It must not exit, abort or refuse anything:
 * whatever the file holds, a usable Config comes out. It knows nothing of
 * screens or SDL. */
#include "config_internal.h"
#include "readfile.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define LINE_MAX_BYTES 4096
#define FILE_MAX_BYTES (1024u * 1024u)
#define WHY_MAX 128

void config_defaults(Config *c)
{
    memset(c, 0, sizeof *c);
    size_t n;
    const ConfigKey *keys = config_keys(&n);
    char why[WHY_MAX];
    for (size_t i = 0; i < n; i++) /* the table's defaults are good values */
        if (keys[i].def)
            config_type_parse(&keys[i], c, keys[i].def, why, sizeof why);
}

bool config_value(const Config *c, const char *key, char *out, size_t cap)
{
    const ConfigKey *k = config_key_find(key);
    if (k)
        config_type_format(k, c, out, cap);
    return k != NULL;
}

static void warn_prefix(FILE *w, const char *where, int line)
{
    if (line > 0)
        fprintf(w, "%s:%d: ", where, line);
    else
        fprintf(w, "%s: ", where);
}

bool config_set(Config *c, const char *key, const char *value, const char *where,
                int line, FILE *warnings)
{
    const ConfigKey *k = config_key_find(key);
    if (!k) {
        if (warnings) {
            warn_prefix(warnings, where, line);
            fprintf(warnings, "%s: unknown key; ignored\n", key);
        }
        return false;
    }
    Config tmp = *c; /* a failed parse must not leave half a value behind */
    char why[WHY_MAX];
    if (config_type_parse(k, &tmp, value, why, sizeof why)) {
        *c = tmp;
        return true;
    }
    if (warnings) {
        char now[CONFIG_PATH_MAX + 32];
        config_type_describe(k, c, now, sizeof now);
        warn_prefix(warnings, where, line);
        if (k->secret) /* never echo a PIN or a key */
            fprintf(warnings, "%s: %s; using %s\n", k->name, why, now);
        else
            fprintf(warnings, "%s: \"%s\" %s; using %s\n", k->name, value, why, now);
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
    size_t n;
    const ConfigKey *k = config_key_find(key);
    size_t i = (size_t)(k - config_keys(&n));
    if (!first_line[i]) {
        first_line[i] = lineno;
        return 0;
    }
    if (warnings) {
        char now[CONFIG_PATH_MAX + 32];
        config_type_describe(k, c, now, sizeof now);
        fprintf(warnings, "%s:%d: %s: set again (first on line %d); using %s\n",
                name, lineno, k->name, first_line[i], now);
    }
    return 1;
}

int config_parse_buffer(Config *c, const char *name, const char *text, FILE *warnings)
{
    int first_line[CONFIG_KEYS_MAX] = {0};
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
