/* main_script: replays a --script through SDL's own event queue.
 *
 * Owns the translation of script actions into SDL finger, mouse and key
 * events at physical screen pixels, so a scripted run goes through exactly
 * the same event handling as a real finger. Screenshots and quitting are
 * left to the caller, which knows the frame. */
#include "main_script.h"

#include <string.h>

/* A touch device id no real panel uses, so scripted fingers are recognisable in a debugger. */
#define SCRIPT_TOUCH_ID ((SDL_TouchID)0x5757)

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

static int push_key(const char *name)
{
    SDL_Keycode key = SDL_GetKeyFromName(name);
    if (key == SDLK_UNKNOWN) return -1;
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = key;
    ev.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    SDL_PushEvent(&ev);
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    SDL_PushEvent(&ev);
    return 0;
}

ScriptPush main_script_push(const ScriptAction *a, int phys_w, int phys_h)
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
    case SCRIPT_KEY:
        if (push_key(a->text) < 0) return SCRIPT_PUSH_BAD_KEY;
        break;
    case SCRIPT_QUIT: {
        SDL_Event ev;
        memset(&ev, 0, sizeof ev);
        ev.type = SDL_QUIT;
        SDL_PushEvent(&ev);
        break;
    }
    case SCRIPT_SHOT: return SCRIPT_PUSH_SHOT;
    case SCRIPT_IDLE: break;
    }
    return SCRIPT_PUSH_DONE;
}
