/* Tests for quote: which sentences the attract screen shows (complete, 8 to
 * 25 words, from turns and paragraphs only, the same every time; `quote:`
 * header lines win), and that a tap on the quote opens the page holding it
 * at every text size, through the app as the kiosk drives it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/app.h"
#include "core/quote.h"
#include "core/typeset.h"
#include "layout_fake.h"

static void what_is_a_sentence(void **state)
{
    (void)state;
    const char *yes[] = {
        "Det här är en mening med precis åtta ord.",
        "Är det här en fråga som har åtta ord?",
        "Äldre personer i kommunen vill bo hemma så länge de kan!",
        "2019 genomförde Sweco en kartläggning av kommunernas behov och förutsättningar.",
        "Hon sa \"vi provar\" och sedan gick det bra för alla.",
        "Man ska kunna lita på att någon svarar, dag som natt.",
    };
    const char *no[] = {
        "det här börjar med liten bokstav och har många ord.",
        "Den här meningen slutar inte med punkt och har ord",
        "För kort mening här.",
        "En mening som slutar med tre punkter och har ord nog...",
        "Den här har en ( parentes som aldrig stängs i texten.",
        "Den här har ett \"citat som aldrig stängs i meningen alls.",
        "Men den här börjar med ett ord som lutar sig bakåt.",
        "Så den här också, den lutar sig mot meningen före.",
        "Jag tänkte att vi ... ja, att vi skulle prova något nytt i år.",
        "Ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton "
        "sjutton arton nitton tjugo tjugoett tjugotvå tjugotre tjugofyra tjugofem tjugosex.",
        "",
    };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        if (!quote_is_sentence(yes[i], strlen(yes[i]))) fail_msg("should be a sentence: %s", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (quote_is_sentence(no[i], strlen(no[i]))) fail_msg("should not be a sentence: %s", no[i]);
}

#define TALK                                                                                   \
    "title: Samtal\nspeakers: Eva Sahlén, Anna Borgius\n\n"                                     \
    "# En rubrik som är en lång mening med många ord i sig.\n"                                  \
    "Eva Sahlén: Hej. I dag ska vi prata om digitala trygghetslarm för äldre som bor hemma. "  \
    "Vad tycker du?\n"                                                                          \
    "Anna Borgius: Det är viktigt att larmet fungerar varje gång, dag som natt, t.ex. på "     \
    "helger. Kort svar.\n"                                                                      \
    "[Det här är en anteckning som är lång nog att vara en mening.]\n"                          \
    "- En punkt i en lista som också är lång nog för en mening.\n"                              \
    "Och det här leder vidare från meningen innan och är inget citat.\n"                      \
    "Vi frågade trehundra personer i kommunen vad de tyckte om sina larm.\n"

static void picks_complete_sentences_from_turns(void **state)
{
    (void)state;
    Doc *doc = fake_doc(TALK);
    Quote q[QUOTE_MAX], again[QUOTE_MAX];
    int n = quote_choose(doc, q, QUOTE_MAX);
    assert_int_equal(n, 3);
    assert_int_equal(quote_choose(doc, again, QUOTE_MAX), n);
    for (int i = 0; i < n; i++) { /* deterministic */
        assert_ptr_equal(q[i].text, again[i].text);
        assert_int_equal(q[i].len, again[i].len);
    }
    const char *want[] = {
        "I dag ska vi prata om digitala trygghetslarm för äldre som bor hemma.",
        "Det är viktigt att larmet fungerar varje gång, dag som natt, t.ex. på helger.",
        "Vi frågade trehundra personer i kommunen vad de tyckte om sina larm.",
    };
    const int speaker[] = {0, 1, 1};
    for (int i = 0; i < n; i++) {
        assert_int_equal(q[i].len, strlen(want[i]));
        assert_memory_equal(q[i].text, want[i], q[i].len);
        assert_ptr_equal(q[i].text, doc->text + q[i].offset);
        assert_int_equal(q[i].speaker, speaker[i]);
        assert_false(q[i].from_header);
        assert_true(quote_is_sentence(q[i].text, q[i].len));
    }
    doc_free(doc);
}

static void spreads_over_a_long_text(void **state)
{
    (void)state;
    static char src[64 * 1024];
    size_t o = (size_t)snprintf(src, sizeof src, "title: Lång\n\n");
    for (int i = 0; i < 100; i++)
        o += (size_t)snprintf(src + o, sizeof src - o, "Stycke nummer %d har en mening med tillräckligt många ord.\n", i);
    Doc *doc = fake_doc_n(src, o);
    Quote q[QUOTE_MAX];
    assert_int_equal(quote_choose(doc, q, QUOTE_MAX), QUOTE_MAX);
    for (int i = 0; i < QUOTE_MAX; i++) { /* sentences 6, 18, 31, ... 93 */
        char want[32];
        snprintf(want, sizeof want, "nummer %d ", (2 * i + 1) * 100 / 16);
        assert_memory_equal(q[i].text + strlen("Stycke "), want, strlen(want));
    }
    doc_free(doc);
}

static void header_quotes_win(void **state)
{
    (void)state;
    Doc *doc = fake_doc("title: Samtal\nspeakers: Eva Sahlén\nquote: Vad tycker du?\n"
                        "quote: En mening som inte står i texten.\nquote:\n\n"
                        "Eva Sahlén: Hej. I dag ska vi prata om digitala trygghetslarm för äldre. Vad tycker du?\n");
    assert_int_equal(doc->n_quotes, 2);
    assert_true(doc->n_problems >= 1); /* the empty quote line */
    Quote q[QUOTE_MAX];
    assert_int_equal(quote_choose(doc, q, QUOTE_MAX), 2);
    assert_true(q[0].from_header);
    assert_string_equal(q[0].text, "Vad tycker du?"); /* short: staff's choice stands */
    assert_int_equal(q[0].speaker, 0);
    assert_memory_equal(doc->text + q[0].offset, "Vad tycker du?", 14);
    assert_int_equal(q[1].offset, QUOTE_NOWHERE);
    assert_int_equal(quote_page(&q[1], NULL), 0);
    assert_int_equal(quote_choose(doc, q, 1), 1);
    doc_free(doc);
}

static void nothing_from_headings_notes_or_broken(void **state)
{
    (void)state;
    Doc *doc = fake_doc("title: T\n\n# Det här är en rubrik med fler än åtta ord i sig.\n"
                        "[Det här är en anteckning med fler än åtta ord i sig.]\n"
                        "- Det här är en punkt i en lista med fler än åtta ord.\n");
    Quote q[QUOTE_MAX];
    assert_int_equal(quote_choose(doc, q, QUOTE_MAX), 0);
    assert_int_equal(quote_choose(NULL, q, QUOTE_MAX), 0);
    doc->broken = true;
    assert_int_equal(quote_choose(doc, q, QUOTE_MAX), 0);
    doc_free(doc);
}

static int fonts_set_style(void *ctx, const LayoutStyle *style, LayoutMeasure *m)
{
    (void)ctx;
    (void)style;
    *m = fake_measure;
    return 0;
}

/* True when a line of page `page` holds byte `offset` of doc->text. */
static bool page_holds(const Layout *lay, size_t page, size_t offset)
{
    size_t n;
    const LayoutLine *lines = layout_page_lines(lay, page, &n);
    for (size_t i = 0; i < n; i++)
        if (lines[i].face != LAYOUT_FACE_NAME && lines[i].start <= offset && offset < lines[i].start + lines[i].len + 1)
            return true;
    return false;
}

/* The attract screen on a fake clock, its quote tapped (ACTIVATE, as ui
 * maps a tap on the card), then what the kiosk does: lay the text out and
 * hand app the page holding the quote. At every text size the reader shows
 * that page, and it holds the quote. */
static void a_tap_opens_the_page_holding_the_quote(void **state)
{
    (void)state;
    static char src[64 * 1024];
    size_t o = (size_t)snprintf(src, sizeof src, "title: Lång\nspeakers: Eva Sahlén\n\n");
    for (int i = 0; i < 200; i++)
        o += (size_t)snprintf(src + o, sizeof src - o, "Eva Sahlén: Stycke %d har en mening med tillräckligt många ord.\n", i);
    Doc *doc = fake_doc_n(src, o);
    Quote q[QUOTE_MAX];
    int nq = quote_choose(doc, q, QUOTE_MAX);
    assert_int_equal(nq, QUOTE_MAX);
    TypesetFonts tf = {NULL, fonts_set_style};
    Typesetter *ts = typeset_new(&tf, "", NULL);
    typeset_set_screen(ts, 800, 480, 0);
    for (int size = 1; size <= 5; size++) {
        Config c;
        config_defaults(&c);
        c.text_size = size;
        App *app = app_new(&c, true, 0);
        app_set_docs(app, 1, NULL);
        app_set_quotes(app, &nq);
        int64_t now = 90000 + (int64_t)size * APP_ATTRACT_QUOTE_MS; /* a later quote each size */
        app_tick(app, 90000);
        app_tick(app, now + 3000);
        AppView v;
        app_view(app, now + 3000, &v);
        assert_int_equal(v.screen, APP_SCREEN_ATTRACT);
        assert_int_equal(v.attract_quote, size % nq);
        app_command(app, APP_CMD_ANY_INPUT, 0, now + 3000); /* finger down */
        app_command(app, APP_CMD_ACTIVATE, 0, now + 3100);  /* up: a tap on the card */
        app_view(app, now + 3100, &v);
        assert_int_equal(v.screen, APP_SCREEN_READER);
        assert_int_equal(v.open_quote, size % nq);
        assert_true(typeset_text(ts, doc, v.text_size, v.page) >= 0);
        const Layout *lay = typeset_layout(ts);
        size_t page = quote_page(&q[v.open_quote], lay);
        app_set_page_count(app, (int)layout_page_count(lay), (int)page);
        app_view(app, now + 3100, &v);
        assert_int_equal(v.page, (int)page);
        assert_int_equal(v.open_quote, -1);
        assert_false(v.hint_visible); /* it would cover the quote */
        assert_true(page > 0);
        assert_true(page_holds(lay, page, q[size % nq].offset));
        app_free(app);
    }
    typeset_free(ts);
    doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(what_is_a_sentence),
        cmocka_unit_test(picks_complete_sentences_from_turns),
        cmocka_unit_test(spreads_over_a_long_text),
        cmocka_unit_test(header_quotes_win),
        cmocka_unit_test(nothing_from_headings_notes_or_broken),
        cmocka_unit_test(a_tap_opens_the_page_holding_the_quote),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
