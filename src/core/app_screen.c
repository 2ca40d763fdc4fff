/* app_screen: the table of the app's screens: what each one holds and
 * allows. app.c, ui.c and the kiosk's loop ask it instead of listing
 * screens; a new screen is one row here (the compiler counts the rows). */
#include "app.h"

#include <assert.h>

static const AppScreenInfo screens[] = {
    /*                       name        staff  overlay open_doc lays_out turns  returnable quiet */
    [APP_SCREEN_SHELF]    = {"shelf",      false, false, false, false, true,  true,  APP_QUIET_RESET_VISITED},
    [APP_SCREEN_READER]   = {"reader",     false, false, true,  true,  true,  true,  APP_QUIET_WARN},
    [APP_SCREEN_END]      = {"end",        false, false, true,  true,  true,  true,  APP_QUIET_WARN},
    [APP_SCREEN_ERROR]    = {"error",      false, false, true,  false, false, true,  APP_QUIET_RESET},
    [APP_SCREEN_IDLE]     = {"idle",       false, true,  false, false, false, false, APP_QUIET_STAY},
    [APP_SCREEN_STAFF_PIN]  = {"staff-pin",  true,  false, false, false, false, false, APP_QUIET_RESET},
    [APP_SCREEN_STAFF_MENU] = {"staff-menu", true,  false, false, false, false, false, APP_QUIET_RESET},
    [APP_SCREEN_STAFF_INFO] = {"staff-info", true,  false, false, false, false, false, APP_QUIET_RESET},
    [APP_SCREEN_CONTENTS] = {"contents",   false, false, true,  true,  true,  true,  APP_QUIET_WARN},
    [APP_SCREEN_ATTRACT]  = {"attract",    false, false, false, false, false, false, APP_QUIET_STAY},
};
_Static_assert(sizeof screens / sizeof *screens == APP_SCREEN_COUNT, "one row per screen");

const AppScreenInfo *app_screen(AppScreen s)
{
    assert(s >= 0 && s < APP_SCREEN_COUNT && screens[s].name);
    return &screens[s];
}
