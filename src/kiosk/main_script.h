/* main_script: script actions into SDL events (see script.h for the language). */
#ifndef STORSTIL_MAIN_SCRIPT_H
#define STORSTIL_MAIN_SCRIPT_H

#include <SDL.h>

#include "core/script.h"

typedef enum {
    SCRIPT_PUSH_DONE,    /* events are in SDL's queue (or nothing was needed) */
    SCRIPT_PUSH_SHOT,    /* the caller saves a screenshot to a->text */
    SCRIPT_PUSH_BAD_KEY  /* the key name is not one SDL knows */
} ScriptPush;

/* Pushes the SDL events for one action on a phys_w x phys_h window. */
ScriptPush main_script_push(const ScriptAction *a, int phys_w, int phys_h);

#endif
