/* ui_attract: the geometry of the attract screen. Like ui.c it must not
 * draw, measure text, keep state or decide what a command does; a tap on
 * it is ui.c's (the card opens its text, anywhere else goes home). */
#include "ui_internal.h"

/* A card from near the top down to the bottom bar, the quote in its upper
 * part, who and where under it, the invitation a button at its foot; "Alla
 * texter" centred in the bottom bar. */
void ui_layout_attract(UiLayout *o)
{
    int gap = o->gap;
    UiRect bar = ui_inset(o->bottom_bar, gap / 2, o->touch);
    int home_w = ui_min(o->w - 2 * gap, ui_max(o->w * 30 / 100, 3 * o->touch));
    o->attract_home = ui_rect_make((o->w - home_w) / 2, bar.y, home_w, bar.h);
    int top = ui_max(gap, o->h * 4 / 100);
    o->attract_card = ui_rect_make(o->text.x, top, o->text.w, o->bottom_bar.y - gap / 2 - top);
    UiRect c = o->attract_card;
    int pad = ui_max(gap, c.h / 20);
    int btn_h = ui_min(ui_max(o->touch, bar.h), c.h / 3);
    int btn_w = ui_min(c.w - 2 * pad, ui_max(c.w / 2, 4 * btn_h));
    o->attract_invite = ui_rect_make(c.x + (c.w - btn_w) / 2, c.y + c.h - pad - btn_h, btn_w, btn_h);
    int by_h = ui_max(btn_h * 3 / 5, c.h / 9);
    o->attract_by = ui_rect_make(c.x + pad, o->attract_invite.y - gap - by_h, c.w - 2 * pad, by_h);
    o->attract_quote = ui_rect_make(c.x + pad, c.y + pad, c.w - 2 * pad, o->attract_by.y - gap - c.y - pad);
}
