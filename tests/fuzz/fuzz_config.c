/* fuzz_config: the config parser on arbitrary text. config_parse_buffer
 * must never crash, and whatever lines it sees, every value stays in its
 * key's range (a bad line keeps the default): checked by hand for the first
 * keys, and for every key of the table by reading its value back, as a
 * config line, into a fresh Config without a warning. Warnings go to
 * /dev/null; a broken range or a value that does not read back traps. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "core/config.h"

static FILE *devnull;
static Config fresh; /* the defaults, once */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!devnull) {
        devnull = fopen("/dev/null", "w");
        config_defaults(&fresh);
    }
    /* The parser takes NUL-terminated text, as config_load_file gives it. */
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    Config c;
    config_defaults(&c);
    int warned = config_parse_buffer(&c, "storstil.conf", text, devnull);
    CHECK(warned >= 0);
    CHECK(memchr(c.data_dir, '\0', sizeof c.data_dir) != NULL);
    CHECK(memchr(c.font, '\0', sizeof c.font) != NULL);
    CHECK(c.text_size >= 1 && c.text_size <= 5);
    CHECK(c.theme >= THEME_DARK && c.theme < THEME_COUNT);
    CHECK(c.lang == LANG_SV || c.lang == LANG_EN);
    CHECK(c.idle_seconds >= 1 && c.idle_seconds <= 86400);
    CHECK(c.idle_warning_seconds >= 1 && c.idle_warning_seconds <= 600);
    CHECK(c.rotate == 0 || c.rotate == 90 || c.rotate == 180 || c.rotate == 270);
    CHECK(c.display >= 0 && c.display <= 15);
    size_t pin = strnlen(c.staff_pin, sizeof c.staff_pin);
    CHECK(pin < sizeof c.staff_pin);
    CHECK(pin == 0 || (pin >= CONFIG_PIN_MIN && pin <= CONFIG_PIN_MAX));
    for (size_t i = 0; i < pin; i++) CHECK(c.staff_pin[i] >= '0' && c.staff_pin[i] <= '9');
    CHECK((unsigned)c.theme < THEME_COUNT);
    for (size_t i = 0; config_key_name(i); i++) {
        const char *key = config_key_name(i);
        char value[CONFIG_PATH_MAX], again[CONFIG_PATH_MAX];
        Config d = fresh;
        CHECK(config_value(&c, key, value, sizeof value));
        CHECK(config_set(&d, key, value, "fuzz", 0, NULL) || !value[0]);
        CHECK(config_value(&d, key, again, sizeof again) && !strcmp(value, again));
    }
    free(text);
    return 0;
}
