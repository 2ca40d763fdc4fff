/* lang: every text the kiosk shows, one table per language (Swedish
 * first, English second), looked up by StringId. The renderer formats the
 * ids that take arguments with lang_format; the comment on each id says
 * which printf arguments it takes. */
#ifndef STORSTIL_LANG_H
#define STORSTIL_LANG_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { LANG_SV, LANG_EN, LANG_COUNT } Lang;

typedef enum {
    /* shelf */
    STR_SHELF_HEADING,  /* "Välj en text att läsa" */
    STR_SHELF_EMPTY,    /* "Inga texter ännu" */
    STR_SHELF_EMPTY_HINT,
    STR_CARD_SERIES,    /* (const char *series, const char *episode) "Serie, avsnitt 6" */
    STR_CARD_SPEAKERS,  /* (const char *names) "Talare: Anna och Erik" */
    STR_CARD_SPEAKERS_MORE, /* (const char *names) the first three of more: "Talare: A, B, C med flera" */
    STR_CARD_AND,       /* no arguments: " och " before the last of a complete list of names */
    STR_READING_TIME,   /* (int minutes) "ca 25 minuter"; singular for 1 */
    /* reader */
    STR_HOME,           /* "Alla texter" */
    STR_SMALLER,        /* "A-" */
    STR_BIGGER,         /* "A+" */
    STR_PREV,           /* "◀ Föregående" */
    STR_NEXT,           /* "Nästa sida ▶" */
    STR_PAGE_OF,        /* (int page, int pages), 1-based: "Sida 3 av 41" */
    STR_PAGE_OF_SHORT,  /* the same where that does not fit: "3 av 41" */
    STR_HINT,           /* first-use hint: how to turn pages */
    STR_READ_ALOUD,     /* "Läs upp" */
    STR_READ_STOP,      /* "Sluta läsa" */
    /* end of text */
    STR_END_TITLE,
    STR_END_BODY,
    STR_BACK_TO_SHELF,  /* the big button on the end and error screens */
    /* idle */
    STR_IDLE_QUESTION,  /* "Läser du fortfarande?" */
    STR_IDLE_KEEP,      /* "Ja, fortsätt läsa" */
    STR_IDLE_COUNTDOWN, /* (int seconds); singular for 1 */
    /* error card */
    STR_ERROR_TITLE,    /* "Den här texten kunde inte visas" */
    STR_ERROR_BODY,
    /* staff */
    STR_PIN_TITLE,
    STR_PIN_WRONG,
    STR_PIN_WAIT,       /* (int seconds); singular for 1 */
    STR_PIN_ERASE,
    STR_PIN_OK,
    STR_PIN_CANCEL,
    STR_MENU_TITLE,
    STR_MENU_QUIT,      /* "Avsluta" */
    STR_MENU_RELOAD,    /* "Ladda om texter" */
    STR_MENU_INFO,      /* "Info" */
    STR_MENU_BACK,      /* "Tillbaka" */
    STR_RELOADED,
    STR_INFO_VERSION,   /* (const char *version) */
    STR_INFO_DATA_DIR,  /* (const char *path) */
    STR_INFO_SYNCED_DIR, /* (const char *path): the synced folder, when there is one */
    STR_INFO_DOCS,      /* (int count) */
    STR_INFO_PROBLEMS,  /* (int count) */
    STR_INFO_NO_PROBLEMS,
    STR_INFO_SCREEN_MM,    /* (int w_mm, int h_mm, const char *source) */
    STR_INFO_SCREEN_UNKNOWN,
    STR_INFO_FROM_DISPLAY,
    STR_INFO_FROM_CONFIG,
    STR_INFO_TEXT_MM,      /* (int size, int x-height mm, int its tenths, int lines, int chars) */
    STR_INFO_TEXT,         /* (int size, int lines, int chars): the size is unknown */
    /* contents */
    STR_CONTENTS,          /* "Innehåll": the reader's button and the list's heading */
    STR_CONTENTS_BACK,     /* "Tillbaka": to the page the reader was on */
    STR_CONTENTS_PAGE,     /* (int page), 1-based: "sidan 12" after a heading */
    STR_PREV_SHORT,        /* "◀ Förra": STR_PREV where six controls share one bar */
    STR_NEXT_SHORT,        /* "Nästa ▶" */
    STR_READ_ALOUD_SHORT,  /* "Läs upp" where seven controls share one row */
    STR_READ_STOP_SHORT,   /* "Sluta" */
    /* the visitor's pace and the "Text och ljud" panel */
    STR_SLOWER,            /* "Saktare": reading aloud one step slower */
    STR_FASTER,            /* "Fortare" */
    STR_PANEL,             /* "Text och ljud": opens the panel of A-, A+ and the pace */
    STR_PANEL_CLOSE,       /* "Stäng": the same button while the panel is open */
    /* attract screen */
    STR_ATTRACT_QUOTE,     /* (const char *quote) in quotation marks */
    STR_ATTRACT_BY,        /* (const char *speaker, const char *title) */
    STR_ATTRACT_FROM,      /* (const char *title): a quote with no speaker */
    STR_ATTRACT_INVITE,    /* "Tryck här för att läsa" */
    /* the USB banner on the shelf and the Info screen (app_usb.c) */
    STR_USB_ADDED,         /* (int n) "3 texter tillagda från USB-minnet."; singular for 1 */
    STR_USB_REPLACED,      /* (int n) "1 text ersatt med en ny version."; singular for 1 */
    STR_USB_REMOVED,       /* (int n) "1 text borttagen."; singular for 1 */
    STR_USB_FAILED,        /* (int n, const char *names) "1 kunde inte läsas: intervju.pdf" */
    STR_USB_SKIPPED,       /* (int n) "300 filer hoppades över."; singular for 1 */
    STR_USB_NOTHING,       /* a stick with the key but nothing on it */
    STR_USB_NO_KEY,        /* "USB-minnet har ingen giltig nyckel. Inget lästes." */
    STR_USB_RUNNING,       /* a stick with the key, its import under way */
    STR_USB_INTERRUPTED,   /* the import stopped (the stick pulled): before the counts */
    STR_INFO_USB,          /* (const char *banner) the last stick's report on Info */
    STR_INFO_USE_TODAY,    /* (visits, opened, pages, reads, minutes) since midnight */
    STR_INFO_USE_WEEK,     /* (days with files, visits, opened, pages, reads, minutes) */
    STR_INFO_USE_OFF,      /* the stats key is off */
    STR_COUNT
} StringId;

/* Returns the text of id in lang (the plural form for ids that count);
 * never NULL. Out-of-range arguments give "". */
const char *lang_get(Lang lang, StringId id);

/* Returns the form of id for the count n: the singular when n == 1 and the
 * id has one, else the same as lang_get. */
const char *lang_get_n(Lang lang, StringId id, int n);

/* printf-formats id into buf (always NUL-terminated when cap > 0) with the
 * arguments its comment lists; for counting ids the first argument is the
 * int that picks the form. Returns what snprintf returns. */
int lang_format(char *buf, size_t cap, Lang lang, StringId id, ...);

/* Sets *out from "sv" or "en" (any case); false, *out untouched, otherwise. */
bool lang_from_name(const char *name, Lang *out);

/* Returns the short name ("sv", "en") of lang. */
const char *lang_name(Lang lang);

/* Reading time in whole minutes (at least 1) for `words` words, at the calm
 * pace of LANG_WORDS_PER_MINUTE. */
#define LANG_WORDS_PER_MINUTE 140
int lang_reading_minutes(size_t words);

#endif
