/* Tests for ui_names: on every screen at several screen sizes, each name
 * the screen shows is found, and a tap (a hold for the corner) at its
 * centre means what the name says; a name the screen lacks is not found;
 * a hand-made layout gives back its own rectangles; and script.h's list of
 * names is the table's. Run from the checkout (make test does): the last
 * test reads src/core/script.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/readfile.h"
#include "core/ui.h"

/* Screens as the kiosk meets them: unknown millimetres, the 7" panel
 * (5.39 px/mm), the Touch Display 2 upright (8.22 px/mm). */
static const struct { int w, h; double px_per_mm; } sizes[] = {
    {800, 480, 0}, {800, 480, 5.39}, {1280, 800, 0}, {1920, 1080, 0}, {720, 1280, 8.22}, {480, 800, 0},
};
#define N_SIZES (sizeof sizes / sizeof sizes[0])

/* What a name means: the command a tap at its centre gives, and its
 * argument where it has one (-1: none to check). */
typedef struct {
    const char *name;
    AppCommand cmd;
    int arg;
    int seen; /* on how many screens and sizes it was found */
} Meaning;

static Meaning meanings[] = {
    {"@card.", APP_CMD_OPEN, -1, 0}, /* "@card.N" and "@row.N": their argument is worked out */
    {"@prev", APP_CMD_PREV, -1, 0}, {"@next", APP_CMD_NEXT, -1, 0},
    {"@all-texts", APP_CMD_HOME, -1, 0}, {"@contents", APP_CMD_CONTENTS, -1, 0},
    {"@read", APP_CMD_READ, -1, 0}, {"@smaller", APP_CMD_SMALLER, -1, 0},
    {"@bigger", APP_CMD_BIGGER, -1, 0}, {"@zone.prev", APP_CMD_PREV, -1, 0},
    {"@zone.next", APP_CMD_NEXT, -1, 0}, {"@back-to-all-texts", APP_CMD_HOME, -1, 0},
    {"@keep-reading", APP_CMD_KEEP_READING, -1, 0}, {"@pin.0", APP_CMD_PIN_DIGIT, 0, 0},
    {"@pin.1", APP_CMD_PIN_DIGIT, 1, 0}, {"@pin.2", APP_CMD_PIN_DIGIT, 2, 0},
    {"@pin.3", APP_CMD_PIN_DIGIT, 3, 0}, {"@pin.4", APP_CMD_PIN_DIGIT, 4, 0},
    {"@pin.5", APP_CMD_PIN_DIGIT, 5, 0}, {"@pin.6", APP_CMD_PIN_DIGIT, 6, 0},
    {"@pin.7", APP_CMD_PIN_DIGIT, 7, 0}, {"@pin.8", APP_CMD_PIN_DIGIT, 8, 0},
    {"@pin.9", APP_CMD_PIN_DIGIT, 9, 0}, {"@pin.erase", APP_CMD_PIN_ERASE, -1, 0},
    {"@pin.ok", APP_CMD_PIN_OK, -1, 0}, {"@pin.cancel", APP_CMD_PIN_CANCEL, -1, 0},
    {"@menu.quit", APP_CMD_MENU_QUIT, -1, 0}, {"@menu.reload", APP_CMD_MENU_RELOAD, -1, 0},
    {"@menu.info", APP_CMD_MENU_INFO, -1, 0}, {"@menu.back", APP_CMD_MENU_BACK, -1, 0},
    {"@back", APP_CMD_MENU_BACK, -1, 0}, {"@row.", APP_CMD_CONTENTS_GO, -1, 0},
    {"@quote", APP_CMD_ACTIVATE, -1, 0}, {"@corner", APP_CMD_STAFF_CORNER, -1, 0},
    {"@slower", APP_CMD_SLOWER, -1, 0}, {"@faster", APP_CMD_FASTER, -1, 0},
    {"@panel", APP_CMD_PANEL, -1, 0},
};
#define N_MEANINGS (sizeof meanings / sizeof meanings[0])

/* The meaning of name; a name ending in "." stands for its numbered set. */
static Meaning *meaning(const char *name)
{
    for (size_t i = 0; i < N_MEANINGS; i++) {
        const char *m = meanings[i].name;
        size_t len = strlen(m);
        if (m[len - 1] == '.' ? !strncmp(m, name, len) : !strcmp(m, name)) return &meanings[i];
    }
    return NULL;
}

/* The view of screen s on lay: the shelf and the contents list on their
 * second page, which holds fewer cards (rows) than fit, so "as shown" counts. */
static AppView view_of(AppScreen s, UiLayout *lay)
{
    AppView v;
    memset(&v, 0, sizeof v);
    v.screen = v.under = s;
    v.doc = app_screen(s)->open_doc ? 0 : -1;
    v.text_size = 3;
    v.shelf_per_page = ui_shelf_per_page(lay);
    v.n_docs = v.shelf_per_page + (v.shelf_per_page > 1 ? v.shelf_per_page - 1 : 1);
    v.shelf_page = 1;
    v.n_shelf_pages = 2;
    v.contents_per_page = lay->contents_per_page;
    v.n_contents = v.contents_per_page + 1;
    v.contents_page = 1;
    v.n_contents_pages = 2;
    v.n_pages = 4;
    ui_set_reader_extras(lay, s == APP_SCREEN_READER, s == APP_SCREEN_READER);
    return v;
}

/* Checks that a tap (a hold for the corner) at the centre of the control
 * called name means what the name says. */
static void check_name(const UiLayout *lay, const AppView *v, const char *name)
{
    UiRect r;
    if (!ui_name_rect(lay, v, name, &r))
        fail_msg("%dx%d screen %d: %s is listed as shown but not found", lay->w, lay->h, v->screen, name);
    Meaning *m = meaning(name);
    if (!m) fail_msg("%dx%d screen %d: %s has no meaning in this test", lay->w, lay->h, v->screen, name);
    Gesture g = {.kind = !strcmp(name, "@corner") ? GESTURE_HOLD : GESTURE_TAP, .x = r.x + r.w / 2,
                 .y = r.y + r.h / 2};
    int arg = -1;
    AppCommand cmd = ui_command(lay, v, &g, &arg);
    int want_arg = m->arg;
    if (m->cmd == APP_CMD_OPEN) want_arg = v->shelf_page * v->shelf_per_page + atoi(name + 6) - 1;
    if (m->cmd == APP_CMD_CONTENTS_GO) want_arg = v->contents_page * v->contents_per_page + atoi(name + 5) - 1;
    if (cmd != m->cmd || (want_arg >= 0 && arg != want_arg))
        fail_msg("%dx%d screen %d: %s at (%d, %d) gives command %d (%d), wanted %d (%d)", lay->w, lay->h, v->screen,
                 name, g.x, g.y, cmd, arg, m->cmd, want_arg);
    m->seen++;
}

static void every_name_shown_means_what_it_says(void **state)
{
    (void)state;
    for (size_t s = 0; s < N_SIZES; s++) {
        for (int screen = 0; screen <= APP_SCREEN_COUNT; screen++) {
            /* the last round: the reader with its "Text och ljud" panel open */
            bool open = screen == APP_SCREEN_COUNT;
            UiLayout lay;
            ui_layout(&lay, sizes[s].w, sizes[s].h, sizes[s].px_per_mm, 3);
            AppView v = view_of(open ? APP_SCREEN_READER : (AppScreen)screen, &lay);
            v.panel_open = open;
            char shown[1024], *save = NULL;
            ui_names_shown(&lay, &v, shown, sizeof shown);
            assert_true(shown[0] != '\0');
            for (char *name = strtok_r(shown, " ", &save); name; name = strtok_r(NULL, " ", &save))
                check_name(&lay, &v, name);
        }
    }
    for (size_t i = 0; i < N_MEANINGS; i++)
        if (meanings[i].seen == 0) fail_msg("%s was never shown", meanings[i].name);
}

static void a_name_the_screen_lacks_is_not_found(void **state)
{
    (void)state;
    for (size_t s = 0; s < N_SIZES; s++) {
        UiLayout lay;
        UiRect r;
        ui_layout(&lay, sizes[s].w, sizes[s].h, sizes[s].px_per_mm, 3);
        AppView v = view_of(APP_SCREEN_STAFF_PIN, &lay);
        assert_false(ui_name_rect(&lay, &v, "@next", &r));
        assert_false(ui_name_rect(&lay, &v, "@corner", &r)); /* no corner on a staff screen */
        assert_true(ui_name_rect(&lay, &v, "@pin.ok", &r));
        v = view_of(APP_SCREEN_SHELF, &lay);
        /* the second shelf page holds fewer cards than fit */
        int on_page = v.n_docs - v.shelf_per_page;
        char name[16];
        snprintf(name, sizeof name, "@card.%d", on_page);
        assert_true(ui_name_rect(&lay, &v, name, &r));
        snprintf(name, sizeof name, "@card.%d", on_page + 1);
        assert_false(ui_name_rect(&lay, &v, name, &r));
        v.n_shelf_pages = 1; /* a one-page shelf has no ◀ or ▶ */
        v.shelf_page = 0;
        assert_false(ui_name_rect(&lay, &v, "@next", &r));
        assert_false(ui_name_rect(&lay, &v, "@all-texts", &r));
        /* the reader without Läs upp and Innehåll */
        v = view_of(APP_SCREEN_READER, &lay);
        ui_set_reader_extras(&lay, false, false);
        assert_false(ui_name_rect(&lay, &v, "@read", &r));
        assert_false(ui_name_rect(&lay, &v, "@contents", &r));
        ui_set_reader_extras(&lay, true, true);
        v.n_contents = CONTENTS_MIN - 1; /* offered, but this text has too few headings */
        assert_false(ui_name_rect(&lay, &v, "@contents", &r));
        assert_true(ui_name_rect(&lay, &v, "@read", &r));
        v = view_of(APP_SCREEN_IDLE, &lay);
        char shown[256];
        ui_names_shown(&lay, &v, shown, sizeof shown);
        assert_string_equal(shown, "@keep-reading @corner");
    }
}

static void only_the_tables_names_are_known(void **state)
{
    (void)state;
    const char *known[] = {"@card.1", "@card.8", "@pin.0", "@pin.9", "@pin.ok", "@menu.reload", "@row.12",
                           "@zone.prev", "@back-to-all-texts", "@corner"};
    const char *unknown[] = {"@card.0", "@card.9", "@card.01", "@card.", "@card", "@card.1x", "@pin.10",
                             "@pin.x", "@menu.", "@row.13", "@Next", "next", "@next ", "@", ""};
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (!ui_name_known(known[i])) fail_msg("%s is not known", known[i]);
    for (size_t i = 0; i < sizeof unknown / sizeof *unknown; i++)
        if (ui_name_known(unknown[i])) fail_msg("\"%s\" is known", unknown[i]);
}

/* A layout made by hand: names give back exactly its rectangles, and an
 * empty rectangle is never a control. */
static void a_fake_layout_gives_its_own_rectangles(void **state)
{
    (void)state;
    UiLayout lay;
    memset(&lay, 0, sizeof lay);
    lay.w = 1000;
    lay.h = 600;
    lay.next = (UiRect){900, 500, 80, 60};
    lay.pin_keys[UI_PIN_OK] = (UiRect){10, 20, 30, 40};
    lay.pin_keys[7] = (UiRect){50, 60, 70, 80};
    lay.menu_buttons[UI_MENU_INFO] = (UiRect){1, 2, 3, 4};
    lay.cards[1] = (UiRect){5, 300, 990, 100};
    lay.shelf_per_page = 3;
    AppView v;
    memset(&v, 0, sizeof v);
    UiRect r;
    v.screen = APP_SCREEN_READER;
    assert_true(ui_name_rect(&lay, &v, "@next", &r));
    assert_memory_equal(&r, &lay.next, sizeof r);
    assert_false(ui_name_rect(&lay, &v, "@prev", &r)); /* 0 x 0 */
    v.screen = APP_SCREEN_STAFF_PIN;
    assert_true(ui_name_rect(&lay, &v, "@pin.ok", &r));
    assert_memory_equal(&r, &lay.pin_keys[UI_PIN_OK], sizeof r);
    assert_true(ui_name_rect(&lay, &v, "@pin.7", &r));
    assert_memory_equal(&r, &lay.pin_keys[7], sizeof r);
    assert_false(ui_name_rect(&lay, &v, "@pin.8", &r));
    v.screen = APP_SCREEN_STAFF_MENU;
    assert_true(ui_name_rect(&lay, &v, "@menu.info", &r));
    assert_memory_equal(&r, &lay.menu_buttons[UI_MENU_INFO], sizeof r);
    v.screen = APP_SCREEN_SHELF;
    v.n_docs = 2;
    v.shelf_per_page = 3;
    assert_true(ui_name_rect(&lay, &v, "@card.2", &r));
    assert_memory_equal(&r, &lay.cards[1], sizeof r);
    v.n_docs = 1;
    assert_false(ui_name_rect(&lay, &v, "@card.2", &r));
}

/* script.h's list of names (its comment lines " *   @...") is exactly
 * what the table describes; when it is not, the list to paste is printed. */
static void script_h_lists_the_table(void **state)
{
    (void)state;
    ReadFileError err;
    size_t len;
    char *h = readfile_load("src/core/script.h", 1u << 20, READFILE_REGULAR, &len, &err);
    if (!h) fail_msg("src/core/script.h: %s (run from the checkout)", err.why);
    size_t need = ui_names_describe(NULL, 0);
    char *want = malloc(need + 1), *doc = calloc(1, len + 1);
    assert_non_null(want);
    assert_non_null(doc);
    assert_int_equal(ui_names_describe(want, need + 1), need);
    size_t n = 0;
    for (char *line = h; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        if (strncmp(line, " *   @", 6)) continue;
        size_t l = strcspn(line + 5, "\n");
        memcpy(doc + n, line + 5, l);
        n += l;
        doc[n++] = '\n';
    }
    if (strcmp(doc, want)) {
        fprintf(stderr, "script.h should list, each line after \" *   \":\n%s", want);
        fail_msg("script.h's names differ from ui_names.c's table");
    }
    free(doc);
    free(want);
    free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_name_shown_means_what_it_says),
        cmocka_unit_test(a_name_the_screen_lacks_is_not_found),
        cmocka_unit_test(only_the_tables_names_are_known),
        cmocka_unit_test(a_fake_layout_gives_its_own_rectangles),
        cmocka_unit_test(script_h_lists_the_table),
    };
    return cmocka_run_group_tests_name("ui_names", tests, NULL, NULL);
}
