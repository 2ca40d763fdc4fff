/* speaker: owns espeak-ng, the audio device and the synthesis thread.
 *
 * The thread takes one job at a time (a plan's text) and runs espeak-ng in
 * its synchronous mode; espeak-ng hands back sound in slices of
 * SPEAKER_SLICE_MS with the words' text positions, which go onto SDL's
 * audio queue and a list of marks (sample -> text position). Each start or
 * stop bumps a generation under the lock, and the queue is cleared under
 * the same lock, so a slice of an old job can never sound after a stop.
 * espeak-ng is loaded on the thread too, at low priority, with the first
 * job or two seconds after the start, whichever is first: neither the
 * first frame, nor the first page, nor a tap waits for it (its data and
 * the sound server's client it brings cost tens of ms and several MiB:
 * docs/performance.md), and the first "Läs upp" usually finds it loaded.
 * What the page looks like and when to turn it are not its business. */
#include "speaker.h"

#include <SDL.h>
#include <espeak-ng/espeak_ng.h>
#include <stdlib.h>
#include <string.h>

#define SPEAKER_SLICE_MS 100 /* espeak-ng's buffer: the first sound after one slice */
#define SPEAKER_DEVICE_SAMPLES 512 /* SDL's buffer, about 23 ms at 22050 Hz */
#define SPEAKER_RATE 22050 /* espeak-ng's voices' sample rate; the device opens at it */
/* The voice loads this long after the start when no one asked for it
 * sooner: past a start and its first page (which need none of it), before
 * a visitor has opened a text and found Läs upp. */
#define SPEAKER_PRELOAD_MS 2000

typedef struct {
    int64_t sample;    /* where the word starts in the plan's sound */
    int text_position; /* espeak-ng's: 1-based code points into the text */
} Mark;

struct Speaker {
    SDL_AudioDeviceID dev;
    int rate, speech_rate, volume;
    FILE *log;
    bool voiced;         /* espeak-ng initialised (the thread's, read after it ends) */
    SDL_Thread *thread;
    SDL_mutex *lock;
    SDL_cond *wake;
    /* under lock */
    unsigned gen;        /* bumped by every start and stop */
    char *job;           /* text waiting for the thread, or NULL */
    const char *job_voice; /* its voice ("sv", "en": speech_plan_voice) */
    int job_rate;        /* its words a minute: speech_rate at the visitor's pace */
    unsigned job_gen, worker_gen;
    bool synth_done;     /* the thread finished the current generation's job */
    bool failed;         /* the voice did not load: no reading aloud after all */
    bool quit;
    int64_t queued;      /* samples queued for the current generation */
    Mark *marks;
    size_t n_marks, cap_marks;
    /* the thread's */
    const char *voice;   /* the voice espeak-ng has now */
    int voice_rate;      /* the rate espeak-ng has now */
    /* the frame loop's */
    SpeechPlan *plan;
    double pace;         /* the visitor's factor of speech_rate (pace.h) */
};

static void add_mark(Speaker *sp, int64_t sample, int pos)
{
    if (sp->n_marks == sp->cap_marks) {
        size_t cap = sp->cap_marks ? sp->cap_marks * 2 : 256;
        Mark *m = realloc(sp->marks, cap * sizeof *m);
        if (!m) return; /* the highlight lags; the sound goes on */
        sp->marks = m;
        sp->cap_marks = cap;
    }
    sp->marks[sp->n_marks++] = (Mark){sample, pos};
}

/* espeak-ng's callback, on the thread: queue the slice and its words
 * unless the job has been cut off (returning 1 abandons the synthesis). */
static int on_synth(short *wav, int n, espeak_EVENT *ev)
{
    Speaker *sp = ev ? ev->user_data : NULL;
    if (!sp) return 1;
    SDL_LockMutex(sp->lock);
    bool stale = sp->worker_gen != sp->gen || sp->quit;
    if (!stale) {
        for (; ev->type != espeakEVENT_LIST_TERMINATED; ev++)
            if (ev->type == espeakEVENT_WORD && ev->length > 0) add_mark(sp, ev->sample, ev->text_position);
        if (wav && n > 0 && SDL_QueueAudio(sp->dev, wav, (Uint32)n * sizeof *wav) == 0) sp->queued += n;
    }
    SDL_UnlockMutex(sp->lock);
    return stale ? 1 : 0;
}

static bool open_voice(Speaker *sp);

/* espeak-ng's voice file for a language of speech_plan_voice, by its path
 * under espeak-ng-data/lang: a bare name ("sv") makes espeak-ng list its
 * voice folders first, and on armhf under qemu-user that listing fails
 * (32-bit readdir, EOVERFLOW), so "sv" was "a voice that does not exist"
 * there while "gmq/sv" loads the same voice (the same samples). */
static const char *voice_file(const char *voice)
{
    return !strcmp(voice, "en") ? "gmw/en" : "gmq/sv";
}

/* Switches espeak-ng to `voice` when it has another, with the configured
 * rate and volume; a voice that does not load leaves the one it had (the
 * Swedish one) and says so once. On the thread. */
static void use_voice(Speaker *sp, const char *voice)
{
    if (!strcmp(sp->voice, voice)) return;
    if (espeak_ng_SetVoiceByName(voice_file(voice)) != ENS_OK) {
        if (sp->log) fprintf(sp->log, "storstil: read aloud: no espeak-ng voice \"%s\"; %s is used\n", voice, sp->voice);
        sp->voice = voice; /* said once; the old voice goes on reading */
        return;
    }
    sp->voice = voice;
    espeak_ng_SetParameter(espeakRATE, sp->voice_rate, 0);
    espeak_ng_SetParameter(espeakVOLUME, sp->volume, 0);
}

/* Sets espeak-ng's rate for the next job when it has another; on the thread. */
static void use_rate(Speaker *sp, int rate)
{
    if (rate == sp->voice_rate) return;
    sp->voice_rate = rate;
    espeak_ng_SetParameter(espeakRATE, rate, 0);
}

/* The thread: loads the voice with the first job or SPEAKER_PRELOAD_MS
 * after the start, whichever comes first, then speaks each job. */
static int worker(void *arg)
{
    Speaker *sp = arg;
    /* Synthesis runs far ahead of playback, so it can yield the CPU to the
     * frame loop: a page turned while reading keeps its budget on two busy
     * cores. */
    SDL_SetThreadPriority(SDL_THREAD_PRIORITY_LOW);
    bool loaded = false;
    Uint64 preload_at = SDL_GetTicks64() + SPEAKER_PRELOAD_MS;
    SDL_LockMutex(sp->lock);
    while (!sp->quit) {
        Uint64 now = SDL_GetTicks64();
        if (!loaded && !sp->failed && (sp->job || now >= preload_at)) { /* wanted, or the start is past */
            SDL_UnlockMutex(sp->lock);
            bool ok = open_voice(sp);
            SDL_LockMutex(sp->lock);
            loaded = true;
            sp->failed = !ok;
            continue;
        }
        if (sp->failed || !sp->job) {
            if (loaded || sp->failed) SDL_CondWait(sp->wake, sp->lock);
            else SDL_CondWaitTimeout(sp->wake, sp->lock, (Uint32)(preload_at - now));
            continue;
        }
        char *text = sp->job;
        const char *voice = sp->job_voice;
        int rate = sp->job_rate;
        sp->job = NULL;
        sp->worker_gen = sp->job_gen;
        SDL_UnlockMutex(sp->lock);
        use_voice(sp, voice);
        use_rate(sp, rate);
        espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, sp);
        free(text);
        SDL_LockMutex(sp->lock);
        if (sp->worker_gen == sp->gen) sp->synth_done = true;
    }
    SDL_UnlockMutex(sp->lock);
    return 0;
}

/* espeak-ng with the Swedish voice at the configured rate and volume, on
 * the thread; false after saying why. */
static bool open_voice(Speaker *sp)
{
    /* espeak-ng's own API: espeak_Initialize would exit() the kiosk when its
     * data is missing. */
    espeak_ng_ERROR_CONTEXT context = NULL;
    espeak_ng_InitializePath(NULL);
    espeak_ng_STATUS st = espeak_ng_Initialize(&context);
    espeak_ng_ClearErrorContext(&context);
    sp->voiced = st == ENS_OK;
    if (st == ENS_OK) st = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, SPEAKER_SLICE_MS, NULL);
    if (st == ENS_OK && espeak_ng_GetSampleRate() != SPEAKER_RATE) st = ENS_UNSUPPORTED_PHON_FORMAT;
    if (st == ENS_OK) st = espeak_ng_SetVoiceByName(voice_file("sv"));
    if (st != ENS_OK) {
        char why[160];
        espeak_ng_GetStatusCodeMessage(st, why, sizeof why);
        if (sp->log) fprintf(sp->log, "storstil: read aloud is off: espeak-ng's Swedish voice: %s\n", why);
        return false;
    }
    sp->voice = "sv";
    sp->voice_rate = sp->speech_rate;
    espeak_SetSynthCallback(on_synth);
    espeak_ng_SetParameter(espeakRATE, sp->speech_rate, 0);
    espeak_ng_SetParameter(espeakVOLUME, sp->volume, 0); /* espeak-ng: 100 is its normal volume */
    return true;
}

/* Clears the device's queue and the marks for a new generation; under lock. */
static void cut_off(Speaker *sp)
{
    sp->gen++;
    if (sp->dev) SDL_ClearQueuedAudio(sp->dev);
    sp->queued = 0;
    sp->n_marks = 0;
    sp->synth_done = false;
    free(sp->job);
    sp->job = NULL;
}

Speaker *speaker_open(const Config *cfg, FILE *log)
{
    if (!cfg->read_aloud) return NULL;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        if (log) fprintf(log, "storstil: read aloud is off: no sound (%s)\n", SDL_GetError());
        return NULL;
    }
    Speaker *sp = calloc(1, sizeof *sp);
    if (!sp) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return NULL;
    }
    *sp = (Speaker){.rate = SPEAKER_RATE, .speech_rate = cfg->speech_rate, .volume = cfg->volume, .log = log,
                       .pace = 1.0};
    sp->lock = SDL_CreateMutex();
    sp->wake = SDL_CreateCond();
    if (sp->lock && sp->wake) sp->thread = SDL_CreateThread(worker, "storstil-speech", sp);
    if (!sp->thread) {
        if (log) fprintf(log, "storstil: read aloud is off: %s\n", SDL_GetError());
        speaker_close(sp);
        return NULL;
    }
    return sp;
}

void speaker_close(Speaker *sp)
{
    if (!sp) return;
    if (sp->thread) {
        SDL_LockMutex(sp->lock);
        sp->quit = true;
        cut_off(sp);
        SDL_CondSignal(sp->wake);
        SDL_UnlockMutex(sp->lock);
        SDL_WaitThread(sp->thread, NULL);
    }
    if (sp->dev) SDL_CloseAudioDevice(sp->dev);
    if (sp->wake) SDL_DestroyCond(sp->wake);
    if (sp->lock) SDL_DestroyMutex(sp->lock);
    if (sp->voiced) espeak_Terminate();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    free(sp->job);
    free(sp->marks);
    speech_plan_free(sp->plan);
    free(sp);
}

/* Opens the audio device with the first start, not at start: an open
 * device's thread runs all the time, and closing it waits for two of its
 * buffers to drain (SDL's), which every exit paid. False after saying why. */
static bool open_device(Speaker *sp)
{
    SDL_AudioSpec want = {.freq = sp->rate, .format = AUDIO_S16SYS, .channels = 1,
                          .samples = SPEAKER_DEVICE_SAMPLES};
    sp->dev = SDL_OpenAudioDevice(NULL, 0, &want, NULL, 0);
    if (!sp->dev && sp->log)
        fprintf(sp->log, "storstil: read aloud is off: no audio device opens (%s)\n", SDL_GetError());
    return sp->dev != 0;
}

void speaker_start(Speaker *sp, SpeechPlan *plan)
{
    if (!sp->dev && !open_device(sp)) { /* said; speaker_failed tells the kiosk */
        SDL_LockMutex(sp->lock);
        sp->failed = true;
        SDL_UnlockMutex(sp->lock);
        speech_plan_free(plan);
        return;
    }
    size_t len;
    const char *text = speech_plan_text(plan, &len);
    char *job = malloc(len + 1);
    SDL_LockMutex(sp->lock);
    cut_off(sp);
    if (job) {
        memcpy(job, text, len + 1);
        sp->job = job;
        sp->job_voice = speech_plan_voice(plan);
        sp->job_rate = (int)(sp->speech_rate * sp->pace + 0.5);
        sp->job_gen = sp->gen;
        SDL_CondSignal(sp->wake);
    } else {
        sp->synth_done = true; /* nothing to say: the page is done */
    }
    SDL_UnlockMutex(sp->lock);
    speech_plan_free(sp->plan);
    sp->plan = plan;
    SDL_PauseAudioDevice(sp->dev, 0);
}

void speaker_stop(Speaker *sp)
{
    SDL_LockMutex(sp->lock);
    cut_off(sp);
    SDL_UnlockMutex(sp->lock);
    if (sp->dev) SDL_PauseAudioDevice(sp->dev, 1);
    speech_plan_free(sp->plan);
    sp->plan = NULL;
}

void speaker_set_pace(Speaker *sp, double factor)
{
    sp->pace = factor > 0 ? factor : 1.0;
}

const SpeechPlan *speaker_plan(const Speaker *sp) { return sp->plan; }

bool speaker_failed(Speaker *sp)
{
    SDL_LockMutex(sp->lock);
    bool failed = sp->failed;
    SDL_UnlockMutex(sp->lock);
    return failed;
}

/* Samples the device has taken; under lock. */
static int64_t played(const Speaker *sp)
{
    int64_t waiting = (int64_t)(SDL_GetQueuedAudioSize(sp->dev) / sizeof(short));
    return sp->queued > waiting ? sp->queued - waiting : 0;
}

int speaker_sentence(Speaker *sp)
{
    if (!sp->plan) return -1;
    SDL_LockMutex(sp->lock);
    int64_t now = played(sp);
    int pos = -1;
    size_t lo = 0, hi = sp->n_marks; /* the last mark at or before now */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (sp->marks[mid].sample <= now) {
            pos = sp->marks[mid].text_position;
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    SDL_UnlockMutex(sp->lock);
    /* Before the first word sounds, the first sentence: the band answers the tap at once. */
    if (pos < 0) return speech_plan_count(sp->plan) ? 0 : -1;
    return speech_plan_sentence_at(sp->plan, pos);
}

bool speaker_finished(Speaker *sp)
{
    if (!sp->plan) return false;
    SDL_LockMutex(sp->lock);
    bool done = sp->synth_done && SDL_GetQueuedAudioSize(sp->dev) == 0;
    SDL_UnlockMutex(sp->lock);
    return done;
}

int64_t speaker_played(Speaker *sp, int *rate)
{
    SDL_LockMutex(sp->lock);
    int64_t n = played(sp);
    SDL_UnlockMutex(sp->lock);
    if (rate) *rate = sp->rate;
    return n;
}
