/* Tests for usage, the use counts' visit rule, on the real app with a fake
 * clock: a whole visit's counts, a visit across the attract screen, a visit
 * across midnight, two visitors with the idle reset between them, the end
 * page ending a visit; and the stats lines read back. TZ is UTC. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "core/app.h"
#include "core/usage.h"
#include "core/usage_line.h"

#define T0 1764979200 /* 2025-12-06T00:00:00Z */

typedef struct {
    App *app;
    Usage *u;
    int64_t wall0; /* the wall clock at now = 0 */
    int counts[USAGE_EVENT_COUNT];
    int seconds;   /* visits' seconds */
    int text_seconds;
    int seconds_by_hour[48]; /* visits' seconds per hour since wall0's day began */
} Rig;

/* Five texts with a quote each; idle 120 s, warning 30 s, attract after 90 s. */
static void rig_open(Rig *r, int64_t wall0)
{
    memset(r, 0, sizeof *r);
    Config c;
    config_defaults(&c);
    c.attract_seconds = 90;
    r->app = app_new(&c, true, 0);
    bool broken[5] = {false};
    int quotes[5] = {1, 1, 1, 1, 1};
    assert_true(app_set_docs(r->app, 5, broken));
    assert_true(app_set_quotes(r->app, quotes));
    app_set_shelf_per_page(r->app, 5);
    app_set_read_aloud(r->app, true);
    r->u = usage_new();
    assert_non_null(r->u);
    r->wall0 = wall0;
}

static void rig_close(Rig *r)
{
    usage_free(r->u);
    app_free(r->app);
}

static void take(Rig *r, const UsageRecord *recs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        r->counts[recs[i].event]++;
        if (recs[i].event != USAGE_SECONDS) continue;
        if (recs[i].doc >= 0) {
            r->text_seconds += recs[i].n;
            continue;
        }
        r->seconds += recs[i].n;
        int64_t h = (recs[i].hour - (r->wall0 - r->wall0 % 86400)) / 3600;
        if (h >= 0 && h < 48) r->seconds_by_hour[h] += recs[i].n;
    }
}

/* A command at now (ms), as the kiosk gives it, with the layout's page count. */
static void cmd(Rig *r, AppCommand c, int arg, int64_t now)
{
    AppView b, a;
    app_view(r->app, now, &b);
    app_command(r->app, c, arg, now);
    app_view(r->app, now, &a);
    if (a.doc >= 0 && a.n_pages == 1 && a.screen == APP_SCREEN_READER) app_set_page_count(r->app, 10, a.page);
    UsageRecord recs[USAGE_MAX_RECORDS];
    take(r, recs, usage_step(r->u, c, &b, &a, r->wall0 + now / 1000, recs));
}

/* Time passing until now (ms), a tick each second, as the kiosk's frames. */
static void pass(Rig *r, int64_t from, int64_t now)
{
    for (int64_t t = from; t <= now; t += 1000) {
        AppView b, a;
        app_view(r->app, t, &b);
        app_tick(r->app, t);
        app_view(r->app, t, &a);
        UsageRecord recs[USAGE_MAX_RECORDS];
        take(r, recs, usage_step(r->u, APP_CMD_NONE, &b, &a, r->wall0 + t / 1000, recs));
    }
}

static void test_one_visit(void **state)
{
    (void)state;
    Rig r;
    rig_open(&r, T0 + 10 * 3600);
    cmd(&r, APP_CMD_ANY_INPUT, 0, 1000);
    cmd(&r, APP_CMD_OPEN, 1, 1100);
    for (int i = 0; i < 5; i++) cmd(&r, APP_CMD_NEXT, 0, 11100 + i * 10000);
    cmd(&r, APP_CMD_BIGGER, 0, 60000);
    cmd(&r, APP_CMD_READ, 0, 61000);
    cmd(&r, APP_CMD_READ, 0, 70000); /* stops: not a second reading */
    cmd(&r, APP_CMD_HOME, 0, 71000);
    pass(&r, 72000, 400000); /* the idle reset on the shelf */
    assert_int_equal(r.counts[USAGE_VISIT], 1);
    assert_int_equal(r.counts[USAGE_OPEN], 1);
    assert_int_equal(r.counts[USAGE_PAGE], 5);
    assert_int_equal(r.counts[USAGE_READ], 1);
    assert_int_equal(r.counts[USAGE_SIZE], 1);
    assert_int_equal(r.seconds, 70);      /* first touch 1 s, last 71 s */
    assert_int_equal(r.text_seconds, 70); /* opened at 1.1 s (1 s on the wall), left at 71 s */
    UsageCounts c = usage_today(r.u);
    assert_int_equal(c.visits, 1);
    assert_int_equal(c.pages, 5);
    assert_int_equal(c.minutes, 1);
    rig_close(&r);
}

static void test_visit_across_attract(void **state)
{
    (void)state;
    Rig r;
    rig_open(&r, T0 + 9 * 3600);
    cmd(&r, APP_CMD_OPEN, 0, 1000);
    cmd(&r, APP_CMD_NEXT, 0, 2000);
    cmd(&r, APP_CMD_HOME, 0, 3000);
    pass(&r, 4000, 300000); /* reset, then the attract screen */
    AppView v;
    app_view(r.app, 300000, &v);
    assert_int_equal(v.screen, APP_SCREEN_ATTRACT);
    assert_int_equal(r.counts[USAGE_VISIT], 1);
    cmd(&r, APP_CMD_ANY_INPUT, 0, 301000); /* a finger on the quote: not yet a visit */
    assert_int_equal(r.counts[USAGE_VISIT], 1);
    cmd(&r, APP_CMD_HOME, 0, 301100);      /* "Alla texter" under the quote */
    assert_int_equal(r.counts[USAGE_ATTRACT], 1);
    assert_int_equal(r.counts[USAGE_VISIT], 2);
    cmd(&r, APP_CMD_OPEN, 2, 305000);
    assert_int_equal(r.counts[USAGE_OPEN], 2);
    rig_close(&r);
}

static void test_visit_across_midnight(void **state)
{
    (void)state;
    Rig r;
    rig_open(&r, T0 + 23 * 3600 + 59 * 60); /* 23:59:00 */
    cmd(&r, APP_CMD_OPEN, 0, 0);
    cmd(&r, APP_CMD_NEXT, 0, 30000);
    cmd(&r, APP_CMD_NEXT, 0, 90000);   /* 00:00:30 the next day */
    UsageCounts c = usage_today(r.u);
    assert_int_equal(c.pages, 1);      /* today began at midnight */
    assert_int_equal(c.visits, 0);
    pass(&r, 91000, 500000);
    assert_int_equal(r.counts[USAGE_VISIT], 1);
    assert_int_equal(r.seconds_by_hour[23], 60);
    assert_int_equal(r.seconds_by_hour[24], 30);
    rig_close(&r);
}

static void test_two_visitors_idle_reset_between(void **state)
{
    (void)state;
    Rig r;
    rig_open(&r, T0 + 14 * 3600);
    cmd(&r, APP_CMD_OPEN, 0, 1000);
    cmd(&r, APP_CMD_NEXT, 0, 5000);
    pass(&r, 6000, 200000); /* the warning at 125 s, the reset at 155 s */
    AppView v;
    app_view(r.app, 200000, &v);
    assert_int_equal(v.screen, APP_SCREEN_SHELF);
    cmd(&r, APP_CMD_OPEN, 3, 210000);
    cmd(&r, APP_CMD_NEXT, 0, 215000);
    cmd(&r, APP_CMD_NEXT, 0, 216000);
    pass(&r, 217000, 400000);
    assert_int_equal(r.counts[USAGE_VISIT], 2);
    assert_int_equal(r.counts[USAGE_OPEN], 2);
    assert_int_equal(r.counts[USAGE_PAGE], 3);
    assert_int_equal(r.seconds, 4 + 6); /* each from first to last touch */
    rig_close(&r);
}

static void test_end_page_ends_visit(void **state)
{
    (void)state;
    Rig r;
    rig_open(&r, T0 + 12 * 3600);
    cmd(&r, APP_CMD_OPEN, 0, 1000);
    for (int i = 0; i < 10; i++) cmd(&r, APP_CMD_NEXT, 0, 2000 + i * 1000); /* 9 pages, then the end */
    AppView v;
    app_view(r.app, 12000, &v);
    assert_int_equal(v.screen, APP_SCREEN_END);
    cmd(&r, APP_CMD_ACTIVATE, 0, 13000); /* "Tillbaka till alla texter" */
    cmd(&r, APP_CMD_OPEN, 1, 14000);     /* the next visitor */
    assert_int_equal(r.counts[USAGE_VISIT], 2);
    assert_int_equal(r.counts[USAGE_PAGE], 10);
    rig_close(&r);
}

/* Staff holding the corner is no visit; a bare touch on the shelf that is
 * not the corner's becomes one, dated when it came. */
static void test_staff_corner_is_no_visit(void **state)
{
    (void)state;
    Rig r;
    Config c;
    config_defaults(&c);
    rig_open(&r, T0 + 8 * 3600);
    app_free(r.app);
    strcpy(c.staff_pin, "1234");
    r.app = app_new(&c, true, 0);
    bool broken[5] = {false};
    assert_true(app_set_docs(r.app, 5, broken));
    cmd(&r, APP_CMD_ANY_INPUT, 0, 1000);    /* the finger goes down in the corner */
    cmd(&r, APP_CMD_STAFF_CORNER, 0, 6000); /* held 5 s */
    for (int d = 1; d <= 4; d++) cmd(&r, APP_CMD_PIN_DIGIT, d, 7000 + d * 300);
    cmd(&r, APP_CMD_PIN_OK, 0, 9000);
    cmd(&r, APP_CMD_MENU_BACK, 0, 10000);
    pass(&r, 11000, 200000);
    assert_int_equal(r.counts[USAGE_VISIT], 0);
    cmd(&r, APP_CMD_ANY_INPUT, 0, 300000);  /* a visitor's touch between the cards */
    assert_int_equal(r.counts[USAGE_VISIT], 0);
    pass(&r, 301000, 308000);
    assert_int_equal(r.counts[USAGE_VISIT], 1);
    rig_close(&r);
}

static void test_line_both_ways(void **state)
{
    (void)state;
    UsageRecord rec = {.event = USAGE_SECONDS, .hour = T0 + 13 * 3600, .doc = 2, .n = 75};
    char line[USAGE_LINE_MAX];
    usage_line_format(&rec, "Titel\nmed; radbrytning", line, sizeof line);
    assert_string_equal(line, "storstil: stats seconds 2025-12-06T13 n=75 text=Titel med; radbrytning");
    char journal[600];
    snprintf(journal, sizeof journal, "2025-12-06T13:01:02+0000 kiosk storstil[42]: %s\n", line);
    UsageLine l;
    const char *why = NULL;
    assert_int_equal(usage_line_parse(journal, strlen(journal), &l, &why), USAGE_LINE_OK);
    assert_int_equal(l.event, USAGE_SECONDS);
    assert_string_equal(l.date, "2025-12-06");
    assert_int_equal(l.hour, 13);
    assert_int_equal(l.n, 75);
    assert_string_equal(l.text, "Titel med; radbrytning");
    rec = (UsageRecord){.event = USAGE_VISIT, .hour = T0, .doc = -1, .n = 1};
    usage_line_format(&rec, "ignored", line, sizeof line);
    assert_string_equal(line, "storstil: stats visit 2025-12-06T00");
}

static void test_line_bad(void **state)
{
    (void)state;
    static const char *bad[] = {
        "storstil: stats jump 2025-12-06T13",           /* unknown event */
        "storstil: stats visit 2025-12-06",             /* no hour */
        "storstil: stats visit 2025-13-06T13",          /* no such month */
        "storstil: stats visit 2025-12-06T24",
        "storstil: stats seconds 2025-12-06T13 n=",     /* truncated */
        "storstil: stats seconds 2025-12-06T13 n=99999999",
        "storstil: stats open 2025-12-06T13",           /* whose? */
        "storstil: stats visit 2025-12-06T13 extra",
        "storstil: stats visit 2025-12-",               /* cut off */
        "storstil: stats page 2025-12-06T13 text=a\tb", /* a control character */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        UsageLine l;
        const char *why = NULL;
        assert_int_equal(usage_line_parse(bad[i], strlen(bad[i]), &l, &why), USAGE_LINE_BAD);
        assert_non_null(why);
        assert_true(why[0] != '\0');
    }
    UsageLine l;
    const char *why;
    const char *other = "storstil: first frame after 80 ms";
    assert_int_equal(usage_line_parse(other, strlen(other), &l, &why), USAGE_LINE_OTHER);
}

/* A title cut to fit is cut between characters, never inside one. */
static void test_line_title_cut(void **state)
{
    (void)state;
    char title[600];
    memset(title, 'a', 199);
    strcpy(title + 199, "åäö");
    UsageRecord rec = {.event = USAGE_OPEN, .hour = T0, .doc = 0, .n = 1};
    char line[USAGE_LINE_MAX];
    usage_line_format(&rec, title, line, sizeof line);
    const char *text = strstr(line, "text=") + 5;
    assert_int_equal(strlen(text), 199); /* "å" would need bytes 200 and 201 */
}

int main(void)
{
    setenv("TZ", "UTC", 1);
    tzset();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_visit),
        cmocka_unit_test(test_visit_across_attract),
        cmocka_unit_test(test_visit_across_midnight),
        cmocka_unit_test(test_two_visitors_idle_reset_between),
        cmocka_unit_test(test_end_page_ends_visit),
        cmocka_unit_test(test_staff_corner_is_no_visit),
        cmocka_unit_test(test_line_both_ways),
        cmocka_unit_test(test_line_bad),
        cmocka_unit_test(test_line_title_cut),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
