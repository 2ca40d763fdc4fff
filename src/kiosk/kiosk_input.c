/* kiosk_input: owns the translation of SDL's events into what the app
 * understands: touches and the left mouse button into gestures (rotated to
 * the logical screen) and through ui into commands, keys through the key
 * map, window changes into a frame. Part of kiosk.c's job, in a file of
 * its own; what a command does is app.c's, where a tap lands ui.c's. */
#include "kiosk_input.h"

#include "kiosk.h"

#define MOUSE_FINGER 0 /* gesture.h: the mouse is finger 0 ... */
#define FINGER_BASE 1  /* ... so real fingers are numbered from 1 */

/* Physical window pixels to the logical (rotated) screen. */
static void to_logical(const Kiosk *k, int px, int py, int *x, int *y)
{
    switch (k->opt->cfg.rotate) {
    case 90: *x = py; *y = k->phys_w - 1 - px; break;
    case 180: *x = k->phys_w - 1 - px; *y = k->phys_h - 1 - py; break;
    case 270: *x = k->phys_h - 1 - py; *y = px; break;
    default: *x = px; *y = py; break;
    }
}

void kiosk_input_gesture(Kiosk *k, Gesture g, int64_t now)
{
    if (g.kind == GESTURE_NONE) return;
    AppView v;
    app_view(k->app, now, &v);
    int arg = 0;
    AppCommand cmd = ui_command(&k->ui, &v, &g, &arg);
    kiosk_command(k, cmd == APP_CMD_NONE ? APP_CMD_ANY_INPUT : cmd, arg, now);
}

static void on_pointer(Kiosk *k, GesturePhase phase, int64_t finger, int px, int py, int64_t now)
{
    GestureSample s = {.phase = phase, .finger = finger, .t_ms = now};
    to_logical(k, px, py, &s.x, &s.y);
    if (phase == GESTURE_DOWN) kiosk_command(k, APP_CMD_ANY_INPUT, 0, now);
    kiosk_input_gesture(k, gesture_feed(k->gest, &s), now);
}

/* Escape goes home at once; held for KIOSK_ESCAPE_HOLD_MS (seen on its key
 * repeats or its release) it also asks to quit, which app grants only to
 * an unlocked kiosk. */
static AppCommand on_escape(Kiosk *k, const SDL_KeyboardEvent *key, int64_t now)
{
    if (key->type == SDL_KEYDOWN && !key->repeat) {
        k->escape_down = now;
        return APP_CMD_HOME;
    }
    bool held = k->escape_down >= 0 && now - k->escape_down >= KIOSK_ESCAPE_HOLD_MS;
    if (key->type == SDL_KEYUP) k->escape_down = -1;
    if (!held) return APP_CMD_NONE;
    k->escape_down = -1;
    return APP_CMD_QUIT_REQUEST;
}

/* The key map (a table would be no clearer than this switch). */
static void on_key(Kiosk *k, const SDL_KeyboardEvent *key, int64_t now)
{
    SDL_Keycode sym = key->keysym.sym;
    if (sym == SDLK_ESCAPE) {
        AppCommand cmd = on_escape(k, key, now);
        if (cmd != APP_CMD_NONE) kiosk_command(k, cmd, 0, now);
        return;
    }
    if (key->type != SDL_KEYDOWN) return;
    AppCommand cmd = APP_CMD_ANY_INPUT;
    switch (sym) {
    case SDLK_RIGHT: case SDLK_PAGEDOWN: case SDLK_SPACE: cmd = APP_CMD_NEXT; break;
    case SDLK_LEFT: case SDLK_PAGEUP: case SDLK_BACKSPACE: cmd = APP_CMD_PREV; break;
    case SDLK_DOWN: cmd = APP_CMD_FOCUS_NEXT; break;
    case SDLK_UP: cmd = APP_CMD_FOCUS_PREV; break;
    case SDLK_RETURN: case SDLK_KP_ENTER: cmd = APP_CMD_ACTIVATE; break;
    case SDLK_HOME: case SDLK_AC_BACK: cmd = APP_CMD_HOME; break;
    case SDLK_PLUS: case SDLK_KP_PLUS: case SDLK_EQUALS: cmd = APP_CMD_BIGGER; break;
    case SDLK_MINUS: case SDLK_KP_MINUS: cmd = APP_CMD_SMALLER; break;
    case SDLK_t: cmd = APP_CMD_THEME; break; /* staff's keyboard: try the themes */
    case SDLK_r: cmd = APP_CMD_READ; break;  /* "Läs upp" / "Sluta läsa" */
    case SDLK_q:
        if (key->keysym.mod & KMOD_CTRL) cmd = APP_CMD_QUIT_REQUEST;
        break;
    case SDLK_F4:
        if (key->keysym.mod & KMOD_ALT) cmd = APP_CMD_QUIT_REQUEST;
        break;
    default:
        if (sym >= SDLK_0 && sym <= SDLK_9) {
            kiosk_command(k, APP_CMD_PIN_DIGIT, sym - SDLK_0, now);
            return;
        }
        break;
    }
    kiosk_command(k, cmd, 0, now);
}

void kiosk_event(Kiosk *k, const SDL_Event *e, int64_t now)
{
    switch (e->type) {
    case SDL_QUIT: kiosk_command(k, APP_CMD_QUIT_REQUEST, 0, now); break;
    case SDL_KEYDOWN: case SDL_KEYUP: on_key(k, &e->key, now); break;
    case SDL_FINGERDOWN: case SDL_FINGERMOTION: case SDL_FINGERUP: {
        GesturePhase ph = e->type == SDL_FINGERDOWN ? GESTURE_DOWN
                        : e->type == SDL_FINGERUP ? GESTURE_UP : GESTURE_MOVE;
        int px = (int)(e->tfinger.x * (float)k->phys_w), py = (int)(e->tfinger.y * (float)k->phys_h);
        on_pointer(k, ph, (int64_t)e->tfinger.fingerId + FINGER_BASE, px, py, now);
        break;
    }
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP:
        /* Touches also arrive as synthesised mouse events; the fingers count. */
        if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT) break;
        on_pointer(k, e->type == SDL_MOUSEBUTTONDOWN ? GESTURE_DOWN : GESTURE_UP, MOUSE_FINGER,
                   e->button.x, e->button.y, now);
        break;
    case SDL_MOUSEMOTION:
        if (e->motion.which == SDL_TOUCH_MOUSEID || !(e->motion.state & SDL_BUTTON_LMASK)) break;
        on_pointer(k, GESTURE_MOVE, MOUSE_FINGER, e->motion.x, e->motion.y, now);
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_FOCUS_LOST) gesture_reset(k->gest);
        k->dirty = true; /* exposed, resized, restored: draw again */
        break;
    default: break;
    }
}
