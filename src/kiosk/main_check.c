/* main_check: owns the --check report. It reads the data folder through
 * library.c and lays each text out with the real font, as the kiosk would,
 * but opens no window and writes nothing. */
#include "main_check.h"

#include "font.h"
#include "core/hyphenate.h"
#include "core/layout.h"
#include "core/library.h"
#include "core/style.h"

int main_check(const Options *opt, FILE *out)
{
    Library *lib = library_new(opt->cfg.data_dir);
    if (!lib) return 1;
    library_scan(lib, NULL);
    int bad = 0;
    if (library_problem(lib)[0]) {
        fprintf(out, "%s\n", library_problem(lib));
        bad = 1;
    } else if (library_count(lib) == 0) {
        fprintf(out, "%s: no texts (*.txt) in the data folder\n", opt->cfg.data_dir);
        bad = 1;
    }
    StyleScreen screen;
    style_screen(opt->width ? opt->width : 1920, opt->height ? opt->height : 1080, opt->cfg.text_size, &screen);
    FontSet *fonts = library_count(lib) ? font_open(opt->cfg.font) : NULL;
    Hyphenator *hyphen = hyphenate_new(NULL);
    if (fonts && font_set_style(fonts, &screen.style) < 0) {
        font_free(fonts);
        fonts = NULL;
    }
    if (library_count(lib) && !fonts) bad = 1;
    LayoutMeasure m = {0};
    if (fonts) m = font_measure(fonts);
    for (size_t i = 0; i < library_count(lib); i++) {
        const Doc *d = library_doc(lib, i);
        char msg[600];
        for (size_t p = 0; p < d->n_problems; p++) fprintf(out, "%s\n", doc_problem_format(d, p, msg, sizeof msg));
        if (d->n_problems) bad = 1;
        if (d->broken || !fonts) continue;
        Layout *lay = layout_new(d, screen.text, &screen.style, &m, hyphen);
        if (lay) fprintf(out, "%s: \"%s\", %zu page%s\n", d->name, d->title, layout_page_count(lay),
                        layout_page_count(lay) == 1 ? "" : "s");
        else fprintf(out, "%s:1: out of memory laying out the text\n", d->name);
        bad |= !lay;
        layout_free(lay);
    }
    hyphenate_free(hyphen);
    font_free(fonts);
    library_free(lib);
    return bad;
}
