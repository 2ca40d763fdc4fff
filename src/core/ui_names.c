/* ui_names: the names a script gives the controls (`tap @next`), in one
 * table: for each name, the screens it is on, where its rectangle is in a
 * UiLayout and when the screen shows it. The script language's list of
 * names (script.h) is written from this table, and a test holds the two
 * together. It must not lay anything out (the ui*.c files do) nor
 * decide what a tap means (ui_hit does): it only finds a rectangle. */
#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_internal.h"

#define ON(s) (1u << (s))
#define ALL_SCREENS (~0u)
#define NAME_MAX_BYTES 48 /* room for one name with its member */

/* When a screen shows a control (beyond having it at all). */
typedef enum {
    SHOWN_ALWAYS,
    SHOWN_CARD,        /* the card holds a text on the shelf page shown */
    SHOWN_SHELF_PAGES, /* the shelf has more than one page */
    SHOWN_ROW,         /* the row holds a heading on the list page shown */
    SHOWN_READ,        /* "Läs upp" is offered (its rectangle outlives it) */
    SHOWN_CONTENTS,    /* "Innehåll" is offered and the text has headings (and
                        * the panel is open where it holds it) */
    SHOWN_TOOL,        /* A-, A+: in the bars, or in the panel while it is open */
    SHOWN_PACE,        /* Saktare, Fortare: as SHOWN_TOOL, with Läs upp */
    SHOWN_PANEL,       /* "Text och ljud": where the bars have no room for the rest */
    SHOWN_NO_PANEL,    /* the panel is closed (a tap on the text beside it closes it) */
    SHOWN_NOT_STAFF,   /* the screen is not a staff screen (app_screen's table) */
} Shown;

/* A control, or a set of them: "@card." with a member, "@card.2". A set
 * either numbers its members from `first`, or names them (`members`). */
typedef struct {
    const char *name;
    unsigned screens;            /* ON() of each screen it is on */
    size_t at;                   /* offsetof(UiLayout, ...): its rectangle, or a set's first */
    int count;                   /* 1, or the set's size */
    int first;                   /* a numbered set's first number */
    const char *const *members;  /* a named set's names, else NULL */
    Shown shown;
    const char *help;            /* one line in script.h's list */
} UiName;

/* The staff menu's buttons by UI_MENU_*; the PIN pad's keys after its digits. */
static const char *const menu_members[] = {"quit", "reload", "info", "back"};
static const char *const pin_members[] = {"erase", "ok", "cancel"};
_Static_assert(sizeof menu_members / sizeof *menu_members == UI_MENU_COUNT, "a name for each menu button");
_Static_assert(sizeof pin_members / sizeof *pin_members == UI_PIN_KEY_COUNT - UI_PIN_ERASE,
               "a name for each PIN key after the digits");

#define AT(field) offsetof(UiLayout, field)
#define ONE(field) AT(field), 1, 0, NULL

/* Screen by screen, in AppScreen's order; a name may be on several rows,
 * one for each place it has. */
static const UiName names[] = {
    {"@card.", ON(APP_SCREEN_SHELF), AT(cards), UI_MAX_CARDS, 1, NULL, SHOWN_CARD,
     "shelf: the N-th card of the page shown, 1 at the top"},
    {"@prev", ON(APP_SCREEN_SHELF), ONE(prev), SHOWN_SHELF_PAGES, "shelf: ◀, when it has more than one page"},
    {"@next", ON(APP_SCREEN_SHELF), ONE(next), SHOWN_SHELF_PAGES, "shelf: ▶, when it has more than one page"},
    {"@all-texts", ON(APP_SCREEN_READER) | ON(APP_SCREEN_END), ONE(home), SHOWN_ALWAYS,
     "reader and end: Alla texter, in the top bar"},
    {"@contents", ON(APP_SCREEN_READER), ONE(contents), SHOWN_CONTENTS,
     "reader: Innehåll, for a text with headings"},
    {"@read", ON(APP_SCREEN_READER), ONE(read), SHOWN_READ, "reader: Läs upp / Sluta läsa, when offered"},
    {"@smaller", ON(APP_SCREEN_READER), ONE(smaller), SHOWN_TOOL, "reader: A- (in the panel where there is one)"},
    {"@bigger", ON(APP_SCREEN_READER), ONE(bigger), SHOWN_TOOL, "reader: A+ (likewise)"},
    {"@slower", ON(APP_SCREEN_READER), ONE(slower), SHOWN_PACE, "reader: Saktare, with Läs upp (likewise)"},
    {"@faster", ON(APP_SCREEN_READER), ONE(faster), SHOWN_PACE, "reader: Fortare, with Läs upp (likewise)"},
    {"@panel", ON(APP_SCREEN_READER), ONE(panel_button), SHOWN_PANEL,
     "reader: Text och ljud / Stäng, where A-, A+ and the pace are in a panel"},
    {"@prev", ON(APP_SCREEN_READER) | ON(APP_SCREEN_END) | ON(APP_SCREEN_CONTENTS), ONE(prev), SHOWN_ALWAYS,
     "reader, end and contents: ◀ in the bottom bar"},
    {"@next", ON(APP_SCREEN_READER) | ON(APP_SCREEN_CONTENTS), ONE(next), SHOWN_ALWAYS,
     "reader and contents: ▶ in the bottom bar"},
    {"@zone.prev", ON(APP_SCREEN_READER), ONE(tap_prev), SHOWN_NO_PANEL, "reader: the text's left tap zone"},
    {"@zone.next", ON(APP_SCREEN_READER), ONE(tap_next), SHOWN_NO_PANEL, "reader: the text's right tap zone"},
    {"@back-to-all-texts", ON(APP_SCREEN_END), ONE(end_button), SHOWN_ALWAYS,
     "end: Tillbaka till alla texter"},
    {"@back-to-all-texts", ON(APP_SCREEN_ERROR), ONE(error_button), SHOWN_ALWAYS,
     "error: Tillbaka till alla texter"},
    {"@keep-reading", ON(APP_SCREEN_IDLE), ONE(idle_button), SHOWN_ALWAYS, "idle: Ja, fortsätt läsa"},
    /* the digits are the pad's first keys, by value (ui.h) */
    {"@pin.", ON(APP_SCREEN_STAFF_PIN), AT(pin_keys), UI_PIN_ERASE, 0, NULL, SHOWN_ALWAYS,
     "staff PIN pad: the digit N"},
    {"@pin.", ON(APP_SCREEN_STAFF_PIN), AT(pin_keys[UI_PIN_ERASE]), UI_PIN_KEY_COUNT - UI_PIN_ERASE, 0,
     pin_members, SHOWN_ALWAYS, "staff PIN pad: Radera, OK, Avbryt"},
    {"@menu.", ON(APP_SCREEN_STAFF_MENU), AT(menu_buttons), UI_MENU_COUNT, 0, menu_members, SHOWN_ALWAYS,
     "staff menu: Avsluta, Ladda om texter, Info, Tillbaka"},
    {"@back", ON(APP_SCREEN_STAFF_INFO), ONE(info_back), SHOWN_ALWAYS, "staff info: Tillbaka"},
    {"@row.", ON(APP_SCREEN_CONTENTS), AT(contents_rows), UI_MAX_CONTENTS_ROWS, 1, NULL, SHOWN_ROW,
     "contents: the N-th heading of the list page shown, 1 at the top"},
    {"@back", ON(APP_SCREEN_CONTENTS), ONE(contents_back), SHOWN_ALWAYS, "contents: Tillbaka"},
    {"@quote", ON(APP_SCREEN_ATTRACT), ONE(attract_card), SHOWN_ALWAYS, "attract: the quote's card"},
    {"@all-texts", ON(APP_SCREEN_ATTRACT), ONE(attract_home), SHOWN_ALWAYS, "attract: Alla texter, under the card"},
    {"@corner", ALL_SCREENS, ONE(staff_corner), SHOWN_NOT_STAFF, "all but the staff screens: the staff corner, to hold"},
};
#define N_NAMES (sizeof names / sizeof *names)


/* The member of set n that `rest` names (what follows "@card."), or -1. */
static int member(const UiName *n, const char *rest)
{
    if (n->members) {
        for (int i = 0; i < n->count; i++)
            if (!strcmp(rest, n->members[i])) return i;
        return -1;
    }
    size_t len = strlen(rest);
    if (!len || len > 3 || strspn(rest, "0123456789") != len || (rest[0] == '0' && len > 1)) return -1;
    int i = atoi(rest) - n->first;
    return i >= 0 && i < n->count ? i : -1;
}

/* The member of row n that `name` is, 0 for a single control, or -1. */
static int which(const UiName *n, const char *name)
{
    if (n->count == 1 && !n->members) return strcmp(name, n->name) ? -1 : 0;
    size_t len = strlen(n->name);
    return strncmp(name, n->name, len) ? -1 : member(n, name + len);
}

static UiRect rect_of(const UiName *n, int i, const UiLayout *lay)
{
    return ((const UiRect *)(const void *)((const char *)lay + n->at))[i];
}

/* True when the view's screen shows member i of row n now. */
static bool shown(const UiName *n, int i, const UiLayout *lay, const AppView *v)
{
    UiRect r = rect_of(n, i, lay);
    if (!(n->screens & ON(v->screen)) || r.w <= 0 || r.h <= 0) return false;
    switch (n->shown) {
    case SHOWN_ALWAYS: return true;
    case SHOWN_CARD:
        return i < ui_min(lay->shelf_per_page, v->shelf_per_page) && v->shelf_page * v->shelf_per_page + i < v->n_docs;
    case SHOWN_SHELF_PAGES: return v->n_shelf_pages > 1;
    case SHOWN_ROW:
        return i < ui_min(lay->contents_per_page, v->contents_per_page) &&
               v->contents_page * v->contents_per_page + i < v->n_contents;
    case SHOWN_READ: return lay->has_read;
    case SHOWN_CONTENTS:
        return lay->has_contents && v->n_contents >= CONTENTS_MIN && (!lay->contents_in_panel || v->panel_open);
    case SHOWN_TOOL: return !lay->has_panel || v->panel_open;
    case SHOWN_PACE: return lay->has_read && (!lay->has_panel || v->panel_open);
    case SHOWN_PANEL: return lay->has_panel;
    case SHOWN_NO_PANEL: return !v->panel_open;
    case SHOWN_NOT_STAFF: return !app_screen(v->screen)->staff;
    }
    return false;
}

bool ui_name_rect(const UiLayout *lay, const AppView *view, const char *name, UiRect *out)
{
    for (size_t k = 0; k < N_NAMES; k++) {
        int i = which(&names[k], name);
        if (i >= 0 && shown(&names[k], i, lay, view)) {
            *out = rect_of(&names[k], i, lay);
            return true;
        }
    }
    return false;
}

bool ui_name_known(const char *name)
{
    for (size_t k = 0; k < N_NAMES; k++)
        if (which(&names[k], name) >= 0) return true;
    return false;
}

/* Writes member i of row n's name ("@card.2", "@menu.info") into buf. */
static void full_name(const UiName *n, int i, char *buf, size_t size)
{
    if (n->members) snprintf(buf, size, "%s%s", n->name, n->members[i]);
    else if (n->count > 1) snprintf(buf, size, "%s%d", n->name, n->first + i);
    else snprintf(buf, size, "%s", n->name);
}

/* Appends text to buf (of size bytes, holding *len), cutting it at the end. */
static void append(char *buf, size_t size, size_t *len, const char *text)
{
    int n = snprintf(buf + *len, size - *len, "%s", text);
    if (n > 0) *len += ui_min(n, (int)(size - *len - 1));
}

void ui_names_shown(const UiLayout *lay, const AppView *view, char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < N_NAMES; k++) {
        for (int i = 0; i < names[k].count; i++) {
            if (!shown(&names[k], i, lay, view)) continue;
            char one[NAME_MAX_BYTES + 1];
            full_name(&names[k], i, one + 1, sizeof one - 1);
            one[0] = ' ';
            append(buf, size, &len, len ? one : one + 1);
        }
    }
}

size_t ui_names_describe(char *buf, size_t size)
{
    size_t need = 0;
    for (size_t k = 0; k < N_NAMES; k++) {
        const UiName *n = &names[k];
        char what[NAME_MAX_BYTES * 2] = "";
        if (n->members) { /* "@menu.{quit,reload,info,back}" */
            size_t len = 0;
            append(what, sizeof what, &len, n->name);
            for (int i = 0; i < n->count; i++) {
                append(what, sizeof what, &len, i ? "," : "{");
                append(what, sizeof what, &len, n->members[i]);
            }
            append(what, sizeof what, &len, "}");
        } else {
            snprintf(what, sizeof what, "%s%s", n->name, n->count > 1 ? "N" : "");
        }
        int m = snprintf(size > need ? buf + need : NULL, size > need ? size - need : 0, "%-30s %s\n", what, n->help);
        if (m > 0) need += (size_t)m;
    }
    return need;
}
