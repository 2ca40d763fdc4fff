/* render_contents: the look of the contents list: the open text's
 * headings as rows with their pages, and its paging bar. It reads the
 * RenderView it is given and changes nothing in it; where things go is ui's. */
#include <stdio.h>

#include "render_internal.h"

/* One row: the heading (indented by level) and "sidan 12" at the right. */
static void draw_row(Render *r, UiRect row, const Doc *d, const ContentsEntry *e, const Theme *t)
{
    render_box(r, row, t->button_bg, t->border, 2);
    int px = render_label_px(r, row.h);
    char page[64];
    lang_format(page, sizeof page, r->lang, STR_CONTENTS_PAGE, e->page + 1);
    int page_w = render_text_width(r, page, px, false) + px;
    int indent = px + (e->level > 1 ? 2 * px : 0);
    UiRect title = {row.x + indent, row.y, row.w - indent - page_w - px, row.h};
    const char *text = d->text + d->blocks[e->block].start;
    render_text(r, title, text, px, e->level == 1, t->button_text, ALIGN_LEFT);
    render_text(r, (UiRect){row.x + row.w - page_w - px / 2, row.y, page_w, row.h}, page, px, false, t->muted,
                ALIGN_RIGHT);
}

void render_contents(Render *r, const RenderView *rv, const Theme *t)
{
    const UiLayout *u = r->ui;
    const AppView *v = rv->app;
    const Doc *d = library_doc(rv->lib, (size_t)v->doc);
    if (!d) return;
    render_fill_bar(r, u->top_bar, t);
    render_fill_bar(r, u->bottom_bar, t);
    render_button(r, u->contents_back, render_string(r, STR_CONTENTS_BACK), t, true);
    char heading[600];
    snprintf(heading, sizeof heading, "%s: %s", render_string(r, STR_CONTENTS), d->title);
    render_text(r, u->contents_heading, heading, render_label_px(r, u->contents_heading.h), true, t->text,
                ALIGN_CENTER);
    for (int i = 0; i < u->contents_per_page && i < v->contents_per_page; i++) {
        int entry = v->contents_page * v->contents_per_page + i;
        if (entry >= v->n_contents) break;
        draw_row(r, u->contents_rows[i], d, &v->contents[entry], t);
    }
    render_paging_bar(r, t, v->contents_page, v->n_contents_pages, v->contents_page > 0,
                      v->contents_page + 1 < v->n_contents_pages, u->contents_label, u->contents_progress, true);
}
