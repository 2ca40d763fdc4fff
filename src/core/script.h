/* script: the --script event language, parsed into timed actions.
 *
 * One command a line (blank lines and "#" comments are skipped):
 *   tap X Y                  finger down and up at X,Y (screen pixels)
 *   swipe X1 Y1 X2 Y2 [MS]   finger down at 1, moves, up at 2 over MS (250)
 *   hold X Y MS              finger held still MS, then up
 *   touch2 X1 Y1 X2 Y2 [MS]  two fingers down together, up after MS (150)
 *   down ID X Y | move ID X Y | up ID X Y   one finger event
 *   click X Y                mouse button down and up
 *   key NAME                 a key press and release (SDL key names, with
 *                            Ctrl+, Alt+ or Shift+ before them for a modifier)
 *   keyhold NAME MS          a key held down MS, then released
 *   wait MS                  let MS milliseconds pass (really: outside events,
 *                            such as files copied, can happen meanwhile)
 *   skip MS                  let MS milliseconds pass on the kiosk's clock at once
 *   shot FILE.png            save the screen as it is now
 *   quit                     ask the program to quit (as a window close)
 * Each command starts when the one before has ended, on a virtual clock that
 * the kiosk follows while scripted, so a slow build replays the same gestures.
 * SDL-free: the kiosk turns actions into SDL events. */
#ifndef STORSTIL_SCRIPT_H
#define STORSTIL_SCRIPT_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
    SCRIPT_FINGER_DOWN,
    SCRIPT_FINGER_MOVE,
    SCRIPT_FINGER_UP,
    SCRIPT_MOUSE_DOWN,
    SCRIPT_MOUSE_UP,
    SCRIPT_KEY,   /* text holds the key name */
    SCRIPT_KEY_DOWN, /* likewise, the key goes down ... */
    SCRIPT_KEY_UP,   /* ... and up */
    SCRIPT_SHOT,  /* text holds the file name */
    SCRIPT_QUIT,
    SCRIPT_IDLE   /* nothing happens; the end of a wait (x = 1) or skip (x = 0) */
} ScriptActionKind;

typedef struct {
    ScriptActionKind kind;
    int64_t at_ms; /* virtual time since the script started */
    int finger;    /* finger id for FINGER_* */
    int x, y;      /* physical screen pixels */
    char *text;    /* KEY and SHOT, else NULL */
    int line;      /* the script line it came from */
} ScriptAction;

typedef struct {
    ScriptAction *actions;
    size_t n;
    int64_t end_ms; /* when the last command ends */
} Script;

/* Parses script text; on an error returns NULL and writes
 * "name:line: message" into err. */
Script *script_parse(const char *name, const char *text, char *err, size_t err_size);

/* Reads a script file (a regular file only: a named pipe or a folder is
 * refused at once) and parses it as script_parse does; on an error returns
 * NULL with "path: message" or "path:line: message" in err. */
Script *script_load(const char *path, char *err, size_t err_size);

/* Frees a script; NULL is fine. */
void script_free(Script *script);

#endif
