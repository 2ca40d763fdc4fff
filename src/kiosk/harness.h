/* harness: the kiosk driven by a --script (script.h has the language), for
 * the end-to-end tests and the README's screenshots. */
#ifndef STORSTIL_HARNESS_H
#define STORSTIL_HARNESS_H

#include <signal.h>

#include "core/options.h"

/* Opens the kiosk for opt, replays opt->script on a virtual clock that jumps
 * from one action to the next, prints "shot FILE: screen=... page=..." after
 * each shot, and closes when the script ends, it quits, or *stop is set.
 * Returns the exit status: 2 for a script that does not load, or that
 * names a control the screen shown lacks (the run ends there). */
int harness_run(const Options *opt, volatile sig_atomic_t *stop);

#endif
