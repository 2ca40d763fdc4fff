/* ui_staff: the geometry of the staff screens (the PIN pad, the menu and
 * Info) and which command a tap on them means. Like ui.c it must not draw,
 * measure text, keep state or decide what a command does. */
#include "ui_internal.h"

/* The PIN pad of a short screen (style.h's one bar): five keys a row,
 * 1-5, 6-9 and 0, then Radera, OK and Avbryt, so three rows of 15 mm keys
 * fit where the usual five rows would not. */
static void pin_pad_wide(UiLayout *o, int gap, int top)
{
    int key_h = ui_min((o->h - top - 3 * gap) / 3, 2 * o->touch);
    int key_w = (o->w - 6 * gap) / 5;
    static const int order[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 0};
    for (int i = 0; i < 10; i++)
        o->pin_keys[order[i]] = ui_rect_make(gap + (i % 5) * (key_w + gap), top + (i / 5) * (key_h + gap), key_w, key_h);
    int wide = (o->w - 4 * gap) / 3, y = top + 2 * (key_h + gap);
    o->pin_keys[UI_PIN_ERASE] = ui_rect_make(gap, y, wide, key_h);
    o->pin_keys[UI_PIN_OK] = ui_rect_make(2 * gap + wide, y, wide, key_h);
    o->pin_keys[UI_PIN_CANCEL] = ui_rect_make(3 * gap + 2 * wide, y, wide, key_h);
}

static void pin_pad(UiLayout *o, int gap)
{
    int title_h = ui_max(o->touch, o->one_bar ? 0 : o->top_bar.h * 3 / 2);
    o->pin_title = ui_rect_make(gap, gap, o->w - 2 * gap, title_h);
    int top = o->pin_title.y + title_h + gap;
    if (o->one_bar) {
        pin_pad_wide(o, gap, top);
        return;
    }
    int key_h = (o->h - top - gap - 4 * gap) / 5;
    int key_w = ui_min((o->w - 4 * gap) / 3, 2 * key_h);
    int pad_w = 3 * key_w + 2 * gap;
    int x0 = (o->w - pad_w) / 2;
    static const int order[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, UI_PIN_ERASE, 0, UI_PIN_OK};
    for (int i = 0; i < 12; i++) {
        int row = i / 3, col = i % 3;
        o->pin_keys[order[i]] = ui_rect_make(x0 + col * (key_w + gap), top + row * (key_h + gap), key_w, key_h);
    }
    o->pin_keys[UI_PIN_CANCEL] = ui_rect_make(x0, top + 4 * (key_h + gap), pad_w, key_h);
}

static void staff_menu(UiLayout *o, int gap)
{
    /* A one-bar screen's title is its slim line, so four 15 mm buttons fit. */
    int title_h = o->one_bar ? o->top_bar.h : ui_max(o->touch, o->top_bar.h);
    o->menu_title = ui_rect_make(gap, gap, o->w - 2 * gap, title_h);
    int top = o->menu_title.y + title_h + gap;
    int btn_h = (o->h - top - gap - (UI_MENU_COUNT - 1) * gap) / UI_MENU_COUNT;
    btn_h = ui_min(btn_h, ui_max(o->touch, o->top_bar.h * 3 / 2));
    int btn_w = ui_min(o->w - 2 * gap, ui_max(o->w * 60 / 100, 6 * btn_h));
    for (int i = 0; i < UI_MENU_COUNT; i++)
        o->menu_buttons[i] = ui_centred(o->w, btn_w, top + i * (btn_h + gap), btn_h);

    int back_h = ui_max(o->touch, o->bottom_bar.h);
    o->info_back = ui_centred(o->w, btn_w, o->h - gap - back_h, back_h);
    o->info_text = ui_rect_make(o->text.x, gap, o->text.w, o->info_back.y - 2 * gap);
}

void ui_layout_staff(UiLayout *o)
{
    pin_pad(o, o->gap);
    staff_menu(o, o->gap);
}

static AppCommand pin_hit(const UiLayout *lay, int x, int y, int *arg)
{
    for (int k = 0; k < UI_PIN_KEY_COUNT; k++) {
        if (!ui_rect_contains(lay->pin_keys[k], x, y))
            continue;
        if (k == UI_PIN_ERASE) return APP_CMD_PIN_ERASE;
        if (k == UI_PIN_OK) return APP_CMD_PIN_OK;
        if (k == UI_PIN_CANCEL) return APP_CMD_PIN_CANCEL;
        *arg = k;
        return APP_CMD_PIN_DIGIT;
    }
    return APP_CMD_NONE;
}

AppCommand ui_staff_hit(const UiLayout *lay, const AppView *v, int x, int y, int *arg)
{
    static const AppCommand menu_cmds[UI_MENU_COUNT] = {
        APP_CMD_MENU_QUIT, APP_CMD_MENU_RELOAD, APP_CMD_MENU_INFO, APP_CMD_MENU_BACK,
    };
    if (v->screen == APP_SCREEN_STAFF_PIN)
        return pin_hit(lay, x, y, arg);
    if (v->screen == APP_SCREEN_STAFF_MENU) {
        for (int i = 0; i < UI_MENU_COUNT; i++)
            if (ui_rect_contains(lay->menu_buttons[i], x, y))
                return menu_cmds[i];
        return APP_CMD_NONE;
    }
    return ui_rect_contains(lay->info_back, x, y) ? APP_CMD_MENU_BACK : APP_CMD_NONE;
}
