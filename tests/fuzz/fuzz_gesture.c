/* fuzz_gesture: the gesture recogniser and the screen state machine, driven
 * as main.c drives them, by a random session. The first FUZZ_HEAD bytes set
 * the screen size, the number of texts, the idle timeout, the settings and
 * which texts are broken;
 * then every 6 bytes are one event: a finger DOWN, MOVE or UP (fingers with
 * odd ids, coordinates on and off the screen, time stamps that may go
 * backwards or jump past the hold and idle timeouts), a frame with no
 * input, a key's command with an arbitrary argument, a resize or rotation,
 * lost touches, a reload with another number of texts, or a text found
 * broken. Gestures go through ui_command into app_command; page counts come
 * from a fake layout. After every event the recogniser's gestures and the
 * AppView must keep the promises of gesture.h and app.h (screens and pages
 * in range, a document open where one is shown), else __builtin_trap. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "core/app.h"
#include "core/config.h"
#include "core/gesture.h"
#include "core/style.h"
#include "core/ui.h"

#define FUZZ_HEAD 6
#define EVENT_BYTES 6
#define MAX_DOCS 12

typedef struct {
    App *app;
    GestureRecognizer *rec;
    UiLayout lay;
    int w, h;
    int64_t now;
    int n_docs;
    bool broken[MAX_DOCS];
    int laid_doc, laid_size; /* what the fake layout last laid out */
    unsigned salt;
} Session;

/* Finger ids: the mouse, touch ids, and ids SDL never sends. */
static const int64_t fingers[8] = {0, 1, 2, 3, -1, INT64_MAX, INT64_MIN, 1234567890123};

/* Pages of a document at a text size, as a layout might say: more when bigger. */
static int fake_pages(const Session *s, int doc, int text_size)
{
    return 1 + (int)((unsigned)(doc * 7 + text_size * 5) * (s->salt | 1) % 40u);
}

static void set_docs(Session *s, int n, unsigned mask)
{
    s->n_docs = n;
    for (int i = 0; i < MAX_DOCS; i++) s->broken[i] = (mask >> (i % 8)) & 1;
    CHECK(app_set_docs(s->app, n, s->broken));
}

static void relayout_ui(Session *s, int text_size)
{
    ui_layout(&s->lay, s->w, s->h, 0, text_size);
    CHECK(ui_shelf_per_page(&s->lay) >= 1);
    app_set_shelf_per_page(s->app, ui_shelf_per_page(&s->lay));
}

/* A coordinate from 16 bits: mostly on screen, with the top bit anything. */
static int coord(unsigned v, int side)
{
    if (v & 0x8000) return (int)(int16_t)v * 4;
    return (int)((int64_t)(v & 0x7fff) * side / 0x8000);
}

static void check_view(const Session *s, const AppView *v)
{
    CHECK(v->screen >= APP_SCREEN_SHELF && v->screen <= APP_SCREEN_STAFF_INFO);
    CHECK(v->under >= APP_SCREEN_SHELF && v->under <= APP_SCREEN_STAFF_INFO);
    CHECK(v->screen == APP_SCREEN_IDLE ? v->under != APP_SCREEN_IDLE : v->under == v->screen);
    CHECK(v->n_docs == s->n_docs);
    CHECK(v->doc >= -1 && v->doc < v->n_docs);
    bool shows_doc = v->under == APP_SCREEN_READER || v->under == APP_SCREEN_END || v->under == APP_SCREEN_ERROR;
    if (shows_doc) CHECK(v->doc >= 0);
    if (v->under == APP_SCREEN_SHELF) CHECK(v->doc == -1);
    CHECK(v->n_pages >= 1);
    CHECK(v->page >= 0 && v->page < v->n_pages);
    CHECK(v->n_shelf_pages >= 1);
    CHECK(v->shelf_page >= 0 && v->shelf_page < v->n_shelf_pages);
    CHECK(v->shelf_per_page >= 1);
    CHECK(v->shelf_focus >= -1 && v->shelf_focus < v->n_docs);
    CHECK(v->n_docs == 0 || v->shelf_focus >= 0);
    if (v->screen == APP_SCREEN_IDLE) CHECK(v->idle_seconds_left >= 1);
    CHECK(v->pin_length >= 0 && v->pin_length <= CONFIG_PIN_MAX);
    CHECK(v->pin_wait_seconds >= 0 && v->pin_wait_seconds <= APP_PIN_WAIT_MAX_MS / 1000);
    CHECK(v->anim_dir >= -1 && v->anim_dir <= 1);
    if (v->anim_dir) {
        CHECK(v->screen == APP_SCREEN_READER);
        CHECK(v->anim_progress >= 0.0f && v->anim_progress <= 1.0f);
        CHECK(v->anim_from_page >= 0 && v->anim_from_page < v->n_pages);
    }
    CHECK(v->text_size >= STYLE_TEXT_SIZE_MIN && v->text_size <= STYLE_TEXT_SIZE_MAX);
    CHECK(v->theme >= THEME_DARK && v->theme < THEME_COUNT);
    CHECK(!v->wants_quit || v->screen == APP_SCREEN_STAFF_MENU || !v->kiosk);
}

static void check_gesture(const Session *s, const Gesture *g)
{
    CHECK(g->kind >= GESTURE_NONE && g->kind <= GESTURE_HOLD);
    if (g->kind != GESTURE_NONE) CHECK(g->x >= 0 && g->x < s->w && g->y >= 0 && g->y < s->h);
}

/* What main.c does after each event: timeouts, a new layout when the open
 * text or its size changed, a reload when staff asked for one, then draw.
 * Returns false when the kiosk would leave its loop. */
static bool frame(Session *s)
{
    app_tick(s->app, s->now);
    AppView v;
    app_view(s->app, s->now, &v);
    if (v.text_size != s->laid_size) relayout_ui(s, v.text_size);
    if (v.doc >= 0 && (v.doc != s->laid_doc || v.text_size != s->laid_size)) {
        int n = fake_pages(s, v.doc, v.text_size);
        app_set_page_count(s->app, n, v.page * n / (v.n_pages > 0 ? v.n_pages : 1));
    }
    s->laid_doc = v.doc;
    s->laid_size = v.text_size;
    if (app_take_reload(s->app)) set_docs(s, (s->n_docs + 3) % (MAX_DOCS + 1), s->salt);
    app_view(s->app, s->now, &v);
    check_view(s, &v);
    int64_t d = app_next_deadline(s->app, s->now);
    CHECK(d == -1 || d >= 0);
    return !v.wants_quit;
}

static void use_gesture(Session *s, Gesture g)
{
    check_gesture(s, &g);
    if (g.kind == GESTURE_NONE) return;
    AppView v;
    app_view(s->app, s->now, &v);
    int arg = 0;
    AppCommand cmd = ui_command(&s->lay, &v, &g, &arg);
    CHECK(cmd >= APP_CMD_NONE && cmd <= APP_CMD_ANY_INPUT);
    if (cmd == APP_CMD_OPEN) CHECK(arg >= 0 && arg < v.n_docs);
    if (cmd == APP_CMD_PIN_DIGIT) CHECK(arg >= 0 && arg <= 9);
    if (cmd != APP_CMD_NONE) app_command(s->app, cmd, arg, s->now);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < FUZZ_HEAD) return 0;
    Session s;
    memset(&s, 0, sizeof s);
    s.w = 1 + (data[0] | (data[1] & 0x0f) << 8);
    s.h = 1 + (data[2] | (data[1] >> 4) << 8);
    s.salt = data[5];
    s.now = 1000000;
    Config cfg;
    config_defaults(&cfg);
    strcpy(cfg.staff_pin, "2580");
    cfg.idle_seconds = 1 + data[3] % 180;
    cfg.idle_warning_seconds = 1 + data[3] % 7;
    cfg.animations = data[4] & 1;
    cfg.fullscreen = data[4] & 2;
    cfg.text_size = 1 + data[4] % 5;
    s.app = app_new(&cfg, true, s.now);
    s.rec = gesture_new(s.w, s.h);
    if (!s.app || !s.rec) __builtin_trap();
    relayout_ui(&s, cfg.text_size);
    set_docs(&s, data[3] % (MAX_DOCS + 1), data[5]);
    s.laid_doc = -1;
    s.laid_size = cfg.text_size;
    frame(&s);

    for (size_t i = FUZZ_HEAD; i + EVENT_BYTES <= size; i += EVENT_BYTES) {
        const uint8_t *e = data + i;
        unsigned op = e[0] & 7, sub = (e[0] >> 3) & 7;
        unsigned vx = (unsigned)(e[1] | e[2] << 8), vy = (unsigned)(e[3] | e[4] << 8);
        int8_t step = (int8_t)e[5];
        /* Time: small steps, or a jump past the hold or the idle timeout. The
         * kiosk's clock is monotonic, so a step back only stamps the sample
         * earlier than the one before: events can arrive out of order. */
        int64_t dt = step == 127 ? GESTURE_HOLD_MS + 1 : step == -128 ? 200000 : step * 16;
        if (dt > 0) s.now += dt;
        int64_t stamp = dt < 0 ? s.now + dt : s.now;
        switch (op) {
        case 0: case 1: case 2: case 3: {
            GestureSample smp;
            smp.phase = op == 0 ? GESTURE_DOWN : op == 2 ? GESTURE_UP : GESTURE_MOVE;
            smp.finger = fingers[sub];
            smp.x = coord(vx, s.w);
            smp.y = coord(vy, s.h);
            smp.t_ms = stamp;
            Gesture g = gesture_feed(s.rec, &smp);
            if (g.kind == GESTURE_NONE) app_command(s.app, APP_CMD_ANY_INPUT, 0, s.now);
            use_gesture(&s, g);
            break;
        }
        case 4: /* a frame without input: a hold may fire */
            use_gesture(&s, gesture_poll(s.rec, s.now));
            break;
        case 5: /* a key's command, with any argument */
            app_command(s.app, (AppCommand)(e[1] % (APP_CMD_ANY_INPUT + 1)), (int8_t)e[2], s.now);
            break;
        case 6: /* resize or rotate; lost touches */
            if (sub == 0) {
                s.w = 1 + (int)(vx & 0x1fff);
                s.h = 1 + (int)(vy & 0x1fff);
            } else if (sub == 1) {
                int t = s.w;
                s.w = s.h;
                s.h = t;
            }
            if (sub <= 1) {
                gesture_set_screen(s.rec, s.w, s.h);
                AppView v;
                app_view(s.app, s.now, &v);
                relayout_ui(&s, v.text_size);
            } else {
                gesture_reset(s.rec);
            }
            break;
        default: /* the data folder changed, or a text would not lay out */
            if (sub < 4) set_docs(&s, (int)(vx % (MAX_DOCS + 1)), vy);
            else app_set_broken(s.app, (int)(vx % (MAX_DOCS + 2)) - 1);
            break;
        }
        if (!frame(&s)) break;
        int64_t d = gesture_next_deadline(s.rec);
        CHECK(d == -1 || d > s.now - 1000000000);
    }
    app_free(s.app);
    gesture_free(s.rec);
    return 0;
}
