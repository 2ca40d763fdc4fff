/* render_staff: the look of the staff screens: the PIN pad with its slots
 * and waits, the menu, and Info (the screen's size, the version, the data
 * folder, the texts' problems, the last USB stick). It reads the view and
 * changes nothing. */
#include <stdio.h>

#include "render_internal.h"

void render_pin(Render *r, const AppView *v, const Theme *t)
{
    const UiLayout *u = r->ui;
    UiRect title = u->pin_title;
    int px = render_label_px(r, u->pin_keys[1].h);
    render_text(r, (UiRect){title.x, title.y, title.w, title.h * 2 / 5}, render_string(r, STR_PIN_TITLE), px, true,
                t->text, ALIGN_CENTER);
    /* One slot per digit typed (at least four), filled as digits come; the
     * fonts have no dot glyph, so the slots are drawn. */
    int slots = v->pin_length > 4 ? v->pin_length : 4;
    int size = title.h / 4 < 28 ? title.h / 4 : 28, gap = size / 2;
    int x = title.x + (title.w - slots * size - (slots - 1) * gap) / 2, y = title.y + title.h * 2 / 5 + size / 4;
    for (int i = 0; i < slots; i++) {
        UiRect s = {x + i * (size + gap), y, size, size};
        render_box(r, s, i < v->pin_length ? t->text : t->bg, t->text, 2);
    }
    char status[120] = "";
    if (v->pin_wait_seconds > 0)
        lang_format(status, sizeof status, r->lang, STR_PIN_WAIT, v->pin_wait_seconds);
    else if (v->pin_wrong)
        snprintf(status, sizeof status, "%s", render_string(r, STR_PIN_WRONG));
    render_text(r, (UiRect){title.x, title.y + title.h * 3 / 4, title.w, title.h / 4}, status, px * 4 / 5, false,
                t->text, ALIGN_CENTER);
    for (int k = 0; k < UI_PIN_KEY_COUNT; k++) {
        char label[16];
        const char *text = label;
        if (k < 10) snprintf(label, sizeof label, "%d", k);
        else text = render_string(r, k == UI_PIN_ERASE ? STR_PIN_ERASE : k == UI_PIN_OK ? STR_PIN_OK : STR_PIN_CANCEL);
        render_button(r, u->pin_keys[k], text, t, !(k == UI_PIN_OK && v->pin_wait_seconds > 0));
    }
}

void render_menu(Render *r, const Theme *t, const AppView *v)
{
    const UiLayout *u = r->ui;
    render_text(r, u->menu_title, render_string(r, v->reloaded ? STR_RELOADED : STR_MENU_TITLE),
                render_label_px(r, u->menu_title.h), true, t->text, ALIGN_CENTER);
    const StringId ids[UI_MENU_COUNT] = {STR_MENU_QUIT, STR_MENU_RELOAD, STR_MENU_INFO, STR_MENU_BACK};
    for (int i = 0; i < UI_MENU_COUNT; i++) render_button(r, u->menu_buttons[i], render_string(r, ids[i]), t, true);
}

/* The Info screen's lines on the screen's size and what the text size gives. */
static size_t screen_lines(Render *r, const RenderScreenInfo *s, char *text, size_t cap)
{
    char line[300];
    size_t o = 0;
    if (!s) return 0;
    if (s->w_mm) {
        StringId from_id = s->source == RENDER_SIZE_CONFIG ? STR_INFO_FROM_CONFIG : STR_INFO_FROM_DISPLAY;
        const char *from = render_string(r, from_id);
        lang_format(line, sizeof line, r->lang, STR_INFO_SCREEN_MM, s->w_mm, s->h_mm, from);
    } else {
        snprintf(line, sizeof line, "%s", render_string(r, STR_INFO_SCREEN_UNKNOWN));
    }
    o += (size_t)snprintf(text + o, cap - o, "%s\n", line);
    int tenths = (int)(s->facts.x_height_mm * 10 + 0.5);
    if (s->w_mm)
        lang_format(line, sizeof line, r->lang, STR_INFO_TEXT_MM, s->text_size, tenths / 10, tenths % 10,
                    s->facts.lines_per_page, s->facts.chars_per_line);
    else
        lang_format(line, sizeof line, r->lang, STR_INFO_TEXT, s->text_size, s->facts.lines_per_page,
                    s->facts.chars_per_line);
    if (o < cap) o += (size_t)snprintf(text + o, cap - o, "%s\n", line);
    return o < cap ? o : cap - 1;
}

/* The Info screen's lines on the use counts, appended at text + o. */
static size_t use_lines(Render *r, const RenderScreenInfo *s, char *text, size_t o, size_t cap)
{
    char line[300];
    if (!s || o >= cap) return o;
    if (!s->stats) {
        o += (size_t)snprintf(text + o, cap - o, "%s\n", render_string(r, STR_INFO_USE_OFF));
        return o < cap ? o : cap - 1;
    }
    const UsageCounts *d = &s->today, *w = &s->week;
    lang_format(line, sizeof line, r->lang, STR_INFO_USE_TODAY, d->visits, d->opened, d->pages, d->reads,
                d->minutes);
    o += (size_t)snprintf(text + o, cap - o, "%s\n", line);
    lang_format(line, sizeof line, r->lang, STR_INFO_USE_WEEK, s->week_days, w->visits, w->opened, w->pages,
                w->reads, w->minutes);
    if (o < cap) o += (size_t)snprintf(text + o, cap - o, "%s\n", line);
    return o < cap ? o : cap - 1;
}

void render_info(Render *r, const Library *lib, const RenderScreenInfo *screen, const AppView *v,
                 const Theme *t)
{
    const UiLayout *u = r->ui;
    char text[4096];
    char line[600];
    size_t o = screen_lines(r, screen, text, sizeof text);
    lang_format(line, sizeof line, r->lang, STR_INFO_VERSION, r->version);
    o += (size_t)snprintf(text + o, sizeof text - o, "%s\n", line);
    lang_format(line, sizeof line, r->lang, STR_INFO_DATA_DIR, library_dir(lib));
    o += (size_t)snprintf(text + o, sizeof text - o, "%s\n", line);
    if (library_synced_dir(lib)[0]) {
        lang_format(line, sizeof line, r->lang, STR_INFO_SYNCED_DIR, library_synced_dir(lib));
        o += (size_t)snprintf(text + o, sizeof text - o, "%s\n", line);
    }
    lang_format(line, sizeof line, r->lang, STR_INFO_DOCS, (int)library_count(lib));
    o += (size_t)snprintf(text + o, sizeof text - o, "%s\n", line);
    if (v->usb_last) {
        lang_format(line, sizeof line, r->lang, STR_INFO_USB, v->usb_last);
        o += (size_t)snprintf(text + o, sizeof text - o, "%s\n", line);
    }
    o = use_lines(r, screen, text, o, sizeof text);
    int problems = 0;
    for (size_t i = 0; i < library_count(lib); i++) problems += (int)library_doc(lib, i)->n_problems;
    if (library_problem(lib)[0]) problems++;
    if (problems) lang_format(line, sizeof line, r->lang, STR_INFO_PROBLEMS, problems);
    else snprintf(line, sizeof line, "%s", render_string(r, STR_INFO_NO_PROBLEMS));
    o += (size_t)snprintf(text + o, sizeof text - o, "%s\n", line);
    if (library_problem(lib)[0] && o < sizeof text)
        o += (size_t)snprintf(text + o, sizeof text - o, "%s\n", library_problem(lib));
    for (size_t i = 0; i < library_count(lib) && o < sizeof text; i++) {
        const Doc *d = library_doc(lib, i);
        for (size_t p = 0; p < d->n_problems && o < sizeof text; p++)
            o += (size_t)snprintf(text + o, sizeof text - o, "%s\n", doc_problem_format(d, p, line, sizeof line));
    }
    render_wrapped(r, u->info_text, text, render_label_px(r, u->info_back.h) * 3 / 4, false, t->text, ALIGN_LEFT, 40);
    render_button(r, u->info_back, render_string(r, STR_MENU_BACK), t, true);
}
