/* recording: where a text's own recording is and what may be one (README
 * "The recording beside a text"). SDL-free and decoder-free: the kiosk's
 * player decodes, storstil-usb and `make data` carry the files along.
 *
 * A recording sits beside its text with the same base name: foo.txt and
 * foo.mp3, foo.ogg, foo.opus or foo.wav, the first found in that order. */
#ifndef STORSTIL_RECORDING_H
#define STORSTIL_RECORDING_H

#include <stdbool.h>
#include <stddef.h>

/* The largest recording carried along and played: 200 MB holds a 2-hour
 * episode as a 192 kbit/s MP3, or 40 minutes as 16-bit mono WAV at 44.1 kHz. */
#define RECORDING_MAX_BYTES (200LL * 1000 * 1000)

enum { RECORDING_EXT_COUNT = 4 };

/* The recordings' name endings in the order they are looked for (".mp3",
 * ".ogg", ".opus", ".wav"). */
extern const char *const recording_exts[RECORDING_EXT_COUNT];

/* The ending of `name` (one of recording_exts, any case), or NULL when the
 * name is not a recording's. */
const char *recording_ext_of(const char *name);

/* Writes to out (cap bytes) the path of the recording beside the text at
 * text_path (a regular file, at most RECORDING_MAX_BYTES); false, out "",
 * when there is none or the path does not fit. */
bool recording_beside(const char *text_path, char *out, size_t cap);

/* True when the first n bytes of a file (16 or more, or the whole file)
 * start as a WAV, Ogg or MP3 file does ("RIFF....WAVE", "OggS", an ID3 tag
 * or an MPEG audio frame's sync): what storstil-usb can tell without a
 * decoder. */
bool recording_sniff(const unsigned char *head, size_t n);

#endif
