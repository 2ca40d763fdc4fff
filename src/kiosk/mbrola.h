/* mbrola: where espeak-ng finds an MBROLA voice (README "A clearer voice").
 *
 *   if (mbrola_program() && mbrola_db("sw1")) espeak_ng_SetVoiceByName("mb/mb-sw1"); */
#ifndef STORSTIL_MBROLA_H
#define STORSTIL_MBROLA_H

#include <stdbool.h>

/* True when the mbrola program is in $PATH, where espeak-ng runs it from
 * (execlp; /bin:/usr/bin without a PATH). */
bool mbrola_program(void);

/* True when MBROLA's database db ("sw1") is where espeak-ng looks for it:
 * its data folder's mbrola/, then /usr/share/mbrola/. espeak-ng must be
 * initialised (its data folder is asked of it). */
bool mbrola_db(const char *db);

#endif
