/* lang: owns the Swedish and English string tables and the small rules
 * around them (singular forms, reading time). It must not decide when a text
 * is shown or how it is drawn; every visible word lives here and nowhere else.
 * Tables use designated initialisers so an entry can never slip to the wrong
 * id; the tests check that no entry is missing. */
#include "lang.h"

#include <stdarg.h>
#include <stdio.h>

typedef struct {
    const char *text; /* the form for every count but 1, or the only form */
    const char *one;  /* the singular form, or NULL */
} Entry;

static const Entry sv[STR_COUNT] = {
    [STR_SHELF_HEADING] = {"Välj en text att läsa", NULL},
    [STR_SHELF_EMPTY] = {"Inga texter ännu", NULL},
    [STR_SHELF_EMPTY_HINT] = {"Fråga gärna personalen.", NULL},
    [STR_CARD_SERIES] = {"%s, avsnitt %s", NULL},
    [STR_CARD_SPEAKERS] = {"Talare: %s", NULL},
    [STR_CARD_SPEAKERS_MORE] = {"Talare: %s med flera", NULL},
    [STR_CARD_AND] = {" och ", NULL},
    [STR_READING_TIME] = {"ca %d minuter", "ca %d minut"},
    [STR_HOME] = {"Alla texter", NULL},
    [STR_SMALLER] = {"A-", NULL},
    [STR_BIGGER] = {"A+", NULL},
    [STR_PREV] = {"◀ Föregående", NULL},
    [STR_NEXT] = {"Nästa sida ▶", NULL},
    [STR_PAGE_OF] = {"Sida %d av %d", NULL},
    [STR_PAGE_OF_SHORT] = {"%d av %d", NULL},
    [STR_HINT] = {"Tryck på Nästa sida eller på högra delen av texten för att "
                  "bläddra. Du kan också svepa med fingret.", NULL},
    [STR_READ_ALOUD] = {"Läs upp", NULL},
    [STR_READ_STOP] = {"Sluta läsa", NULL},
    [STR_END_TITLE] = {"Slut på texten", NULL},
    [STR_END_BODY] = {"Du har läst hela texten. Tack för att du läste!", NULL},
    [STR_BACK_TO_SHELF] = {"Tillbaka till alla texter", NULL},
    [STR_IDLE_QUESTION] = {"Läser du fortfarande?", NULL},
    [STR_IDLE_KEEP] = {"Ja, fortsätt läsa", NULL},
    [STR_IDLE_COUNTDOWN] = {"Om %d sekunder går vi tillbaka till alla texter.",
                            "Om %d sekund går vi tillbaka till alla texter."},
    [STR_ERROR_TITLE] = {"Den här texten kunde inte visas", NULL},
    [STR_ERROR_BODY] = {"Det är inget fel på skärmen. Välj gärna en annan text, "
                        "så tittar personalen på den här.", NULL},
    [STR_PIN_TITLE] = {"Personal: skriv koden", NULL},
    [STR_PIN_WRONG] = {"Fel kod.", NULL},
    [STR_PIN_WAIT] = {"Vänta %d sekunder innan du försöker igen.",
                      "Vänta %d sekund innan du försöker igen."},
    [STR_PIN_ERASE] = {"Radera", NULL},
    [STR_PIN_OK] = {"OK", NULL},
    [STR_PIN_CANCEL] = {"Avbryt", NULL},
    [STR_MENU_TITLE] = {"Personalmeny", NULL},
    [STR_MENU_QUIT] = {"Avsluta", NULL},
    [STR_MENU_RELOAD] = {"Ladda om texter", NULL},
    [STR_MENU_INFO] = {"Info", NULL},
    [STR_MENU_BACK] = {"Tillbaka", NULL},
    [STR_RELOADED] = {"Texterna är inlästa på nytt.", NULL},
    [STR_INFO_VERSION] = {"Version: %s", NULL},
    [STR_INFO_DATA_DIR] = {"Textmapp: %s", NULL},
    [STR_INFO_SYNCED_DIR] = {"Texter från kontoret: %s", NULL},
    [STR_INFO_DOCS] = {"Inlästa texter: %d", NULL},
    [STR_INFO_PROBLEMS] = {"Problem vid inläsning: %d", NULL},
    [STR_INFO_NO_PROBLEMS] = {"Inga problem vid inläsning.", NULL},
    [STR_INFO_SCREEN_MM] = {"Skärm: %d × %d mm (%s)", NULL},
    [STR_INFO_SCREEN_UNKNOWN] = {"Skärm: storleken är okänd (ange screen_size_mm)", NULL},
    [STR_INFO_FROM_DISPLAY] = {"enligt skärmen", NULL},
    [STR_INFO_FROM_CONFIG] = {"enligt screen_size_mm", NULL},
    [STR_INFO_TEXT_MM] = {"Textstorlek %d: x-höjd %d,%d mm, %d rader per sida, %d tecken per rad", NULL},
    [STR_INFO_TEXT] = {"Textstorlek %d: %d rader per sida, %d tecken per rad", NULL},
    [STR_CONTENTS] = {"Innehåll", NULL},
    [STR_CONTENTS_BACK] = {"Tillbaka", NULL},
    [STR_CONTENTS_PAGE] = {"sidan %d", NULL},
    [STR_PREV_SHORT] = {"◀ Förra", NULL},
    [STR_NEXT_SHORT] = {"Nästa ▶", NULL},
    [STR_READ_ALOUD_SHORT] = {"Läs upp", NULL},
    [STR_READ_STOP_SHORT] = {"Sluta", NULL},
    [STR_SLOWER] = {"Saktare", NULL},
    [STR_FASTER] = {"Fortare", NULL},
    [STR_PANEL] = {"Text och ljud", NULL},
    [STR_PANEL_CLOSE] = {"Stäng", NULL},
    [STR_ATTRACT_QUOTE] = {"”%s”", NULL},
    [STR_ATTRACT_BY] = {"%s i ”%s”", NULL},
    [STR_ATTRACT_FROM] = {"Ur ”%s”", NULL},
    [STR_ATTRACT_INVITE] = {"Tryck här för att läsa", NULL},
    [STR_USB_ADDED] = {"%d texter tillagda från USB-minnet.", "%d text tillagd från USB-minnet."},
    [STR_USB_REPLACED] = {"%d texter ersatta med nya versioner.", "%d text ersatt med en ny version."},
    [STR_USB_REMOVED] = {"%d texter borttagna.", "%d text borttagen."},
    [STR_USB_FAILED] = {"%d kunde inte läsas: %s", NULL},
    [STR_USB_SKIPPED] = {"%d filer hoppades över.", "%d fil hoppades över."},
    [STR_USB_NOTHING] = {"Inga nya texter på USB-minnet.", NULL},
    [STR_USB_NO_KEY] = {"USB-minnet har ingen giltig nyckel. Inget lästes.", NULL},
    [STR_USB_RUNNING] = {"Texter läses in från USB-minnet …", NULL},
    [STR_USB_INTERRUPTED] = {"Inläsningen avbröts.", NULL},
    [STR_INFO_USB] = {"Senaste USB-minnet: %s", NULL},
    [STR_INFO_USE_TODAY] = {"I dag: besök %d, texter öppnade %d, sidor vända %d, uppläsningar %d, minuter %d", NULL},
    [STR_INFO_USE_WEEK] = {"Senaste 7 dagarna (%d med filer): besök %d, texter öppnade %d, sidor vända %d, uppläsningar %d, minuter %d", NULL},
    [STR_INFO_USE_OFF] = {"Användningen räknas inte (stats = off).", NULL},
};

static const Entry en[STR_COUNT] = {
    [STR_SHELF_HEADING] = {"Choose a text to read", NULL},
    [STR_SHELF_EMPTY] = {"No texts yet", NULL},
    [STR_SHELF_EMPTY_HINT] = {"Please ask the staff.", NULL},
    [STR_CARD_SERIES] = {"%s, episode %s", NULL},
    [STR_CARD_SPEAKERS] = {"Speaking: %s", NULL},
    [STR_CARD_SPEAKERS_MORE] = {"Speaking: %s and others", NULL},
    [STR_CARD_AND] = {" and ", NULL},
    [STR_READING_TIME] = {"about %d minutes", "about %d minute"},
    [STR_HOME] = {"All texts", NULL},
    [STR_SMALLER] = {"A-", NULL},
    [STR_BIGGER] = {"A+", NULL},
    [STR_PREV] = {"◀ Previous", NULL},
    [STR_NEXT] = {"Next page ▶", NULL},
    [STR_PAGE_OF] = {"Page %d of %d", NULL},
    [STR_PAGE_OF_SHORT] = {"%d of %d", NULL},
    [STR_HINT] = {"Tap Next page or the right part of the text to turn the "
                  "page. You can also swipe with your finger.", NULL},
    [STR_READ_ALOUD] = {"Read aloud", NULL},
    [STR_READ_STOP] = {"Stop reading", NULL},
    [STR_END_TITLE] = {"The end", NULL},
    [STR_END_BODY] = {"You have read the whole text. Thank you for reading!", NULL},
    [STR_BACK_TO_SHELF] = {"Back to all texts", NULL},
    [STR_IDLE_QUESTION] = {"Are you still reading?", NULL},
    [STR_IDLE_KEEP] = {"Yes, keep reading", NULL},
    [STR_IDLE_COUNTDOWN] = {"Going back to all texts in %d seconds.",
                            "Going back to all texts in %d second."},
    [STR_ERROR_TITLE] = {"This text could not be shown", NULL},
    [STR_ERROR_BODY] = {"Nothing is wrong with the screen. Please choose "
                        "another text; the staff will look at this one.", NULL},
    [STR_PIN_TITLE] = {"Staff: enter the code", NULL},
    [STR_PIN_WRONG] = {"Wrong code.", NULL},
    [STR_PIN_WAIT] = {"Wait %d seconds before trying again.",
                      "Wait %d second before trying again."},
    [STR_PIN_ERASE] = {"Erase", NULL},
    [STR_PIN_OK] = {"OK", NULL},
    [STR_PIN_CANCEL] = {"Cancel", NULL},
    [STR_MENU_TITLE] = {"Staff menu", NULL},
    [STR_MENU_QUIT] = {"Quit", NULL},
    [STR_MENU_RELOAD] = {"Reload texts", NULL},
    [STR_MENU_INFO] = {"Info", NULL},
    [STR_MENU_BACK] = {"Back", NULL},
    [STR_RELOADED] = {"The texts have been reloaded.", NULL},
    [STR_INFO_VERSION] = {"Version: %s", NULL},
    [STR_INFO_DATA_DIR] = {"Data folder: %s", NULL},
    [STR_INFO_SYNCED_DIR] = {"Texts from the office: %s", NULL},
    [STR_INFO_DOCS] = {"Texts loaded: %d", NULL},
    [STR_INFO_PROBLEMS] = {"Load problems: %d", NULL},
    [STR_INFO_NO_PROBLEMS] = {"No problems while loading.", NULL},
    [STR_INFO_SCREEN_MM] = {"Screen: %d × %d mm (%s)", NULL},
    [STR_INFO_SCREEN_UNKNOWN] = {"Screen: its size is unknown (set screen_size_mm)", NULL},
    [STR_INFO_FROM_DISPLAY] = {"reported by the display", NULL},
    [STR_INFO_FROM_CONFIG] = {"from screen_size_mm", NULL},
    [STR_INFO_TEXT_MM] = {"Text size %d: x-height %d.%d mm, %d lines a page, %d characters a line", NULL},
    [STR_INFO_TEXT] = {"Text size %d: %d lines a page, %d characters a line", NULL},
    [STR_CONTENTS] = {"Contents", NULL},
    [STR_CONTENTS_BACK] = {"Back", NULL},
    [STR_CONTENTS_PAGE] = {"page %d", NULL},
    [STR_PREV_SHORT] = {"◀ Back", NULL},
    [STR_NEXT_SHORT] = {"Next ▶", NULL},
    [STR_READ_ALOUD_SHORT] = {"Listen", NULL},
    [STR_READ_STOP_SHORT] = {"Stop", NULL},
    [STR_SLOWER] = {"Slower", NULL},
    [STR_FASTER] = {"Faster", NULL},
    [STR_PANEL] = {"Text & sound", NULL},
    [STR_PANEL_CLOSE] = {"Close", NULL},
    [STR_ATTRACT_QUOTE] = {"“%s”", NULL},
    [STR_ATTRACT_BY] = {"%s in “%s”", NULL},
    [STR_ATTRACT_FROM] = {"From “%s”", NULL},
    [STR_ATTRACT_INVITE] = {"Tap to read", NULL},
    [STR_USB_ADDED] = {"%d texts added from the USB stick.", "%d text added from the USB stick."},
    [STR_USB_REPLACED] = {"%d texts replaced by new versions.", "%d text replaced by a new version."},
    [STR_USB_REMOVED] = {"%d texts removed.", "%d text removed."},
    [STR_USB_FAILED] = {"%d could not be read: %s", NULL},
    [STR_USB_SKIPPED] = {"%d files were skipped.", "%d file was skipped."},
    [STR_USB_NOTHING] = {"No new texts on the USB stick.", NULL},
    [STR_USB_NO_KEY] = {"The USB stick has no valid key. Nothing was read.", NULL},
    [STR_USB_RUNNING] = {"Reading texts from the USB stick …", NULL},
    [STR_USB_INTERRUPTED] = {"The import was interrupted.", NULL},
    [STR_INFO_USB] = {"Last USB stick: %s", NULL},
    [STR_INFO_USE_TODAY] = {"Today: visits %d, texts opened %d, pages turned %d, read aloud %d, minutes %d", NULL},
    [STR_INFO_USE_WEEK] = {"Last 7 days (%d with files): visits %d, texts opened %d, pages turned %d, read aloud %d, minutes %d", NULL},
    [STR_INFO_USE_OFF] = {"Use is not counted (stats = off).", NULL},
};

static const Entry *tables[LANG_COUNT] = {sv, en};
static const char *lang_names[LANG_COUNT] = {"sv", "en"};

static const Entry *entry(Lang lang, StringId id)
{
    if ((unsigned)lang >= LANG_COUNT || (unsigned)id >= STR_COUNT)
        return NULL;
    return &tables[lang][id];
}

const char *lang_get(Lang lang, StringId id)
{
    const Entry *e = entry(lang, id);
    return e && e->text ? e->text : "";
}

const char *lang_get_n(Lang lang, StringId id, int n)
{
    const Entry *e = entry(lang, id);
    if (e && e->one && n == 1)
        return e->one;
    return lang_get(lang, id);
}

int lang_format(char *buf, size_t cap, Lang lang, StringId id, ...)
{
    const Entry *e = entry(lang, id);
    const char *fmt = lang_get(lang, id);
    va_list ap;
    va_start(ap, id);
    if (e && e->one) {
        va_list peek;
        va_copy(peek, ap);
        fmt = lang_get_n(lang, id, va_arg(peek, int));
        va_end(peek);
    }
    int n = vsnprintf(buf, cap, fmt, ap);
    va_end(ap);
    return n;
}

static char lower_ascii(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

bool lang_from_name(const char *name, Lang *out)
{
    if (!name)
        return false;
    for (int l = 0; l < LANG_COUNT; l++) {
        const char *a = name, *b = lang_names[l];
        while (*a && *b && lower_ascii(*a) == *b) {
            a++;
            b++;
        }
        if (!*a && !*b) {
            *out = (Lang)l;
            return true;
        }
    }
    return false;
}

const char *lang_name(Lang lang)
{
    return (unsigned)lang < LANG_COUNT ? lang_names[lang] : "";
}

int lang_reading_minutes(size_t words)
{
    size_t m = words / LANG_WORDS_PER_MINUTE
               + (words % LANG_WORDS_PER_MINUTE >= LANG_WORDS_PER_MINUTE / 2);
    if (m < 1)
        return 1;
    return m > 100000 ? 100000 : (int)m;
}
