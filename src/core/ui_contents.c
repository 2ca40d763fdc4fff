/* ui_contents: the geometry of the contents list and which command a tap
 * on it means. Like ui.c it must not draw, measure text, keep state or
 * decide what a command does. It reuses the reader's controls where a
 * visitor already knows them: the bottom bar's ◀ and ▶ page the list,
 * "Tillbaka" sits where "Alla texter" does. */
#include "ui_internal.h"

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
    int top = ui_max(o->contents_heading.y + o->contents_heading.h, o->top_bar.y + o->top_bar.h) + gap;
    int area_h = o->bottom_bar.y - gap - top;
    int row_h = ui_max(o->touch, o->home.h);
    int n = ui_min(ui_max((area_h + gap) / (row_h + gap), 1), UI_MAX_CONTENTS_ROWS);
    o->contents_per_page = n;
    for (int i = 0; i < n; i++)
        o->contents_rows[i] = ui_rect_make(o->text.x, top + i * (row_h + gap), o->text.w, row_h);
}

AppCommand ui_contents_hit(const UiLayout *lay, const AppView *v, int x, int y, int *arg)
{
    int per = ui_min(lay->contents_per_page, v->contents_per_page);
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
