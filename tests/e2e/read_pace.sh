#!/usr/bin/env bash
# The visitor's pace, end to end: the real kiosk with espeak-ng and SDL's
# disk audio driver (as read_aloud.sh), on the short text in tests/e2e/read
# at speech_rate 200, on a 1920x1080 monitor whose top bar holds Saktare
# and Fortare.
#
# - the whole text read at each of the three steps, chosen before Läs upp:
#   the sound lasts longer at Saktare and shorter at Fortare, in the ratios
#   of their factors (1/0.8 and 1/1.25 of the normal pace's) within 15%;
# - Fortare while reading goes on from the sentence being heard (the band
#   stays on it), not from the page's first line;
# - the idle reset gives the next visitor the normal pace again.
. "$(dirname "$0")/lib.bash"
D="--data tests/e2e/read"
RATE=22050
MM="--screen-size-mm 344x194"
printf 'speech_rate = 200\n' > "$OUT/pace.conf"
printf 'speech_rate = 200\nidle_seconds = 6\nidle_warning_seconds = 2\n' > "$OUT/pace_idle.conf"

field() { printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p" | head -1; }
audio_kiosk() {
  local name=$1 size=$2; shift 2
  rm -f "$OUT/$name.raw"
  SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$OUT/$name.raw" kiosk "$name" "$size" $D "$@"
}

# 1. The whole text at each step: its sound's span.
declare -A span
for step in slower normal faster; do
  press="wait 1"; [ "$step" != normal ] && press="tap @$step"
  audio_kiosk "pace_$step" 1920x1080 $MM --config "$OUT/pace.conf" --text-size 5 <<S
wait 100
tap @card.1
wait 300
$press
wait 100
key r
wait 35000
shot $OUT/pace_${step}_end.png
S
  expect "pace_$step" "pace_${step}_end" "screen=end reading=0"
  s=$(build/pcmmeasure "$OUT/pace_$step.raw" "$RATE")
  span[$step]=$(field span_ms "$s")
  echo "pace $step: $s"
  [ "${span[$step]:-0}" -gt 0 ] || fail "pace $step: no sound"
done
# ratio A B WANT: span[A] / span[B] within 15% of WANT.
ratio() {
  local r; r=$(awk -v a="${span[$1]}" -v b="${span[$2]}" 'BEGIN { printf "%.3f", a / b }')
  echo "pace: $1 / $2 = $r (want $3)"
  awk -v r="$r" -v w="$3" 'BEGIN { exit !(r >= w * 0.85 && r <= w * 1.15) }' ||
    fail "pace: $1 lasts $r times $2, wanted $3 within 15%"
}
[ "${span[slower]:-0}" -gt "${span[normal]:-0}" ] && [ "${span[normal]:-0}" -gt "${span[faster]:-0}" ] ||
  fail "pace: the spans are not in order: slower ${span[slower]:-?} normal ${span[normal]:-?} faster ${span[faster]:-?} ms"
ratio slower normal 1.25
ratio normal faster 1.25

# 2. Fortare while reading: on from the sentence heard; 3. the idle reset
#    brings the normal pace back.
audio_kiosk pace_change 1920x1080 $MM --config "$OUT/pace_idle.conf" <<S
wait 100
tap @card.1
wait 300
key r
wait 2500
shot $OUT/pace_change_a.png
tap @faster
shot $OUT/pace_change_b.png
wait 200
shot $OUT/pace_change_c.png
tap @faster
wait 100
shot $OUT/pace_fastest.png
wait 9000
shot $OUT/pace_reset.png
tap @card.1
wait 300
shot $OUT/pace_next_visitor.png
S
a=$(state pace_change pace_change_a) c=$(state pace_change pace_change_c)
[ "$(field reading "$a")" = 1 ] && [ "$(field read_sentence "$a")" -ge 1 ] ||
  fail "pace_change: not reading past the page's first sentence: ${a#*: }"
[ "$(field read_at "$a")" = "$(field read_at "$c")" ] && [ "$(field reading "$c")" = 1 ] ||
  fail "pace_change: Fortare did not go on from the sentence heard: ${a#*: } / ${c#*: }"
expect pace_change pace_change_a "pace=1"
expect pace_change pace_fastest "pace=2"
expect pace_change pace_reset "screen=shelf"
expect pace_change pace_next_visitor "screen=reader reading=0 pace=1"
finish
