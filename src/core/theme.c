/* theme: the colour tables and their names.
 *
 * Owns the colours only; where each is drawn is the renderer's business. The
 * speaker palettes pick distinct hues that stay at 7:1 or more on the page
 * background, the bar background and the button background alike, so a name
 * is readable wherever it appears. */
#include "theme.h"

#include <strings.h> /* strcasecmp */

#define C(hex) {(uint8_t)((hex) >> 16), (uint8_t)(((hex) >> 8) & 0xFF), (uint8_t)((hex) & 0xFF)}

static const Theme themes[THEME_COUNT] = {
    [THEME_DARK] = {
        .name = "dark",
        .bg = C(0x000000), .text = C(0xF2F2F2), .muted = C(0xC4C4C4),
        .bar_bg = C(0x141414), .button_bg = C(0x262626), .button_text = C(0xFFFFFF),
        .border = C(0x8A8A8A), .accent = C(0x7FB8FF), .highlight = C(0x1C3250),
        .speakers = {C(0x8FCBFF), C(0xFFB877), C(0x9EE29A), C(0xF7A8DA), C(0xD9C2FF), C(0x7EE8E0)},
    },
    [THEME_LIGHT] = {
        .name = "light",
        .bg = C(0xFBF5E9), .text = C(0x1A1A1A), .muted = C(0x383838),
        .bar_bg = C(0xEFE6D3), .button_bg = C(0xE4D9C2), .button_text = C(0x111111),
        .border = C(0x6B6255), .accent = C(0x1B4F8C), .highlight = C(0xF2D98C),
        .speakers = {C(0x0B3F7A), C(0x6A2600), C(0x154515), C(0x6A1B5C), C(0x3D2B80), C(0x004241)},
    },
    [THEME_YELLOW] = {
        .name = "yellow",
        .bg = C(0x000000), .text = C(0xFFE600), .muted = C(0xE6CF3A),
        .bar_bg = C(0x141414), .button_bg = C(0x262626), .button_text = C(0xFFF04D),
        .border = C(0xB3A100), .accent = C(0xFFE600), .highlight = C(0x262A5E),
        .speakers = {C(0xFFFFFF), C(0x8FE3FF), C(0xB8F57A), C(0xFFB3A0), C(0xFFC94D), C(0xE5C7FF)},
    },
};

const Theme *theme_get(ThemeId id)
{
    return &themes[(unsigned)id < THEME_COUNT ? id : THEME_DARK];
}

bool theme_from_name(const char *name, ThemeId *out)
{
    for (int i = 0; i < THEME_COUNT; i++) {
        if (strcasecmp(themes[i].name, name) == 0) {
            *out = (ThemeId)i;
            return true;
        }
    }
    return false;
}

ThemeColor theme_speaker(const Theme *theme, int index)
{
    if (index < 0) index = 0;
    return theme->speakers[index % THEME_SPEAKER_COLORS];
}
