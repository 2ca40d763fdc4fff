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

/* Labels' widths in tenths of the label size (em), bold Atkinson
 * Hyperlegible, the longer of Swedish and English where ui chooses room for
 * a control; the renderer takes shorter words or a ◀ alone where these do
 * not fit (lang.c's _SHORT strings). */
enum {
    EM_HOME = 50,     /* "Alla texter" */
    EM_CONTENTS = 43, /* "Contents" */
    EM_READ = 47,     /* "Sluta läsa" */
    EM_SLOWER = 36,   /* "Saktare" */
    EM_FASTER = 34,   /* "Fortare" */
    EM_PANEL = 62,    /* "Text och ljud" */
};

int ui_label_px(const UiLayout *o, int h)
{
    /* Labels never outgrow the default body text: 1/18 of the shorter side,
     * or where the millimetres are known the body's least size at text
     * size 3 (x-height STYLE_X_HEIGHT_MIN_MM) when that is larger. */
    int body = ui_max(ui_min(o->w, o->h) / 18,
                      (int)(o->label_min_px * STYLE_X_HEIGHT_MIN_MM / STYLE_LABEL_X_HEIGHT_MIN_MM));
    int px = ui_max(ui_min(h * 2 / 5, body), 14);
    return ui_max(px, o->label_min_px); /* never under the millimetre rule */
}

/* The width a control of em tenths needs with its label at px. */
static int need_px(const UiLayout *o, int em, int px)
{
    /* the renderer's air beside a label (a quarter of its size, at least 8
     * pixels, each side) and 4 pixels more */
    return ui_max(o->touch, em * px / 10 + 2 * ui_max(8, px / 4) + 4);
}

/* The width a control of em tenths needs in a bar of height h. */
static int need(const UiLayout *o, int em, int h)
{
    return need_px(o, em, ui_label_px(o, h));
}

/* Lays n controls (rects, each its need) from x across w in row y..y+h with
 * gap between them, sharing what is left over among them; returns false,
 * laying them out evenly, when their needs do not fit. */
static bool share_row(UiRect *const *rects, const int *needs, int n, int x, int w, int y, int h, int gap)
{
    int total = (n - 1) * gap;
    for (int i = 0; i < n; i++) total += needs[i];
    bool fits = total <= w;
    int extra = fits ? (w - total) / n : 0;
    for (int i = 0; i < n; i++) {
        int cw = fits ? needs[i] + extra : (w - (n - 1) * gap) / n;
        *rects[i] = rect(x, y, cw, h);
        x += cw + gap;
    }
    return fits;
}

/* The "Text och ljud" panel's box and its controls: A- and A+, the pace's
 * Saktare and Fortare, and Innehåll where it moved there, a pair or one to
 * a row (all in one row on a wide screen), over the text area's foot under a
 * short screen's one row, else under the top bar. */
static void panel(UiLayout *o, int gap)
{
    UiRect *groups[3][2] = {{&o->smaller, &o->bigger}, {&o->slower, &o->faster}, {&o->contents, NULL}};
    bool on[3] = {true, o->has_read, o->contents_in_panel};
    int n_rows = 0, n_groups = 0;
    for (int g = 0; g < 3; g++) n_groups += on[g];
    bool one_row = !o->one_bar && !o->title_line;
    n_rows = one_row ? 1 : n_groups;
    int row_h = o->touch;
    int box_h = n_rows * row_h + (n_rows + 1) * gap;
    int box_y = o->one_bar ? o->bottom_bar.y - box_h : o->top_bar.y + o->top_bar.h;
    o->panel = rect(gap, box_y, o->w - 2 * gap, box_h);
    int inner_x = o->panel.x + gap, inner_w = o->panel.w - 2 * gap;
    int row = 0, col = 0, per_row = one_row ? 2 * n_groups - (o->contents_in_panel ? 1 : 0) : 2;
    for (int g = 0; g < 3; g++) {
        if (!on[g]) continue;
        int in_group = groups[g][1] ? 2 : 1;
        int per = one_row ? per_row : in_group;
        int cw = (inner_w - (per - 1) * gap) / per;
        int y = o->panel.y + gap + row * (row_h + gap);
        for (int i = 0; i < in_group; i++) {
            *groups[g][i] = rect(inner_x + col * (cw + gap), y, cw, row_h);
            col++;
        }
        if (!one_row) {
            row++;
            col = 0;
        }
    }
}

/* One row at the foot, for short screens (style.h): ◀ Föregående, Alla
 * texter, A-, A+, Nästa sida ▶; with Läs upp or Innehåll as well (they do
 * not fit with A- and A+ at the labels' least size), ◀, Alla texter, Läs
 * upp, Text och ljud, ▶, and the panel holds the rest. The slim top line
 * holds the title on the left and the page label over the progress bar on
 * the right. The shelf's label goes where the reader's middle buttons are. */
static void reader_one_bar(UiLayout *o, int gap)
{
    int w = o->w;
    UiRect bar = ui_inset(o->bottom_bar, gap / 2, o->touch);
    int size_w = ui_max(bar.h * 5 / 4, o->touch);
    int wide = ui_max(o->touch, (w - 6 * gap - 2 * size_w) / 3);
    o->prev = rect(gap, bar.y, wide, bar.h);
    o->next = rect(w - gap - wide, bar.y, wide, bar.h);
    int mx = o->prev.x + wide + gap, prog_h = ui_max(4, bar.h / 8);
    o->shelf_label = rect(mx, bar.y, o->next.x - gap - mx, bar.h - prog_h - gap / 2);
    o->shelf_progress = rect(mx, bar.y + bar.h - prog_h, o->shelf_label.w, prog_h);
    if (!o->has_panel) {
        o->home = rect(mx, bar.y, wide, bar.h);
        o->smaller = rect(o->home.x + wide + gap, bar.y, size_w, bar.h);
        o->bigger = rect(o->smaller.x + size_w + gap, bar.y, size_w, bar.h);
    } else {
        /* ◀ and ▶ at a control's least width (a drawn arrow, words where
         * they fit); the words share the rest. */
        o->prev.w = o->next.w = o->touch;
        o->next.x = w - gap - o->touch;
        UiRect *rects[3] = {&o->home, &o->read, &o->panel_button};
        int ems[3] = {EM_HOME, EM_READ, EM_PANEL}, needs[3];
        int n = o->has_read ? 3 : 2;
        if (!o->has_read) {
            rects[1] = &o->panel_button;
            ems[1] = EM_PANEL;
        }
        int x = o->prev.x + o->prev.w + gap;
        /* their widths for the largest label size at which the words fit,
         * down to the least (the renderer finds the same size) */
        for (int px = ui_label_px(o, bar.h);; px--) {
            for (int i = 0; i < n; i++) needs[i] = need_px(o, ems[i], px);
            if (share_row(rects, needs, n, x, o->next.x - gap - x, bar.y, bar.h, gap) || px <= o->label_min_px ||
                px <= 14)
                break;
        }
        panel(o, gap);
    }
    UiRect top = o->top_bar;
    int label_w = w * 30 / 100, line_prog = ui_max(4, top.h / 8);
    o->title = rect(o->text.x, top.y, o->text.w - label_w - gap, top.h);
    o->page_label = rect(o->text.x + o->text.w - label_w, top.y, label_w, top.h - line_prog - 2);
    o->progress = rect(o->page_label.x, top.y + top.h - line_prog - 2, label_w, line_prog);
}

/* Läs upp between ◀ and ▶ in the bottom bar, where the page label was; the
 * label and its progress bar move to the right of the title line, or take
 * the title's place in the top row when the title has no line of its own. */
static void read_in_bottom_bar(UiLayout *o, int gap)
{
    int nav_w = ui_max(o->touch, (o->w - 4 * gap) * 30 / 100);
    o->prev.w = o->next.w = nav_w;
    o->next.x = o->w - gap - nav_w;
    o->read = rect(o->prev.x + nav_w + gap, o->prev.y, o->next.x - 2 * gap - o->prev.x - nav_w, o->prev.h);
    if (!o->title_line) {
        UiRect line = o->title;
        int line_prog = ui_max(4, line.h / 8);
        o->title = rect(0, 0, 0, 0);
        o->page_label = rect(line.x, line.y, line.w, line.h - line_prog - 2);
        o->progress = rect(line.x, line.y + line.h - line_prog - 2, line.w, line_prog);
        return;
    }
    UiRect line = rect(o->text.x, o->top_bar.y, o->text.w, o->title_line);
    int label_w = o->w * 30 / 100, line_prog = ui_max(4, line.h / 8);
    o->title = rect(line.x, line.y, line.w - label_w - gap, line.h);
    o->page_label = rect(line.x + line.w - label_w, line.y, label_w, line.h - line_prog - 2);
    o->progress = rect(o->page_label.x, line.y + line.h - line_prog - 2, label_w, line_prog);
}

/* The wide top bar with everything in it: Alla texter, Innehåll, the title,
 * Läs upp, Saktare, Fortare, A-, A+; false when that leaves the title under
 * three bar heights (then the panel takes A-, A+ and the pace). */
static bool top_bar_all(UiLayout *o, UiRect bar, int gap, int size_w)
{
    int h = bar.h, w = o->w;
    int home_w = need(o, EM_HOME, h), contents_w = o->has_contents ? need(o, EM_CONTENTS, h) : 0;
    int read_w = o->has_read ? need(o, EM_READ, h) : 0;
    int slower_w = o->has_read ? need(o, EM_SLOWER, h) : 0, faster_w = o->has_read ? need(o, EM_FASTER, h) : 0;
    int n = 3 + (o->has_contents ? 1 : 0) + (o->has_read ? 3 : 0); /* controls, then the title */
    int used = home_w + contents_w + read_w + slower_w + faster_w + 2 * size_w + (n + 2) * gap;
    if (w - used < 3 * h) return false;
    /* Alla texter wider where there is room: a fifth of the screen */
    home_w = ui_max(home_w, ui_min(w * 20 / 100, w - used - 3 * h + home_w));
    o->home = rect(gap, bar.y, home_w, h);
    int x = o->home.x + home_w + gap;
    o->contents = o->has_contents ? rect(x, bar.y, contents_w, h) : rect(0, 0, 0, 0);
    if (o->has_contents) x += contents_w + gap;
    o->bigger = rect(w - gap - size_w, bar.y, size_w, h);
    o->smaller = rect(o->bigger.x - gap - size_w, bar.y, size_w, h);
    int r = o->smaller.x - gap;
    if (o->has_read) {
        o->faster = rect(r - faster_w, bar.y, faster_w, h);
        o->slower = rect(o->faster.x - gap - slower_w, bar.y, slower_w, h);
        o->read = rect(o->slower.x - gap - read_w, bar.y, read_w, h);
        r = o->read.x - gap;
    }
    o->title = rect(x, bar.y, r - x, h);
    return true;
}

/* A wide top bar short of room for everything: Alla texter, Innehåll, the
 * title, Läs upp, Text och ljud; false when even these do not fit. */
static bool top_bar_panel(UiLayout *o, UiRect bar, int gap)
{
    int w = o->w;
    int home_w = need(o, EM_HOME, bar.h), contents_w = o->has_contents ? need(o, EM_CONTENTS, bar.h) : 0;
    int read_w = o->has_read ? need(o, EM_READ, bar.h) : 0, panel_w = need(o, EM_PANEL, bar.h);
    int n = 2 + (o->has_contents ? 1 : 0) + (o->has_read ? 1 : 0);
    if (home_w + contents_w + read_w + panel_w + (n + 1) * gap > w) return false;
    o->has_panel = 1;
    /* Alla texter, the most needed, wider where there is room */
    home_w = ui_max(home_w, ui_min(w * 20 / 100, w - (contents_w + read_w + panel_w + (n + 2) * gap)));
    o->home = rect(gap, bar.y, home_w, bar.h);
    int x = o->home.x + home_w + gap;
    if (o->has_contents) {
        o->contents = rect(x, bar.y, contents_w, bar.h);
        x += contents_w + gap;
    }
    o->panel_button = rect(w - gap - panel_w, bar.y, panel_w, bar.h);
    int r = o->panel_button.x - gap;
    if (o->has_read) {
        o->read = rect(r - read_w, bar.y, read_w, bar.h);
        r = o->read.x - gap;
    }
    o->title = rect(x, bar.y, r - x, bar.h);
    return true;
}

static void reader(UiLayout *o, int gap)
{
    int w = o->w;
    o->read = o->slower = o->faster = o->panel_button = o->panel = rect(0, 0, 0, 0);
    o->contents = rect(0, 0, 0, 0);
    o->has_panel = 0;
    o->contents_in_panel = 0;
    bool extras = o->has_read || o->has_contents;
    if (o->one_bar) {
        o->has_panel = extras;
        o->contents_in_panel = o->has_contents;
        reader_one_bar(o, gap);
        tap_zones(o);
        return;
    }
    /* Top bar: home on the left, A- and A+ on the right, title between, or
     * in a slim line of its own above them on a narrow screen (style.h). */
    UiRect top = o->top_bar;
    top.y += o->title_line;
    top.h -= o->title_line;
    UiRect bar = ui_inset(top, gap / 2, o->touch);
    int size_w = ui_max(bar.h * 5 / 4, o->touch);
    bool narrow = o->title_line;
    if (!o->title_line && extras && !top_bar_all(o, bar, gap, size_w) && !top_bar_panel(o, bar, gap))
        narrow = true;
    if (narrow && extras) {
        /* A narrow screen: Alla texter and Text och ljud share the top row
         * (the title between them when it has no line of its own); Läs upp
         * goes between ◀ and ▶ (below), Innehåll into the panel. */
        o->has_panel = 1;
        o->contents_in_panel = o->has_contents;
        o->contents = rect(0, 0, 0, 0);
        int half = (w - 3 * gap) / 2;
        if (o->title_line) {
            o->home = rect(gap, bar.y, half, bar.h);
            o->panel_button = rect(w - gap - half, bar.y, half, bar.h);
            o->title = rect(o->text.x, o->top_bar.y, o->text.w, o->title_line);
        } else {
            int cw = ui_min(half, need(o, EM_PANEL, bar.h));
            o->home = rect(gap, bar.y, ui_min(half, need(o, EM_HOME, bar.h)), bar.h);
            o->panel_button = rect(w - gap - cw, bar.y, cw, bar.h);
            int tx = o->home.x + o->home.w + gap;
            o->title = rect(tx, bar.y, o->panel_button.x - gap - tx, bar.h);
        }
    } else if (!extras || o->title_line) {
        int home_w = ui_max(w * 28 / 100, 2 * bar.h);
        if (o->title_line) home_w = w - 4 * gap - 2 * size_w;
        if (home_w + 2 * size_w + 4 * gap > w) { /* a very narrow screen */
            home_w = (w - 4 * gap) / 2;
            size_w = (w - 4 * gap - home_w) / 2;
        }
        o->home = rect(gap, bar.y, home_w, bar.h);
        o->bigger = rect(w - gap - size_w, bar.y, size_w, bar.h);
        o->smaller = rect(o->bigger.x - gap - size_w, bar.y, size_w, bar.h);
        int tx = o->home.x + o->home.w + gap;
        o->title = o->title_line ? rect(o->text.x, o->top_bar.y, o->text.w, o->title_line)
                                 : rect(tx, bar.y, o->smaller.x - gap - tx, bar.h);
    }

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
    if (narrow && o->has_read)
        read_in_bottom_bar(o, gap);
    if (o->has_panel)
        panel(o, gap);
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
    o->label_min_px = st.label_min_px;

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
    /* A-, A+, the pace (and Innehåll) answer where they are shown: in the
     * bars, or in the panel while it is open. */
    bool tools = !lay->has_panel || v->panel_open;
    bool contents_shown = lay->has_contents && v->n_contents >= CONTENTS_MIN && (!lay->contents_in_panel || v->panel_open);
    if (contents_shown && ui_rect_contains(lay->contents, x, y))
        return APP_CMD_CONTENTS;
    if (lay->has_panel && ui_rect_contains(lay->panel_button, x, y))
        return APP_CMD_PANEL;
    if (tools) {
        const struct { const UiRect *r; AppCommand cmd; } panel_targets[] = {
            {&lay->smaller, APP_CMD_SMALLER}, {&lay->bigger, APP_CMD_BIGGER},
            {&lay->slower, APP_CMD_SLOWER},   {&lay->faster, APP_CMD_FASTER},
        };
        for (size_t i = 0; i < sizeof panel_targets / sizeof panel_targets[0]; i++)
            if (ui_rect_contains(*panel_targets[i].r, x, y))
                return panel_targets[i].cmd;
    }
    if (v->panel_open && ui_rect_contains(lay->panel, x, y))
        return APP_CMD_NONE; /* the panel's own background */
    /* Buttons first: the tap zones stop at the bars, but be explicit. */
    const struct { const UiRect *r; AppCommand cmd; } targets[] = {
        {&lay->home, APP_CMD_HOME}, {&lay->read, APP_CMD_READ},
        {&lay->prev, APP_CMD_PREV}, {&lay->next, APP_CMD_NEXT},
    };
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++)
        if (ui_rect_contains(*targets[i].r, x, y))
            return targets[i].cmd;
    if (v->panel_open) /* a tap on the text beside the open panel closes it */
        return APP_CMD_PANEL;
    if (ui_rect_contains(lay->tap_prev, x, y))
        return APP_CMD_PREV;
    if (ui_rect_contains(lay->tap_next, x, y))
        return APP_CMD_NEXT;
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
