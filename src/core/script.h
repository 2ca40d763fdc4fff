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
 *   clock YYYY-MM-DDTHH:MM   the wall clock (local time) reads this now, and
 *                            runs on with the kiosk's clock (the use counts'
 *                            hours; without it, the system's clock)
 *   quit                     ask the program to quit (as a window close)
 * Each command starts when the one before has ended, on a virtual clock that
 * the kiosk follows while scripted, so a slow build replays the same gestures.
 * SDL-free: the kiosk turns actions into SDL events.
 *
 * A control's name may stand for X Y in tap, hold, click, down, move and up
 * (tap @next, hold @card.1 2000, down 1 @pin.ok): the finger goes to the
 * centre of that control where the screen shown when the command is played
 * has it, in the same screen pixels as X Y (a turned screen turned back); a
 * finger that is down stays where it went down. A name no screen has is an
 * error here; a name the screen shown lacks stops the run, naming the line,
 * the name and the controls that screen has. Swipes and touch2 take pixels
 * only: what they test is where a finger moves. Tests name what they touch
 * and give pixels where the position is the point (tap zones, the staff
 * corner, swipes). The names, screen by screen (ui_names.c's table, which
 * tests/test_ui_names.c holds this list to):
 *   @card.N                        shelf: the N-th card of the page shown, 1 at the top
 *   @prev                          shelf: ◀, when it has more than one page
 *   @next                          shelf: ▶, when it has more than one page
 *   @all-texts                     reader and end: Alla texter, in the top bar
 *   @contents                      reader: Innehåll, for a text with headings
 *   @read                          reader: Läs upp / Sluta läsa, when offered
 *   @smaller                       reader: A- (in the panel where there is one)
 *   @bigger                        reader: A+ (likewise)
 *   @slower                        reader: Saktare, with Läs upp (likewise)
 *   @faster                        reader: Fortare, with Läs upp (likewise)
 *   @panel                         reader: Text och ljud / Stäng, where A-, A+ and the pace are in a panel
 *   @prev                          reader, end and contents: ◀ in the bottom bar
 *   @next                          reader and contents: ▶ in the bottom bar
 *   @zone.prev                     reader: the text's left tap zone
 *   @zone.next                     reader: the text's right tap zone
 *   @back-to-all-texts             end: Tillbaka till alla texter
 *   @back-to-all-texts             error: Tillbaka till alla texter
 *   @keep-reading                  idle: Ja, fortsätt läsa
 *   @pin.N                         staff PIN pad: the digit N
 *   @pin.{erase,ok,cancel}         staff PIN pad: Radera, OK, Avbryt
 *   @menu.{quit,reload,info,back}  staff menu: Avsluta, Ladda om texter, Info, Tillbaka
 *   @back                          staff info: Tillbaka
 *   @row.N                         contents: the N-th heading of the list page shown, 1 at the top
 *   @back                          contents: Tillbaka
 *   @quote                         attract: the quote's card
 *   @all-texts                     attract: Alla texter, under the card
 *   @corner                        all but the staff screens: the staff corner, to hold
 */
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
    SCRIPT_CLOCK, /* text holds "YYYY-MM-DDTHH:MM" */
    SCRIPT_IDLE   /* nothing happens; the end of a wait (x = 1) or skip (x = 0) */
} ScriptActionKind;

typedef struct {
    ScriptActionKind kind;
    int64_t at_ms; /* virtual time since the script started */
    int finger;    /* finger id for FINGER_* */
    int x, y;      /* physical screen pixels (unless text names a control) */
    char *text;    /* KEY's key and SHOT's file; for FINGER_* and MOUSE_*, a
                    * control's name ("@next") that stands for x, y; else NULL */
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

/* A clock line's "YYYY-MM-DDTHH:MM" (local time) as wall-clock seconds;
 * -1 when it is not one. */
int64_t script_clock_seconds(const char *text);

/* Frees a script; NULL is fine. */
void script_free(Script *script);

#endif
