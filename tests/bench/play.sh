#!/usr/bin/env bash
# A text's own recording (README "The recording beside a text"): the time
# from "Läs upp" to the first sample of the recording the audio device
# takes (the recording opened, sought to the page's first time, decoded and
# queued: target at most 300 ms), and the kiosk's CPU while it plays, with
# the frame loop polling and moving the band (`storstil-bench play`). The
# recording is made here: espeak-ng reads twelve sentences, saved as WAV
# (22.05 kHz mono) and as a 128 kbit/s MP3 at 44.1 kHz (lame), with a timed
# text whose parts are 3 s apart. SDL's dummy audio driver takes samples in real time, as a sound
# card does. Called by tests/bench/run.sh; `bash tests/bench/play.sh` alone
# gives just these figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
B=build/storstil-bench
export SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/wav" "$tmp/mp3"
words="Det här är en mening som läses upp för att mäta hur snabbt inspelningen börjar."
text=""
for i in $(seq 12); do text="$text $words"; done
espeak-ng -v sv -w "$tmp/wav/podd.wav" "$text"
lame --quiet -b 128 --resample 44.1 "$tmp/wav/podd.wav" "$tmp/mp3/podd.mp3" # 44.1 kHz, as podcasts are
{
  printf 'title: Inspelning\ntimed: yes\nspeakers: Eva Sahlén\n\n'
  for i in $(seq 0 11); do printf '{0:00:%02d.000} Eva Sahlén: %s\n' $((i * 3)) "$words"; done
} > "$tmp/wav/podd.txt"
cp "$tmp/wav/podd.txt" "$tmp/mp3/podd.txt"
for kind in wav mp3; do
  for size in 1920x1080 800x480; do
    $B play 20 --windowed --config /dev/null --data "$tmp/$kind" --size "$size" 2> /dev/null | grep -v '^#' |
      sed -e "/^play_start_ms/s/\$/  # $kind, $size: \"Läs upp\" to the recording's first sample the device takes, median of 20/" \
          -e "/^play_start_p99/s/\$/  # the slowest of those 20/" \
          -e "/^play_cpu_pct/s/\$/  # $kind, $size: the kiosk's CPU over 10 s of playing, % of one core/"
  done
done
