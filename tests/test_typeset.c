/* Tests for typeset: the one owner of a text's pages. With a fake font it
 * lays a text out, keeps the reader's place across text sizes and screens,
 * sizes the fonts only when the style changes, and says when a text cannot
 * be laid out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/typeset.h"
#include "layout_fake.h"

typedef struct {
    int calls;      /* set_style calls */
    int refuse;     /* answer -1 */
    int last_body;  /* the body size asked for last */
} FakeFonts;

static int fake_set_style(void *ctx, const LayoutStyle *style, LayoutMeasure *m)
{
    FakeFonts *f = ctx;
    f->calls++;
    f->last_body = style->body_px;
    if (f->refuse) return -1;
    *m = fake_measure;
    return 0;
}

static Typesetter *make(FakeFonts *f)
{
    TypesetFonts tf = {f, fake_set_style};
    Typesetter *ts = typeset_new(&tf, "", NULL); /* no hyphenation: pages by hand */
    assert_non_null(ts);
    typeset_set_screen(ts, 800, 480, 0);
    return ts;
}

/* A text long enough for many pages at every size. */
static Doc *long_doc(void)
{
    static char src[64 * 1024];
    size_t o = (size_t)snprintf(src, sizeof src, "title: Lång\n\n");
    for (int i = 0; i < 300; i++)
        o += (size_t)snprintf(src + o, sizeof src - o, "Stycke %d har några ord som fyller raden helt.\n", i);
    return fake_doc_n(src, o);
}

static void lays_out_and_keeps_the_place(void **state)
{
    (void)state;
    FakeFonts f = {0};
    Typesetter *ts = make(&f);
    Doc *doc = long_doc();
    assert_null(typeset_layout(ts));
    assert_int_equal(typeset_text(ts, doc, 3, 0), 0);
    const Layout *lay = typeset_layout(ts);
    assert_non_null(lay);
    assert_ptr_equal(typeset_doc(ts), doc);
    size_t pages3 = layout_page_count(lay);
    assert_true(pages3 > 10);
    /* Page 10 at size 3: its first character stays in view at size 5. */
    size_t offset = layout_page_offset(lay, 10);
    unsigned gen = typeset_generation(ts);
    int page5 = typeset_text(ts, doc, 5, 10);
    assert_int_not_equal(typeset_generation(ts), gen);
    lay = typeset_layout(ts);
    assert_true(layout_page_count(lay) > pages3);
    assert_int_equal((size_t)page5, layout_page_of_offset(lay, offset));
    assert_true(page5 > 10);
    /* Nothing changed: the same layout, the page clamped. */
    gen = typeset_generation(ts);
    assert_int_equal(typeset_text(ts, doc, 5, page5), page5);
    assert_int_equal(typeset_text(ts, doc, 5, 100000), (int)layout_page_count(lay) - 1);
    assert_int_equal(typeset_generation(ts), gen);
    /* A rotated screen lays out again, keeping the place. */
    offset = layout_page_offset(lay, (size_t)page5);
    typeset_set_screen(ts, 480, 800, 0);
    int turned = typeset_text(ts, doc, 5, page5);
    assert_int_not_equal(typeset_generation(ts), gen);
    assert_int_equal((size_t)turned, layout_page_of_offset(typeset_layout(ts), offset));
    assert_int_equal(typeset_screen(ts)->text.w < 480, 1);
    typeset_free(ts);
    doc_free(doc);
}

static void sizes_the_fonts_only_when_the_style_changes(void **state)
{
    (void)state;
    FakeFonts f = {0};
    Typesetter *ts = make(&f);
    Doc *a = long_doc(), *b = long_doc();
    typeset_text(ts, a, 3, 0);
    assert_int_equal(f.calls, 1);
    typeset_text(ts, b, 3, 0); /* another text, the same size */
    assert_int_equal(f.calls, 1);
    typeset_text(ts, b, 4, 0);
    assert_int_equal(f.calls, 2);
    StyleScreen want;
    style_screen(800, 480, 0, 4, &want);
    assert_int_equal(f.last_body, want.style.body_px);
    typeset_free(ts);
    doc_free(a);
    doc_free(b);
}

static void a_text_that_cannot_be_laid_out(void **state)
{
    (void)state;
    FakeFonts f = {0};
    Typesetter *ts = make(&f);
    Doc *doc = long_doc();
    Doc *broken = doc_parse("b.txt", "", 0); /* empty: broken */
    assert_non_null(broken);
    assert_true(broken->broken);
    assert_int_equal(typeset_text(ts, doc, 3, 0), 0);
    assert_int_equal(typeset_text(ts, broken, 3, 0), -1);
    assert_null(typeset_layout(ts));
    assert_null(typeset_doc(ts));
    assert_int_equal(typeset_text(ts, NULL, 3, 0), -1);
    FakeFonts refusing = {.refuse = 1};
    Typesetter *ts2 = make(&refusing);
    assert_int_equal(typeset_text(ts2, doc, 3, 0), -1);
    assert_null(typeset_layout(ts2));
    /* Forgetting drops the pages before the Doc goes. */
    assert_int_equal(typeset_text(ts, doc, 3, 2), 2);
    typeset_forget(ts);
    assert_null(typeset_layout(ts));
    typeset_free(ts);
    typeset_free(ts2);
    typeset_free(NULL);
    doc_free(doc);
    doc_free(broken);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lays_out_and_keeps_the_place),
        cmocka_unit_test(sizes_the_fonts_only_when_the_style_changes),
        cmocka_unit_test(a_text_that_cannot_be_laid_out),
    };
    return cmocka_run_group_tests_name("typeset", tests, NULL, NULL);
}
