/* config_keys: owns the table of storstil.conf's keys, one row per key:
 * its name, kind of value, limits, default, help, flag and the Config field
 * it fills. The parser, the warnings, the defaults, `--print-config` (and so
 * deploy/storstil.conf.example) and the usage text all read this table; a
 * new key is one row here and its field in Config. What each kind accepts
 * is config_type.c's. */
#include "config_internal.h"

#include <stddef.h>
#include <string.h>

/* The Config field a row fills: where it is and how many bytes it holds. */
#define FIELD(f) .at = offsetof(Config, f), .cap = sizeof ((Config *)0)->f

/* CONFIG_MM fills two ints side by side: the width, then the height. */
_Static_assert(offsetof(Config, screen_h_mm) == offsetof(Config, screen_w_mm) + sizeof(int),
               "screen_h_mm must follow screen_w_mm");

/* The key voice's words, in ConfigVoice's order. */
static const char *const voice_words[] = {"espeak", "mbrola", NULL};
_Static_assert(sizeof voice_words / sizeof *voice_words == CONFIG_VOICE_COUNT + 1, "a word for each voice");

static const ConfigKey keys[] = {
    {.name = "data_dir", .type = CONFIG_PATH, FIELD(data_dir), .def = "data",
     .help = "Folder of the texts shown on the shelf (*.txt in the storstil format).",
     .example = "/var/lib/storstil/data", .flag = "--data", .arg = "DIR"},
    {.name = "synced_dir", .type = CONFIG_PATH, FIELD(synced_dir), .def = "",
     .help = "A second folder of texts, filled from the office; empty: none.",
     .more = "Syncthing's receive-only folder, e.g. /var/lib/storstil/synced. The\n"
             "shelf shows both folders' texts; a file name in both shows the data\n"
             "folder's copy. Syncthing's own files and conflict copies are skipped.",
     .flag = "--synced", .arg = "DIR", .unset = "none"},
    {.name = "font", .type = CONFIG_PATH, FIELD(font), .def = "",
     .help = "Font file for the text; empty: the bundled Atkinson Hyperlegible.",
     .flag = "--font", .unset = "the bundled font"},
    {.name = "text_size", .type = CONFIG_INT, FIELD(text_size), .lo = 1, .hi = 5, .def = "3",
     .help = "Starting text size, 1..5 (3: about 1/20 of the screen height).",
     .flag = "--text-size"},
    {.name = "theme", .type = CONFIG_THEME, FIELD(theme), .def = "dark",
     .help = "Colours: dark, light or yellow, each pair 7:1 contrast or more.",
     .more = "dark: light text on black; light: near-black on warm white;\n"
             "yellow: yellow on black.",
     .flag = "--theme"},
    {.name = "lang", .type = CONFIG_LANG, FIELD(lang), .def = "sv",
     .help = "Language of the screens: sv (Swedish) or en (English).", .flag = "--lang"},
    {.name = "idle_seconds", .type = CONFIG_INT, FIELD(idle_seconds), .lo = 1, .hi = 86400,
     .def = "120", .help = "Seconds without a touch before \"Läser du fortfarande?\"."},
    {.name = "idle_warning_seconds", .type = CONFIG_INT, FIELD(idle_warning_seconds), .lo = 1,
     .hi = 600, .def = "30",
     .help = "Its countdown in seconds; then the shelf, and the size and theme reset."},
    {.name = "rotate", .type = CONFIG_INT, FIELD(rotate), .lo = 0, .hi = 270, .step = 90,
     .def = "0", .help = "Screen rotation for portrait kiosks: 0, 90, 180 or 270.",
     .flag = "--rotate"},
    {.name = "animations", .type = CONFIG_BOOL, FIELD(animations), .def = "on",
     .help = "Page turns slide (on) or change at once (off).", .flag = "--animations"},
    {.name = "attract_seconds", .type = CONFIG_INT, FIELD(attract_seconds), .lo = 0,
     .hi = 86400, .def = "90", .note = " (0: off)", .unset = "0 (off)",
     .help = "Quiet seconds on the shelf before the attract screen; 0: never.",
     .more = "It shows one quote at a time from the texts (a fair stand, a library\n"
             "entrance).",
     .flag = "--attract-seconds"},
    {.name = "staff_pin", .type = CONFIG_PIN, FIELD(staff_pin),
     .help = "The staff menu's PIN, 4 to 8 digits; without one it cannot be opened.",
     .more = "Hold the top-left corner 5 seconds to get the PIN pad.", .example = "2580",
     .unset = "no PIN (staff menu locked)", .secret = "the earlier PIN"},
    {.name = "fullscreen", .type = CONFIG_BOOL, FIELD(fullscreen), .def = "on",
     .help = "on: full screen, only staff can quit. off: a window (development)."},
    {.name = "display", .type = CONFIG_INT, FIELD(display), .lo = 0, .hi = 15, .def = "0",
     .help = "Display index when several screens are attached.", .flag = "--display"},
    {.name = "screen_size_mm", .type = CONFIG_MM, FIELD(screen_w_mm),
     .lo = CONFIG_SCREEN_MM_MIN, .hi = CONFIG_SCREEN_MM_MAX, .def = "auto",
     .help = "The panel's size, when it reports none or a wrong one.",
     .more = "WxH in millimetres as mounted (before rotate), 40 to 3000 each;\n"
             "auto: what the display reports.",
     .flag = "--screen-size-mm", .unset = "the display's own size"},
    {.name = "read_aloud", .type = CONFIG_BOOL, FIELD(read_aloud), .def = "on",
     .help = "A \"Läs upp\" button in the reader ; the key voice chooses its voice.",
     .more = "It is absent when off, or when no audio device opens."},
    {.name = "speech_rate", .type = CONFIG_INT, FIELD(speech_rate),
     .lo = CONFIG_SPEECH_RATE_MIN, .hi = CONFIG_SPEECH_RATE_MAX, .def = "140",
     .note = " words a minute",
     .help = "Words a minute when reading aloud, 80 to 450 (espeak-ng's own: 175)."},
    {.name = "volume", .type = CONFIG_INT, FIELD(volume), .lo = 0, .hi = 100, .def = "100",
     .help = "Loudness of reading aloud, 0 to 100."},
    {.name = "voice", .type = CONFIG_CHOICE, FIELD(voice), .choices = voice_words, .def = "espeak",
     .help = "The voice reading aloud: espeak (espeak-ng's own) or mbrola (clearer).",
     .more = "mbrola: MBROLA's Swedish voice, mb-sw1 or else mb-sw2, and mb-en1 for\n"
             "texts in English, where their packages are installed (README \"A clearer\n"
             "voice\"); a voice that is not falls back to espeak-ng's, said once."},
    {.name = "usb_key", .type = CONFIG_HASH, FIELD(usb_key),
     .help = "The staff's USB key: the line `storstil-usb --make-key /media/usb` prints.",
     .more = "A hash, never the phrase. Without it every USB stick is ignored.",
     .example = "$y$...", .unset = "no key (USB sticks are ignored)",
     .secret = "the earlier key"},
    {.name = "usb_status", .type = CONFIG_ABS_PATH, FIELD(usb_status),
     .def = "/run/storstil/usb-status",
     .help = "The USB import's status file, which the kiosk shows as a banner.",
     .flag = "--usb-status"},
    {.name = "stats", .type = CONFIG_BOOL, FIELD(stats), .def = "on",
     .help = "Count the kiosk's use for the library's reports (README \"Use counts\").",
     .more = "Counts only: visits, texts opened, pages, readings aloud, size changes,\n"
             "by the hour; never who, never a visitor's sequence. off: nothing logged.",
     .flag = "--stats"},
    {.name = "stats_dir", .type = CONFIG_ABS_PATH, FIELD(stats_dir),
     .def = "/var/lib/storstil/stats",
     .help = "Where storstil-stats writes the daily files; Info shows the last seven days.",
     .more = "With a read-only root, a folder on the data partition."},
};

_Static_assert(sizeof keys / sizeof *keys <= CONFIG_KEYS_MAX, "raise CONFIG_KEYS_MAX");

const ConfigKey *config_keys(size_t *count)
{
    *count = sizeof keys / sizeof *keys;
    return keys;
}

const ConfigKey *config_key_find(const char *key)
{
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (config_same_word(key, keys[i].name))
            return &keys[i];
    return NULL;
}

const char *config_key_name(size_t i)
{
    return i < sizeof keys / sizeof *keys ? keys[i].name : NULL;
}

const char *config_flag_key(const char *flag)
{
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (keys[i].flag && !strcmp(flag, keys[i].flag))
            return keys[i].name;
    return NULL;
}
