#!/usr/bin/env bash
# make bench: what a kiosk visitor feels, measured on the release build with
# SDL_VIDEODRIVER=offscreen and the software renderer (the idle CPU of the
# real window under Xvfb as well). One "name: value unit" line per figure,
# under a heading per screen size; each is a median, as the comment says.
set -euo pipefail
cd "$(dirname "$0")/../.."
K=build/storstil
B=build/storstil-bench
export SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy
common=(--windowed --config /dev/null --data data)
tmp=$(mktemp -d)
export XDG_CONFIG_HOME=$tmp/config # no personal config: an empty folder of the run's own
mkdir -p "$XDG_CONFIG_HOME"
trap 'rm -rf "$tmp"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
echo "quit" > "$tmp/quit.script"

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

# CPU seconds (user+system) a kiosk uses over SECS (10) s of nothing
# happening, as a percentage of one core.
idle_cpu() {
  "$@" > /dev/null 2>&1 & local pid=$!
  sleep 3
  local secs=${SECS:-10} t0 t1 hz; t0=$(awk '{print $14+$15}' /proc/$pid/stat); sleep "$secs"
  t1=$(awk '{print $14+$15}' /proc/$pid/stat); hz=$(getconf CLK_TCK)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v d=$((t1 - t0)) -v hz="$hz" -v s="$secs" 'BEGIN {printf "%.2f", 100 * d / hz / s}'
}

echo "# storstil bench, $(date -u +%Y-%m-%d), $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)"
echo "# release build (-O2); offscreen video, software renderer unless said"
bash tests/bench/start.sh
echo "## a text's own recording"
bash tests/bench/play.sh
# The last: the Pi's 7" Touch Display, its size in millimetres known, so
# the text and controls are the large-print sizes (README).
for screen in 1920x1080 1280x800 800x480 800x480@154x86; do
  size=${screen%@*}
  if [ "$screen" != "$size" ]; then common=(--windowed --config /dev/null --data data --screen-size-mm "${screen#*@}"); fi
  echo "## $size$([ "$screen" != "$size" ] && echo " on ${screen#*@} mm")"
  for i in $(seq 11); do
    s=$(date +%s%N)
    f=$($K "${common[@]}" --size "$size" --script "$tmp/quit.script" 2>/dev/null | sed -n 's/first_frame_epoch_ns: //p')
    echo $(( (f - s) / 1000 ))
  done | median | awk '{printf "first_frame_ms: %.1f ms  # exec to first present, median of 11 starts\n", $1 / 1000}'
  $B layout 20 "${common[@]}" --size "$size" |
    sed -e '/^layout_all_ms/s/$/  # all five texts, text size 3, median of 20/' \
        -e '/^relayout_ms/s/$/  # text size 3<->4 on the longest text, median of 20/' | grep -v '^#'
  $B zalgo 100000 "${common[@]}" --size "$size" | grep -v '^#' |
    sed 's/$/  # one paragraph: a letter and 100,000 combining accents, median of 5/'
  $B kiosk 500 "${common[@]}" --size "$size" --animations off | grep -v '^#' |
    sed -e '/^page_turn/s/$/  # 500 turns of the longest text, command to presented frame/' \
        -e '/^rss_peak/s/$/  # peak resident memory after opening every text/'
  $B kiosk 100 "${common[@]}" --size "$size" --animations on | grep '^frame_p99_ms' | sed 's/$/  # every frame of 100 page slides/'
  $B read 20 "${common[@]}" --size "$size" | grep -v '^#' |
    sed -e '/^read_aloud_start_ms/s/$/  # "Läs upp" to the first sample the audio device takes, median of 20/' \
        -e '/^read_aloud_start_p99/s/$/  # the slowest of those 20/' \
        -e '/^page_turn_reading/s/$/  # a turn by hand every 2 s while reading 10 s, command to frame/' \
        -e '/^frame_reading/s/$/  # the frames reading brings (a new sentence'"'"'s band)/' \
        -e '/^rss_reading/s/$/  # resident memory while reading/' -e '/^rss_peak_reading/s/$/  # its peak/'
  echo "idle_cpu_pct: $(idle_cpu $K "${common[@]}" --size "$size") %  # 10 s on the shelf, offscreen"
done

common=(--windowed --config /dev/null --data data)

# The real window: Xvfb and SDL's default (OpenGL, Mesa llvmpipe here) renderer.
if command -v Xvfb > /dev/null; then
  # -displayfd: Xvfb picks a free display number and says which.
  Xvfb -displayfd 3 -screen 0 1920x1080x24 3> "$tmp/display" > /dev/null 2>&1 & xvfb=$!
  for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
  display=:$(head -1 "$tmp/display")
  echo "## real window under Xvfb"
  for size in 1920x1080 800x480; do
    echo "idle_cpu_pct: $(DISPLAY=$display SDL_VIDEODRIVER=x11 SDL_RENDER_DRIVER= idle_cpu $K "${common[@]}" --size "$size") %  # $size window, 10 s on the shelf"
  done
  # The attract screen from 1 s after the start: 60 s are five quotes with
  # their fades (16 steps each), drawn once a quote and then only copied.
  for size in 1920x1080 800x480; do
    echo "attract_idle_cpu_pct: $(DISPLAY=$display SDL_VIDEODRIVER=x11 SDL_RENDER_DRIVER= SECS=60 idle_cpu $K "${common[@]}" --size "$size" --attract-seconds 1) %  # $size window, 60 s of the attract screen, fades included"
  done
fi

echo "## instructions (callgrind; stable under machine noise)"
n=$(valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" --toggle-collect=bench_layout_all \
      $B layout 1 --config /dev/null --data data --size 1920x1080 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
echo "layout_instructions: $n instructions  # all five texts once, 1920x1080, text size 3"
