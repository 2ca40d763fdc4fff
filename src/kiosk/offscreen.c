/* offscreen: owns one FontSet and the Typesetter over it for the programs
 * that lay texts out without a window. It draws nothing. */
#include "offscreen.h"

#include <string.h>

int offscreen_open(Offscreen *o, const Options *opt, FILE *log)
{
    memset(o, 0, sizeof *o);
    if (!(o->fonts = font_open(opt->cfg.font))) return -1; /* font_open said why */
    TypesetFonts tf = font_typeset(o->fonts);
    if (!(o->ts = typeset_new(&tf, NULL, log))) {
        fprintf(stderr, "storstil: out of memory\n");
        offscreen_close(o);
        return -1;
    }
    int w = opt->width ? opt->width : OFFSCREEN_DEFAULT_W, h = opt->height ? opt->height : OFFSCREEN_DEFAULT_H;
    typeset_set_screen(o->ts, w, h, style_px_per_mm(w, h, opt->cfg.screen_w_mm, opt->cfg.screen_h_mm));
    return 0;
}

void offscreen_close(Offscreen *o)
{
    typeset_free(o->ts);
    font_free(o->fonts);
    memset(o, 0, sizeof *o);
}
