/* ui: owns the screen geometry of the visitor's reading screens (the shelf,
 * the reader, the end and error screens, the idle overlay), the staff corner,
 * and the mapping from a touch to a command on every screen; each other
 * family of screens has a file of its own (ui_staff.c, ui_contents.c,
 * ui_attract.c). The reader's bars and text area are style.c's: ui only
 * divides them into buttons, so a tap zone always matches the laid-out text.
 * It must not draw, measure text, keep state between calls or decide what a
 * command does (that is app). */
#include "ui.h"

#include <stddef.h>

#include "style.h"
#include "ui_internal.h"

UiRect ui_rect_make(int x, int y, int w, int h)
{
    return (UiRect){x, y, w < 0 ? 0 : w, h < 0 ? 0 : h};
}

static UiRect rect(int x, int y, int w, int h) { return ui_rect_make(x, y, w, h); }

static UiRect from_style(LayoutRect r)
{
    return rect(r.x, r.y, r.w, r.h);
}

/* r shrunk by d on every side, as long as it stays at least min_h tall. */
UiRect ui_inset(UiRect r, int d, int min_h)
{
    if (r.h - 2 * d < min_h)
        d = ui_max(0, (r.h - min_h) / 2);
    return rect(r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d);
}

UiRect ui_centred(int w, int bw, int y, int bh)
{
    return rect((w - bw) / 2, y, bw, bh);
}

static void tap_zones(UiLayout *o);

/* One row at the foot, for short screens (style.h): ◀ Föregående, Alla
 * texter, A-, A+, Nästa sida ▶; the slim top line holds the title on the
 * left and the page label over the progress bar on the right. The shelf's
 * label goes where the reader's middle buttons are. */
static void reader_one_bar(UiLayout *o, int gap, bool read)
{
    int w = o->w;
    UiRect bar = ui_inset(o->bottom_bar, gap / 2, o->touch);
    /* With "Innehåll" or "Läs upp" more controls share the row: each adds a
     * wide one; with "Innehåll", A- and A+ give up their extra width; all
     * stay touch-sized. */
    int extra = (o->has_contents ? 1 : 0) + (read ? 1 : 0);
    int size_w = o->has_contents ? o->touch : ui_max(bar.h * 5 / 4, o->touch);
    int wide = ui_max(o->touch, (w - (6 + extra) * gap - 2 * size_w) / (3 + extra));
    o->prev = rect(gap, bar.y, wide, bar.h);
    o->home = rect(o->prev.x + wide + gap, bar.y, wide, bar.h);
    int after = o->home.x + wide + gap;
    o->contents = o->has_contents ? rect(after, bar.y, wide, bar.h) : rect(0, 0, 0, 0);
    if (o->has_contents) after += wide + gap;
    if (read) {
        o->read = rect(after, bar.y, wide, bar.h);
        after += wide + gap;
    }
    o->smaller = rect(after, bar.y, size_w, bar.h);
    o->bigger = rect(o->smaller.x + size_w + gap, bar.y, size_w, bar.h);
    o->next = rect(w - gap - wide, bar.y, wide, bar.h);
    int mx = o->prev.x + wide + gap, prog_h = ui_max(4, bar.h / 8);
    o->shelf_label = rect(mx, bar.y, o->next.x - gap - mx, bar.h - prog_h - gap / 2);
    o->shelf_progress = rect(mx, bar.y + bar.h - prog_h, o->shelf_label.w, prog_h);
    UiRect top = o->top_bar;
    int label_w = w * 30 / 100, line_prog = ui_max(4, top.h / 8);
    o->title = rect(o->text.x, top.y, o->text.w - label_w - gap, top.h);
    o->page_label = rect(o->text.x + o->text.w - label_w, top.y, label_w, top.h - line_prog - 2);
    o->progress = rect(o->page_label.x, top.y + top.h - line_prog - 2, label_w, line_prog);
}

/* The top bar's "Läs upp" before A-: as wide as it needs for "Sluta
 * läsa" at the bar's label size, never wider than Alla texter; on a narrow
 * screen (title on its own line) it shares Alla texter's room. */
static void top_read(UiLayout *o, int gap)
{
    if (o->title_line) {
        int half = (o->home.w - gap) / 2;
        o->home.w = half;
        o->read = rect(o->home.x + half + gap, o->home.y, half, o->home.h);
        return;
    }
    int read_w = ui_min(o->home.w, ui_max(o->touch, o->home.h * 3));
    o->read = rect(o->smaller.x - gap - read_w, o->home.y, read_w, o->home.h);
    int tx = (o->contents.w ? o->contents.x + o->contents.w : o->home.x + o->home.w) + gap;
    o->title = rect(tx, o->home.y, o->read.x - gap - tx, o->home.h);
}

/* Läs upp between ◀ and ▶ in the bottom bar, where the page label was; the
 * label and its progress bar move to the right of the title line, as on a
 * short screen's slim line, or take the title's place in the top row when
 * the title has no line of its own. */
static void read_in_bottom_bar(UiLayout *o, int gap)
{
    o->read = o->page_label;
    o->read.h = o->prev.h;
    UiRect line = o->title_line ? rect(o->text.x, o->top_bar.y, o->text.w, o->title_line) : o->title;
    int label_w = o->title_line ? o->w * 30 / 100 : line.w, line_prog = ui_max(4, line.h / 8);
    o->title = o->title_line ? rect(line.x, line.y, line.w - label_w - gap, line.h) : rect(0, 0, 0, 0);
    o->page_label = rect(line.x + line.w - label_w, line.y, label_w, line.h - line_prog - 2);
    o->progress = rect(o->page_label.x, line.y + line.h - line_prog - 2, label_w, line_prog);
}

static void reader(UiLayout *o, int gap)
{
    bool read = o->has_read;
    int w = o->w;
    if (o->one_bar) {
        reader_one_bar(o, gap, read);
        tap_zones(o);
        return;
    }
    /* Top bar: home on the left, A- and A+ on the right, title between, or
     * in a slim line of its own above them on a narrow screen (style.h). */
    UiRect top = o->top_bar;
    top.y += o->title_line;
    top.h -= o->title_line;
    UiRect bar = ui_inset(top, gap / 2, o->touch);
    int home_w = ui_max(w * 28 / 100, 2 * bar.h);
    int size_w = ui_max(bar.h * 5 / 4, o->touch);
    if (o->title_line) home_w = w - 4 * gap - 2 * size_w;
    if (home_w + 2 * size_w + 4 * gap > w) { /* a very narrow screen */
        home_w = (w - 4 * gap) / 2;
        size_w = (w - 4 * gap - home_w) / 2;
    }
    /* "Innehåll" right of Alla texter: 3/4 of its width, or half the room
     * when the title has a line of its own. */
    int contents_w = !o->has_contents ? 0 : o->title_line ? (home_w - gap) / 2 : ui_max(o->touch, home_w * 3 / 4);
    if (o->title_line) home_w -= o->has_contents ? contents_w + gap : 0;
    o->home = rect(gap, bar.y, home_w, bar.h);
    o->contents = o->has_contents ? rect(o->home.x + home_w + gap, bar.y, contents_w, bar.h) : rect(0, 0, 0, 0);
    o->bigger = rect(w - gap - size_w, bar.y, size_w, bar.h);
    o->smaller = rect(o->bigger.x - gap - size_w, bar.y, size_w, bar.h);
    int tx = (o->has_contents ? o->contents.x + contents_w : o->home.x + o->home.w) + gap;
    o->title = o->title_line ? rect(o->text.x, o->top_bar.y, o->text.w, o->title_line)
                             : rect(tx, bar.y, o->smaller.x - gap - tx, bar.h);
    /* A narrow screen's top row holds four controls at most: with Innehåll
     * as well, Läs upp goes to the bottom bar (read_below) when the title has
     * a line of its own or no room is left beside Innehåll for it. */
    int read_w = ui_min(o->home.w, ui_max(o->touch, o->home.h * 3));
    bool read_below = read && o->has_contents && (o->title_line || o->smaller.x - gap - read_w < tx);
    if (read && !read_below)
        top_read(o, gap);

    /* Bottom bar: prev and next, the page label over the progress bar. */
    bar = ui_inset(o->bottom_bar, gap / 2, o->touch);
    int nav_w = ui_max(w * 30 / 100, o->title_line ? o->touch : 2 * bar.h);
    if (2 * nav_w + 4 * gap > w)
        nav_w = (w - 4 * gap) / 3;
    o->prev = rect(gap, bar.y, nav_w, bar.h);
    o->next = rect(w - gap - nav_w, bar.y, nav_w, bar.h);
    int mx = o->prev.x + nav_w + gap;
    int mw = o->next.x - gap - mx;
    int prog_h = ui_max(6, bar.h / 6);
    o->page_label = rect(mx, bar.y, mw, bar.h - prog_h - gap / 2);
    o->progress = rect(mx, bar.y + bar.h - prog_h, mw, prog_h);
    o->shelf_label = o->page_label;
    o->shelf_progress = o->progress;
    if (read_below)
        read_in_bottom_bar(o, gap);
    tap_zones(o);
}

/* Tap zones: 40% of the text each, widened to the screen edge and to the
 * bars so a tap in the margin counts too; and the first-use hint. */
static void tap_zones(UiLayout *o)
{
    int w = o->w;
    int top = o->top_bar.y + o->top_bar.h;
    int bottom = o->bottom_bar.y;
    int zone = o->text.w * UI_TAP_ZONE_PERMILLE / 1000;
    o->tap_prev = rect(0, top, o->text.x + zone, bottom - top);
    int nx = o->text.x + o->text.w - zone;
    o->tap_next = rect(nx, top, w - nx, bottom - top);

    int hint_h = ui_min(o->text.h / 3, ui_max(o->touch, o->top_bar.h * 3 / 2));
    o->hint = rect(o->text.x, o->text.y + o->text.h - hint_h, o->text.w, hint_h);
}

static void shelf(UiLayout *o, int gap)
{
    /* The slim line of a one-bar screen is too low for the heading. */
    o->shelf_heading = o->one_bar ? rect(0, 0, o->w, o->touch) : o->top_bar;
    int top = o->shelf_heading.y + o->shelf_heading.h + gap;
    int area_h = o->bottom_bar.y - gap - top;
    o->shelf_area = rect(o->text.x, top, o->text.w, area_h);
    int min_card = ui_max(o->touch, o->h * UI_CARD_MIN_PERMILLE / 1000);
    int n = (area_h + gap) / (min_card + gap);
    n = ui_min(ui_max(n, 1), UI_MAX_CARDS);
    o->shelf_per_page = n;
    int card_h = (area_h - (n - 1) * gap) / n;
    for (int i = 0; i < n; i++)
        o->cards[i] = rect(o->shelf_area.x, top + i * (card_h + gap), o->shelf_area.w, card_h);
}

/* A calm centred box with a message above one big button. */
static void box_with_button(const UiLayout *o, int gap, int box_w_pm, int box_h_pm,
                            UiRect *box, UiRect *message, UiRect *button)
{
    int bw = o->w * box_w_pm / 1000, bh = o->h * box_h_pm / 1000;
    *box = rect((o->w - bw) / 2, (o->h - bh) / 2, bw, bh);
    int btn_h = ui_max(o->touch, o->top_bar.h * 5 / 4);
    btn_h = ui_min(btn_h, bh / 2);
    int btn_w = ui_max(bw * 3 / 4, ui_min(bw, 4 * btn_h));
    *button = ui_centred(o->w, btn_w, box->y + bh - gap - btn_h, btn_h);
    *message = rect(box->x + gap, box->y + gap, bw - 2 * gap, button->y - gap - box->y - gap);
}

void ui_layout(UiLayout *o, int w, int h, double px_per_mm, int text_size)
{
    *o = (UiLayout){0};
    o->w = w < 1 ? 1 : w;
    o->h = h < 1 ? 1 : h;
    StyleScreen st;
    style_screen(o->w, o->h, px_per_mm, text_size, &st);
    o->top_bar = from_style(st.top_bar);
    o->text = from_style(st.text);
    o->bottom_bar = from_style(st.bottom_bar);
    int gap = st.gap_px;
    o->touch = st.touch_px;
    o->one_bar = st.one_bar;
    o->title_line = st.title_line_px;
    o->body_px = st.style.body_px;
    o->gap = gap;

    reader(o, gap);
    shelf(o, gap);
    UiRect end_box;
    box_with_button(o, gap, 900, 700, &end_box, &o->end_message, &o->end_button);
    box_with_button(o, gap, 860, 640, &o->error_card, &o->error_message, &o->error_button);
    box_with_button(o, gap, 800, 600, &o->idle_box, &o->idle_message, &o->idle_button);
    int corner_w = ui_max(o->touch, o->w * UI_STAFF_CORNER_PERMILLE / 1000);
    int corner_h = ui_max(o->touch, o->h * UI_STAFF_CORNER_PERMILLE / 1000);
    o->staff_corner = rect(0, 0, ui_min(corner_w, o->w), ui_min(corner_h, o->h));
    ui_layout_staff(o);
    ui_layout_contents(o);
    ui_layout_attract(o);
}

void ui_set_reader_extras(UiLayout *o, bool contents, bool read)
{
    if (o->has_contents == (int)contents && o->has_read == (int)read)
        return;
    o->has_contents = contents;
    o->has_read = read;
    reader(o, o->gap);
}

int ui_shelf_per_page(const UiLayout *lay)
{
    return lay->shelf_per_page < 1 ? 1 : lay->shelf_per_page;
}

bool ui_rect_contains(UiRect r, int x, int y)
{
    return x >= r.x && y >= r.y && x - r.x < r.w && y - r.y < r.h;
}

static AppCommand shelf_hit(const UiLayout *lay, const AppView *v, int x, int y, int *arg)
{
    int per_page = ui_min(lay->shelf_per_page, v->shelf_per_page);
    for (int i = 0; i < per_page; i++) {
        int doc = v->shelf_page * v->shelf_per_page + i;
        if (doc < v->n_docs && ui_rect_contains(lay->cards[i], x, y)) {
            *arg = doc;
            return APP_CMD_OPEN;
        }
    }
    if (ui_rect_contains(lay->prev, x, y))
        return APP_CMD_PREV;
    if (ui_rect_contains(lay->next, x, y))
        return APP_CMD_NEXT;
    return APP_CMD_NONE;
}

static AppCommand reader_hit(const UiLayout *lay, const AppView *v, int x, int y)
{
    if (lay->has_contents && v->n_contents >= CONTENTS_MIN && ui_rect_contains(lay->contents, x, y))
        return APP_CMD_CONTENTS;
    /* Buttons first: the tap zones stop at the bars, but be explicit. */
    const struct { const UiRect *r; AppCommand cmd; } targets[] = {
        {&lay->home, APP_CMD_HOME},     {&lay->read, APP_CMD_READ},
        {&lay->smaller, APP_CMD_SMALLER},
        {&lay->bigger, APP_CMD_BIGGER}, {&lay->prev, APP_CMD_PREV},
        {&lay->next, APP_CMD_NEXT},     {&lay->tap_prev, APP_CMD_PREV},
        {&lay->tap_next, APP_CMD_NEXT},
    };
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++)
        if (ui_rect_contains(*targets[i].r, x, y))
            return targets[i].cmd;
    return APP_CMD_NONE;
}

AppCommand ui_hit(const UiLayout *lay, const AppView *v, int x, int y, int *arg)
{
    *arg = 0;
    switch (v->screen) {
    case APP_SCREEN_SHELF:
        return shelf_hit(lay, v, x, y, arg);
    case APP_SCREEN_READER:
        return reader_hit(lay, v, x, y);
    case APP_SCREEN_CONTENTS:
        return ui_contents_hit(lay, v, x, y, arg);
    case APP_SCREEN_ATTRACT:
        return ui_rect_contains(lay->attract_card, x, y) ? APP_CMD_ACTIVATE : APP_CMD_HOME;
    case APP_SCREEN_END:
        if (ui_rect_contains(lay->end_button, x, y) || ui_rect_contains(lay->home, x, y))
            return APP_CMD_HOME;
        return ui_rect_contains(lay->prev, x, y) ? APP_CMD_PREV : APP_CMD_NONE;
    case APP_SCREEN_ERROR:
        if (ui_rect_contains(lay->error_button, x, y) || ui_rect_contains(lay->home, x, y))
            return APP_CMD_HOME;
        return APP_CMD_NONE;
    case APP_SCREEN_IDLE:
        return APP_CMD_KEEP_READING; /* any touch keeps reading */
    case APP_SCREEN_STAFF_PIN:
    case APP_SCREEN_STAFF_MENU:
    case APP_SCREEN_STAFF_INFO:
        return ui_staff_hit(lay, v, x, y, arg);
    case APP_SCREEN_COUNT: break;
    }
    return APP_CMD_NONE;
}

AppCommand ui_command(const UiLayout *lay, const AppView *v, const Gesture *g, int *arg)
{
    *arg = 0;
    bool turns = app_screen(v->screen)->turns, staff = app_screen(v->screen)->staff;
    switch (g->kind) {
    case GESTURE_TAP:
        return ui_hit(lay, v, g->x, g->y, arg);
    case GESTURE_SWIPE_LEFT:
        if (v->screen == APP_SCREEN_IDLE)
            return APP_CMD_KEEP_READING;
        if (v->screen == APP_SCREEN_ATTRACT)
            return APP_CMD_HOME;
        return turns ? APP_CMD_NEXT : APP_CMD_NONE;
    case GESTURE_SWIPE_RIGHT:
        if (v->screen == APP_SCREEN_IDLE)
            return APP_CMD_KEEP_READING;
        if (v->screen == APP_SCREEN_ATTRACT)
            return APP_CMD_HOME;
        return turns ? APP_CMD_PREV : APP_CMD_NONE;
    case GESTURE_HOLD:
        return !staff && ui_rect_contains(lay->staff_corner, g->x, g->y) ? APP_CMD_STAFF_CORNER
                                                                          : APP_CMD_NONE;
    case GESTURE_NONE:
        break;
    }
    return APP_CMD_NONE;
}
