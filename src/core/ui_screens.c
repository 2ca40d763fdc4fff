/* ui_screens: the geometry of the contents list and the attract screen, and
 * which command a tap on the list means. Like ui.c it must not draw, measure
 * text, keep state or decide what a command does. Both screens reuse the
 * reader's controls where a visitor already knows them: the bottom bar's
 * ◀ and ▶ page the list, "Tillbaka" sits where "Alla texter" does. */
#include "ui_internal.h"

static int maxi(int a, int b) { return a > b ? a : b; }
static int mini(int a, int b) { return a < b ? a : b; }

/* Rows as tall as the reader's buttons (at least a control's size), from
 * the heading down to the bottom bar. */
void ui_layout_contents(UiLayout *o)
{
    int gap = o->gap;
    o->contents_back = o->home; /* laid out without "Innehåll" */
    if (o->one_bar) {
        /* The heading is text, not a control: the slim top line holds it. */
        o->contents_heading = ui_rect_make(0, 0, o->w, o->top_bar.h);
        int lx = o->home.x + o->home.w + gap;
        o->contents_label = ui_rect_make(lx, o->shelf_label.y, o->next.x - gap - lx, o->shelf_label.h);
        o->contents_progress = ui_rect_make(lx, o->shelf_progress.y, o->contents_label.w, o->shelf_progress.h);
    } else {
        int hx = o->home.x + o->home.w + gap;
        o->contents_heading = ui_rect_make(hx, o->home.y, o->w - gap - hx, o->home.h);
        o->contents_label = o->shelf_label;
        o->contents_progress = o->shelf_progress;
    }
    int top = maxi(o->contents_heading.y + o->contents_heading.h, o->top_bar.y + o->top_bar.h) + gap;
    int area_h = o->bottom_bar.y - gap - top;
    int row_h = maxi(o->touch, o->home.h);
    int n = mini(maxi((area_h + gap) / (row_h + gap), 1), UI_MAX_CONTENTS_ROWS);
    o->contents_per_page = n;
    for (int i = 0; i < n; i++)
        o->contents_rows[i] = ui_rect_make(o->text.x, top + i * (row_h + gap), o->text.w, row_h);
}

/* A card from near the top down to the bottom bar, the quote in its upper
 * part, who and where under it, the invitation a button at its foot; "Alla
 * texter" centred in the bottom bar. */
void ui_layout_attract(UiLayout *o)
{
    int gap = o->gap;
    UiRect bar = ui_inset(o->bottom_bar, gap / 2, o->touch);
    int home_w = mini(o->w - 2 * gap, maxi(o->w * 30 / 100, 3 * o->touch));
    o->attract_home = ui_rect_make((o->w - home_w) / 2, bar.y, home_w, bar.h);
    int top = maxi(gap, o->h * 4 / 100);
    o->attract_card = ui_rect_make(o->text.x, top, o->text.w, o->bottom_bar.y - gap / 2 - top);
    UiRect c = o->attract_card;
    int pad = maxi(gap, c.h / 20);
    int btn_h = mini(maxi(o->touch, bar.h), c.h / 3);
    int btn_w = mini(c.w - 2 * pad, maxi(c.w / 2, 4 * btn_h));
    o->attract_invite = ui_rect_make(c.x + (c.w - btn_w) / 2, c.y + c.h - pad - btn_h, btn_w, btn_h);
    int by_h = maxi(btn_h * 3 / 5, c.h / 9);
    o->attract_by = ui_rect_make(c.x + pad, o->attract_invite.y - gap - by_h, c.w - 2 * pad, by_h);
    o->attract_quote = ui_rect_make(c.x + pad, c.y + pad, c.w - 2 * pad, o->attract_by.y - gap - c.y - pad);
}

AppCommand ui_contents_hit(const UiLayout *lay, const AppView *v, int x, int y, int *arg)
{
    int per = mini(lay->contents_per_page, v->contents_per_page);
    for (int i = 0; i < per; i++) {
        int entry = v->contents_page * v->contents_per_page + i;
        if (entry < v->n_contents && ui_rect_contains(lay->contents_rows[i], x, y)) {
            *arg = entry;
            return APP_CMD_CONTENTS_GO;
        }
    }
    if (ui_rect_contains(lay->contents_back, x, y))
        return APP_CMD_MENU_BACK;
    if (ui_rect_contains(lay->prev, x, y))
        return APP_CMD_PREV;
    if (ui_rect_contains(lay->next, x, y))
        return APP_CMD_NEXT;
    return APP_CMD_NONE;
}
