/* options: owns the command-line flags and how they override the config
 * file. It does not open windows or files other than the config file. */
#include "options.h"

#include <stdlib.h>
#include <string.h>

/* Flags that set a config key: flag, key. */
static const char *const key_flags[][2] = {
    {"--data", "data_dir"},   {"--font", "font"}, {"--text-size", "text_size"},
    {"--theme", "theme"},     {"--lang", "lang"}, {"--rotate", "rotate"},
    {"--animations", "animations"}, {"--display", "display"},
};

void options_usage(FILE *out)
{
    fputs("usage: storstil [options]\n"
          "  --windowed --size WxH   a window instead of full screen (quitting allowed)\n"
          "  --data DIR              folder of texts (default: data)\n"
          "  --config FILE           config file (default: $XDG_CONFIG_HOME/storstil/storstil.conf,\n"
          "                          then /etc/storstil.conf)\n"
          "  --theme dark|light|yellow  --text-size 1..5  --lang sv|en\n"
          "  --rotate 0|90|180|270   --animations on|off  --font FILE  --display N\n"
          "  --script FILE           replay touches and keys, then exit\n"
          "  --screenshot FILE.png   save the last frame on exit\n"
          "  --dump-pages FILE --size WxH [--text-size N]   print the layout, no window\n"
          "  --check [--data DIR]    load every text, report problems, exit 1 if any\n"
          "  --bench-layout [N]      time the layout of every text (N runs, median)\n"
          "  --bench-kiosk [N]       time N page turns (or slides, with animations on)\n"
          "  --soak [N]              N page turns; memory and open files before and after\n"
          "  --first-frame-stamp     print the time of the first shown frame\n"
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

int options_parse(Options *o, int argc, char **argv, FILE *warnings)
{
    memset(o, 0, sizeof *o);
    o->mode = OPTIONS_RUN;
    o->bench_runs = 20;
    config_defaults(&o->cfg);
    const char *explicit_config = NULL;
    for (int i = 1; i + 1 < argc; i++)
        if (!strcmp(argv[i], "--config")) explicit_config = argv[i + 1];
    static char found[CONFIG_PATH_MAX];
    o->config_path = config_find_path(found, sizeof found, explicit_config, NULL, NULL);
    if (o->config_path) config_load_file(&o->cfg, o->config_path, warnings);

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = 0;
        for (size_t k = 0; k < sizeof key_flags / sizeof *key_flags; k++) {
            if (strcmp(a, key_flags[k][0])) continue;
            takes = 1;
            if (next) config_set(&o->cfg, key_flags[k][1], next, "command line", 0, warnings);
        }
        if (takes) {
        } else if (!strcmp(a, "--windowed")) {
            o->cfg.fullscreen = false;
        } else if (!strcmp(a, "--fullscreen")) {
            o->cfg.fullscreen = true;
        } else if (!strcmp(a, "--check")) {
            o->mode = OPTIONS_CHECK;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            o->mode = OPTIONS_HELP;
        } else if (!strcmp(a, "--version")) {
            o->mode = OPTIONS_VERSION;
        } else if (!strcmp(a, "--first-frame-stamp")) {
            o->first_frame_stamp = true;
        } else if (!strcmp(a, "--bench-layout") || !strcmp(a, "--bench-kiosk") || !strcmp(a, "--soak")) {
            o->mode = a[2] == 's' ? OPTIONS_SOAK : a[8] == 'l' ? OPTIONS_BENCH_LAYOUT : OPTIONS_BENCH_KIOSK;
            if (next && next[0] >= '1' && next[0] <= '9') {
                o->bench_runs = atoi(next);
                i++;
            }
        } else if (!strcmp(a, "--size") || !strcmp(a, "--script") || !strcmp(a, "--screenshot") ||
                   !strcmp(a, "--dump-pages") || !strcmp(a, "--config")) {
            takes = 1;
            if (!next) {
                fprintf(warnings, "storstil: %s needs a value\n", a);
                return 2;
            }
            if (!strcmp(a, "--size") && parse_size(next, &o->width, &o->height) < 0)
                fprintf(warnings, "storstil: command line: --size: \"%s\" is not WxH (200 to 16384); "
                                  "using the display's size\n", next);
            if (!strcmp(a, "--script")) o->script = next;
            if (!strcmp(a, "--screenshot")) o->screenshot = next;
            if (!strcmp(a, "--dump-pages")) {
                o->dump_file = next;
                o->mode = OPTIONS_DUMP_PAGES;
            }
        } else {
            fprintf(warnings, "storstil: command line: unknown option \"%s\" ignored\n", a);
        }
        if (takes && next) i++;
    }
    return 0;
}
