/* harness: scripted runs of the real kiosk (--script), for the tests and
 * the README's screenshots.
 *
 * Owns everything only a scripted run needs: the script's actions turned
 * into SDL finger, mouse and key events at physical pixels (so they go
 * through exactly the event handling a real finger does; a control's name
 * is looked up in ui's rectangles when its action is due), the virtual clock
 * that jumps from one action to the next, the state line printed at each
 * shot, and the page-turn statistics in it. The production loop is
 * main.c's and knows nothing of this. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/script.h"
#include "kiosk.h"
#include "kiosk_read.h"
#include "player.h"
#include "core/parts.h"
#include "kiosk_texts.h"
#include "speaker.h"

/* A touch device id no real panel uses, so scripted fingers are recognisable in a debugger. */
#define SCRIPT_TOUCH_ID ((SDL_TouchID)0x5757)

typedef enum {
    PUSH_DONE,    /* events are in SDL's queue (or nothing was needed) */
    PUSH_SHOT,    /* the caller saves a screenshot to a->text */
    PUSH_BAD_KEY  /* the key name is not one SDL knows */
} Push;

#define HELD_MAX 8 /* named fingers down at once */

/* A finger (or the mouse) that went down at a control's name, and the
 * pixels it went down at: it stays there until it is up, whatever its touch
 * changed on screen. */
typedef struct {
    bool mouse;
    int finger;
    const char *name; /* the script's; NULL: the slot is free */
    int x, y;
} Held;

/* A scripted run: the kiosk, its script and the virtual clock. */
typedef struct {
    Kiosk k;
    Script *script;
    size_t pos;       /* the next action */
    Held held[HELD_MAX];
    bool failed;      /* a named control was not on screen: the run ends */
    int64_t now;      /* the virtual clock */
    int64_t drawn_at; /* when the last frame was drawn */
    /* page turns seen at drawing time, for the state line */
    int seen_doc, seen_page, seen_size, turns;
    int64_t last_turn_ms, min_turn_gap_ms;
} Run;

static void push_finger(Uint32 type, const ScriptAction *a, int w, int h)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = type;
    ev.tfinger.touchId = SCRIPT_TOUCH_ID;
    ev.tfinger.fingerId = a->finger;
    /* SDL gives finger positions normalised to the window; a script gives pixels. */
    ev.tfinger.x = (float)a->x / (float)w;
    ev.tfinger.y = (float)a->y / (float)h;
    ev.tfinger.pressure = type == SDL_FINGERUP ? 0.0f : 1.0f;
    SDL_PushEvent(&ev);
}

static void push_mouse(Uint32 type, const ScriptAction *a)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    if (type == SDL_MOUSEMOTION) {
        ev.type = type;
        ev.motion.x = a->x;
        ev.motion.y = a->y;
    } else {
        ev.type = type;
        ev.button.button = SDL_BUTTON_LEFT;
        ev.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        ev.button.clicks = 1;
        ev.button.x = a->x;
        ev.button.y = a->y;
    }
    SDL_PushEvent(&ev);
}

/* Pushes a key going down and/or up; "Ctrl+", "Alt+" and "Shift+" before
 * the SDL key name hold a modifier. -1 for a name SDL does not know. */
static int push_key(const char *name, bool down, bool up)
{
    static const struct { const char *prefix; Uint16 mod; } mods[] = {
        {"Ctrl+", KMOD_LCTRL}, {"Alt+", KMOD_LALT}, {"Shift+", KMOD_LSHIFT}};
    Uint16 mod = 0;
    for (bool more = true; more;) {
        more = false;
        for (size_t i = 0; i < sizeof mods / sizeof *mods; i++) {
            size_t n = strlen(mods[i].prefix);
            if (SDL_strncasecmp(name, mods[i].prefix, n) == 0 && name[n]) {
                mod |= mods[i].mod;
                name += n;
                more = true;
            }
        }
    }
    SDL_Keycode key = SDL_GetKeyFromName(name);
    if (key == SDLK_UNKNOWN) return -1;
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.key.keysym.sym = key;
    ev.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    ev.key.keysym.mod = mod;
    if (down) {
        ev.type = SDL_KEYDOWN;
        ev.key.state = SDL_PRESSED;
        SDL_PushEvent(&ev);
    }
    if (up) {
        ev.type = SDL_KEYUP;
        ev.key.state = SDL_RELEASED;
        SDL_PushEvent(&ev);
    }
    return 0;
}

/* Pushes the SDL events for one action on a phys_w x phys_h window. */
static Push push_action(const ScriptAction *a, int phys_w, int phys_h)
{
    switch (a->kind) {
    case SCRIPT_FINGER_DOWN: push_finger(SDL_FINGERDOWN, a, phys_w, phys_h); break;
    case SCRIPT_FINGER_MOVE: push_finger(SDL_FINGERMOTION, a, phys_w, phys_h); break;
    case SCRIPT_FINGER_UP: push_finger(SDL_FINGERUP, a, phys_w, phys_h); break;
    case SCRIPT_MOUSE_DOWN:
        push_mouse(SDL_MOUSEMOTION, a);
        push_mouse(SDL_MOUSEBUTTONDOWN, a);
        break;
    case SCRIPT_MOUSE_UP: push_mouse(SDL_MOUSEBUTTONUP, a); break;
    case SCRIPT_KEY: case SCRIPT_KEY_DOWN: case SCRIPT_KEY_UP:
        if (push_key(a->text, a->kind != SCRIPT_KEY_UP, a->kind != SCRIPT_KEY_DOWN) < 0) return PUSH_BAD_KEY;
        break;
    case SCRIPT_QUIT: {
        SDL_Event ev;
        memset(&ev, 0, sizeof ev);
        ev.type = SDL_QUIT;
        SDL_PushEvent(&ev);
        break;
    }
    case SCRIPT_SHOT: return PUSH_SHOT;
    case SCRIPT_CLOCK: case SCRIPT_IDLE: break;
    }
    return PUSH_DONE;
}

/* Prints what a scripted shot shows, so tests can check the state as well
 * as the picture. */
static void print_state(Run *r, const char *shot)
{
    static const char *const sources[] = {"unknown", "display", "config"};
    _Static_assert(sizeof sources / sizeof *sources == RENDER_SIZE_COUNT, "a name for each source");
    AppView v;
    app_view(r->k.app, r->now, &v);
    int hl_page = -1, audio_rate = 0;
    const SpeechSentence *hl = kiosk_read_highlight(&r->k, &v, &hl_page);
    const char *in_use = r->k.read.speaker ? speaker_voice(r->k.read.speaker, &audio_rate) : "-";
    /* The quote on the attract screen, or the one the open text was opened
     * at and the page that holds it in the pages now shown. */
    int qdoc = v.attract_doc, qidx = v.attract_quote, qpage = 0;
    const Quote *q = kiosk_texts_quote(&r->k, r->k.texts.quote_doc, r->k.texts.quote_idx);
    if (v.screen != APP_SCREEN_ATTRACT && q && typeset_layout(r->k.typeset)) {
        qdoc = r->k.texts.quote_doc;
        qidx = r->k.texts.quote_idx;
        qpage = (int)quote_page(q, typeset_layout(r->k.typeset)) + 1;
    }
    /* The recording: what the device has taken since the last start or
     * seek, its rate, and where the page in view starts in the recording. */
    int rate = 0;
    long long played_ms = -1;
    if (r->k.read.playing) {
        int64_t frames = player_played(r->k.read.player, &rate);
        played_ms = rate > 0 ? (long long)(frames * 1000 / rate) : -1;
    }
    const Doc *open = typeset_doc(r->k.typeset);
    long page_ms = open && typeset_layout(r->k.typeset) && v.screen == APP_SCREEN_READER
                       ? parts_page_ms(open, typeset_layout(r->k.typeset), (size_t)v.page)
                       : -1;
    printf("shot %s: screen=%s doc=%d page=%d pages=%d text_size=%d theme=%s shelf_page=%d docs=%d hint=%d "
           "turns=%d min_turn_gap_ms=%lld panel_mm=%dx%d size_from=%s px_per_mm=%.2f quote=%d:%d quote_page=%d "
           "contents=%d contents_page=%d alpha=%d read_button=%d reading=%d "
           "read_at=%lld read_sentence=%d read_page=%d read_words=%ld audio_clock_ms=%llu read_started_ms=%lld read_stopped_ms=%lld read_voice=%s voice_in_use=%s audio_rate=%d "
           "read_by=%s part_ms=%ld play_ms=%ld played_ms=%lld play_rate=%d page_ms=%ld usb_banner=%d pace=%d panel=%d\n",
           shot, app_screen(v.screen)->name, v.doc, v.page + 1, v.n_pages, v.text_size, theme_get(v.theme)->name,
           v.shelf_page + 1, v.n_docs, v.hint_visible, r->turns, (long long)r->min_turn_gap_ms,
           r->k.panel_w_mm, r->k.panel_h_mm, sources[r->k.size_source], r->k.px_per_mm, qdoc, qidx, qpage,
           v.n_contents, v.contents_page + 1, v.attract_alpha, r->k.ui.read.w > 0,
           v.reading, hl ? (long long)hl->doc_start : -1LL, hl ? r->k.read.sentence : -1, hl_page + 1, r->k.read.words,
           (unsigned long long)(SDL_GetTicks64() - r->k.read.audio_opened),
           r->k.read.started ? (long long)(r->k.read.started - r->k.read.audio_opened) : -1LL,
           r->k.read.stopped ? (long long)(r->k.read.stopped - r->k.read.audio_opened) : -1LL,
           r->k.read.speaker && speaker_plan(r->k.read.speaker) ? speech_plan_voice(speaker_plan(r->k.read.speaker)) : "-",
           in_use, audio_rate, !r->k.read.on ? "-" : r->k.read.playing ? "recording" : "voice", r->k.read.part_ms,
           r->k.read.play_ms, played_ms, rate, page_ms, v.usb_banner != NULL, v.pace, v.panel_open);
    fflush(stdout);
}

static void to_physical(const Kiosk *k, int x, int y, int *px, int *py);

/* Prints the controls the shot shows, by name, each with its rectangle in
 * the screenshot's pixels (a turned screen turned back), so tests can
 * measure a control's label from the picture:
 * "controls SHOT: @all-texts=16,400,170,78 @read=...". */
static void print_controls(Run *r, const char *shot)
{
    AppView v;
    app_view(r->k.app, r->now, &v);
    char shown[1024], *save = NULL;
    ui_names_shown(&r->k.ui, &v, shown, sizeof shown);
    printf("controls %s:", shot);
    for (char *name = strtok_r(shown, " ", &save); name; name = strtok_r(NULL, " ", &save)) {
        UiRect c;
        if (!ui_name_rect(&r->k.ui, &v, name, &c)) continue;
        int x0, y0, x1, y1;
        to_physical(&r->k, c.x, c.y, &x0, &y0);
        to_physical(&r->k, c.x + c.w - 1, c.y + c.h - 1, &x1, &y1);
        int x = x0 < x1 ? x0 : x1, y = y0 < y1 ? y0 : y1;
        printf(" %s=%d,%d,%d,%d", name, x, y, abs(x1 - x0) + 1, abs(y1 - y0) + 1);
    }
    printf("\n");
    fflush(stdout);
}

/* Draws a frame and counts the page turns it shows; the first frame's wall
 * time is printed for the benchmark's start-up figure. */
static void draw(Run *r, const char *shot)
{
    bool first = !r->k.first_frame_done;
    kiosk_draw(&r->k, r->now, shot);
    if (first) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        printf("first_frame_epoch_ns: %lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
        fflush(stdout);
    }
    kiosk_prefetch(&r->k, r->now);
    AppView v;
    app_view(r->k.app, r->now, &v);
    if (v.screen == APP_SCREEN_READER && v.doc == r->seen_doc && v.text_size == r->seen_size &&
        v.page != r->seen_page) {
        if (r->turns++ > 0 && (r->min_turn_gap_ms < 0 || r->now - r->last_turn_ms < r->min_turn_gap_ms))
            r->min_turn_gap_ms = r->now - r->last_turn_ms;
        r->last_turn_ms = r->now;
    }
    r->seen_doc = v.screen == APP_SCREEN_READER ? v.doc : -1;
    r->seen_page = v.page;
    r->seen_size = v.text_size;
    r->drawn_at = r->now;
}

static void handle_events(Run *r)
{
    SDL_Event e;
    while (SDL_PollEvent(&e)) kiosk_event(&r->k, &e, r->now);
}

/* Moves the virtual clock towards action a, frame by frame while something
 * moves; a wait (and the time before a shot) also passes in real time, in
 * short steps, so the data folder is polled and outside events happen. */
static void advance(Run *r, const ScriptAction *a)
{
    int64_t step = a->at_ms, due = kiosk_next_deadline(&r->k, r->now);
    if (due > r->now && due < step) step = due;
    if ((a->kind == SCRIPT_IDLE && a->x) || a->kind == SCRIPT_SHOT) {
        if (step - r->now > 250) step = r->now + 250;
        SDL_Delay((Uint32)(step - r->now));
    }
    r->now = step;
    handle_events(r);
}

/* The logical screen's point (x, y) in window pixels, where a finger on
 * the panel touches it: kiosk.c's to_logical the other way round. */
static void to_physical(const Kiosk *k, int x, int y, int *px, int *py)
{
    switch (k->opt->cfg.rotate) {
    case 90: *px = k->phys_w - 1 - y; *py = x; break;
    case 180: *px = k->phys_w - 1 - x; *py = k->phys_h - 1 - y; break;
    case 270: *px = y; *py = k->phys_h - 1 - x; break;
    default: *px = x; *py = y; break;
    }
}

/* The slot of the named finger that a's finger is, or a free one (NULL when
 * every slot is taken). */
static Held *held_slot(Run *r, const ScriptAction *a)
{
    bool mouse = a->kind == SCRIPT_MOUSE_DOWN || a->kind == SCRIPT_MOUSE_UP;
    Held *free_slot = NULL;
    for (int i = 0; i < HELD_MAX; i++) {
        Held *h = &r->held[i];
        if (h->name && h->mouse == mouse && h->finger == a->finger) return h;
        if (!h->name && !free_slot) free_slot = h;
    }
    if (free_slot) *free_slot = (Held){.mouse = mouse, .finger = a->finger};
    return free_slot;
}

/* Puts the pixels of the control that a names into *out (a copy of a): the
 * centre of its rectangle on the screen shown now, or where its finger went
 * down at that name while it is still down. False, after a message naming
 * the line, the name and the screen's controls, when the screen lacks it. */
static bool place(Run *r, const ScriptAction *a, ScriptAction *out)
{
    *out = *a;
    Held *h = held_slot(r, a);
    bool down = a->kind == SCRIPT_FINGER_DOWN || a->kind == SCRIPT_MOUSE_DOWN;
    bool up = a->kind == SCRIPT_FINGER_UP || a->kind == SCRIPT_MOUSE_UP;
    if (h && h->name && !down && !strcmp(h->name, a->text)) {
        out->x = h->x;
        out->y = h->y;
    } else {
        AppView v;
        app_view(r->k.app, r->now, &v);
        UiRect c;
        if (!ui_name_rect(&r->k.ui, &v, a->text, &c)) {
            char shown[1024];
            ui_names_shown(&r->k.ui, &v, shown, sizeof shown);
            fprintf(stderr, "storstil: script line %d: no control \"%s\" on the %s screen; it has: %s\n", a->line,
                    a->text, app_screen(v.screen)->name, shown[0] ? shown : "(none)");
            return false;
        }
        to_physical(&r->k, c.x + c.w / 2, c.y + c.h / 2, &out->x, &out->y);
    }
    if (h) {
        h->name = up ? NULL : a->text;
        h->x = out->x;
        h->y = out->y;
    }
    return true;
}

/* True for an action that a control's name places. */
static bool named(const ScriptAction *a)
{
    return a->text && (a->kind == SCRIPT_FINGER_DOWN || a->kind == SCRIPT_FINGER_MOVE || a->kind == SCRIPT_FINGER_UP ||
                       a->kind == SCRIPT_MOUSE_DOWN || a->kind == SCRIPT_MOUSE_UP);
}

/* Takes action a now: its events, or a shot of the screen at rest. */
static void act(Run *r, const ScriptAction *a)
{
    ScriptAction placed;
    if (named(a)) {
        if (!place(r, a, &placed)) {
            r->failed = true;
            return;
        }
        a = &placed;
    }
    if (a->kind == SCRIPT_CLOCK) kiosk_usage_set_clock(&r->k, r->now, script_clock_seconds(a->text));
    Push p = push_action(a, r->k.phys_w, r->k.phys_h);
    if (p == PUSH_BAD_KEY) fprintf(stderr, "storstil: script line %d: unknown key \"%s\"\n", a->line, a->text);
    handle_events(r);
    if (p != PUSH_SHOT) return;
    /* A shot shows the screen at rest: let a running slide end. */
    AppView v;
    app_view(r->k.app, r->now, &v);
    while (v.anim_dir != 0) {
        r->now += APP_FRAME_MS;
        app_view(r->k.app, r->now, &v);
    }
    draw(r, a->text);
    print_state(r, a->text);
    print_controls(r, a->text);
}

/* Like a screen at 60 Hz, a scripted run draws once per frame: the actions
 * due within the same frame are all taken first. */
static bool coalesce(const Run *r)
{
    if (r->pos >= r->script->n) return false;
    const ScriptAction *a = &r->script->actions[r->pos];
    return a->kind != SCRIPT_SHOT && a->at_ms < r->now + APP_FRAME_MS && r->now - r->drawn_at < APP_FRAME_MS;
}

int harness_run(const Options *opt, volatile sig_atomic_t *stop)
{
    char err[512];
    Run r = {.seen_doc = -1, .min_turn_gap_ms = -1};
    if (!(r.script = script_load(opt->script, err, sizeof err))) {
        fprintf(stderr, "storstil: %s\n", err);
        return 2;
    }
    int rc = kiosk_open(&r.k, opt, kiosk_managed(), 0);
    if (rc != 0) {
        script_free(r.script);
        return rc;
    }
    kiosk_say_how_to_leave(&r.k);
    while (!r.k.quit && !*stop) {
        kiosk_tick(&r.k, r.now, false);
        if (r.k.dirty && !coalesce(&r)) draw(&r, NULL);
        if (r.k.quit || r.failed || r.pos >= r.script->n) break; /* the program ends with its script */
        const ScriptAction *a = &r.script->actions[r.pos];
        if (a->at_ms > r.now) {
            advance(&r, a);
        } else {
            r.pos++;
            act(&r, a);
        }
    }
    if (opt->screenshot && !r.failed) kiosk_draw(&r.k, r.now, opt->screenshot);
    kiosk_close(&r.k);
    script_free(r.script);
    return r.failed ? 2 : 0;
}
