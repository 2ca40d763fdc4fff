/* Tests for script: commands become the right timed actions, a control's
 * name stands for a position, errors name the line, and only a regular file
 * is read as a script. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/script.h"

static void commands_become_timed_actions(void **state)
{
    (void)state;
    char err[200] = "";
    Script *s = script_parse("t.script", "# a comment\n\ntap 10 20\nwait 1000\nkey Right\nshot out/a.png\nquit\n",
                             err, sizeof err);
    assert_non_null(s);
    assert_int_equal(s->n, 6);
    assert_int_equal(s->actions[0].kind, SCRIPT_FINGER_DOWN);
    assert_int_equal(s->actions[0].x, 10);
    assert_int_equal(s->actions[0].y, 20);
    assert_int_equal(s->actions[1].kind, SCRIPT_FINGER_UP);
    assert_true(s->actions[1].at_ms > s->actions[0].at_ms);
    assert_int_equal(s->actions[2].kind, SCRIPT_IDLE);
    assert_true(s->actions[2].at_ms >= 1000);
    assert_int_equal(s->actions[2].x, 1); /* a wait passes in real time too */
    assert_int_equal(s->actions[3].kind, SCRIPT_KEY);
    assert_string_equal(s->actions[3].text, "Right");
    assert_int_equal(s->actions[4].kind, SCRIPT_SHOT);
    assert_string_equal(s->actions[4].text, "out/a.png");
    assert_int_equal(s->actions[5].kind, SCRIPT_QUIT);
    assert_int_equal(s->actions[5].line, 7);
    script_free(s);
}

static void swipe_moves_from_start_to_end_in_time(void **state)
{
    (void)state;
    char err[200];
    Script *s = script_parse("t", "swipe 700 200 100 210 400\n", err, sizeof err);
    assert_non_null(s);
    assert_int_equal(s->actions[0].kind, SCRIPT_FINGER_DOWN);
    assert_int_equal(s->actions[s->n - 1].kind, SCRIPT_FINGER_UP);
    assert_int_equal(s->actions[s->n - 1].x, 100);
    assert_int_equal(s->actions[s->n - 1].at_ms - s->actions[0].at_ms, 400);
    for (size_t i = 1; i < s->n; i++) assert_true(s->actions[i].at_ms >= s->actions[i - 1].at_ms);
    script_free(s);
}

static void skip_passes_only_the_kiosks_time(void **state)
{
    (void)state;
    char err[200];
    Script *s = script_parse("t", "skip 5000\nkey Right\n", err, sizeof err);
    assert_non_null(s);
    assert_int_equal(s->actions[0].kind, SCRIPT_IDLE);
    assert_int_equal(s->actions[0].x, 0);
    assert_int_equal(s->actions[1].at_ms, 5000);
    script_free(s);
}

static void two_fingers_and_raw_events(void **state)
{
    (void)state;
    char err[200];
    Script *s = script_parse("t", "touch2 100 100 300 100\nhold 5 5 5200\ndown 7 1 2\nup 9 -5 99999\n",
                             err, sizeof err);
    assert_non_null(s);
    assert_int_equal(s->actions[1].finger, 2);
    assert_int_equal(s->actions[5].at_ms - s->actions[4].at_ms, 5200);
    assert_int_equal(s->actions[6].finger, 7);
    assert_int_equal(s->actions[7].x, -5);
    script_free(s);
}

static void errors_name_file_and_line(void **state)
{
    (void)state;
    char err[200];
    assert_null(script_parse("s.txt", "tap 1 2\nfly 3\n", err, sizeof err));
    assert_string_equal(err, "s.txt:2: unknown command \"fly\"");
    assert_null(script_parse("s.txt", "tap 1\n", err, sizeof err));
    assert_string_equal(err, "s.txt:1: tap needs X Y or @name");
    assert_null(script_parse("s.txt", "wait -4\n", err, sizeof err));
    assert_null(script_parse("s.txt", "skip\n", err, sizeof err));
    assert_null(script_parse("s.txt", "tap 1 2 3\n", err, sizeof err));
    assert_null(script_parse("s.txt", "shot\n", err, sizeof err));
}

/* A control's name stands for X Y: the same actions at the same times as
 * with pixels, the name kept for the player to look up. */
static void a_control_name_stands_for_x_y(void **state)
{
    (void)state;
    char err[200] = "";
    const char *named = "tap @next\nhold @card.2 2000\nclick @pin.ok\ndown 3 @row.1\nmove 3 @row.2\nup 3 @row.2\n"
                        "tap 5 6\n";
    const char *pixels = "tap 1 1\nhold 1 1 2000\nclick 1 1\ndown 3 1 1\nmove 3 1 1\nup 3 1 1\ntap 5 6\n";
    Script *s = script_parse("t", named, err, sizeof err);
    Script *p = script_parse("t", pixels, err, sizeof err);
    assert_non_null(s);
    assert_non_null(p);
    assert_int_equal(s->n, 11);
    assert_int_equal(p->n, 11);
    const char *names[] = {"@next", "@next", "@card.2", "@card.2", "@pin.ok", "@pin.ok", "@row.1", "@row.2", "@row.2"};
    for (size_t i = 0; i < s->n; i++) {
        assert_int_equal(s->actions[i].kind, p->actions[i].kind);
        assert_int_equal(s->actions[i].at_ms, p->actions[i].at_ms);
        assert_int_equal(s->actions[i].finger, p->actions[i].finger);
        assert_int_equal(s->actions[i].line, p->actions[i].line);
        if (i < 9) assert_string_equal(s->actions[i].text, names[i]);
        else assert_null(s->actions[i].text);
    }
    assert_int_equal(s->actions[4].kind, SCRIPT_MOUSE_DOWN);
    assert_int_equal(s->actions[6].finger, 3);
    assert_int_equal(s->actions[9].x, 5);
    assert_int_equal(s->end_ms, p->end_ms);
    script_free(s);
    script_free(p);
}

static void a_name_no_screen_has_is_an_error(void **state)
{
    (void)state;
    char err[200];
    static const struct { const char *script, *err; } bad[] = {
        {"tap @nxt\n", "s:1: no control is called \"@nxt\""},
        {"wait 1\nclick @card.0\n", "s:2: no control is called \"@card.0\""},
        {"tap @next 5\n", "s:1: tap needs X Y or @name"},
        {"hold @next\n", "s:1: hold needs X Y MS or @name MS"},
        {"hold @next -5\n", "s:1: hold needs X Y MS or @name MS"},
        {"down @next\n", "s:1: down needs ID X Y or ID @name"},
        {"up 1 @next 2\n", "s:1: up needs ID X Y or ID @name"},
        {"swipe @next @prev\n", "s:1: swipe needs X1 Y1 X2 Y2 [MS]"},
        {"touch2 @next @prev\n", "s:1: touch2 needs X1 Y1 X2 Y2 [MS]"},
        {"tap @a-name-far-longer-than-any-control-has-ever-been\n",
         "s:1: no control is called \"@a-name-far-longer-than-any-control-has-\""},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_null(script_parse("s", bad[i].script, err, sizeof err));
        assert_string_equal(err, bad[i].err);
    }
}

static void load_reads_a_file_and_refuses_the_rest(void **state)
{
    (void)state;
    char err[300] = "", want[300];
    char dir[] = "/tmp/storstil-script-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[64];
    /* A folder of the test's own that surely lacks it, whatever the machine has. */
    snprintf(path, sizeof path, "%s/missing/x", dir);
    assert_null(script_load(path, err, sizeof err));
    snprintf(want, sizeof want, "%s: cannot open the file: No such file or directory", path);
    assert_string_equal(err, want);
    snprintf(path, sizeof path, "%s/s.script", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    assert_null(script_load(path, err, sizeof err)); /* at once: no writer is awaited */
    assert_non_null(strstr(err, "s.script: not a regular file"));
    assert_null(script_load(dir, err, sizeof err));
    assert_non_null(strstr(err, ": not a regular file"));
    unlink(path);
    FILE *f = fopen(path, "w");
    fputs("tap 1 2\nquit\n", f);
    fclose(f);
    Script *sc = script_load(path, err, sizeof err);
    assert_non_null(sc);
    assert_int_equal(sc->n, 3);
    assert_int_equal(sc->actions[2].kind, SCRIPT_QUIT);
    script_free(sc);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(commands_become_timed_actions),
        cmocka_unit_test(swipe_moves_from_start_to_end_in_time),
        cmocka_unit_test(skip_passes_only_the_kiosks_time),
        cmocka_unit_test(two_fingers_and_raw_events),
        cmocka_unit_test(errors_name_file_and_line),
        cmocka_unit_test(a_control_name_stands_for_x_y),
        cmocka_unit_test(a_name_no_screen_has_is_an_error),
        cmocka_unit_test(load_reads_a_file_and_refuses_the_rest),
    };
    return cmocka_run_group_tests_name("script", tests, NULL, NULL);
}
