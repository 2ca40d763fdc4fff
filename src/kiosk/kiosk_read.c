/* kiosk_read: keeps the speaker in step with the app: speaks the page in
 * view from its first line when the app starts reading or turns a page
 * (a new read_epoch), from the sentence being heard after A-/A+ or a
 * rotation lays the text out again or the visitor's pace changes, stops
 * when the app stops, tells the
 * app when a page has been read, and gives the renderer the sentence to
 * highlight. Whether to read is app.c's; the sound is speaker.c's; what a
 * page reads is core/speech's. */
#include "kiosk_read.h"

#include "kiosk.h"

#include "core/pace.h"
#include "speaker.h"

void kiosk_read_open(Kiosk *k)
{
    k->read.speaker = speaker_open(&k->opt->cfg, stderr);
    k->read.audio_opened = 0; /* the device opens with the first reading */
    k->read.sentence = -1;
    k->read.pace = PACE_NORMAL;
    app_set_read_aloud(k->app, k->read.speaker != NULL);
}

void kiosk_read_close(Kiosk *k)
{
    speaker_close(k->read.speaker);
    k->read.speaker = NULL;
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
    k->read.words += speech_plan_words(plan);
    k->read.page = page;
    k->read.sentence = -1;
    speaker_start(k->read.speaker, plan);
}

/* While reading: the sentence being heard is where speaking goes on from
 * (k->read.from) at the next sync; false when nothing is being read. */
static bool remember_sentence(Kiosk *k)
{
    const SpeechPlan *plan = k->read.speaker && k->read.on ? speaker_plan(k->read.speaker) : NULL;
    if (!plan || speech_plan_count(plan) == 0) return false;
    int s = speaker_sentence(k->read.speaker);
    k->read.from = speech_plan_sentence(plan, (size_t)(s < 0 ? 0 : s))->doc_start;
    k->read.restart = true;
    return true;
}

void kiosk_read_sync(Kiosk *k, const AppView *v)
{
    if (!k->read.speaker) return;
    if (v->pace != k->read.pace) { /* the visitor's pace: on from the sentence being heard */
        k->read.pace = v->pace;
        speaker_set_pace(k->read.speaker, pace_factor(v->pace));
        remember_sentence(k);
    }
    const Layout *pages = pages_in_view(k, v);
    if (!v->reading || !pages) {
        if (k->read.on) {
            speaker_stop(k->read.speaker);
            k->read.stopped = SDL_GetTicks64();
        }
        k->read.on = k->read.restart = false;
        k->read.sentence = -1;
        return;
    }
    if (!k->read.on || v->read_epoch != k->read.epoch) {
        if (!k->read.audio_opened) k->read.audio_opened = SDL_GetTicks64(); /* start opens it */
        if (!k->read.on) k->read.started = SDL_GetTicks64();
        start(k, pages, v->page, 0);
    } else if (k->read.restart) {
        start(k, pages, v->page, k->read.from);
    }
    k->read.on = true;
    k->read.epoch = v->read_epoch;
    k->read.restart = false;
}

int kiosk_read_relaid(Kiosk *k, int page)
{
    if (!remember_sentence(k)) return page;
    return (int)layout_page_of_offset(typeset_layout(k->typeset), k->read.from);
}

void kiosk_read_tick(Kiosk *k, int64_t now)
{
    if (k->read.speaker && speaker_failed(k->read.speaker)) { /* no voice after all: no button */
        kiosk_read_close(k);
        app_set_read_aloud(k->app, false);
        k->read.on = false;
        k->ui_text_size = 0; /* lay the bars out again without Läs upp */
        k->dirty = true;
    }
    if (!k->read.speaker || !k->read.on) return;
    if (speaker_finished(k->read.speaker)) {
        kiosk_command(k, APP_CMD_READ_PAGE_DONE, 0, now);
        return;
    }
    if (speaker_sentence(k->read.speaker) != k->read.sentence) k->dirty = true;
}

const SpeechSentence *kiosk_read_highlight(Kiosk *k, const AppView *v, int *page)
{
    if (!k->read.speaker || !k->read.on || !v->reading) return NULL;
    const SpeechPlan *plan = speaker_plan(k->read.speaker);
    k->read.sentence = speaker_sentence(k->read.speaker);
    *page = k->read.page;
    return plan && k->read.sentence >= 0 ? speech_plan_sentence(plan, (size_t)k->read.sentence) : NULL;
}
