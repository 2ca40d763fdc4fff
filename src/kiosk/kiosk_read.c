/* kiosk_read: keeps the speaker in step with the app: speaks the page in
 * view from its first line when the app starts reading or turns a page
 * (a new read_epoch), from the sentence being heard after A-/A+ or a
 * rotation lays the text out again, stops when the app stops, tells the
 * app when a page has been read, and gives the renderer the sentence to
 * highlight. Whether to read is app.c's; the sound is speaker.c's; what a
 * page reads is core/speech's. */
#include "kiosk_read.h"

#include "speaker.h"

void kiosk_read_open(Kiosk *k)
{
    k->speaker = speaker_open(&k->opt->cfg, stderr);
    k->audio_opened = SDL_GetTicks64();
    k->read_sentence = -1;
    app_set_read_aloud(k->app, k->speaker != NULL);
}

void kiosk_read_close(Kiosk *k)
{
    speaker_close(k->speaker);
    k->speaker = NULL;
}

/* The open text's pages, when they are in step with the app's view. */
static const Layout *pages_in_view(const Kiosk *k, const AppView *v)
{
    const Doc *open = v->doc >= 0 ? library_doc(k->lib, (size_t)v->doc) : NULL;
    return open && open == typeset_doc(k->typeset) ? typeset_layout(k->typeset) : NULL;
}

static void start(Kiosk *k, const Layout *pages, int page, size_t from)
{
    SpeechPlan *plan = speech_plan_new(typeset_doc(k->typeset), pages, (size_t)page, from);
    if (!plan) { /* out of memory: silence, as without a speaker */
        app_set_read_aloud(k->app, false);
        return;
    }
    k->read_words += speech_plan_words(plan);
    k->read_page = page;
    k->read_sentence = -1;
    speaker_start(k->speaker, plan);
}

void kiosk_read_sync(Kiosk *k, const AppView *v)
{
    if (!k->speaker) return;
    const Layout *pages = pages_in_view(k, v);
    if (!v->reading || !pages) {
        if (k->read_on) {
            speaker_stop(k->speaker);
            k->read_stopped = SDL_GetTicks64();
        }
        k->read_on = k->read_restart = false;
        k->read_sentence = -1;
        return;
    }
    if (!k->read_on || v->read_epoch != k->read_epoch) {
        if (!k->read_on) k->read_started = SDL_GetTicks64();
        start(k, pages, v->page, 0);
    } else if (k->read_restart) {
        start(k, pages, v->page, k->read_from);
    }
    k->read_on = true;
    k->read_epoch = v->read_epoch;
    k->read_restart = false;
}

int kiosk_read_relaid(Kiosk *k, int page)
{
    const SpeechPlan *plan = k->speaker && k->read_on ? speaker_plan(k->speaker) : NULL;
    if (!plan || speech_plan_count(plan) == 0) return page;
    int s = speaker_sentence(k->speaker);
    k->read_from = speech_plan_sentence(plan, (size_t)(s < 0 ? 0 : s))->doc_start;
    k->read_restart = true;
    return (int)layout_page_of_offset(typeset_layout(k->typeset), k->read_from);
}

void kiosk_read_tick(Kiosk *k, int64_t now)
{
    if (k->speaker && speaker_failed(k->speaker)) { /* no voice after all: no button */
        kiosk_read_close(k);
        app_set_read_aloud(k->app, false);
        k->read_on = false;
        k->ui_text_size = 0; /* lay the bars out again without Läs upp */
        k->dirty = true;
    }
    if (!k->speaker || !k->read_on) return;
    if (speaker_finished(k->speaker)) {
        kiosk_command(k, APP_CMD_READ_PAGE_DONE, 0, now);
        return;
    }
    if (speaker_sentence(k->speaker) != k->read_sentence) k->dirty = true;
}

const SpeechSentence *kiosk_read_highlight(Kiosk *k, const AppView *v, int *page)
{
    if (!k->speaker || !k->read_on || !v->reading) return NULL;
    const SpeechPlan *plan = speaker_plan(k->speaker);
    k->read_sentence = speaker_sentence(k->speaker);
    *page = k->read_page;
    return plan && k->read_sentence >= 0 ? speech_plan_sentence(plan, (size_t)k->read_sentence) : NULL;
}
