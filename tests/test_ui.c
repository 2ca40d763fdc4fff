/* Tests for ui: on a table of screen sizes, every rectangle is on screen,
 * buttons are big and do not overlap, the text area is style's, and a tap in
 * the middle of each button, or a swipe or hold, gives the right command. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/style.h"
#include "core/ui.h"

static const struct { int w, h; } sizes[] = {
    {800, 480}, {480, 800}, {1024, 600}, {1280, 800}, {1920, 1080}, {1080, 1920}, {3840, 2160},
};
#define N_SIZES (sizeof sizes / sizeof sizes[0])

static void assert_on_screen(const UiLayout *l, UiRect r, const char *what)
{
    if (r.x < 0 || r.y < 0 || r.w <= 0 || r.h <= 0 || r.x + r.w > l->w || r.y + r.h > l->h)
        fail_msg("%dx%d: %s at %d,%d %dx%d is not on screen", l->w, l->h, what, r.x, r.y, r.w, r.h);
}

static void assert_big(const UiLayout *l, UiRect r, const char *what)
{
    assert_on_screen(l, r, what);
    if (r.h < STYLE_TOUCH_MIN_PX || r.w < STYLE_TOUCH_MIN_PX)
        fail_msg("%dx%d: %s is only %dx%d", l->w, l->h, what, r.w, r.h);
}

static bool overlap(UiRect a, UiRect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static void assert_apart(const UiLayout *l, const UiRect *rs, int n, const char *what)
{
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (overlap(rs[i], rs[j]))
                fail_msg("%dx%d: %s %d and %d overlap", l->w, l->h, what, i, j);
}

static int cx(UiRect r) { return r.x + r.w / 2; }
static int cy(UiRect r) { return r.y + r.h / 2; }

static AppView screen(AppScreen s)
{
    AppView v;
    memset(&v, 0, sizeof v);
    v.screen = v.under = s;
    v.n_docs = 5;
    v.shelf_per_page = 1;
    v.text_size = 3;
    return v;
}

static AppCommand tap(const UiLayout *l, const AppView *v, UiRect r, int *arg)
{
    return ui_hit(l, v, cx(r), cy(r), arg);
}

/* With "Läs upp": every reader control still big, apart and on screen,
 * with and without the screen's millimetres; the button reads aloud. */
static void test_read_button(void **state)
{
    (void)state;
    const double mm[] = {0, 5.19};
    for (size_t s = 0; s < N_SIZES; s++) {
        for (int size = 1; size <= 5; size++) {
            for (size_t m = 0; m < 2; m++) {
                UiLayout l, plain;
                ui_layout(&plain, sizes[s].w, sizes[s].h, mm[m], size);
                l = plain;
                ui_set_reader_extras(&l, false, true);
                assert_int_equal(plain.read.w, 0);
                UiRect reader[] = {l.home, l.title, l.read, l.smaller, l.bigger, l.prev, l.page_label, l.next};
                assert_apart(&l, reader, 8, "reader button");
                assert_big(&l, l.read, "read aloud");
                assert_big(&l, l.home, "home");
                assert_big(&l, l.prev, "prev");
                assert_big(&l, l.next, "next");
                assert_on_screen(&l, l.read, "read aloud");
                /* the text area is the same: the pages do not change */
                assert_memory_equal(&l.text, &plain.text, sizeof l.text);
                AppView v = screen(APP_SCREEN_READER);
                int arg;
                assert_int_equal(tap(&l, &v, l.read, &arg), APP_CMD_READ);
                assert_int_not_equal(tap(&plain, &v, l.read, &arg), APP_CMD_READ);
            }
        }
    }
}

/* With both Innehåll and Läs upp: every reader control at least the
 * screen's touch size (15 mm where the millimetres are known), apart and on
 * screen, on every screen including the upright ones (the 7" panel turned,
 * 5.39 px/mm; Touch Display 2, 8.22 px/mm), with the "Text och ljud" panel
 * closed (the bars) and open (its controls inside its box, clear of the
 * bars' controls); each control's room holds its label at the row's label
 * size, never under the millimetre rule's least size. */
static void check_controls(const UiLayout *l, const UiRect *c, const char *const *names, size_t n, double mm, int size)
{
    for (size_t i = 0; i < n; i++) {
        assert_on_screen(l, c[i], names[i]);
        if (c[i].w < l->touch || c[i].h < l->touch)
            fail_msg("%dx%d at %.2f px/mm, size %d: %s is %dx%d, under %d px", l->w, l->h, mm, size, names[i], c[i].w,
                     c[i].h, l->touch);
        if (ui_label_px(l, c[i].h) < l->label_min_px)
            fail_msg("%dx%d: %s's label under the least size", l->w, l->h, names[i]);
    }
    assert_apart(l, c, (int)n, "reader control");
}

static void test_both_extras(void **state)
{
    (void)state;
    typedef struct { int w, h; double mm; } Screen;
    Screen screens[N_SIZES * 2 + 3];
    size_t n = 0;
    for (size_t s = 0; s < N_SIZES; s++) {
        screens[n++] = (Screen){sizes[s].w, sizes[s].h, 0};
        screens[n++] = (Screen){sizes[s].w, sizes[s].h, 5.39};
    }
    screens[n++] = (Screen){720, 1280, 8.22};
    screens[n++] = (Screen){1280, 720, 8.22};
    screens[n++] = (Screen){1280, 800, 5.9};
    for (size_t s = 0; s < n; s++) {
        for (int size = 1; size <= 5; size++) {
            UiLayout l;
            ui_layout(&l, screens[s].w, screens[s].h, screens[s].mm, size);
            ui_set_reader_extras(&l, true, true);
            AppView v = screen(APP_SCREEN_READER);
            v.n_contents = 5;
            int arg;
            /* the bars, the panel closed */
            UiRect bars[9];
            const char *bar_names[9];
            size_t nb = 0;
            bars[nb] = l.home, bar_names[nb++] = "home";
            bars[nb] = l.read, bar_names[nb++] = "read";
            bars[nb] = l.prev, bar_names[nb++] = "prev";
            bars[nb] = l.next, bar_names[nb++] = "next";
            if (!l.contents_in_panel) bars[nb] = l.contents, bar_names[nb++] = "contents";
            if (l.has_panel) {
                bars[nb] = l.panel_button, bar_names[nb++] = "panel";
            } else {
                bars[nb] = l.smaller, bar_names[nb++] = "A-";
                bars[nb] = l.bigger, bar_names[nb++] = "A+";
                bars[nb] = l.slower, bar_names[nb++] = "slower";
                bars[nb] = l.faster, bar_names[nb++] = "faster";
            }
            check_controls(&l, bars, bar_names, nb, screens[s].mm, size);
            const UiRect label[] = {l.page_label, l.progress, l.title};
            for (size_t i = 0; i < 3; i++)
                for (size_t j = 0; j < nb; j++)
                    if (label[i].w > 0 && overlap(label[i], bars[j]))
                        fail_msg("%dx%d: label %zu overlaps %s", l.w, l.h, i, bar_names[j]);
            assert_int_equal(tap(&l, &v, l.read, &arg), APP_CMD_READ);
            if (!l.contents_in_panel) assert_int_equal(tap(&l, &v, l.contents, &arg), APP_CMD_CONTENTS);
            if (!l.has_panel) {
                assert_int_equal(tap(&l, &v, l.slower, &arg), APP_CMD_SLOWER);
                assert_int_equal(tap(&l, &v, l.faster, &arg), APP_CMD_FASTER);
                continue;
            }
            /* the panel: shut, its controls do nothing; open, they answer */
            assert_int_equal(tap(&l, &v, l.panel_button, &arg), APP_CMD_PANEL);
            assert_int_not_equal(tap(&l, &v, l.slower, &arg), APP_CMD_SLOWER);
            v.panel_open = true;
            UiRect in[7];
            const char *in_names[7] = {"A-", "A+", "slower", "faster", "contents", "panel", "home"};
            size_t ni = 0;
            in[ni++] = l.smaller, in[ni++] = l.bigger, in[ni++] = l.slower, in[ni++] = l.faster;
            if (l.contents_in_panel) in[ni++] = l.contents;
            for (size_t i = 0; i < ni; i++)
                if (l.panel.w <= 0 || in[i].x < l.panel.x || in[i].y < l.panel.y ||
                    in[i].x + in[i].w > l.panel.x + l.panel.w || in[i].y + in[i].h > l.panel.y + l.panel.h)
                    fail_msg("%dx%d: %s is outside the panel", l.w, l.h, in_names[i]);
            for (size_t j = 0; j < nb; j++)
                if (overlap(l.panel, bars[j]))
                    fail_msg("%dx%d: the panel covers %s", l.w, l.h, bar_names[j]);
            check_controls(&l, in, in_names, ni, screens[s].mm, size);
            assert_int_equal(tap(&l, &v, l.smaller, &arg), APP_CMD_SMALLER);
            assert_int_equal(tap(&l, &v, l.faster, &arg), APP_CMD_FASTER);
            assert_int_equal(tap(&l, &v, l.slower, &arg), APP_CMD_SLOWER);
            if (l.contents_in_panel) assert_int_equal(tap(&l, &v, l.contents, &arg), APP_CMD_CONTENTS);
            assert_int_equal(tap(&l, &v, l.panel_button, &arg), APP_CMD_PANEL);
            assert_int_equal(ui_hit(&l, &v, l.tap_next.x + l.tap_next.w - 2, l.tap_next.y + 2, &arg), APP_CMD_PANEL);
        }
    }
}

static void test_geometry(void **state)
{
    (void)state;
    for (size_t s = 0; s < N_SIZES; s++) {
        for (int size = 1; size <= 5; size++) {
            UiLayout l;
            ui_layout(&l, sizes[s].w, sizes[s].h, 0, size);
            StyleScreen st;
            style_screen(sizes[s].w, sizes[s].h, 0, size, &st);
            assert_int_equal(l.text.x, st.text.x);
            assert_int_equal(l.text.y, st.text.y);
            assert_int_equal(l.text.w, st.text.w);
            assert_int_equal(l.text.h, st.text.h);
            assert_int_equal(l.top_bar.h, st.top_bar.h);
            assert_int_equal(l.bottom_bar.y, st.bottom_bar.y);

            UiRect reader[] = {l.home, l.title, l.smaller, l.bigger, l.prev, l.page_label, l.next};
            assert_apart(&l, reader, 7, "reader button");
            assert_big(&l, l.home, "home");
            assert_big(&l, l.smaller, "A-");
            assert_big(&l, l.bigger, "A+");
            assert_big(&l, l.prev, "prev");
            assert_big(&l, l.next, "next");
            assert_on_screen(&l, l.title, "title");
            assert_on_screen(&l, l.page_label, "page label");
            assert_on_screen(&l, l.progress, "progress");
            assert_on_screen(&l, l.hint, "hint");
            assert_true(overlap(l.progress, l.bottom_bar));
            assert_false(overlap(l.tap_prev, l.tap_next));
            assert_false(overlap(l.tap_prev, l.top_bar) || overlap(l.tap_prev, l.bottom_bar));

            assert_true(l.shelf_per_page >= 1 && l.shelf_per_page <= UI_MAX_CARDS);
            assert_apart(&l, l.cards, l.shelf_per_page, "card");
            for (int i = 0; i < l.shelf_per_page; i++) {
                assert_on_screen(&l, l.cards[i], "card");
                assert_true(l.cards[i].h * 8 >= l.h);
                assert_false(overlap(l.cards[i], l.bottom_bar) || overlap(l.cards[i], l.top_bar));
            }
            assert_big(&l, l.end_button, "end button");
            assert_on_screen(&l, l.end_message, "end message");
            assert_false(overlap(l.end_button, l.prev) || overlap(l.end_button, l.home));
            assert_big(&l, l.error_button, "error button");
            assert_on_screen(&l, l.error_message, "error message");
            assert_big(&l, l.idle_button, "idle button");
            assert_on_screen(&l, l.idle_message, "idle message");
            assert_big(&l, l.staff_corner, "staff corner");
            assert_true(l.staff_corner.x == 0 && l.staff_corner.y == 0);
            assert_on_screen(&l, l.pin_title, "PIN title");
            assert_apart(&l, l.pin_keys, UI_PIN_KEY_COUNT, "PIN key");
            for (int k = 0; k < UI_PIN_KEY_COUNT; k++) {
                assert_big(&l, l.pin_keys[k], "PIN key");
                assert_false(overlap(l.pin_keys[k], l.pin_title));
            }
            assert_apart(&l, l.menu_buttons, UI_MENU_COUNT, "menu button");
            for (int k = 0; k < UI_MENU_COUNT; k++)
                assert_big(&l, l.menu_buttons[k], "menu button");
            assert_big(&l, l.info_back, "info back");
            assert_on_screen(&l, l.info_text, "info text");
        }
    }
}

static void test_more_cards_when_taller(void **state)
{
    (void)state;
    UiLayout land, port;
    ui_layout(&land, 1920, 1080, 0, 3);
    ui_layout(&port, 1080, 1920, 0, 3);
    assert_true(port.shelf_per_page > land.shelf_per_page);
    assert_int_equal(ui_shelf_per_page(&port), port.shelf_per_page);
    ui_layout(&land, 1, 1, 0, 3); /* nonsense sizes do not crash */
    ui_layout(&land, 0, -4, 0, 9);
    assert_int_equal(land.shelf_per_page, 1);
}

static void test_reader_hits(void **state)
{
    (void)state;
    for (size_t s = 0; s < N_SIZES; s++) {
        UiLayout l;
        ui_layout(&l, sizes[s].w, sizes[s].h, 0, 3);
        AppView v = screen(APP_SCREEN_READER);
        int arg = -1;
        assert_int_equal(tap(&l, &v, l.home, &arg), APP_CMD_HOME);
        assert_int_equal(arg, 0);
        assert_int_equal(tap(&l, &v, l.smaller, &arg), APP_CMD_SMALLER);
        assert_int_equal(tap(&l, &v, l.bigger, &arg), APP_CMD_BIGGER);
        assert_int_equal(tap(&l, &v, l.prev, &arg), APP_CMD_PREV);
        assert_int_equal(tap(&l, &v, l.next, &arg), APP_CMD_NEXT);
        assert_int_equal(tap(&l, &v, l.title, &arg), APP_CMD_NONE);
        assert_int_equal(tap(&l, &v, l.page_label, &arg), APP_CMD_NONE);
        /* 40% / 20% / 40% of the text area */
        UiRect t = l.text;
        int y = cy(t);
        assert_int_equal(ui_hit(&l, &v, t.x + t.w * 39 / 100, y, &arg), APP_CMD_PREV);
        assert_int_equal(ui_hit(&l, &v, t.x + t.w * 41 / 100, y, &arg), APP_CMD_NONE);
        assert_int_equal(ui_hit(&l, &v, t.x + t.w / 2, y, &arg), APP_CMD_NONE);
        assert_int_equal(ui_hit(&l, &v, t.x + t.w * 59 / 100, y, &arg), APP_CMD_NONE);
        assert_int_equal(ui_hit(&l, &v, t.x + t.w * 61 / 100, y, &arg), APP_CMD_NEXT);
        assert_int_equal(ui_hit(&l, &v, 0, y, &arg), APP_CMD_PREV);        /* the margin */
        assert_int_equal(ui_hit(&l, &v, l.w - 1, y, &arg), APP_CMD_NEXT);
        assert_int_equal(ui_hit(&l, &v, -5, -5, &arg), APP_CMD_NONE);
        /* the hint banner does not block the zones */
        v.hint_visible = true;
        assert_int_equal(ui_hit(&l, &v, l.w - 1, cy(l.hint), &arg), APP_CMD_NEXT);
    }
}

static void test_shelf_hits(void **state)
{
    (void)state;
    UiLayout l;
    ui_layout(&l, 800, 480, 0, 3);
    int per = l.shelf_per_page;
    AppView v = screen(APP_SCREEN_SHELF);
    v.n_docs = per + 1;
    v.shelf_per_page = per;
    int arg = -1;
    for (int i = 0; i < per; i++) {
        assert_int_equal(tap(&l, &v, l.cards[i], &arg), APP_CMD_OPEN);
        assert_int_equal(arg, i);
    }
    assert_int_equal(tap(&l, &v, l.next, &arg), APP_CMD_NEXT);
    assert_int_equal(tap(&l, &v, l.prev, &arg), APP_CMD_PREV);
    assert_int_equal(tap(&l, &v, l.shelf_heading, &arg), APP_CMD_NONE);
    /* the second page holds one card */
    v.shelf_page = 1;
    assert_int_equal(tap(&l, &v, l.cards[0], &arg), APP_CMD_OPEN);
    assert_int_equal(arg, per);
    if (per > 1)
        assert_int_equal(tap(&l, &v, l.cards[1], &arg), APP_CMD_NONE);
    /* an empty shelf */
    v.n_docs = 0;
    v.shelf_page = 0;
    assert_int_equal(tap(&l, &v, l.cards[0], &arg), APP_CMD_NONE);
}

static void test_other_screens(void **state)
{
    (void)state;
    UiLayout l;
    ui_layout(&l, 1280, 800, 0, 3);
    int arg = -1;
    AppView v = screen(APP_SCREEN_END);
    assert_int_equal(tap(&l, &v, l.end_button, &arg), APP_CMD_HOME);
    assert_int_equal(tap(&l, &v, l.home, &arg), APP_CMD_HOME);
    assert_int_equal(tap(&l, &v, l.prev, &arg), APP_CMD_PREV);
    assert_int_equal(tap(&l, &v, l.next, &arg), APP_CMD_NONE);
    assert_int_equal(tap(&l, &v, l.end_message, &arg), APP_CMD_NONE);

    v = screen(APP_SCREEN_ERROR);
    assert_int_equal(tap(&l, &v, l.error_button, &arg), APP_CMD_HOME);
    assert_int_equal(tap(&l, &v, l.error_message, &arg), APP_CMD_NONE);

    v = screen(APP_SCREEN_IDLE);
    v.under = APP_SCREEN_READER;
    assert_int_equal(tap(&l, &v, l.idle_button, &arg), APP_CMD_KEEP_READING);
    assert_int_equal(tap(&l, &v, l.next, &arg), APP_CMD_KEEP_READING);
    assert_int_equal(ui_hit(&l, &v, 0, 0, &arg), APP_CMD_KEEP_READING);

    v = screen(APP_SCREEN_STAFF_PIN);
    for (int d = 0; d <= 9; d++) {
        assert_int_equal(tap(&l, &v, l.pin_keys[d], &arg), APP_CMD_PIN_DIGIT);
        assert_int_equal(arg, d);
    }
    assert_int_equal(tap(&l, &v, l.pin_keys[UI_PIN_ERASE], &arg), APP_CMD_PIN_ERASE);
    assert_int_equal(tap(&l, &v, l.pin_keys[UI_PIN_OK], &arg), APP_CMD_PIN_OK);
    assert_int_equal(tap(&l, &v, l.pin_keys[UI_PIN_CANCEL], &arg), APP_CMD_PIN_CANCEL);
    assert_int_equal(tap(&l, &v, l.pin_title, &arg), APP_CMD_NONE);
    /* the keypad reads like a phone: 1 2 3 on top, 0 under 8 */
    assert_true(l.pin_keys[1].y < l.pin_keys[4].y && l.pin_keys[1].x < l.pin_keys[3].x);
    assert_int_equal(l.pin_keys[0].x, l.pin_keys[8].x);
    assert_true(l.pin_keys[0].y > l.pin_keys[8].y);

    v = screen(APP_SCREEN_STAFF_MENU);
    assert_int_equal(tap(&l, &v, l.menu_buttons[UI_MENU_QUIT], &arg), APP_CMD_MENU_QUIT);
    assert_int_equal(tap(&l, &v, l.menu_buttons[UI_MENU_RELOAD], &arg), APP_CMD_MENU_RELOAD);
    assert_int_equal(tap(&l, &v, l.menu_buttons[UI_MENU_INFO], &arg), APP_CMD_MENU_INFO);
    assert_int_equal(tap(&l, &v, l.menu_buttons[UI_MENU_BACK], &arg), APP_CMD_MENU_BACK);
    assert_int_equal(tap(&l, &v, l.menu_title, &arg), APP_CMD_NONE);

    v = screen(APP_SCREEN_STAFF_INFO);
    assert_int_equal(tap(&l, &v, l.info_back, &arg), APP_CMD_MENU_BACK);
    assert_int_equal(tap(&l, &v, l.info_text, &arg), APP_CMD_NONE);
}

static void test_gestures_to_commands(void **state)
{
    (void)state;
    UiLayout l;
    ui_layout(&l, 800, 480, 0, 3);
    int arg = -1;
    static const struct {
        AppScreen screen;
        GestureKind kind;
        AppCommand want;
    } t[] = {
        {APP_SCREEN_READER, GESTURE_SWIPE_LEFT, APP_CMD_NEXT},
        {APP_SCREEN_READER, GESTURE_SWIPE_RIGHT, APP_CMD_PREV},
        {APP_SCREEN_SHELF, GESTURE_SWIPE_LEFT, APP_CMD_NEXT},
        {APP_SCREEN_SHELF, GESTURE_SWIPE_RIGHT, APP_CMD_PREV},
        {APP_SCREEN_END, GESTURE_SWIPE_RIGHT, APP_CMD_PREV},
        {APP_SCREEN_IDLE, GESTURE_SWIPE_LEFT, APP_CMD_KEEP_READING},
        {APP_SCREEN_IDLE, GESTURE_SWIPE_RIGHT, APP_CMD_KEEP_READING},
        {APP_SCREEN_ERROR, GESTURE_SWIPE_LEFT, APP_CMD_NONE},
        {APP_SCREEN_STAFF_PIN, GESTURE_SWIPE_LEFT, APP_CMD_NONE},
        {APP_SCREEN_STAFF_MENU, GESTURE_SWIPE_RIGHT, APP_CMD_NONE},
        {APP_SCREEN_READER, GESTURE_NONE, APP_CMD_NONE},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        AppView v = screen(t[i].screen);
        Gesture g = {t[i].kind, 400, 240};
        assert_int_equal(ui_command(&l, &v, &g, &arg), t[i].want);
    }
    /* a hold: only in the corner, and not on staff screens */
    AppView v = screen(APP_SCREEN_READER);
    Gesture g = {GESTURE_HOLD, 5, 5};
    assert_int_equal(ui_command(&l, &v, &g, &arg), APP_CMD_STAFF_CORNER);
    v = screen(APP_SCREEN_IDLE);
    assert_int_equal(ui_command(&l, &v, &g, &arg), APP_CMD_STAFF_CORNER);
    v = screen(APP_SCREEN_STAFF_MENU);
    assert_int_equal(ui_command(&l, &v, &g, &arg), APP_CMD_NONE);
    v = screen(APP_SCREEN_READER);
    g.x = 400;
    assert_int_equal(ui_command(&l, &v, &g, &arg), APP_CMD_NONE);
}

/* The whole touch path: samples -> gesture -> ui -> command. */
static void test_touch_path(void **state)
{
    (void)state;
    UiLayout l;
    ui_layout(&l, 800, 480, 0, 3);
    GestureRecognizer *rec = gesture_new(800, 480);
    AppView v = screen(APP_SCREEN_READER);
    int arg;
    GestureSample down = {GESTURE_DOWN, 0, cx(l.next), cy(l.next), 0};
    GestureSample up = {GESTURE_UP, 0, cx(l.next), cy(l.next), 90};
    gesture_feed(rec, &down);
    Gesture g = gesture_feed(rec, &up);
    assert_int_equal(ui_command(&l, &v, &g, &arg), APP_CMD_NEXT);
    /* holding "Alla texter" is no tap; after 5 s it opens the staff PIN */
    GestureSample hold = {GESTURE_DOWN, 0, l.home.x + 5, l.home.y + 5, 1000};
    gesture_feed(rec, &hold);
    g = gesture_poll(rec, 1000 + GESTURE_HOLD_MS);
    assert_int_equal(ui_command(&l, &v, &g, &arg), APP_CMD_STAFF_CORNER);
    hold.phase = GESTURE_UP;
    hold.t_ms = 7000;
    g = gesture_feed(rec, &hold);
    assert_int_equal(ui_command(&l, &v, &g, &arg), APP_CMD_NONE);
    gesture_free(rec);
}

/* On the 7" panel (800x480 on 154x86 mm) every reader control is at least
 * 15 mm each way, 3 mm from the next, all in one row at the foot, and they
 * do not move when the text size changes. */
static void test_pi_panel_controls(void **state)
{
    (void)state;
    double ppm = style_px_per_mm(800, 480, 154, 86);
    UiLayout l3, l5;
    ui_layout(&l3, 800, 480, ppm, 3);
    ui_layout(&l5, 800, 480, ppm, 5);
    assert_true(l3.one_bar);
    const UiRect row[] = {l3.prev, l3.home, l3.smaller, l3.bigger, l3.next};
    for (size_t i = 0; i < 5; i++) {
        assert_true(row[i].w >= 15.0 * ppm && row[i].h >= 15.0 * ppm);
        assert_true(row[i].y >= l3.bottom_bar.y);
        if (i) assert_true(row[i].x - (row[i - 1].x + row[i - 1].w) >= 3.0 * ppm);
    }
    assert_memory_equal(&l3.bigger, &l5.bigger, sizeof l3.bigger);
    assert_memory_equal(&l3.prev, &l5.prev, sizeof l3.prev);
    for (int i = 0; i < l3.shelf_per_page; i++) assert_true(l3.cards[i].h >= 15.0 * ppm);
    /* Staff's screens too: the PIN pad in rows of five, the menu's buttons. */
    for (int k = 0; k < UI_PIN_KEY_COUNT; k++) {
        assert_true(l3.pin_keys[k].w >= 15.0 * ppm && l3.pin_keys[k].h >= 15.0 * ppm);
        assert_true(l3.pin_keys[k].y + l3.pin_keys[k].h <= 480);
    }
    for (int i = 0; i < UI_MENU_COUNT; i++) {
        assert_true(l3.menu_buttons[i].h >= 15.0 * ppm);
        assert_true(l3.menu_buttons[i].y + l3.menu_buttons[i].h <= 480);
    }
}

/* "Innehåll" in the reader's bars: on every screen size it is on screen,
 * at least as big as A- and A+ (where they are in the bars), apart from the
 * other controls; on the 7" panel the one bar's controls keep 15 mm and 3 mm
 * and Innehåll is in the "Text och ljud" panel; a tap on it is
 * CONTENTS only for a text with a list. Without it nothing moves. */
static void test_contents_button(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_SIZES; i++) {
        UiLayout plain, l;
        ui_layout(&plain, sizes[i].w, sizes[i].h, 0, 3);
        l = plain;
        ui_set_reader_extras(&l, true, false);
        assert_big(&l, l.contents, "contents");
        if (!l.has_panel) assert_true(l.contents.w >= l.smaller.w && l.contents.h >= l.smaller.h);
        const UiRect top[] = {l.home, l.contents, l.smaller, l.bigger, l.prev, l.next};
        assert_apart(&l, top, 6, "reader with contents");
        if (!l.one_bar) assert_true(l.title.w > 0);
        ui_set_reader_extras(&l, false, false);
        assert_memory_equal(&l, &plain, sizeof l);
    }
    /* The 7" panel: with Innehåll the one row is ◀, Alla texter, Text och
     * ljud, ▶, each 15 mm and 3 mm apart; Innehåll is in the panel. */
    double ppm = style_px_per_mm(800, 480, 154, 86);
    UiLayout l;
    ui_layout(&l, 800, 480, ppm, 5);
    ui_set_reader_extras(&l, true, false);
    assert_true(l.has_panel && l.contents_in_panel);
    const UiRect row[] = {l.prev, l.home, l.panel_button, l.next};
    for (size_t i = 0; i < 4; i++) {
        assert_true(row[i].w >= 15.0 * ppm && row[i].h >= 15.0 * ppm);
        assert_true(row[i].y >= l.bottom_bar.y && row[i].x + row[i].w <= 800);
        if (i) assert_true(row[i].x - (row[i - 1].x + row[i - 1].w) >= 3.0 * ppm);
    }
    /* With Läs upp as well: five controls in the row; the list screens' ◀
     * and ▶ come back wide without both. */
    UiLayout both = l;
    ui_set_reader_extras(&both, true, true);
    const UiRect five[] = {both.prev, both.home, both.read, both.panel_button, both.next};
    for (size_t i = 0; i < 5; i++) {
        assert_true(five[i].w >= 15.0 * ppm && five[i].h >= 15.0 * ppm);
        assert_true(five[i].y >= both.bottom_bar.y && five[i].x + five[i].w <= 800);
        if (i) assert_true(five[i].x - (five[i - 1].x + five[i - 1].w) >= 3.0 * ppm);
    }
    ui_set_reader_extras(&both, false, false);
    assert_true(both.prev.w > l.prev.w && both.next.w > l.next.w);
    AppView v = {.screen = APP_SCREEN_READER, .n_contents = 5, .n_pages = 9, .panel_open = true};
    int arg;
    int cx = l.contents.x + l.contents.w / 2, cy = l.contents.y + l.contents.h / 2;
    assert_int_equal(ui_hit(&l, &v, cx, cy, &arg), APP_CMD_CONTENTS);
    v.n_contents = 1;
    assert_int_not_equal(ui_hit(&l, &v, cx, cy, &arg), APP_CMD_CONTENTS);
}

/* The contents list: rows as big as the buttons, a tap on a row opens its
 * entry on the page in view, Tillbaka, and paging; the 7" panel too. */
static void test_contents_list(void **state)
{
    (void)state;
    double ppm = style_px_per_mm(800, 480, 154, 86);
    for (int panel = 0; panel < 2; panel++) {
        UiLayout l;
        ui_layout(&l, panel ? 800 : 1280, panel ? 480 : 800, panel ? ppm : 0, 3);
        assert_true(l.contents_per_page >= 2);
        for (int i = 0; i < l.contents_per_page; i++) {
            assert_on_screen(&l, l.contents_rows[i], "contents row");
            assert_true(l.contents_rows[i].h >= l.home.h && l.contents_rows[i].h >= l.touch);
            assert_true(l.contents_rows[i].y + l.contents_rows[i].h <= l.bottom_bar.y);
        }
        assert_big(&l, l.contents_back, "Tillbaka");
        AppView v = {.screen = APP_SCREEN_CONTENTS, .n_contents = 7, .contents_page = 1,
                     .contents_per_page = l.contents_per_page, .n_contents_pages = 3};
        int arg = -1;
        UiRect r0 = l.contents_rows[0];
        assert_int_equal(ui_hit(&l, &v, r0.x + 5, r0.y + 5, &arg), APP_CMD_CONTENTS_GO);
        assert_int_equal(arg, l.contents_per_page);
        UiRect b = l.contents_back;
        assert_int_equal(ui_hit(&l, &v, b.x + b.w / 2, b.y + b.h / 2, &arg), APP_CMD_MENU_BACK);
        assert_int_equal(ui_hit(&l, &v, l.next.x + 5, l.next.y + 5, &arg), APP_CMD_NEXT);
        Gesture g = {.kind = GESTURE_SWIPE_LEFT, .x = 100, .y = 100};
        assert_int_equal(ui_command(&l, &v, &g, &arg), APP_CMD_NEXT);
    }
}

/* The attract screen: the card (a tap opens the quote's text) over "Alla
 * texter"; a tap anywhere else or a swipe is the shelf. */
static void test_attract_screen(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_SIZES; i++) {
        UiLayout l;
        ui_layout(&l, sizes[i].w, sizes[i].h, 0, 3);
        assert_on_screen(&l, l.attract_card, "attract card");
        assert_on_screen(&l, l.attract_quote, "attract quote");
        assert_big(&l, l.attract_invite, "attract invite");
        assert_big(&l, l.attract_home, "attract home");
        assert_false(overlap(l.attract_card, l.attract_home));
        assert_true(l.attract_quote.h >= l.attract_card.h / 3);
        AppView v = {.screen = APP_SCREEN_ATTRACT};
        int arg;
        UiRect c = l.attract_card, h = l.attract_home;
        assert_int_equal(ui_hit(&l, &v, c.x + c.w / 2, c.y + c.h / 3, &arg), APP_CMD_ACTIVATE);
        assert_int_equal(ui_hit(&l, &v, h.x + h.w / 2, h.y + h.h / 2, &arg), APP_CMD_HOME);
        assert_int_equal(ui_hit(&l, &v, 1, l.h - 1, &arg), APP_CMD_HOME);
        Gesture g = {.kind = GESTURE_SWIPE_RIGHT, .x = c.x + 10, .y = c.y + 10};
        assert_int_equal(ui_command(&l, &v, &g, &arg), APP_CMD_HOME);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_geometry),
        cmocka_unit_test(test_pi_panel_controls),
        cmocka_unit_test(test_more_cards_when_taller),
        cmocka_unit_test(test_reader_hits),
        cmocka_unit_test(test_shelf_hits),
        cmocka_unit_test(test_other_screens),
        cmocka_unit_test(test_read_button),
        cmocka_unit_test(test_both_extras),
        cmocka_unit_test(test_gestures_to_commands),
        cmocka_unit_test(test_touch_path),
        cmocka_unit_test(test_contents_button),
        cmocka_unit_test(test_contents_list),
        cmocka_unit_test(test_attract_screen),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
