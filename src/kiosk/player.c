/* player: owns a recording being played: the libsndfile handle, the libsonic
 * stream that changes its pace, the decoding thread and the audio device it
 * plays through.
 *
 * One lock guards everything; the thread decodes a chunk at a time under it
 * (a chunk is a few ms of work), keeping PLAYER_AHEAD_MS of sound queued on
 * SDL's audio queue. Each start, seek or pace change clears the queue and
 * restarts the count of frames queued since it, so the place being heard
 * is the seek's frame plus the frames the device has taken times the pace:
 * exact, with no list of marks. What to play and when is kiosk_read's
 * business; the text and its times are core's. */
#include "player.h"

#include <SDL.h>
#include <sndfile.h>
#include <sonic.h>
#include <stdlib.h>
#include <string.h>

#define PLAYER_CHUNK 2048          /* frames decoded at a time (46 ms at 44.1 kHz) */
#define PLAYER_AHEAD_MS 400        /* sound kept queued ahead of the device */
#define PLAYER_DEVICE_MS 23        /* SDL's buffer, as the speaker's: the first sound after about that */
#define PLAYER_WAIT_MS 20          /* the thread's nap when enough is queued (idle: it sleeps until woken) */

struct Player {
    FILE *log;
    SDL_Thread *thread;
    SDL_mutex *lock;
    SDL_cond *wake;
    /* under lock */
    bool quit;
    SDL_AudioDeviceID dev;
    int dev_rate, dev_channels; /* the device's format (S16) */
    SNDFILE *sf;
    SF_INFO info;
    int channels;               /* channels played: the file's, or 1 when it has over 2 */
    sonicStream sonic;          /* only while the pace is not 1 */
    double pace;
    int64_t seek_frame;         /* the recording's frame played first since the last seek */
    int64_t queued;             /* frames queued since the last seek */
    bool eof;
    short *in, *out;            /* PLAYER_CHUNK frames of the file's channels; sonic's output */
    size_t out_cap;             /* frames out holds */
};

/* Queues n frames of buf; under lock. */
static void queue(Player *pl, const short *buf, int n)
{
    if (n > 0 && SDL_QueueAudio(pl->dev, buf, (Uint32)((size_t)n * (size_t)pl->channels * sizeof *buf)) == 0)
        pl->queued += n;
}

/* Reads what sonic has ready and queues it; under lock. */
static void drain_sonic(Player *pl)
{
    int n;
    while ((n = sonicReadShortFromStream(pl->sonic, pl->out, (int)pl->out_cap)) > 0) queue(pl, pl->out, n);
}

/* Frames waiting on the device's queue; under lock. */
static int64_t waiting(const Player *pl)
{
    return (int64_t)(SDL_GetQueuedAudioSize(pl->dev) / (sizeof(short) * (size_t)pl->channels));
}

/* Decodes one chunk and queues it (through sonic when the pace is not 1);
 * at the end of the file, flushes sonic and marks the end. Under lock. */
static void decode_chunk(Player *pl)
{
    sf_count_t n = sf_readf_short(pl->sf, pl->in, PLAYER_CHUNK);
    if (n <= 0) { /* the end, or a part that does not decode: the end too */
        if (pl->sonic) {
            sonicFlushStream(pl->sonic);
            drain_sonic(pl);
        }
        pl->eof = true;
        return;
    }
    int fc = pl->info.channels;
    if (fc != pl->channels) /* over two channels: their mean, in mono */
        for (sf_count_t f = 0; f < n; f++) {
            long sum = 0;
            for (int c = 0; c < fc; c++) sum += pl->in[f * fc + c];
            pl->in[f] = (short)(sum / fc);
        }
    if (!pl->sonic) {
        queue(pl, pl->in, (int)n);
        return;
    }
    sonicWriteShortToStream(pl->sonic, pl->in, (int)n);
    drain_sonic(pl);
}

/* The thread: keeps PLAYER_AHEAD_MS queued while a recording plays. */
static int worker(void *arg)
{
    Player *pl = arg;
    SDL_LockMutex(pl->lock);
    while (!pl->quit) {
        if (!pl->sf || !pl->dev || pl->eof) { /* nothing to decode until a start or seek says so */
            SDL_CondWait(pl->wake, pl->lock);
            continue;
        }
        if (waiting(pl) * 1000 >= (int64_t)pl->dev_rate * PLAYER_AHEAD_MS) {
            SDL_CondWaitTimeout(pl->wake, pl->lock, PLAYER_WAIT_MS);
            continue;
        }
        decode_chunk(pl);
    }
    SDL_UnlockMutex(pl->lock);
    return 0;
}

Player *player_open(FILE *log)
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        if (log) fprintf(log, "storstil: recordings are not played: no sound (%s)\n", SDL_GetError());
        return NULL;
    }
    Player *pl = calloc(1, sizeof *pl);
    if (!pl) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return NULL;
    }
    pl->log = log;
    pl->pace = 1.0;
    pl->lock = SDL_CreateMutex();
    pl->wake = SDL_CreateCond();
    if (pl->lock && pl->wake) pl->thread = SDL_CreateThread(worker, "storstil-player", pl);
    if (!pl->thread) {
        if (log) fprintf(log, "storstil: recordings are not played: %s\n", SDL_GetError());
        player_close(pl);
        return NULL;
    }
    return pl;
}

/* Closes the file and sonic; under lock. */
static void close_file(Player *pl)
{
    if (pl->sf) sf_close(pl->sf);
    pl->sf = NULL;
    if (pl->sonic) sonicDestroyStream(pl->sonic);
    pl->sonic = NULL;
    free(pl->in);
    free(pl->out);
    pl->in = pl->out = NULL;
    pl->eof = false;
    pl->queued = 0;
}

void player_close(Player *pl)
{
    if (!pl) return;
    if (pl->thread) {
        SDL_LockMutex(pl->lock);
        pl->quit = true;
        SDL_CondSignal(pl->wake);
        SDL_UnlockMutex(pl->lock);
        SDL_WaitThread(pl->thread, NULL);
    }
    player_stop(pl);
    if (pl->wake) SDL_DestroyCond(pl->wake);
    if (pl->lock) SDL_DestroyMutex(pl->lock);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    free(pl);
}

/* Goes to frame (clamped to the file), clears the queue and sets sonic up
 * for the pace; under lock. */
static void restart_at(Player *pl, int64_t frame)
{
    if (frame < 0) frame = 0;
    if (pl->info.frames > 0 && frame > pl->info.frames) frame = pl->info.frames;
    SDL_ClearQueuedAudio(pl->dev);
    sf_count_t at = sf_seek(pl->sf, frame, SEEK_SET);
    pl->seek_frame = at < 0 ? 0 : at;
    pl->queued = 0;
    pl->eof = at < 0;
    if (pl->sonic) sonicDestroyStream(pl->sonic);
    pl->sonic = NULL;
    if (pl->pace < 0.99 || pl->pace > 1.01) {
        pl->sonic = sonicCreateStream(pl->info.samplerate, pl->channels);
        if (pl->sonic) sonicSetSpeed(pl->sonic, (float)pl->pace);
    }
    SDL_CondSignal(pl->wake);
}

/* The frame being heard; under lock. */
static int64_t heard_frame(const Player *pl)
{
    int64_t taken = pl->queued - waiting(pl);
    if (taken < 0) taken = 0;
    int64_t f = pl->seek_frame + (int64_t)((double)taken * (pl->sonic ? pl->pace : 1.0));
    return pl->info.frames > 0 && f > pl->info.frames ? pl->info.frames : f;
}

/* The device for the file's rate and channels, reusing the open one when it
 * has them; under lock. False after saying why. */
static bool open_device(Player *pl)
{
    if (pl->dev && pl->dev_rate == pl->info.samplerate && pl->dev_channels == pl->channels) return true;
    if (pl->dev) SDL_CloseAudioDevice(pl->dev);
    Uint16 samples = 256; /* a power of two, the nearest to PLAYER_DEVICE_MS below it */
    while (samples < 4096 && samples * 2 <= pl->info.samplerate * PLAYER_DEVICE_MS / 1000) samples *= 2;
    SDL_AudioSpec want = {.freq = pl->info.samplerate, .format = AUDIO_S16SYS, .channels = (Uint8)pl->channels,
                          .samples = samples};
    pl->dev = SDL_OpenAudioDevice(NULL, 0, &want, NULL, 0); /* SDL converts to what the card takes */
    pl->dev_rate = pl->info.samplerate;
    pl->dev_channels = pl->channels;
    if (!pl->dev && pl->log) fprintf(pl->log, "storstil: a recording is not played: no audio device opens (%s)\n", SDL_GetError());
    return pl->dev != 0;
}

bool player_start(Player *pl, const char *path, long from_ms)
{
    SF_INFO info = {0};
    SNDFILE *sf = sf_open(path, SFM_READ, &info);
    if (!sf || info.samplerate <= 0 || info.channels <= 0) {
        if (pl->log) fprintf(pl->log, "storstil: %s: the recording does not decode (%s)\n", path, sf_strerror(sf));
        if (sf) sf_close(sf);
        return false;
    }
    SDL_LockMutex(pl->lock);
    close_file(pl);
    pl->sf = sf;
    pl->info = info;
    pl->channels = info.channels > 2 ? 1 : info.channels;
    pl->out_cap = PLAYER_CHUNK * 4; /* sonic at the slowest pace gives 2x; room to spare */
    pl->in = malloc((size_t)PLAYER_CHUNK * (size_t)info.channels * sizeof *pl->in);
    pl->out = malloc(pl->out_cap * (size_t)pl->channels * sizeof *pl->out);
    bool ok = pl->in && pl->out && open_device(pl);
    if (ok) restart_at(pl, from_ms > 0 ? (int64_t)from_ms * info.samplerate / 1000 : 0);
    else close_file(pl);
    SDL_UnlockMutex(pl->lock);
    if (ok) SDL_PauseAudioDevice(pl->dev, 0);
    return ok;
}

void player_seek(Player *pl, long ms)
{
    SDL_LockMutex(pl->lock);
    if (pl->sf && pl->dev) restart_at(pl, (int64_t)(ms > 0 ? ms : 0) * pl->info.samplerate / 1000);
    SDL_UnlockMutex(pl->lock);
}

void player_stop(Player *pl)
{
    SDL_LockMutex(pl->lock);
    if (pl->dev) {
        SDL_PauseAudioDevice(pl->dev, 1);
        SDL_ClearQueuedAudio(pl->dev);
        SDL_CloseAudioDevice(pl->dev);
    }
    pl->dev = 0;
    close_file(pl);
    SDL_UnlockMutex(pl->lock);
}

void player_set_pace(Player *pl, double factor)
{
    if (!(factor >= 0.5)) factor = 0.5; /* NaN too */
    if (factor > 2.0) factor = 2.0;
    SDL_LockMutex(pl->lock);
    if (factor != pl->pace) {
        int64_t at = pl->sf && pl->dev ? heard_frame(pl) : 0;
        pl->pace = factor;
        if (pl->sf && pl->dev) restart_at(pl, at);
    }
    SDL_UnlockMutex(pl->lock);
}

double player_pace(const Player *pl) { return pl->pace; }

long player_position_ms(Player *pl)
{
    SDL_LockMutex(pl->lock);
    long ms = pl->sf && pl->dev ? (long)(heard_frame(pl) * 1000 / pl->info.samplerate) : -1;
    SDL_UnlockMutex(pl->lock);
    return ms;
}

bool player_finished(Player *pl)
{
    SDL_LockMutex(pl->lock);
    bool done = pl->sf && pl->dev && pl->eof && waiting(pl) == 0;
    SDL_UnlockMutex(pl->lock);
    return done;
}

int64_t player_played(Player *pl, int *rate)
{
    SDL_LockMutex(pl->lock);
    int64_t n = pl->dev ? pl->queued - waiting(pl) : 0;
    if (rate) *rate = pl->dev_rate;
    SDL_UnlockMutex(pl->lock);
    return n < 0 ? 0 : n;
}

long player_length_ms(Player *pl)
{
    SDL_LockMutex(pl->lock);
    long ms = pl->sf && pl->info.frames > 0 ? (long)(pl->info.frames * 1000 / pl->info.samplerate) : -1;
    SDL_UnlockMutex(pl->lock);
    return ms;
}

bool player_probe(const char *path, FILE *log)
{
    SF_INFO info = {0};
    SNDFILE *sf = sf_open(path, SFM_READ, &info);
    short buf[PLAYER_CHUNK];
    bool ok = sf && info.samplerate > 0 && info.channels > 0 && info.channels <= 64 &&
              sf_readf_short(sf, buf, PLAYER_CHUNK / info.channels) > 0;
    if (!ok && log) fprintf(log, "storstil: %s: the recording does not decode (%s)\n", path, sf_strerror(sf));
    if (sf) sf_close(sf);
    return ok;
}
