/* ui: where everything is on screen, and which command a touch there means.
 * ui_layout computes every rectangle once per screen size and text size; the
 * renderer draws into them and ui_command turns a recognised gesture on the
 * current AppView into an AppCommand for app_command. The reader's bars and
 * text area come from style.h, so the layout fills exactly what ui shows.
 *
 *   UiLayout lay; ui_layout(&lay, w, h, view.text_size);   on resize/A+/A-
 *   app_set_shelf_per_page(app, lay.shelf_per_page);
 *   cmd = ui_command(&lay, &view, &gesture, &arg);          per gesture
 *   if (cmd != APP_CMD_NONE) app_command(app, cmd, arg, now);
 *
 * Every button is at least touch (STYLE_TOUCH_MIN_PX, and STYLE_TOUCH_MIN_MM
 * where the screen's size is known) tall when the screen allows it. */
#ifndef STORSTIL_UI_H
#define STORSTIL_UI_H

#include <stdbool.h>

#include "app.h"
#include "gesture.h"


#define UI_MAX_CARDS 8
#define UI_CARD_MIN_PERMILLE 200    /* a shelf card is >= 1/5 of the height */
#define UI_TAP_ZONE_PERMILLE 400    /* left / right 40% of the text turn pages */
#define UI_STAFF_CORNER_PERMILLE 120 /* the top-left 12% x 12% */
#define UI_MAX_CONTENTS_ROWS 12     /* headings on one contents page at most */

typedef struct {
    int x, y, w, h;
} UiRect;

/* PIN pad keys: the digits by value, then these. */
enum { UI_PIN_ERASE = 10, UI_PIN_OK, UI_PIN_CANCEL, UI_PIN_KEY_COUNT };

/* Staff menu buttons, top to bottom. */
enum { UI_MENU_QUIT, UI_MENU_RELOAD, UI_MENU_INFO, UI_MENU_BACK, UI_MENU_COUNT };

typedef struct {
    int w, h;
    int touch;                 /* the least size of a control (style.h) */
    int one_bar;               /* style.h: every control in the bottom bar */
    int title_line;            /* style.h: > 0, the title's slim line over the top bar */
    int body_px;               /* the reader's body size at this text size */
    int gap;                   /* style.h: the least space between two controls */
    int label_min_px;          /* style.h: the least label size, 0 when the mm are unknown */
    int has_contents;          /* the reader's bars hold "Innehåll" (ui_set_reader_extras) */
    int has_read;              /* the reader's bars hold "Läs upp" (ui_set_reader_extras),
                                * and the pace's Saktare and Fortare with it */
    int has_panel;             /* A-, A+ and the pace are in the "Text och ljud" panel */
    int contents_in_panel;     /* ... and Innehåll too (a short or a narrow screen) */
    /* reader (top_bar, text and bottom_bar as style_screen gives them) */
    UiRect top_bar, home, title, smaller, bigger;
    UiRect read;               /* "Läs upp" / "Sluta läsa"; 0 x 0 when not offered */
    UiRect contents;           /* "Innehåll", where has_contents; else empty */
    UiRect slower, faster;     /* the pace's "Saktare" and "Fortare", where has_read */
    UiRect panel_button;       /* "Text och ljud" / "Stäng", where has_panel */
    UiRect panel;              /* the open panel's box over the text, holding smaller,
                                * bigger, slower, faster (and contents) in rows */
    UiRect text;
    UiRect bottom_bar, prev, page_label, progress, next;
    UiRect tap_prev, tap_next; /* 40% zones, bar to bar, out to the screen edge */
    UiRect hint;               /* first-use hint banner, over the text's foot */
    /* shelf: heading in the top bar's place, cards, the reader's bottom bar */
    UiRect shelf_heading, shelf_area;
    UiRect shelf_label, shelf_progress; /* "Sida 1 av 2" and its bar on the shelf */
    int shelf_per_page;
    UiRect cards[UI_MAX_CARDS];
    /* end of text: message, the big button home; `prev` goes back */
    UiRect end_message, end_button;
    /* error card for a broken document: title and calm text, button home */
    UiRect error_card, error_message, error_button;
    /* idle overlay: a box with the question and countdown over the button */
    UiRect idle_box, idle_message, idle_button;
    /* staff */
    UiRect staff_corner;
    UiRect pin_title;                   /* title, dots, "wrong"/"wait" line */
    UiRect pin_keys[UI_PIN_KEY_COUNT];  /* 1-9 in rows, Erase 0 OK, Cancel */
    UiRect menu_title;
    UiRect menu_buttons[UI_MENU_COUNT];
    UiRect info_text, info_back;
    /* contents list: its heading, rows of headings as big as the buttons,
     * "Tillbaka", and the reader's prev / next with a page label between */
    UiRect contents_heading, contents_back, contents_label, contents_progress;
    int contents_per_page;
    UiRect contents_rows[UI_MAX_CONTENTS_ROWS];
    /* attract: a card with the quote, who says it and where (the quote's
     * lines in attract_quote), an invitation to tap at its foot; a tap on the
     * card opens the text, anywhere else (the "Alla texter" button under it)
     * the shelf */
    UiRect attract_card, attract_quote, attract_by, attract_invite, attract_home;
} UiLayout;

/* Fills out for a w x h logical screen (after rotation) with px_per_mm
 * pixels a millimetre (0: unknown) and text size 1..5. */
void ui_layout(UiLayout *out, int w, int h, double px_per_mm, int text_size);

/* Divides the reader's bars again with or without the "Innehåll" button
 * (contents) and the "Läs upp" button with the pace's Saktare and Fortare
 * (read); ui_layout starts without them. The caller shows them only while
 * the reader is on screen, so the shelf and the contents list keep their
 * wide ◀ and ▶: Innehåll for a text with CONTENTS_MIN headings or more (the
 * view's n_contents), Läs upp when reading aloud is on and a speaker
 * opened. Where a bar cannot hold them all with labels of
 * STYLE_LABEL_X_HEIGHT_MIN_MM, A-, A+ and the pace move into the "Text och
 * ljud" panel (has_panel), and on a short or a narrow screen Innehåll too:
 * a short screen's one row is ◀, Alla texter, Läs upp, Text och ljud, ▶; a
 * narrow one's top row Alla texter and Text och ljud, with Läs upp between
 * ◀ and ▶; a wide screen's top bar keeps Innehåll and Läs upp. */
void ui_set_reader_extras(UiLayout *lay, bool contents, bool read);

/* Returns the label size in pixels for a control h pixels high: 2/5 of it,
 * at most the default body text (1/18 of the shorter side, or where the
 * millimetres are known the size of STYLE_X_HEIGHT_MIN_MM when larger),
 * never under lay->label_min_px (STYLE_LABEL_X_HEIGHT_MIN_MM) nor 14. The controls of
 * one row share the least of their sizes (the renderer's). */
int ui_label_px(const UiLayout *lay, int h);

/* Returns how many shelf cards fit a page (lay->shelf_per_page, >= 1). */
int ui_shelf_per_page(const UiLayout *lay);

/* True when (x, y) lies in r. */
bool ui_rect_contains(UiRect r, int x, int y);

/* Returns the command a tap at (x, y) means on the view's screen (OPEN's
 * document or PIN_DIGIT's digit in *arg), or APP_CMD_NONE. */
AppCommand ui_hit(const UiLayout *lay, const AppView *view, int x, int y, int *arg);

/* Returns the command a gesture means: taps as ui_hit; a swipe left is NEXT
 * and right is PREV where pages turn; a HOLD in the staff corner is
 * STAFF_CORNER; on the idle overlay every tap and swipe is KEEP_READING; on
 * the attract screen a tap on its card is ACTIVATE (open the quote's text)
 * and any other tap or swipe HOME. */
AppCommand ui_command(const UiLayout *lay, const AppView *view, const Gesture *g, int *arg);

/* Controls by the names scripts give them ("@next", "@card.2", "@pin.ok"):
 * ui_names.c, one table; script.h lists them. */

/* Finds the control called name on the view's screen as lay places it: true
 * with its rectangle in *out; false when that screen does not show it now. */
bool ui_name_rect(const UiLayout *lay, const AppView *view, const char *name, UiRect *out);

/* True when some screen has a control called name. */
bool ui_name_known(const char *name);

/* Writes the names of the controls the view's screen shows now into buf,
 * separated by spaces (cut short to fit size bytes). */
void ui_names_shown(const UiLayout *lay, const AppView *view, char *buf, size_t size);

/* Writes the list of names, one line each ("@card.N  shelf: ..."), into
 * buf as far as it fits; returns the length of the whole list. */
size_t ui_names_describe(char *buf, size_t size);

#endif
