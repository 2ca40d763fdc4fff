/* Tests for config: a table of one-line files (every key, good and bad
 * values) with the value each key must end up with and the warning it must
 * give; then duplicates, syntax, files and the search path. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/config.h"

/* Renders one key of c as the tables below spell it: as a config line would. */
static void show(const Config *c, const char *key, char *out, size_t cap)
{
    if (!config_value(c, key, out, cap))
        fail_msg("no such key: %s", key);
}

/* Parses text into a default Config; returns the warnings (caller frees). */
static char *parse(Config *c, const char *text, int *n_warnings)
{
    char *out = NULL;
    size_t len = 0;
    FILE *w = open_memstream(&out, &len);
    assert_non_null(w);
    config_defaults(c);
    *n_warnings = config_parse_buffer(c, "storstil.conf", text, w);
    fclose(w);
    return out;
}

typedef struct {
    const char *text; /* the file */
    const char *key;  /* the key to check */
    const char *want; /* its value afterwards */
    const char *warning; /* the exact warnings, "" for none */
} Row;

static const Row rows[] = {
    /* defaults */
    {"", "data_dir", "data", ""},
    {"", "font", "", ""},
    {"", "text_size", "3", ""},
    {"", "theme", "dark", ""},
    {"", "lang", "sv", ""},
    {"", "idle_seconds", "120", ""},
    {"", "idle_warning_seconds", "30", ""},
    {"", "rotate", "0", ""},
    {"", "animations", "on", ""},
    {"", "staff_pin", "", ""},
    {"", "fullscreen", "on", ""},
    {"", "display", "0", ""},
    {"", "read_aloud", "on", ""},
    {"", "speech_rate", "140", ""},
    {"", "volume", "100", ""},
    {"", "screen_size_mm", "auto", ""},
    /* read aloud */
    {"read_aloud = off", "read_aloud", "off", ""},
    {"read_aloud = no", "read_aloud", "off", ""},
    {"read_aloud = maybe", "read_aloud", "on", "storstil.conf:1: read_aloud: \"maybe\" is not on or off; using on\n"},
    {"speech_rate = 120", "speech_rate", "120", ""},
    {"speech_rate = 80", "speech_rate", "80", ""},
    {"speech_rate = 450", "speech_rate", "450", ""},
    {"speech_rate = 20", "speech_rate", "140",
     "storstil.conf:1: speech_rate: \"20\" is out of range 80..450 words a minute; using 140\n"},
    {"speech_rate = 1000", "speech_rate", "140",
     "storstil.conf:1: speech_rate: \"1000\" is out of range 80..450 words a minute; using 140\n"},
    {"speech_rate = fast", "speech_rate", "140", "storstil.conf:1: speech_rate: \"fast\" is not a number; using 140\n"},
    {"volume = 0", "volume", "0", ""},
    {"volume = 60", "volume", "60", ""},
    {"volume = 101", "volume", "100", "storstil.conf:1: volume: \"101\" is out of range 0..100; using 100\n"},
    {"volume = -1", "volume", "100", "storstil.conf:1: volume: \"-1\" is out of range 0..100; using 100\n"},
    {"", "voice", "espeak", ""},
    {"voice = mbrola", "voice", "mbrola", ""},
    {"voice = MBROLA", "voice", "mbrola", ""},
    {"voice = mb-sw1", "voice", "espeak", "storstil.conf:1: voice: \"mb-sw1\" is not espeak or mbrola; using espeak\n"},
    {"", "attract_seconds", "90", ""},
    {"attract_seconds = 30", "attract_seconds", "30", ""},
    {"attract_seconds = 0", "attract_seconds", "0", ""},
    {"attract_seconds = -5", "attract_seconds", "90",
     "storstil.conf:1: attract_seconds: \"-5\" is out of range 0..86400 (0: off); using 90\n"},
    {"attract_seconds = soon", "attract_seconds", "90",
     "storstil.conf:1: attract_seconds: \"soon\" is not a number; using 90\n"},
    {"attract_seconds = 0\nattract_seconds = x", "attract_seconds", "0",
     "storstil.conf:2: attract_seconds: \"x\" is not a number; using 0 (off)\n"},
    /* data_dir, font */
    {"data_dir = /srv/storstil/texts", "data_dir", "/srv/storstil/texts", ""},
    {"data_dir = \"/media/usb/Mina texter\"", "data_dir", "/media/usb/Mina texter", ""},
    {"data_dir =", "data_dir", "data", "storstil.conf:1: data_dir: \"\" is empty; using \"data\"\n"},
    {"font = /usr/share/fonts/x.ttf # big font", "font", "/usr/share/fonts/x.ttf", ""},
    {"font = \"\"", "font", "", ""},
    {"font = /a.ttf\nfont =", "font", "", "storstil.conf:2: font: set again (first on line 1); using the bundled font\n"},
    /* text_size */
    {"text_size = 1", "text_size", "1", ""},
    {"text_size = 5", "text_size", "5", ""},
    {"text_size=4", "text_size", "4", ""},
    {"  text_size   =   2  ", "text_size", "2", ""},
    {"text_size = 9", "text_size", "3", "storstil.conf:1: text_size: \"9\" is out of range 1..5; using 3\n"},
    {"text_size = 0", "text_size", "3", "storstil.conf:1: text_size: \"0\" is out of range 1..5; using 3\n"},
    {"text_size = -2", "text_size", "3", "storstil.conf:1: text_size: \"-2\" is out of range 1..5; using 3\n"},
    {"text_size = big", "text_size", "3", "storstil.conf:1: text_size: \"big\" is not a number; using 3\n"},
    {"text_size = 3.5", "text_size", "3", "storstil.conf:1: text_size: \"3.5\" is not a number; using 3\n"},
    {"text_size = 99999999999999999999", "text_size", "3",
     "storstil.conf:1: text_size: \"99999999999999999999\" is out of range 1..5; using 3\n"},
    /* theme */
    {"theme = light", "theme", "light", ""},
    {"theme = yellow", "theme", "yellow", ""},
    {"theme = Dark", "theme", "dark", ""},
    {"theme = pink", "theme", "dark",
     "storstil.conf:1: theme: \"pink\" is not a theme (dark, light or yellow); using dark\n"},
    /* lang */
    {"lang = en", "lang", "en", ""},
    {"lang = sv", "lang", "sv", ""},
    {"lang = fi", "lang", "sv", "storstil.conf:1: lang: \"fi\" is not a language (sv or en); using sv\n"},
    /* idle */
    {"idle_seconds = 300", "idle_seconds", "300", ""},
    {"idle_seconds = 10", "idle_seconds", "10", ""},
    {"idle_seconds = 1", "idle_seconds", "1", ""},
    {"idle_seconds = 0", "idle_seconds", "120",
     "storstil.conf:1: idle_seconds: \"0\" is out of range 1..86400; using 120\n"},
    {"idle_seconds = -1", "idle_seconds", "120",
     "storstil.conf:1: idle_seconds: \"-1\" is out of range 1..86400; using 120\n"},
    {"idle_seconds = 2m", "idle_seconds", "120",
     "storstil.conf:1: idle_seconds: \"2m\" is not a number; using 120\n"},
    {"idle_warning_seconds = 15", "idle_warning_seconds", "15", ""},
    {"idle_warning_seconds = 601", "idle_warning_seconds", "30",
     "storstil.conf:1: idle_warning_seconds: \"601\" is out of range 1..600; using 30\n"},
    {"idle_warning_seconds = 1", "idle_warning_seconds", "1", ""},
    /* rotate */
    {"rotate = 90", "rotate", "90", ""},
    {"rotate = 180", "rotate", "180", ""},
    {"rotate = 270", "rotate", "270", ""},
    {"rotate = 45", "rotate", "0", "storstil.conf:1: rotate: \"45\" is not 0, 90, 180 or 270; using 0\n"},
    {"rotate = 360", "rotate", "0", "storstil.conf:1: rotate: \"360\" is not 0, 90, 180 or 270; using 0\n"},
    {"rotate = -90", "rotate", "0", "storstil.conf:1: rotate: \"-90\" is not 0, 90, 180 or 270; using 0\n"},
    {"rotate = left", "rotate", "0", "storstil.conf:1: rotate: \"left\" is not a number; using 0\n"},
    /* on/off */
    {"animations = off", "animations", "off", ""},
    {"animations = no", "animations", "off", ""},
    {"animations = FALSE", "animations", "off", ""},
    {"animations = 0", "animations", "off", ""},
    {"animations = maybe", "animations", "on", "storstil.conf:1: animations: \"maybe\" is not on or off; using on\n"},
    {"fullscreen = off", "fullscreen", "off", ""},
    {"fullscreen = yes", "fullscreen", "on", ""},
    {"fullscreen = 2", "fullscreen", "on", "storstil.conf:1: fullscreen: \"2\" is not on or off; using on\n"},
    /* staff_pin: never echoed */
    {"staff_pin = 1234", "staff_pin", "1234", ""},
    {"staff_pin = 12345678", "staff_pin", "12345678", ""},
    {"staff_pin = \"0042\"", "staff_pin", "0042", ""},
    {"staff_pin = 123", "staff_pin", "",
     "storstil.conf:1: staff_pin: must be 4 to 8 digits; using no PIN (staff menu locked)\n"},
    {"staff_pin = 123456789", "staff_pin", "",
     "storstil.conf:1: staff_pin: must be 4 to 8 digits; using no PIN (staff menu locked)\n"},
    {"staff_pin = 12a4", "staff_pin", "",
     "storstil.conf:1: staff_pin: must be 4 to 8 digits; using no PIN (staff menu locked)\n"},
    {"staff_pin = 1234\nstaff_pin = 99", "staff_pin", "1234",
     "storstil.conf:2: staff_pin: must be 4 to 8 digits; using the earlier PIN\n"},
    /* usb_key: a crypt hash, never echoed; usb_status: an absolute path */
    {"", "usb_key", "", ""},
    {"usb_key = $y$j9T$abc$def", "usb_key", "$y$j9T$abc$def", ""},
    {"usb_key = hemlig fras", "usb_key", "",
     "storstil.conf:1: usb_key: is not a key hash from storstil-usb --make-key; using no key (USB sticks are ignored)\n"},
    {"usb_key = $y$abc\nusb_key = ", "usb_key", "$y$abc",
     "storstil.conf:2: usb_key: is not a key hash from storstil-usb --make-key; using the earlier key\n"},
    {"", "usb_status", "/run/storstil/usb-status", ""},
    {"usb_status = /tmp/s", "usb_status", "/tmp/s", ""},
    {"usb_status = s", "usb_status", "/run/storstil/usb-status",
     "storstil.conf:1: usb_status: \"s\" is not an absolute path; using \"/run/storstil/usb-status\"\n"},
    /* screen_size_mm: WxH millimetres, or auto */
    {"screen_size_mm = 154x86", "screen_size_mm", "154x86", ""},
    {"screen_size_mm = 154X86", "screen_size_mm", "154x86", ""},
    {"screen_size_mm = 40x3000", "screen_size_mm", "40x3000", ""},
    {"screen_size_mm = 154x86\nscreen_size_mm = AUTO", "screen_size_mm", "auto",
     "storstil.conf:2: screen_size_mm: set again (first on line 1); using the display's own size\n"},
    {"screen_size_mm = 154x86\nscreen_size_mm =", "screen_size_mm", "auto",
     "storstil.conf:2: screen_size_mm: set again (first on line 1); using the display's own size\n"},
    {"screen_size_mm = 10x10", "screen_size_mm", "auto",
     "storstil.conf:1: screen_size_mm: \"10x10\" is out of range: each side 40 to 3000 mm; "
     "using the display's own size\n"},
    {"screen_size_mm = 154x86\nscreen_size_mm = 154x3001", "screen_size_mm", "154x86",
     "storstil.conf:2: screen_size_mm: \"154x3001\" is out of range: each side 40 to 3000 mm; using 154x86\n"},
    {"screen_size_mm = 154", "screen_size_mm", "auto",
     "storstil.conf:1: screen_size_mm: \"154\" is not WxH in millimetres (e.g. 154x86); "
     "using the display's own size\n"},
    {"screen_size_mm = 7 inch", "screen_size_mm", "auto",
     "storstil.conf:1: screen_size_mm: \"7 inch\" is not WxH in millimetres (e.g. 154x86); "
     "using the display's own size\n"},
    {"screen_size_mm = 154x86mm", "screen_size_mm", "auto",
     "storstil.conf:1: screen_size_mm: \"154x86mm\" is not WxH in millimetres (e.g. 154x86); "
     "using the display's own size\n"},
    /* display */
    {"display = 1", "display", "1", ""},
    {"display = 16", "display", "0", "storstil.conf:1: display: \"16\" is out of range 0..15; using 0\n"},
    {"display = -1", "display", "0", "storstil.conf:1: display: \"-1\" is out of range 0..15; using 0\n"},
    /* syntax */
    {"# text_size = 5\n\n   # indented comment\n", "text_size", "3", ""},
    {"text_size = 4 # bigger for the fair", "text_size", "4", ""},
    {"TEXT_SIZE = 4", "text_size", "4", ""},
    {"text_size = 4\r\ntheme = light\r\n", "text_size", "4", ""},
    {"\xEF\xBB\xBFtext_size = 2\n", "text_size", "2", ""},
    {"colour = red\ntext_size = 2", "text_size", "2", "storstil.conf:1: colour: unknown key; ignored\n"},
    {"text_size 4", "text_size", "3", "storstil.conf:1: expected \"key = value\"; ignored\n"},
    {"= 4", "text_size", "3", "storstil.conf:1: expected \"key = value\"; ignored\n"},
    {"data_dir = \"/srv/x", "data_dir", "data", "storstil.conf:1: data_dir: unclosed quote; ignored\n"},
    {"data_dir = \"/srv/x\" junk", "data_dir", "data", "storstil.conf:1: data_dir: unclosed quote; ignored\n"},
    {"data_dir = \"/srv/a #1\" # note", "data_dir", "/srv/a #1", ""},
    {"data_dir = /srv/a#1", "data_dir", "/srv/a#1", ""},
    /* duplicates: the later good line wins, with a warning */
    {"text_size = 2\ntext_size = 4", "text_size", "4",
     "storstil.conf:2: text_size: set again (first on line 1); using 4\n"},
    {"theme = light\n\ntheme = yellow\ntheme = dark", "theme", "dark",
     "storstil.conf:3: theme: set again (first on line 1); using yellow\n"
     "storstil.conf:4: theme: set again (first on line 1); using dark\n"},
    {"text_size = 2\ntext_size = 9", "text_size", "2",
     "storstil.conf:2: text_size: \"9\" is out of range 1..5; using 2\n"},
    {"text_size = 9\ntext_size = 4", "text_size", "4",
     "storstil.conf:1: text_size: \"9\" is out of range 1..5; using 3\n"},
    /* warnings name the right line */
    {"# header\n\nlang = en\nrotate = 7\n", "rotate", "0",
     "storstil.conf:4: rotate: \"7\" is not 0, 90, 180 or 270; using 0\n"},
};

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static void test_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const Row *r = &rows[i];
        Config c;
        int n;
        char *warnings = parse(&c, r->text, &n);
        char got[CONFIG_PATH_MAX];
        show(&c, r->key, got, sizeof got);
        if (strcmp(got, r->want) != 0)
            fail_msg("row %zu (%s): %s is \"%s\", want \"%s\"", i, r->text, r->key, got, r->want);
        if (strcmp(warnings, r->warning) != 0)
            fail_msg("row %zu (%s): warnings\n%s\nwant\n%s", i, r->text, warnings, r->warning);
        assert_int_equal(n, count_lines(r->warning));
        free(warnings);
    }
}

/* The fuzz seed that sets every key of the table (checked, so a new key
 * needs a line there) to a value other than its default. */
#define FULL_FILE "tests/fuzz/corpus_config/all-keys.conf"

static void test_full_file(void **state)
{
    (void)state;
    char *w = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&w, &len);
    Config c, d;
    config_defaults(&c);
    int n = config_load_file(&c, FULL_FILE, f);
    fclose(f);
    assert_int_equal(n, 0);
    assert_string_equal(w, "");
    assert_string_equal(c.data_dir, "/srv/texts");
    assert_string_equal(c.synced_dir, "/srv/synced");
    assert_string_equal(c.font, "/usr/share/fonts/big.ttf");
    assert_int_equal(c.text_size, 4);
    assert_int_equal(c.theme, THEME_YELLOW);
    assert_int_equal(c.lang, LANG_EN);
    assert_int_equal(c.idle_seconds, 90);
    assert_int_equal(c.idle_warning_seconds, 20);
    assert_int_equal(c.rotate, 180);
    assert_false(c.animations);
    assert_int_equal(c.attract_seconds, 0);
    assert_string_equal(c.staff_pin, "2468");
    assert_false(c.fullscreen);
    assert_int_equal(c.display, 1);
    assert_int_equal(c.screen_w_mm, 154);
    assert_int_equal(c.screen_h_mm, 86);
    assert_false(c.read_aloud);
    assert_int_equal(c.speech_rate, 200);
    assert_int_equal(c.volume, 70);
    assert_int_equal(c.voice, CONFIG_VOICE_MBROLA);
    assert_string_equal(c.usb_key, "$y$j9T$abc$def");
    assert_string_equal(c.usb_status, "/tmp/usb-status");
    assert_false(c.stats);
    assert_string_equal(c.stats_dir, "/tmp/stats");
    free(w);
    config_defaults(&d);
    for (size_t i = 0; config_key_name(i); i++) {
        const char *key = config_key_name(i);
        char got[CONFIG_PATH_MAX], def[CONFIG_PATH_MAX];
        show(&c, key, got, sizeof got);
        show(&d, key, def, sizeof def);
        if (!strcmp(got, def))
            fail_msg("%s = %s is its default: " FULL_FILE " does not set it", key, got);
    }
}

static void test_long_line_and_path(void **state)
{
    (void)state;
    size_t n = 5000;
    char *text = malloc(n + 32);
    strcpy(text, "data_dir = ");
    memset(text + 11, 'a', n);
    strcpy(text + 11 + n, "\ntext_size = 2\n");
    Config c;
    int nw;
    char *w = parse(&c, text, &nw);
    assert_int_equal(nw, 1);
    assert_string_equal(w, "storstil.conf:1: line is too long; ignored\n");
    assert_int_equal(c.text_size, 2);
    free(w);
    text[11 + CONFIG_PATH_MAX] = '\0'; /* a path one byte too long */
    w = parse(&c, text, &nw);
    assert_int_equal(nw, 1);
    assert_non_null(strstr(w, "is too long; using \"data\""));
    assert_string_equal(c.data_dir, "data");
    free(w);
    free(text);
}

static void test_config_set_for_flags(void **state)
{
    (void)state;
    Config c;
    config_defaults(&c);
    assert_true(config_set(&c, "lang", "en", "command line", 0, NULL));
    assert_int_equal(c.lang, LANG_EN);
    char *out = NULL;
    size_t len = 0;
    FILE *w = open_memstream(&out, &len);
    assert_false(config_set(&c, "text_size", "7", "--text-size", 0, w));
    assert_false(config_set(&c, "nope", "1", "--nope", 0, w));
    fclose(w);
    assert_string_equal(out, "--text-size: text_size: \"7\" is out of range 1..5; using 3\n"
                             "--nope: nope: unknown key; ignored\n");
    free(out);
}

static void test_files(void **state)
{
    (void)state;
    char dir[] = "/tmp/storstil-config-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/storstil.conf", dir);
    FILE *f = fopen(path, "wb");
    fputs("text_size = 5\ntheme = light", f);
    fputc('\0', f); /* a stray NUL does not hide the next line */
    fputs("\nlang = en\n", f);
    fclose(f);

    Config c;
    config_defaults(&c);
    assert_int_equal(config_load_file(&c, path, NULL), 0);
    assert_int_equal(c.text_size, 5);
    assert_int_equal(c.theme, THEME_LIGHT);
    assert_int_equal(c.lang, LANG_EN);

    /* unreadable: a missing file, and a directory */
    char *out = NULL;
    size_t len = 0;
    FILE *w = open_memstream(&out, &len);
    char missing[300];
    snprintf(missing, sizeof missing, "%s/missing.conf", dir);
    config_defaults(&c);
    assert_int_equal(config_load_file(&c, missing, w), 1);
    assert_int_equal(config_load_file(&c, dir, w), 1);
    fclose(w);
    assert_non_null(strstr(out, "missing.conf: cannot read (No such file or directory); using the defaults\n"));
    assert_int_equal(count_lines(out), 2);
    Config d;
    config_defaults(&d);
    assert_memory_equal(&c, &d, sizeof c);
    free(out);
    unlink(path);
    rmdir(dir);
}

/* A named pipe, a device and an over-large file: one warning each and the
 * defaults, without waiting for a writer; /dev/null is an empty file. */
static void test_files_that_are_not_configs(void **state)
{
    (void)state;
    char dir[] = "/tmp/storstil-config-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char fifo[256], big[256];
    snprintf(fifo, sizeof fifo, "%s/fifo.conf", dir);
    snprintf(big, sizeof big, "%s/big.conf", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    FILE *f = fopen(big, "wb");
    fputs("text_size = 5\n", f);
    fclose(f);
    assert_int_equal(truncate(big, 2 * 1024 * 1024), 0);

    char *out = NULL;
    size_t len = 0;
    FILE *w = open_memstream(&out, &len);
    Config c, d;
    config_defaults(&c);
    config_defaults(&d);
    assert_int_equal(config_load_file(&c, fifo, w), 1);
    assert_int_equal(config_load_file(&c, "/dev/zero", w), 1);
    assert_int_equal(config_load_file(&c, big, w), 1);
    assert_int_equal(config_load_file(&c, "/dev/null", w), 0);
    fclose(w);
    assert_non_null(strstr(out, "fifo.conf: cannot read (not a regular file); using the defaults\n"));
    assert_non_null(strstr(out, "/dev/zero: cannot read (not a regular file); using the defaults\n"));
    assert_non_null(strstr(out, "big.conf: cannot read (the file is larger than 1 MiB); using the defaults\n"));
    assert_int_equal(count_lines(out), 3);
    assert_memory_equal(&c, &d, sizeof c);
    free(out);
    unlink(fifo);
    unlink(big);
    rmdir(dir);
}

/* A fake environment and file system for config_find_path. */
static const char *fake_xdg, *fake_home;
static const char *fake_files[4];

static const char *fake_getenv(const char *name)
{
    if (!strcmp(name, "XDG_CONFIG_HOME")) return fake_xdg;
    if (!strcmp(name, "HOME")) return fake_home;
    return NULL;
}

static bool fake_readable(const char *path)
{
    for (int i = 0; i < 4 && fake_files[i]; i++)
        if (!strcmp(fake_files[i], path))
            return true;
    return false;
}

static void test_find_path(void **state)
{
    (void)state;
    static const struct {
        const char *explicit_path, *xdg, *home, *files[3], *want;
    } t[] = {
        {"my.conf", "/x", "/h", {"/x/storstil/storstil.conf"}, "my.conf"},
        {"missing.conf", NULL, NULL, {NULL}, "missing.conf"},
        {NULL, "/x", "/h", {"/x/storstil/storstil.conf", "/etc/storstil.conf"}, "/x/storstil/storstil.conf"},
        {"", "/x", "/h", {"/x/storstil/storstil.conf"}, "/x/storstil/storstil.conf"},
        {NULL, "/x", "/h", {"/etc/storstil.conf"}, "/etc/storstil.conf"},
        {NULL, "/x", "/h", {"/h/.config/storstil/storstil.conf"}, NULL},
        {NULL, NULL, "/h", {"/h/.config/storstil/storstil.conf"}, "/h/.config/storstil/storstil.conf"},
        {NULL, "", "/h", {"/h/.config/storstil/storstil.conf"}, "/h/.config/storstil/storstil.conf"},
        {NULL, "relative", "/h", {"/h/.config/storstil/storstil.conf"}, "/h/.config/storstil/storstil.conf"},
        {NULL, NULL, NULL, {"/etc/storstil.conf"}, "/etc/storstil.conf"},
        {NULL, NULL, NULL, {NULL}, NULL},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        fake_xdg = t[i].xdg;
        fake_home = t[i].home;
        memset(fake_files, 0, sizeof fake_files);
        for (int j = 0; j < 3; j++)
            fake_files[j] = t[i].files[j];
        char buf[CONFIG_PATH_MAX];
        const char *got = config_find_path(buf, sizeof buf, t[i].explicit_path, fake_getenv, fake_readable);
        if (!t[i].want)
            assert_null(got);
        else if (!got || strcmp(got, t[i].want) != 0)
            fail_msg("row %zu: got %s, want %s", i, got ? got : "NULL", t[i].want);
    }
    /* a buffer too small for the XDG path falls through, never truncates */
    fake_xdg = "/a/very/long/folder";
    fake_files[0] = "/a/very/long/folder/storstil/storstil.conf";
    fake_files[1] = NULL;
    char small[16];
    assert_null(config_find_path(small, sizeof small, NULL, fake_getenv, fake_readable));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_full_file),
        cmocka_unit_test(test_long_line_and_path),
        cmocka_unit_test(test_config_set_for_flags),
        cmocka_unit_test(test_files),
        cmocka_unit_test(test_files_that_are_not_configs),
        cmocka_unit_test(test_find_path),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
