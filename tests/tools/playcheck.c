/* playcheck: the kiosk's player (src/kiosk/player.c) on its own, for the
 * recording tests and the bench.
 *
 *   playcheck FILE FROM_MS PACE PLAY_MS
 *
 * Plays FILE from FROM_MS at PACE (0.8, 1.0, 1.25) for PLAY_MS of wall
 * time through SDL's audio device (SDL_AUDIODRIVER=disk writes it to a
 * file), and prints one line:
 *   start_ms=F pos_ms=N advanced_ms=N rate=N finished=0|1
 * start_ms: wall time from player_start to the first frame the device
 * takes; advanced_ms: how far the recording moved in PLAY_MS, which the
 * pace scales. */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>

#include "kiosk/player.h"

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: playcheck FILE FROM_MS PACE PLAY_MS\n");
        return 2;
    }
    long from = strtol(argv[2], NULL, 10), play = strtol(argv[4], NULL, 10);
    double pace = strtod(argv[3], NULL);
    if (SDL_Init(0) != 0) return 2;
    Player *pl = player_open(stderr);
    if (!pl) return 1;
    player_set_pace(pl, pace);
    Uint64 t0 = SDL_GetPerformanceCounter(), f = SDL_GetPerformanceFrequency();
    if (!player_start(pl, argv[1], from)) return 1;
    double start_ms = -1;
    long first = -1;
    while ((double)(SDL_GetPerformanceCounter() - t0) * 1000.0 / (double)f < 5000) {
        if (player_played(pl, NULL) > 0) {
            start_ms = (double)(SDL_GetPerformanceCounter() - t0) * 1000.0 / (double)f;
            first = player_position_ms(pl);
            break;
        }
        SDL_Delay(1);
    }
    SDL_Delay((Uint32)play);
    int rate;
    player_played(pl, &rate);
    long pos = player_position_ms(pl);
    printf("start_ms=%.1f pos_ms=%ld advanced_ms=%ld rate=%d finished=%d\n", start_ms, pos, pos - first, rate,
           player_finished(pl));
    player_stop(pl);
    player_close(pl);
    SDL_Quit();
    return 0;
}
