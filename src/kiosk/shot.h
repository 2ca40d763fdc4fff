/* shot: writes the screen's pixels to a PNG file, for the script's `shot`
 * and the bench (the kiosk itself never saves a picture). */
#ifndef STORSTIL_SHOT_H
#define STORSTIL_SHOT_H

/* Writes w x h RGBA pixels (rows `pitch` bytes apart) to path as a PNG,
 * compressed for speed rather than size; 0, or -1 with why in err. */
int shot_save_png(const unsigned char *rgba, int w, int h, int pitch, const char *path, char *err,
                  unsigned errsize);

#endif
