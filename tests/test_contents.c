/* Tests for contents: a text's headings and their pages, taken from the
 * layout, so the numbers follow the text size (A+ and A-) and the screen;
 * and the app's contents list: its pages, a heading opened, "Tillbaka" to
 * the page the reader was on. A fake font and a fake clock. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/app.h"
#include "core/contents.h"
#include "core/typeset.h"
#include "layout_fake.h"

static int fonts_set_style(void *ctx, const LayoutStyle *style, LayoutMeasure *m)
{
    (void)ctx;
    (void)style;
    *m = fake_measure;
    return 0;
}

/* Three chapters with a section each and many paragraphs between them. */
static Doc *report(void)
{
    static char src[64 * 1024];
    size_t o = (size_t)snprintf(src, sizeof src, "title: Rapport\nkind: report\n\nInledande stycke.\n");
    for (int c = 1; c <= 3; c++) {
        o += (size_t)snprintf(src + o, sizeof src - o, "# %d. Kapitel %d\n", c, c);
        for (int i = 0; i < 40; i++)
            o += (size_t)snprintf(src + o, sizeof src - o, "Stycke %d har några ord som fyller raden helt.\n", i);
        o += (size_t)snprintf(src + o, sizeof src - o, "## %d.1 Avsnitt\n", c);
        for (int i = 0; i < 20; i++)
            o += (size_t)snprintf(src + o, sizeof src - o, "Mer text %d i avsnittet om saken.\n", i);
    }
    return fake_doc_n(src, o);
}

/* True when a line of page `page` starts at byte `offset`. */
static bool page_has(const Layout *lay, size_t page, size_t offset)
{
    size_t n;
    const LayoutLine *lines = layout_page_lines(lay, page, &n);
    for (size_t i = 0; i < n; i++)
        if (lines[i].face != LAYOUT_FACE_NAME && lines[i].start == offset) return true;
    return false;
}

static void headings_and_pages_follow_the_text_size(void **state)
{
    (void)state;
    TypesetFonts tf = {NULL, fonts_set_style};
    Typesetter *ts = typeset_new(&tf, "", NULL);
    typeset_set_screen(ts, 800, 480, 0);
    Doc *doc = report();
    assert_int_equal(contents_count(doc), 6);
    int last_pages[6] = {0};
    for (int size = 1; size <= 5; size++) {
        assert_true(typeset_text(ts, doc, size, 0) >= 0);
        const Layout *lay = typeset_layout(ts);
        ContentsEntry e[CONTENTS_MAX];
        size_t n = contents_list(doc, lay, e, CONTENTS_MAX);
        assert_int_equal(n, 6);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(doc->blocks[e[i].block].kind, DOC_HEADING);
            assert_int_equal(e[i].level, i % 2 ? 2 : 1);
            /* the heading's own first line is on its page */
            assert_true(page_has(lay, (size_t)e[i].page, doc->blocks[e[i].block].start));
            if (i) assert_true(e[i].page > e[i - 1].page);
            /* A+ never brings a heading to an earlier page */
            if (size > 1) assert_true(e[i].page >= last_pages[i]);
            last_pages[i] = e[i].page;
        }
    }
    /* A- back to 3 gives the numbers size 3 had: they are computed anew */
    assert_true(typeset_text(ts, doc, 3, 0) >= 0);
    ContentsEntry a[CONTENTS_MAX], b[CONTENTS_MAX];
    contents_list(doc, typeset_layout(ts), a, CONTENTS_MAX);
    assert_true(typeset_text(ts, doc, 5, 0) >= 0);
    contents_list(doc, typeset_layout(ts), b, CONTENTS_MAX);
    assert_true(b[5].page > a[5].page); /* size 5 needs more pages before the last section */
    assert_int_equal(contents_list(doc, typeset_layout(ts), a, 2), 2); /* cap respected */
    assert_int_equal(contents_list(NULL, NULL, a, 2), 0);
    typeset_free(ts);
    doc_free(doc);
}

static void a_text_without_headings(void **state)
{
    (void)state;
    Doc *doc = fake_doc("title: T\n\nEtt stycke.\n# Bara en rubrik\nOch ett till.\n");
    assert_int_equal(contents_count(doc), 1);
    doc_free(doc);
}

static App *reading_report(ContentsEntry *e, int n)
{
    Config c;
    config_defaults(&c);
    App *app = app_new(&c, true, 0);
    assert_true(app_set_docs(app, 2, NULL));
    app_set_contents_per_page(app, 2);
    app_command(app, APP_CMD_OPEN, 1, 1000);
    app_set_page_count(app, 100, 0);
    assert_true(app_set_contents(app, e, n));
    return app;
}

static AppView view(const App *app, int64_t now)
{
    AppView v;
    app_view(app, now, &v);
    return v;
}

static void the_list_opens_a_heading_and_goes_back(void **state)
{
    (void)state;
    ContentsEntry e[5] = {{1, 1, 4}, {5, 2, 10}, {9, 1, 30}, {12, 2, 44}, {20, 1, 80}};
    App *app = reading_report(e, 5);
    for (int i = 0; i < 12; i++) app_command(app, APP_CMD_NEXT, 0, 2000 + i * 300);
    assert_int_equal(view(app, 6000).page, 12);
    AppView v = view(app, 6000);
    assert_int_equal(v.n_contents, 5);
    app_command(app, APP_CMD_CONTENTS, 0, 6000);
    v = view(app, 6000);
    assert_int_equal(v.screen, APP_SCREEN_CONTENTS);
    assert_int_equal(v.contents_page, 0); /* page 12 is in the second heading's section */
    assert_int_equal(v.n_contents_pages, 3);
    app_command(app, APP_CMD_NEXT, 0, 6500);
    assert_int_equal(view(app, 6500).contents_page, 1);
    app_command(app, APP_CMD_CONTENTS_GO, 2, 7000); /* "4. ..." */
    v = view(app, 7000);
    assert_int_equal(v.screen, APP_SCREEN_READER);
    assert_int_equal(v.page, 30);
    app_command(app, APP_CMD_CONTENTS, 0, 8000);
    app_command(app, APP_CMD_MENU_BACK, 0, 8500); /* Tillbaka */
    v = view(app, 8500);
    assert_int_equal(v.screen, APP_SCREEN_READER);
    assert_int_equal(v.page, 30);
    /* idle over the list warns, as over the text */
    app_command(app, APP_CMD_CONTENTS, 0, 9000);
    app_tick(app, 9000 + 120000);
    v = view(app, 9000 + 120000);
    assert_int_equal(v.screen, APP_SCREEN_IDLE);
    assert_int_equal(v.under, APP_SCREEN_CONTENTS);
    app_free(app);
}

static void no_list_for_one_heading(void **state)
{
    (void)state;
    ContentsEntry e[1] = {{1, 1, 4}};
    App *app = reading_report(e, 1);
    app_command(app, APP_CMD_CONTENTS, 0, 2000);
    assert_int_equal(view(app, 2000).screen, APP_SCREEN_READER);
    /* and a relayout that loses the list takes the visitor back to the text */
    ContentsEntry two[2] = {{1, 1, 4}, {5, 1, 9}};
    app_set_contents(app, two, 2);
    app_command(app, APP_CMD_CONTENTS, 0, 3000);
    assert_int_equal(view(app, 3000).screen, APP_SCREEN_CONTENTS);
    app_set_contents(app, NULL, 0);
    assert_int_equal(view(app, 3000).screen, APP_SCREEN_READER);
    app_free(app);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(headings_and_pages_follow_the_text_size),
        cmocka_unit_test(a_text_without_headings),
        cmocka_unit_test(the_list_opens_a_heading_and_goes_back),
        cmocka_unit_test(no_list_for_one_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
