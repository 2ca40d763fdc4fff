/* kiosk_read: keeps the speaker, or for a timed text with its recording the
 * player, in step with the app: reads the page in view from its first line
 * (the recording: from the page's first time) when the app starts reading
 * or turns a page (a new read_epoch), from the sentence being heard after
 * A-/A+ or a rotation lays the text out again (the recording just plays
 * on) or the visitor's pace changes (the recording: at once, keeping its
 * pitch), stops when the app stops, tells the app when a page has been read
 * (the recording: when it reaches the next page's text), and gives the
 * renderer the sentence or part to highlight. Whether to read is app.c's;
 * the sound is speaker.c's and player.c's; what a page reads is
 * core/speech's, where a recording's parts are is core/parts'. */
#include "kiosk_read.h"

#include "kiosk.h"

#include "core/pace.h"
#include "core/parts.h"
#include "core/recording.h"
#include "player.h"
#include "speaker.h"

void kiosk_read_open(Kiosk *k)
{
    k->read.speaker = speaker_open(&k->opt->cfg, stderr);
    k->read.audio_opened = 0; /* the device opens with the first reading (speaker.c) */
    k->read.sentence = -1;
    k->read.part_ms = k->read.play_ms = -1;
    k->read.pace = PACE_NORMAL;
    app_set_read_aloud(k->app, k->read.speaker != NULL);
}

void kiosk_read_close(Kiosk *k)
{
    speaker_close(k->read.speaker);
    k->read.speaker = NULL;
    player_close(k->read.player);
    k->read.player = NULL;
    k->read.playing = false;
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

/* Stops whichever of the voice and the recording is sounding. */
static void stop_sound(Kiosk *k)
{
    if (k->read.playing) player_stop(k->read.player);
    else speaker_stop(k->read.speaker);
    k->read.playing = k->read.follow = false;
}

/* Plays doc's recording for page `page` when doc has times and a recording
 * that decodes: from the page's first time, or on from where it is when
 * the recording itself turned to this page. False: the voice reads it. */
static bool play(Kiosk *k, const Doc *doc, const Layout *pages, int page)
{
    if (!doc->timed || !doc->n_times || doc == k->read.rec_bad) return false;
    long ms = parts_page_ms(doc, pages, (size_t)page);
    if (k->read.playing && k->read.follow && page == k->read.page + 1) { /* the recording turned it */
        k->read.follow = false;
        k->read.page = page;
        return true;
    }
    if (k->read.playing) {
        player_seek(k->read.player, ms);
        k->read.page = page;
        return true;
    }
    char path[sizeof k->read.rec_path];
    if (!recording_beside(doc->path, path, sizeof path)) return false;
    if (!k->read.player) k->read.player = player_open(stderr);
    if (!k->read.player) return false;
    player_set_pace(k->read.player, pace_factor(k->read.pace));
    speaker_release(k->read.speaker); /* the device is the player's now */
    if (!player_start(k->read.player, path, ms)) { /* said; the voice reads this text */
        k->read.rec_bad = doc;
        return false;
    }
    memcpy(k->read.rec_path, path, sizeof path);
    k->read.playing = true;
    k->read.follow = false;
    k->read.page = page;
    k->read.sentence = -1;
    return true;
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
        if (k->read.player) player_set_pace(k->read.player, pace_factor(v->pace));
        if (!k->read.playing) remember_sentence(k);
    }
    const Layout *pages = pages_in_view(k, v);
    if (!v->reading || !pages) {
        if (k->read.on) {
            stop_sound(k);
            k->read.stopped = SDL_GetTicks64();
        }
        k->read.on = k->read.restart = false;
        k->read.sentence = -1;
        return;
    }
    if (!k->read.on || v->read_epoch != k->read.epoch) {
        if (!k->read.audio_opened) k->read.audio_opened = SDL_GetTicks64(); /* the speaker opens it now, on its thread */
        if (!k->read.on) k->read.started = SDL_GetTicks64();
        if (!play(k, typeset_doc(k->typeset), pages, v->page)) {
            if (k->read.playing) stop_sound(k); /* a text without a recording after one with */
            start(k, pages, v->page, 0);
        }
    } else if (k->read.restart && !k->read.playing) {
        start(k, pages, v->page, k->read.from);
    }
    k->read.on = true;
    k->read.epoch = v->read_epoch;
    k->read.restart = false;
}

int kiosk_read_relaid(Kiosk *k, int page)
{
    if (k->read.on && k->read.playing) { /* the recording plays on: the page that holds what is heard */
        const Doc *doc = typeset_doc(k->typeset);
        size_t at = parts_byte_at_ms(doc, player_position_ms(k->read.player));
        k->read.page = (int)layout_page_of_offset(typeset_layout(k->typeset), at);
        return k->read.page;
    }
    if (!remember_sentence(k)) return page;
    return (int)layout_page_of_offset(typeset_layout(k->typeset), k->read.from);
}

/* While the recording plays: the end stops reading (the last page goes on
 * to the end page), reaching the next page's text turns to it, a new part
 * heard asks for a frame. */
static void tick_playing(Kiosk *k, int64_t now)
{
    const Doc *doc = typeset_doc(k->typeset);
    const Layout *pages = typeset_layout(k->typeset);
    if (!doc || !pages) return;
    size_t n = layout_page_count(pages);
    if (player_finished(k->read.player)) {
        kiosk_command(k, (size_t)k->read.page + 1 >= n ? APP_CMD_READ_PAGE_DONE : APP_CMD_READ, 0, now);
        return;
    }
    long ms = player_position_ms(k->read.player);
    if (!k->read.follow && (size_t)k->read.page + 1 < n &&
        parts_byte_at_ms(doc, ms) >= layout_page_offset(pages, (size_t)k->read.page + 1)) {
        k->read.follow = true;
        kiosk_command(k, APP_CMD_READ_PAGE_DONE, 0, now);
        return;
    }
    if ((int)doc_time_index_for_ms(doc, ms) != k->read.sentence) k->dirty = true;
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
    if (k->read.playing) {
        tick_playing(k, now);
        return;
    }
    if (speaker_finished(k->read.speaker)) {
        kiosk_command(k, APP_CMD_READ_PAGE_DONE, 0, now);
        return;
    }
    if (speaker_sentence(k->read.speaker) != k->read.sentence) k->dirty = true;
}

/* The part of the recording being heard, as a band on the page read. */
static const SpeechSentence *part_heard(Kiosk *k, int *page)
{
    const Doc *doc = typeset_doc(k->typeset);
    k->read.play_ms = player_position_ms(k->read.player);
    ptrdiff_t i = doc && k->read.play_ms >= 0 ? doc_time_index_for_ms(doc, k->read.play_ms) : -1;
    k->read.sentence = (int)i;
    k->read.part_ms = i >= 0 ? doc->times[i].ms : -1;
    *page = k->read.page;
    return i >= 0 && parts_band(doc, i, &k->read.band) ? &k->read.band : NULL;
}

const SpeechSentence *kiosk_read_highlight(Kiosk *k, const AppView *v, int *page)
{
    k->read.part_ms = k->read.play_ms = -1;
    if (!k->read.speaker || !k->read.on || !v->reading) return NULL;
    if (k->read.playing) return part_heard(k, page);
    const SpeechPlan *plan = speaker_plan(k->read.speaker);
    k->read.sentence = speaker_sentence(k->read.speaker);
    *page = k->read.page;
    return plan && k->read.sentence >= 0 ? speech_plan_sentence(plan, (size_t)k->read.sentence) : NULL;
}
