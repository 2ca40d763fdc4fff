/* render: draws each of the kiosk's screens into ui's rectangles.
 *
 * Owns the look of the visitor's reading screens (the shelf and its USB
 * banner, the reader's bars, the end and error screens, the idle overlay):
 * which colour, which string, which size; and which screen is drawn. Each
 * other family of screens has a file of its own (render_staff.c,
 * render_contents.c, render_attract.c); pages of text come from
 * render_page.c, primitives from render_draw.c.
 * It reads the RenderView it is given and changes nothing in it. */
#include <stdio.h>
#include <string.h>

#include "render_internal.h"
#include "core/card.h"

Render *render_new(SDL_Renderer *ren, FontSet *fonts, Lang lang, const char *version)
{
    Render *r = SDL_calloc(1, sizeof *r);
    if (!r) return NULL;
    r->ren = ren;
    r->fonts = fonts;
    r->lang = lang;
    r->version = version;
    return r;
}

void render_free(Render *r)
{
    if (!r) return;
    render_drop_pages(r);
    render_drop_attract(r);
    render_close_ui_fonts(r);
    SDL_free(r);
}

void render_set_screen(Render *r, int w, int h)
{
    r->w = w;
    r->h = h;
    render_drop_pages(r);
    render_drop_attract(r);
}

void render_use_view(Render *r, const RenderView *v)
{
    r->ui = v->ui;
    r->layout = v->pages;
    r->doc = v->pages ? library_doc(v->lib, (size_t)v->app->doc) : NULL;
    r->area = v->text_area;
    r->generation = v->pages_generation;
    r->hl = v->highlight;
    r->hl_page = v->highlight_page;
}

static const char *S(const Render *r, StringId id)
{
    return lang_get(r->lang, id);
}

const char *render_string(const Render *r, StringId id)
{
    return S(r, id);
}

static UiRect inset(UiRect u, int dx, int dy)
{
    return (UiRect){u.x + dx, u.y + dy, u.w - 2 * dx, u.h - 2 * dy};
}

/* --- shelf --- */

/* The rows under a card's title, from the card's size alone so that every
 * card of a shelf has the same rows at the same size: as many as hold lines
 * of *px (what two rows under the title have always had), or three where the
 * lines stay at least 4/5 of that and CARD_MIN_PX (a 1280x800 card shows
 * four lines in all, an 800x480 card three). Where a card has fewer rows than
 * lines, card_rows leaves out the least important. */
#define CARD_MIN_PX 18
static int card_room(int rest, int *px)
{
    if (*px < 4) *px = 4;
    int room = rest / (*px * 5 / 4);
    if (room >= CARD_MAX_ROWS) return CARD_MAX_ROWS;
    int fit = rest / CARD_MAX_ROWS * 4 / 5;
    if (fit < *px * 4 / 5 || fit < CARD_MIN_PX) return room;
    *px = fit;
    return CARD_MAX_ROWS;
}

static void draw_card(Render *r, UiRect c, const Doc *d, const Theme *t, bool focus)
{
    render_box(r, c, t->button_bg, focus ? t->accent : t->border, focus ? 5 : 2);
    int pad = c.h / 10 > 12 ? c.h / 10 : 12;
    UiRect in = inset(c, pad + c.w / 60, pad);
    int title_px = in.h * 30 / 100, small_px = in.h * 20 / 100;
    int cap = (r->w < r->h ? r->w : r->h) / 16;
    if (title_px > cap) title_px = cap;
    if (small_px > cap * 3 / 4) small_px = cap * 3 / 4;
    /* Large print on the shelf too: a title at least the reader's body size
     * (style.h's millimetres where they are known), as far as its row holds. */
    int body = r->ui->body_px < in.h * 38 / 100 ? r->ui->body_px : in.h * 38 / 100;
    if (title_px < body) title_px = body;
    /* The lines under it at least 3/5 of the body size (on the 7" panel at
     * size 3, 23 px rather than 20); a card then shows fewer of them. */
    if (small_px < r->ui->body_px * 3 / 5) small_px = r->ui->body_px * 3 / 5;
    int title_h = in.h * 38 / 100, rest = in.h - title_h;
    render_text(r, (UiRect){in.x, in.y, in.w, title_h}, d->title, title_px, true, t->button_text, ALIGN_LEFT);
    if (d->broken) {
        UiRect row = {in.x, in.y + in.h * 40 / 100, in.w, in.h * 30 / 100};
        render_text(r, row, S(r, STR_ERROR_TITLE), small_px, false, t->muted, ALIGN_LEFT);
        return;
    }
    CardLines lines;
    card_lines(d, r->lang, &lines);
    const char *rows[CARD_MAX_ROWS];
    int room = card_room(rest, &small_px);
    int n = card_rows(&lines, room, rows), row_h = rest / (room > 2 ? room : 2);
    for (int i = 0; i < n; i++)
        render_text(r, (UiRect){in.x, in.y + title_h + i * row_h, in.w, row_h}, rows[i], small_px, false,
                    t->muted, ALIGN_LEFT);
}

void render_fill_bar(Render *r, UiRect bar, const Theme *t)
{
    render_fill(r, (SDL_Rect){bar.x, bar.y, bar.w, bar.h}, t->bar_bg);
}

/* The bottom bar's prev and next (unless the caller draws them in its own
 * row: buttons false), and "Sida 3 av 41" over its progress bar in `label`
 * and `progress` (the reader's or the shelf's, ui.h); the bars'
 * backgrounds are filled first, as a one-bar screen's label sits in the top
 * bar and its top bar's buttons in the bottom one. */
void render_paging_bar(Render *r, const Theme *t, int page, int pages, bool prev, bool next,
                       UiRect label_rect, UiRect progress, bool buttons)
{
    const UiLayout *u = r->ui;
    if (buttons) {
        RenderButton row[2] = {{u->prev, S(r, STR_PREV), S(r, STR_PREV_SHORT), prev},
                               {u->next, S(r, STR_NEXT), S(r, STR_NEXT_SHORT), next}};
        render_button_row(r, row, 2, t);
    }
    char label[64];
    lang_format(label, sizeof label, r->lang, STR_PAGE_OF, page + 1, pages);
    UiRect lab = label_rect;
    lab.h = progress.y > lab.y ? progress.y - lab.y : lab.h;
    int px = render_label_px(r, label_rect.h);
    if (render_text_width(r, label, px, false) > lab.w) /* a narrow screen: "3 av 41" */
        lang_format(label, sizeof label, r->lang, STR_PAGE_OF_SHORT, page + 1, pages);
    render_text(r, lab, label, px, false, t->text, ALIGN_CENTER);
    UiRect p = progress;
    if (p.w > 0 && p.h > 0) {
        render_box(r, p, t->bar_bg, t->border, 1);
        int fill = pages > 1 ? (p.w - 2) * (page + 1) / pages : p.w - 2;
        render_fill(r, (SDL_Rect){p.x + 1, p.y + 1, fill, p.h - 2}, t->accent);
    }
}

/* The USB import's report in a calm box at where (the shelf's heading). */
static void draw_usb_banner(Render *r, UiRect where, const char *text, const Theme *t)
{
    render_box(r, where, t->button_bg, t->border, 2);
    int pad = where.h / 12 + 2;
    UiRect in = {where.x + 3 * pad, where.y + pad, where.w - 6 * pad, where.h - 2 * pad};
    int most = render_label_px(r, where.h), least = render_label_px(r, where.h) * 2 / 3;
    render_wrapped_centred(r, in, text, render_fit_wrapped_px(r, in, text, most, least), false, t->button_text, ALIGN_CENTER, 3);
}

static void draw_shelf(Render *r, const Library *lib, const AppView *v, const Theme *t)
{
    const UiLayout *u = r->ui;
    if (v->usb_banner) /* in the heading's place, as wide as the cards */
        draw_usb_banner(r, (UiRect){u->shelf_area.x, u->shelf_heading.y + u->shelf_heading.h / 12, u->shelf_area.w,
                                      u->shelf_heading.h - u->shelf_heading.h / 6}, v->usb_banner, t);
    else
        render_text(r, u->shelf_heading, S(r, STR_SHELF_HEADING), render_label_px(r, u->shelf_heading.h) * 5 / 4,
                    true, t->text, ALIGN_CENTER);
    if (v->n_docs == 0) {
        UiRect a = u->shelf_area;
        render_text(r, (UiRect){a.x, a.y + a.h / 4, a.w, a.h / 5}, S(r, STR_SHELF_EMPTY),
                    render_label_px(r, a.h / 5), true, t->text, ALIGN_CENTER);
        render_wrapped(r, (UiRect){a.x + a.w / 10, a.y + a.h / 2, a.w * 8 / 10, a.h / 2},
                       S(r, STR_SHELF_EMPTY_HINT), render_label_px(r, a.h / 6), false, t->muted, ALIGN_CENTER, 3);
        return;
    }
    for (int i = 0; i < v->shelf_per_page && i < UI_MAX_CARDS; i++) {
        int doc = v->shelf_page * v->shelf_per_page + i;
        if (doc >= v->n_docs) break;
        const Doc *d = library_doc(lib, (size_t)doc);
        if (d) draw_card(r, u->cards[i], d, t, doc == v->shelf_focus);
    }
    if (v->n_shelf_pages > 1) {
        render_fill_bar(r, u->bottom_bar, t);
        render_paging_bar(r, t, v->shelf_page, v->n_shelf_pages, v->shelf_page > 0,
                        v->shelf_page + 1 < v->n_shelf_pages, u->shelf_label, u->shelf_progress, true);
    }
}

/* --- reader, end, error --- */

/* Adds b to the rows being gathered: a control joins the row of the ones
 * at its height (one bar, a panel row), so each row shares one label size. */
static void add_button(RenderButton *rows, int *n, UiRect rect, const char *label, const char *short_label,
                       bool enabled)
{
    if (rect.w <= 0 || rect.h <= 0) return;
    rows[(*n)++] = (RenderButton){rect, label, short_label, enabled};
}

/* Draws gathered buttons row by row (those with the same top edge). */
static void draw_rows(Render *r, RenderButton *b, int n, const Theme *t)
{
    bool done[16] = {false};
    for (int i = 0; i < n; i++) {
        if (done[i]) continue;
        RenderButton row[16];
        int m = 0;
        for (int j = i; j < n; j++)
            if (!done[j] && b[j].rect.y == b[i].rect.y) {
                row[m++] = b[j];
                done[j] = true;
            }
        render_button_row(r, row, m, t);
    }
}

/* The reader's controls (sizes: the reader; else the end page, with only
 * Alla texter and ◀), the title, and the open "Text och ljud" panel. */
static void draw_controls(Render *r, const Doc *d, const AppView *v, const Theme *t, bool sizes)
{
    const UiLayout *u = r->ui;
    RenderButton b[16];
    int n = 0;
    add_button(b, &n, u->prev, S(r, STR_PREV), S(r, STR_PREV_SHORT), sizes ? v->page > 0 : true);
    add_button(b, &n, u->next, S(r, STR_NEXT), S(r, STR_NEXT_SHORT), sizes);
    add_button(b, &n, u->home, S(r, STR_HOME), NULL, true);
    if (sizes) {
        bool tools = !u->has_panel || v->panel_open;
        if (u->read.w > 0)
            add_button(b, &n, u->read, S(r, v->reading ? STR_READ_STOP : STR_READ_ALOUD),
                       S(r, v->reading ? STR_READ_STOP_SHORT : STR_READ_ALOUD_SHORT), true);
        if (u->has_panel)
            add_button(b, &n, u->panel_button, S(r, v->panel_open ? STR_PANEL_CLOSE : STR_PANEL), NULL, true);
        if (u->has_panel && v->panel_open)
            render_box(r, u->panel, t->bar_bg, t->accent, 3);
        if (tools) {
            add_button(b, &n, u->smaller, S(r, STR_SMALLER), NULL, v->text_size > STYLE_TEXT_SIZE_MIN);
            add_button(b, &n, u->bigger, S(r, STR_BIGGER), NULL, v->text_size < STYLE_TEXT_SIZE_MAX);
            if (u->has_read) {
                add_button(b, &n, u->slower, S(r, STR_SLOWER), NULL, v->pace > 0);
                add_button(b, &n, u->faster, S(r, STR_FASTER), NULL, v->pace < PACE_STEPS - 1);
            }
        }
        if (u->has_contents && v->n_contents >= CONTENTS_MIN && (!u->contents_in_panel || v->panel_open))
            add_button(b, &n, u->contents, S(r, STR_CONTENTS), NULL, true);
    }
    draw_rows(r, b, n, t);
    UiRect title = u->title;
    bool beside = u->read.w > 0 && u->read.x > title.x && u->read.y < title.y + title.h;
    if (!sizes && beside) { /* no Läs upp or the pace here: the title has their room */
        UiRect after = u->has_panel ? u->panel_button : u->smaller;
        title.w = after.x - u->gap - title.x;
    }
    if (d && title.w >= 3 * title.h) /* narrower, it would show a word or two and "…" */
        render_text(r, inset(title, 12, 0), d->title, render_label_px(r, title.h), true, t->text, ALIGN_CENTER);
}

static void draw_reader(Render *r, const Library *lib, const AppView *v, const Theme *t)
{
    const UiLayout *u = r->ui;
    const Doc *d = library_doc(lib, (size_t)v->doc);
    LayoutRect a = r->area;
    if (v->anim_dir != 0 && r->layout) {
        /* The old page slides out as the new one slides in. */
        SDL_Rect clip = {0, a.y, r->w, a.h};
        SDL_RenderSetClipRect(r->ren, &clip);
        int shift = (int)((float)r->w * v->anim_progress);
        int from_x = a.x - v->anim_dir * shift, to_x = from_x + v->anim_dir * r->w;
        render_page(r, v->anim_from_page, from_x, a.y, t);
        render_page(r, v->page, to_x, a.y, t);
        SDL_RenderSetClipRect(r->ren, NULL);
    } else {
        render_page(r, v->page, a.x, a.y, t);
    }
    render_fill_bar(r, u->top_bar, t);
    render_fill_bar(r, u->bottom_bar, t);
    render_paging_bar(r, t, v->page, v->n_pages, v->page > 0, true, u->page_label, u->progress, false);
    draw_controls(r, d, v, t, true);
    if (v->hint_visible) {
        /* The hint keeps its foot where ui put it and grows upward when a
         * narrow screen needs more lines for it. */
        UiRect h = u->hint;
        int pad_x = h.h / 8 + 8, pad_y = h.h / 10;
        int px = render_label_px(r, u->next.h) * 4 / 5; /* as large as the buttons it speaks of */
        UiRect tall = {h.x + pad_x, u->text.y, h.w - 2 * pad_x, u->text.h};
        int need = render_wrapped_height(r, tall, S(r, STR_HINT), px, true, 4) + 2 * pad_y;
        if (need > h.h) {
            h.y -= need - h.h;
            h.h = need;
        }
        render_box(r, h, t->button_bg, t->accent, 3);
        render_wrapped_centred(r, inset(h, pad_x, pad_y), S(r, STR_HINT), px, true, t->button_text,
                               ALIGN_CENTER, 4);
    }
}

static void draw_end(Render *r, const Library *lib, const AppView *v, const Theme *t)
{
    const UiLayout *u = r->ui;
    render_fill_bar(r, u->top_bar, t);
    render_fill_bar(r, u->bottom_bar, t);
    render_paging_bar(r, t, v->n_pages - 1, v->n_pages, true, false, u->page_label, u->progress, false);
    draw_controls(r, library_doc(lib, (size_t)v->doc), v, t, false);
    UiRect m = u->end_message;
    int px = render_label_px(r, m.h / 3) * 3 / 2;
    render_text(r, (UiRect){m.x, m.y, m.w, m.h / 2}, S(r, STR_END_TITLE), px, true, t->text, ALIGN_CENTER);
    render_wrapped(r, (UiRect){m.x, m.y + m.h / 2, m.w, m.h / 2}, S(r, STR_END_BODY), px * 2 / 3, false,
                   t->muted, ALIGN_CENTER, 3);
    render_button(r, u->end_button, S(r, STR_BACK_TO_SHELF), t, true);
}

static void draw_error(Render *r, const Library *lib, const AppView *v, const Theme *t)
{
    const UiLayout *u = r->ui;
    const Doc *d = v->doc >= 0 ? library_doc(lib, (size_t)v->doc) : NULL;
    render_box(r, u->error_card, t->button_bg, t->border, 2);
    UiRect m = u->error_message;
    int px = render_label_px(r, m.h / 3);
    render_text(r, (UiRect){m.x, m.y, m.w, m.h / 3}, S(r, STR_ERROR_TITLE), px * 5 / 4, true, t->button_text,
                ALIGN_CENTER);
    char body[600];
    snprintf(body, sizeof body, "%s%s%s", d ? d->title : "", d ? "\n" : "", S(r, STR_ERROR_BODY));
    render_wrapped(r, (UiRect){m.x, m.y + m.h / 3, m.w, m.h * 2 / 3}, body, px * 3 / 4, false, t->muted,
                   ALIGN_CENTER, 4);
    render_button(r, u->error_button, S(r, STR_BACK_TO_SHELF), t, true);
}

/* --- the idle overlay --- */

static void draw_idle(Render *r, const AppView *v, const Theme *t)
{
    const UiLayout *u = r->ui;
    SDL_SetRenderDrawBlendMode(r->ren, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r->ren, t->bg.r, t->bg.g, t->bg.b, 200);
    SDL_RenderFillRect(r->ren, NULL);
    SDL_SetRenderDrawBlendMode(r->ren, SDL_BLENDMODE_NONE);
    render_box(r, u->idle_box, t->button_bg, t->accent, 4);
    UiRect m = u->idle_message;
    int px = render_label_px(r, m.h / 2) * 5 / 4;
    render_text(r, (UiRect){m.x, m.y, m.w, m.h / 2}, S(r, STR_IDLE_QUESTION), px, true, t->button_text, ALIGN_CENTER);
    char count[120];
    lang_format(count, sizeof count, r->lang, STR_IDLE_COUNTDOWN, v->idle_seconds_left);
    render_text(r, (UiRect){m.x, m.y + m.h / 2, m.w, m.h / 2}, count, px * 3 / 4, false, t->button_text,
                ALIGN_CENTER);
    render_accent_button(r, u->idle_button, S(r, STR_IDLE_KEEP), t);
}

static void draw_screen(Render *r, const RenderView *rv, AppScreen s, const Theme *t)
{
    const Library *lib = rv->lib;
    const AppView *v = rv->app;
    const RenderScreenInfo *screen = rv->screen;
    switch (s) {
    case APP_SCREEN_SHELF: draw_shelf(r, lib, v, t); break;
    case APP_SCREEN_READER:
        if (r->layout) draw_reader(r, lib, v, t);
        else draw_error(r, lib, v, t);
        break;
    case APP_SCREEN_END: draw_end(r, lib, v, t); break;
    case APP_SCREEN_ERROR: draw_error(r, lib, v, t); break;
    case APP_SCREEN_STAFF_PIN: render_pin(r, v, t); break;
    case APP_SCREEN_STAFF_MENU: render_menu(r, t, v); break;
    case APP_SCREEN_STAFF_INFO: render_info(r, lib, screen, v, t); break;
    case APP_SCREEN_CONTENTS: render_contents(r, rv, t); break;
    case APP_SCREEN_ATTRACT: render_attract(r, rv, t); break;
    case APP_SCREEN_IDLE: /* drawn over the screen beneath */
    case APP_SCREEN_COUNT: break;
    }
}

void render_frame(Render *r, const RenderView *rv)
{
    const AppView *v = rv->app;
    render_use_view(r, rv);
    const Theme *t = theme_get(v->theme);
    SDL_SetRenderDrawColor(r->ren, t->bg.r, t->bg.g, t->bg.b, 255);
    SDL_RenderClear(r->ren);
    if (v->screen == APP_SCREEN_IDLE) {
        draw_screen(r, rv, v->under, t);
        draw_idle(r, v, t);
    } else {
        draw_screen(r, rv, v->screen, t);
    }
}
