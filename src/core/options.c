/* options: owns the command-line flags and how they override the config
 * file; the flags that set a config key come from its table (config.h).
 * It does not open windows or files other than the config file. */
#include "options.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

void options_usage(FILE *out)
{
    fputs("usage: storstil [options]\n"
          "  --windowed --size WxH      a window instead of full screen (quitting allowed)\n"
          "  --config FILE              config file (default: $XDG_CONFIG_HOME/storstil/storstil.conf,\n"
          "                             then /etc/storstil.conf)\n",
          out);
    config_usage(out); /* the flags that set a config key, from its table */
    fputs("  --check [--data DIR]       load every text, report problems, exit 1 if any\n"
          "  --dump-pages FILE --size WxH [--text-size N]   print the pages, no window\n"
          "  --print-config             every config key with its help and default\n"
          "  --version  --help\n",
          out);
}

static int parse_size(const char *s, int *w, int *h)
{
    char *end;
    long a = strtol(s, &end, 10);
    if (end == s || (*end != 'x' && *end != 'X')) return -1;
    const char *t = end + 1;
    long b = strtol(t, &end, 10);
    if (end == t || *end || a < 200 || b < 200 || a > 16384 || b > 16384) return -1;
    *w = (int)a;
    *h = (int)b;
    return 0;
}

/* True for the flags that take a value and set no config key. */
static bool takes_value(const char *flag)
{
    static const char *const flags[] = {"--size", "--script", "--screenshot", "--dump-pages", "--config"};
    for (size_t k = 0; k < sizeof flags / sizeof *flags; k++)
        if (!strcmp(flag, flags[k])) return true;
    return false;
}

static void set_value(Options *o, const char *flag, const char *value, FILE *warnings)
{
    if (!strcmp(flag, "--size") && parse_size(value, &o->width, &o->height) < 0)
        fprintf(warnings, "storstil: command line: --size: \"%s\" is not WxH (200 to 16384); "
                          "using the display's size\n", value);
    if (!strcmp(flag, "--script")) o->script = value;
    if (!strcmp(flag, "--screenshot")) o->screenshot = value;
    if (!strcmp(flag, "--dump-pages")) {
        o->dump_file = value;
        o->mode = OPTIONS_DUMP_PAGES;
    }
}

static void set_flag(Options *o, const char *a, FILE *warnings)
{
    if (!strcmp(a, "--windowed")) o->cfg.fullscreen = false;
    else if (!strcmp(a, "--fullscreen")) o->cfg.fullscreen = true;
    else if (!strcmp(a, "--check")) o->mode = OPTIONS_CHECK;
    else if (!strcmp(a, "--help") || !strcmp(a, "-h")) o->mode = OPTIONS_HELP;
    else if (!strcmp(a, "--version")) o->mode = OPTIONS_VERSION;
    else if (!strcmp(a, "--print-config")) o->mode = OPTIONS_PRINT_CONFIG;
    else fprintf(warnings, "storstil: command line: unknown option \"%s\" ignored\n", a);
}

int options_parse(Options *o, int argc, char **argv, FILE *warnings)
{
    memset(o, 0, sizeof *o);
    o->mode = OPTIONS_RUN;
    config_defaults(&o->cfg);
    const char *explicit_config = NULL;
    for (int i = 1; i + 1 < argc; i++)
        if (!strcmp(argv[i], "--config")) explicit_config = argv[i + 1];
    static char found[CONFIG_PATH_MAX];
    o->config_path = config_find_path(found, sizeof found, explicit_config, NULL, NULL);
    if (o->config_path) config_load_file(&o->cfg, o->config_path, warnings);

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *key = config_flag_key(a);
        if (!key && !takes_value(a)) {
            set_flag(o, a, warnings);
            continue;
        }
        if (i + 1 >= argc) {
            fprintf(warnings, "storstil: %s needs a value\n", a);
            return 2;
        }
        const char *value = argv[++i];
        if (key) config_set(&o->cfg, key, value, "command line", 0, warnings);
        else set_value(o, a, value, warnings);
    }
    return 0;
}
