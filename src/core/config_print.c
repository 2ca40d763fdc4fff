/* config_print: owns how the table of keys is written out for people: the
 * example config (`storstil --print-config`, deploy/storstil.conf.example)
 * and the usage lines of the flags that set a key. It reads the table and
 * the defaults; it parses nothing and changes nothing. */
#include "config_internal.h"

#include <string.h>

#define VALUE_MAX (CONFIG_PATH_MAX + 32)

/* Writes text as comment lines, one "# " per line. */
static void comment(FILE *out, const char *text)
{
    while (text && *text) {
        size_t len = strcspn(text, "\n");
        fprintf(out, "# %.*s\n", (int)len, text);
        text += len + (text[len] == '\n');
    }
}

void config_print(FILE *out)
{
    Config d;
    config_defaults(&d);
    size_t n;
    const ConfigKey *keys = config_keys(&n);
    fputs("# storstil kiosk settings. Copy to /etc/storstil.conf and edit.\n"
          "# A bad value only costs a warning in the journal; the default is used.\n"
          "# `storstil --print-config` writes this file: every key, its help and\n"
          "# its default. on/off also accept yes/no, true/false and 1/0.\n",
          out);
    for (size_t i = 0; i < n; i++) {
        const ConfigKey *k = &keys[i];
        char value[VALUE_MAX];
        config_type_format(k, &d, value, sizeof value);
        fputc('\n', out);
        comment(out, k->help);
        comment(out, k->more);
        if (!k->def) /* no default: an example, off until the # goes */
            fprintf(out, "#%s = %s\n", k->name, k->example ? k->example : "");
        else if (k->example) /* an installed kiosk's value, not the default */
            fprintf(out, "# Without this line: %s.\n%s = %s\n", value, k->name, k->example);
        else
            fprintf(out, "%s =%s%s\n", k->name, value[0] ? " " : "", value);
    }
}

void config_usage(FILE *out)
{
    size_t n;
    const ConfigKey *keys = config_keys(&n);
    for (size_t i = 0; i < n; i++) {
        if (!keys[i].flag)
            continue;
        char arg[64], left[96];
        config_type_arg(&keys[i], arg, sizeof arg);
        snprintf(left, sizeof left, "%s %s", keys[i].flag, arg);
        fprintf(out, "  %-26s %s\n", left, keys[i].help);
    }
}
