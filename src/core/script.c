/* script: parses the --script language into a timeline of actions.
 *
 * Owns the commands' timing (how long a tap or a swipe lasts, the gap between
 * commands). A control's name ("@next") it only checks against ui's names
 * and keeps: where that control is, the player asks ui when it gets there.
 * It knows nothing of SDL or of what the kiosk does with an action. */
#include "script.h"

#include "readfile.h"
#include "ui.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define TAP_MS 80         /* a quick, firm tap */
#define SWIPE_MS 250
#define TOUCH2_MS 150
#define GAP_MS 40         /* between one command's end and the next's start */
#define SWIPE_STEPS 8     /* motion samples in a swipe */
#define SCRIPT_MAX_BYTES (64u * 1024u * 1024u)

typedef struct {
    Script *s;
    size_t cap;
    int64_t now;
    int line;
    const char *name;
    char *err;
    size_t err_size;
} Builder;

static int fail(Builder *b, const char *fmt, ...)
{
    int n = snprintf(b->err, b->err_size, "%s:%d: ", b->name, b->line);
    va_list ap;
    va_start(ap, fmt);
    if (n >= 0 && (size_t)n < b->err_size) vsnprintf(b->err + n, b->err_size - (size_t)n, fmt, ap);
    va_end(ap);
    return -1;
}

static int add(Builder *b, ScriptActionKind kind, int64_t at, int finger, int x, int y, const char *text)
{
    if (b->s->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        ScriptAction *a = realloc(b->s->actions, cap * sizeof *a);
        if (!a) return fail(b, "out of memory");
        b->s->actions = a;
        b->cap = cap;
    }
    char *copy = NULL;
    if (text && !(copy = strdup(text))) return fail(b, "out of memory");
    b->s->actions[b->s->n++] = (ScriptAction){kind, at, finger, x, y, copy, b->line};
    return 0;
}

/* Reads one integer at s (after blanks) into *v; returns what follows it,
 * or NULL when there is none or it is out of range. */
static const char *int_at(const char *s, int *v)
{
    char *end;
    while (*s == ' ' || *s == '\t') s++;
    long x = strtol(s, &end, 10);
    if (end == s || x < -100000 || x > 100000000) return NULL;
    *v = (int)x;
    return end;
}

/* Reads `need` to `max` integers from the rest of the line into v; returns
 * how many, or -1 when there are fewer, one is not a number or out of range,
 * or something else follows them. */
static int ints(const char *rest, int *v, int need, int max)
{
    int got = 0;
    while (got < max) {
        while (*rest == ' ' || *rest == '\t') rest++;
        if (!*rest) break;
        if (!(rest = int_at(rest, &v[got++]))) return -1;
    }
    while (*rest == ' ' || *rest == '\t') rest++;
    return (got >= need && !*rest) ? got : -1;
}

/* Where a finger or the mouse goes: window pixels, or a control (name[0]
 * != 0) that the player looks up on the screen shown when it gets there. */
typedef struct {
    int x, y;
    char name[48];
} Point;

/* Reads "X Y" or "@name" at s into p, then exactly n_more integers into
 * more; when they are not there, fails with "CMD needs USAGE". A name that
 * no screen has fails at once, so a typo never waits for its line to play. */
static int point(Builder *b, const char *s, Point *p, int *more, int n_more, const char *cmd, const char *usage)
{
    int v[3];
    *p = (Point){0};
    while (*s == ' ' || *s == '\t') s++;
    if (*s != '@') {
        if (ints(s, v, 2 + n_more, 2 + n_more) < 0) return fail(b, "%s needs %s", cmd, usage);
        p->x = v[0];
        p->y = v[1];
        for (int i = 0; i < n_more; i++) more[i] = v[2 + i];
        return 0;
    }
    size_t n = strcspn(s, " \t");
    if (n >= sizeof p->name) return fail(b, "no control is called \"%.40s\"", s);
    memcpy(p->name, s, n);
    if (!ui_name_known(p->name)) return fail(b, "no control is called \"%s\"", p->name);
    return ints(s + n, more, n_more, n_more) < 0 ? fail(b, "%s needs %s", cmd, usage) : 0;
}

/* A finger (or the mouse, for MOUSE_*) at p, at time `at`. */
static int add_at(Builder *b, ScriptActionKind kind, int64_t at, int finger, const Point *p)
{
    return add(b, kind, at, finger, p->x, p->y, p->name[0] ? p->name : NULL);
}

/* "down ID P", "move ID P" or "up ID P": one event of finger ID. */
static int finger_event(Builder *b, const char *cmd, const char *rest)
{
    static const char usage[] = "ID X Y or ID @name";
    int id = 0;
    Point p;
    const char *after = int_at(rest, &id);
    if (!after) return fail(b, "%s needs %s", cmd, usage);
    if (point(b, after, &p, NULL, 0, cmd, usage) < 0) return -1;
    ScriptActionKind k = cmd[0] == 'd' ? SCRIPT_FINGER_DOWN : cmd[0] == 'm' ? SCRIPT_FINGER_MOVE : SCRIPT_FINGER_UP;
    if (add_at(b, k, b->now, id, &p)) return -1;
    b->now += 10;
    return 0;
}

/* "tap P", "click P" (the mouse) and "hold P MS": down and up at p. */
static int press(Builder *b, const char *cmd, const char *rest)
{
    int ms = TAP_MS;
    Point p;
    bool hold = cmd[0] == 'h', mouse = cmd[0] == 'c';
    if (point(b, rest, &p, &ms, hold ? 1 : 0, cmd, hold ? "X Y MS or @name MS" : "X Y or @name") < 0) return -1;
    if (ms < 0) return fail(b, "hold needs X Y MS or @name MS");
    if (add_at(b, mouse ? SCRIPT_MOUSE_DOWN : SCRIPT_FINGER_DOWN, b->now, 1, &p) ||
        add_at(b, mouse ? SCRIPT_MOUSE_UP : SCRIPT_FINGER_UP, b->now + ms, 1, &p))
        return -1;
    b->now += ms + GAP_MS;
    return 0;
}

/* "keyhold NAME MS": the key goes down, and up MS later. */
static int key_hold(Builder *b, const char *rest)
{
    while (*rest == ' ' || *rest == '\t') rest++;
    const char *sp = strrchr(rest, ' ');
    int v[1];
    if (!sp || sp == rest || ints(sp, v, 1, 1) < 0 || v[0] < 0) return fail(b, "keyhold needs NAME MS");
    char name[64];
    snprintf(name, sizeof name, "%.*s", (int)(sp - rest), rest);
    if (add(b, SCRIPT_KEY_DOWN, b->now, 0, 0, 0, name) || add(b, SCRIPT_KEY_UP, b->now + v[0], 0, 0, 0, name))
        return -1;
    b->now += v[0] + GAP_MS;
    return 0;
}

/* swipe X1 Y1 X2 Y2 [MS]: a finger down, SWIPE_STEPS moves, and up. */
static int swipe(Builder *b, const char *rest)
{
    int v[5] = {0};
    int64_t t = b->now;
    int got = ints(rest, v, 4, 5);
    if (got < 0) return fail(b, "swipe needs X1 Y1 X2 Y2 [MS]");
    int ms = got == 5 ? v[4] : SWIPE_MS;
    if (ms < 1) return fail(b, "swipe time must be positive");
    if (add(b, SCRIPT_FINGER_DOWN, t, 1, v[0], v[1], NULL)) return -1;
    for (int i = 1; i < SWIPE_STEPS; i++) {
        int x = v[0] + (v[2] - v[0]) * i / SWIPE_STEPS, y = v[1] + (v[3] - v[1]) * i / SWIPE_STEPS;
        if (add(b, SCRIPT_FINGER_MOVE, t + ms * i / SWIPE_STEPS, 1, x, y, NULL)) return -1;
    }
    if (add(b, SCRIPT_FINGER_UP, t + ms, 1, v[2], v[3], NULL)) return -1;
    b->now = t + ms + GAP_MS;
    return 0;
}

/* touch2 X1 Y1 X2 Y2 [MS]: two fingers down 10 ms apart, up after MS. */
static int touch2(Builder *b, const char *rest)
{
    int v[5] = {0};
    int64_t t = b->now;
    int got = ints(rest, v, 4, 5);
    if (got < 0) return fail(b, "touch2 needs X1 Y1 X2 Y2 [MS]");
    int ms = got == 5 ? v[4] : TOUCH2_MS;
    if (add(b, SCRIPT_FINGER_DOWN, t, 1, v[0], v[1], NULL) ||
        add(b, SCRIPT_FINGER_DOWN, t + 10, 2, v[2], v[3], NULL) ||
        add(b, SCRIPT_FINGER_UP, t + ms, 2, v[2], v[3], NULL) ||
        add(b, SCRIPT_FINGER_UP, t + ms + 10, 1, v[0], v[1], NULL))
        return -1;
    b->now = t + ms + 10 + GAP_MS;
    return 0;
}

/* One command with the rest of its line; one branch per command. */
static int command(Builder *b, const char *cmd, const char *rest)
{
    int v[5] = {0};
    int64_t t = b->now;
    if (!strcmp(cmd, "tap") || !strcmp(cmd, "click") || !strcmp(cmd, "hold")) {
        return press(b, cmd, rest);
    } else if (!strcmp(cmd, "swipe")) {
        return swipe(b, rest);
    } else if (!strcmp(cmd, "touch2")) {
        return touch2(b, rest);
    } else if (!strcmp(cmd, "down") || !strcmp(cmd, "move") || !strcmp(cmd, "up")) {
        return finger_event(b, cmd, rest);
    } else if (!strcmp(cmd, "key") || !strcmp(cmd, "shot")) {
        while (*rest == ' ' || *rest == '\t') rest++;
        if (!*rest) return fail(b, "%s needs a %s", cmd, cmd[0] == 'k' ? "key name" : "file name");
        if (add(b, cmd[0] == 'k' ? SCRIPT_KEY : SCRIPT_SHOT, t, 0, 0, 0, rest)) return -1;
        b->now = t + (cmd[0] == 'k' ? GAP_MS : 0);
    } else if (!strcmp(cmd, "clock")) {
        while (*rest == ' ' || *rest == '\t') rest++;
        if (script_clock_seconds(rest) < 0) return fail(b, "clock needs YYYY-MM-DDTHH:MM");
        if (add(b, SCRIPT_CLOCK, t, 0, 0, 0, rest)) return -1;
    } else if (!strcmp(cmd, "keyhold")) {
        return key_hold(b, rest);
    } else if (!strcmp(cmd, "wait") || !strcmp(cmd, "skip")) {
        if (ints(rest, v, 1, 1) < 0 || v[0] < 0) return fail(b, "%s needs MS", cmd);
        b->now = t + v[0];
        /* x = 1: the wait also passes in real time (see script.h) */
        if (add(b, SCRIPT_IDLE, b->now, 0, cmd[0] == 'w', 0, NULL)) return -1;
    } else if (!strcmp(cmd, "quit")) {
        if (*rest) return fail(b, "quit takes nothing");
        if (add(b, SCRIPT_QUIT, t, 0, 0, 0, NULL)) return -1;
        b->now = t + GAP_MS;
    } else {
        return fail(b, "unknown command \"%.20s\"", cmd);
    }
    return 0;
}

int64_t script_clock_seconds(const char *text)
{
    struct tm tm = {0};
    char tail = 0;
    if (sscanf(text, "%4d-%2d-%2dT%2d:%2d%c", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
               &tm.tm_min, &tail) != 5 || tm.tm_year < 1970 || tm.tm_mon < 1 || tm.tm_mon > 12 ||
        tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 || tm.tm_min > 59)
        return -1;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    return t == (time_t)-1 ? -1 : (int64_t)t;
}

Script *script_parse(const char *name, const char *text, char *err, size_t err_size)
{
    Builder b = {.s = calloc(1, sizeof(Script)), .name = name, .err = err, .err_size = err_size};
    if (!b.s) {
        snprintf(err, err_size, "%s: out of memory", name);
        return NULL;
    }
    const char *p = text;
    while (*p) {
        b.line++;
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char buf[1024];
        if (n >= sizeof buf) {
            fail(&b, "line too long");
            script_free(b.s);
            return NULL;
        }
        memcpy(buf, p, n);
        buf[n] = '\0';
        p += n + (nl ? 1 : 0);
        char *s = buf;
        while (*s == ' ' || *s == '\t') s++;
        size_t len = strlen(s);
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r')) s[--len] = '\0';
        if (!*s || *s == '#') continue;
        char *rest = s;
        while (*rest && *rest != ' ' && *rest != '\t') rest++;
        if (*rest) *rest++ = '\0';
        if (command(&b, s, rest) < 0) {
            script_free(b.s);
            return NULL;
        }
    }
    b.s->end_ms = b.now;
    return b.s;
}

Script *script_load(const char *path, char *err, size_t err_size)
{
    ReadFileError rerr;
    size_t len;
    char *text = readfile_load(path, SCRIPT_MAX_BYTES, READFILE_REGULAR, &len, &rerr);
    if (!text) {
        snprintf(err, err_size, "%s: %s", path, rerr.why);
        return NULL;
    }
    Script *s = script_parse(path, text, err, err_size);
    free(text);
    return s;
}

void script_free(Script *script)
{
    if (!script) return;
    for (size_t i = 0; i < script->n; i++) free(script->actions[i].text);
    free(script->actions);
    free(script);
}
