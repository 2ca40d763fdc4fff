#!/usr/bin/env bash
# The voice reading aloud (`voice = mbrola`), end to end with SDL's disk
# audio driver as in read_aloud.sh.
#
# - Without MBROLA (no mbrola program on the kiosk's PATH): one line in the
#   log saying so, espeak-ng's own Swedish voice at 22050 Hz.
# - With MBROLA, in a throwaway set-up of the test's own, never the host's:
#   the packages mbrola, mbrola-sw1, mbrola-sw2 and mbrola-en1 downloaded
#   with apt-get from the mirror of this machine's own apt sources (their
#   contrib and non-free parts, in a sources folder, lists and cache under
#   build/), unpacked with dpkg-deb into a scratch folder; espeak-ng finds
#   the databases through ESPEAK_DATA_PATH (a data folder whose mbrola/
#   holds them beside links to the system's espeak-ng-data) and runs the
#   mbrola program from PATH. Then mb-sw1 reads the Swedish text at 16000
#   Hz, the band moves by sentence through the names and the sentences,
#   mb-en1 reads the English one, mb-sw2 reads where mb-sw1 is missing, and
#   a kiosk that goes from MBROLA's Swedish to espeak-ng's English (en1
#   missing) reopens its device at 22050 Hz after one line.
#   Where the download cannot be made (no network, no apt-get), the MBROLA
#   part says SKIP and the fallback is still checked.
. "$(dirname "$0")/lib.bash"
RATE_ESPEAK=22050 RATE_MBROLA=16000
MB=$PWD/build/mbrola-voices

# field KEY LINE: the value of KEY=... in a state or pcmmeasure line.
field() { printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p" | head -1; }
# voice_kiosk NAME DATA [FLAGS...] < script: the kiosk at 1280x800 on DATA
# with `voice = mbrola`, its sound in $OUT/NAME.raw.
voice_kiosk() {
  local name=$1 data=$2; shift 2
  rm -f "$OUT/$name.raw"
  SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$OUT/$name.raw" kiosk "$name" 1280x800 --data "$data" \
    --config "$OUT/voice_mbrola.conf" "$@"
}
# rate_ok NAME RATE SHOT: the file is RATE Hz: SDL's disk driver writes in
# real time, so read at RATE its length is the time the device was open
# (the audio clock at SHOT), less the driver's lag on a busy machine (up to
# 12% here). Read at the other rate it would be 27% short or 38% long.
rate_ok() {
  local s clock total
  s=$(build/pcmmeasure "$OUT/$1.raw" "$2") clock=$(field audio_clock_ms "$(state "$1" "$3")")
  total=$(field total_ms "$s")
  echo "$1: at $2 Hz the file is $total ms, the device open $clock ms"
  [ $((total * 100)) -ge $((clock * 80)) ] && [ $((total * 100)) -le $((clock * 105)) ] ||
    fail "$1: the audio file is not at $2 Hz: $total ms of sound read at $2 Hz, the device open $clock ms"
}
# voice_lines NAME: what run NAME's log says of voices: storstil's lines and
# espeak-ng's and MBROLA's, but for MBROLA's warning that a sound clipped.
voice_lines() { grep -i "mbrola\|espeak" "$OUT/$1.err" | grep -v "^mbrola: Saturation"; }
# sentences NAME: the read_sentence of each shot of run NAME, in order.
sentences() { grep -o ' read_sentence=[-0-9]*' "$OUT/$1.log" | cut -d= -f2 | tr '\n' ' '; }

printf 'voice = mbrola\nspeech_rate = 200\n' > "$OUT/voice_mbrola.conf"
# read_script NAME N: script lines that read the Swedish text's first page
# and look N times, 350 ms apart.
read_script() {
  printf 'wait 100\ntap @card.1\nwait 300\nkey r\n'
  for i in $(seq -w 1 "$2"); do printf 'wait 350\nshot %s/%s_%s.png\n' "$OUT" "$1" "$i"; done
}

# 1. Without MBROLA: the kiosk's PATH is an empty folder of the test's own,
#    so no mbrola program even where the host has one (a wrapper sets it).
mkdir -p "$OUT/bin-none"
printf '#!/bin/sh\nPATH=%s exec %s "$@"\n' "$PWD/$OUT/bin-none" "$PWD/$KIOSK" > "$OUT/kiosk-no-mbrola"
chmod +x "$OUT/kiosk-no-mbrola"
read_script voice_fallback 8 | KIOSK=$OUT/kiosk-no-mbrola voice_kiosk voice_fallback tests/e2e/read
last=$(state voice_fallback voice_fallback_8)
expect voice_fallback voice_fallback_8 "reading=1 read_voice=sv voice_in_use=sv audio_rate=$RATE_ESPEAK"
n=$(voice_lines voice_fallback | wc -l)
[ "$n" = 1 ] && grep -q "^storstil: read aloud: no MBROLA Swedish voice (no mbrola program); espeak-ng's own reads instead$" \
  "$OUT/voice_fallback.err" || fail "voice_fallback: want one line saying MBROLA is missing, got $n: $(cat "$OUT/voice_fallback.err")"
[ "$(field first_ms "$(build/pcmmeasure "$OUT/voice_fallback.raw" $RATE_ESPEAK)")" -ge 0 ] ||
  fail "voice_fallback: the audio file is silent"
rate_ok voice_fallback $RATE_ESPEAK voice_fallback_8
echo "voice_fallback: $(grep -i mbrola "$OUT/voice_fallback.err"); ${last#*: }" | grep -o 'storstil:.*instead\|voice_in_use=[^ ]*\|audio_rate=[^ ]*' | tr '\n' ' '; echo

# 2. MBROLA's voices in the test's own set-up.
# mbrola_setup: downloads and unpacks the packages into $MB once (kept
# between runs); false, after saying why, where that cannot be done.
mbrola_setup() {
  if [ -x "$MB/root/usr/bin/mbrola" ] && [ -s "$MB/root/usr/share/mbrola/en1/en1" ] &&
     [ -s "$MB/root/usr/share/mbrola/sw1/sw1" ] && [ -s "$MB/root/usr/share/mbrola/sw2/sw2" ]; then
    return 0
  fi
  command -v apt-get > /dev/null && command -v dpkg-deb > /dev/null || { echo "no apt-get or dpkg-deb"; return 1; }
  rm -rf "$MB" && mkdir -p "$MB/parts" "$MB/lists/partial" "$MB/cache/archives/partial" "$MB/debs" "$MB/root"
  # The machine's own sources with contrib and non-free for main: deb822
  # files (Debian 12) and one-line lists (Raspberry Pi OS's sources.list).
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && sed 's/^Components:.*/Components: contrib non-free/' "$f" > "$MB/parts/$(basename "$f")"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] && sed -nE 's/^[[:space:]]*(deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+[[:space:]]+[^[:space:]]+)[[:space:]].*/\1 contrib non-free/p' \
      "$f" > "$MB/parts/$(basename "$f")"
  done
  local apt=(-q -o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$MB/parts"
             -o "Dir::State::Lists=$MB/lists" -o "Dir::Cache=$MB/cache")
  apt-get "${apt[@]}" update > "$MB/update.log" 2>&1 && ! grep -q '^[WE]: Failed to fetch' "$MB/update.log" ||
    { echo "apt-get update failed: $(grep -m1 '^[WE]:' "$MB/update.log")"; return 1; }
  (cd "$MB/debs" && apt-get "${apt[@]}" download mbrola mbrola-sw1 mbrola-sw2 mbrola-en1) > "$MB/download.log" 2>&1 ||
    { echo "apt-get download failed: $(grep -m1 -E '^(E|W):' "$MB/download.log")"; return 1; }
  for f in "$MB"/debs/*.deb; do dpkg-deb -x "$f" "$MB/root" || return 1; done
  [ -x "$MB/root/usr/bin/mbrola" ] || { echo "no mbrola program in the packages"; return 1; }
}
# espeak_data NAME DB...: a data folder for ESPEAK_DATA_PATH: the system's
# espeak-ng-data, linked entry by entry, and MBROLA's databases DB in its
# mbrola/ (where espeak-ng looks first).
espeak_data() {
  local d=$MB/data-$1 sys db e; shift
  sys=$(ls -d /usr/lib/*/espeak-ng-data /usr/share/espeak-ng-data 2> /dev/null | head -1)
  rm -rf "$d" && mkdir -p "$d/espeak-ng-data/mbrola"
  for e in "$sys"/*; do ln -s "$e" "$d/espeak-ng-data/"; done
  for db in "$@"; do ln -s "$MB/root/usr/share/mbrola/$db/$db" "$d/espeak-ng-data/mbrola/$db"; done
  echo "$d"
}

if ! why=$(mbrola_setup); then
  echo "read_voice: SKIP the MBROLA part: $why"
  finish; exit
fi
MBPATH=$MB/root/usr/bin:$PATH

# 2a. mb-sw1 reads the Swedish text: its rate, no fallback line, and the
#     band forward through the sentences, never back, never past two at a
#     time, and on each of the first five: MBROLA marks "Åsa Öberg: Hej och
#     välkomna." as one sentence, the plan's 1 and 2, which share its time
#     by their words (speech_plan_sentence_heard), as do 4 and 5.
ESPEAK_DATA_PATH=$(espeak_data all sw1 sw2 en1) PATH=$MBPATH \
  voice_kiosk voice_sw1 tests/e2e/read < <(read_script voice_sw1 24)
expect voice_sw1 voice_sw1_04 "screen=reader reading=1 read_voice=sv voice_in_use=mb-sw1 audio_rate=$RATE_MBROLA"
[ -z "$(voice_lines voice_sw1)" ] || fail "voice_sw1: $(voice_lines voice_sw1)"
rate_ok voice_sw1 $RATE_MBROLA voice_sw1_24
seq=$(sentences voice_sw1)
echo "voice_sw1: the band's sentence every 350 ms: $seq"
prev=0
for s in $seq; do
  [ "$s" -ge "$prev" ] && [ "$s" -le $((prev + 2)) ] || fail "voice_sw1: the band went from sentence $prev to $s ($seq)"
  prev=$s
done
for s in 0 1 2 3 4; do
  case " $seq " in *" $s "*) ;; *) fail "voice_sw1: the band skipped sentence $s ($seq)";; esac
done

# 2b. English: mb-en1.
ESPEAK_DATA_PATH=$(espeak_data all sw1 sw2 en1) PATH=$MBPATH \
  voice_kiosk voice_en1 tests/e2e/read-en <<S
wait 100
tap @card.1
wait 300
key r
wait 1500
shot $OUT/voice_en1.png
S
expect voice_en1 voice_en1 "reading=1 read_voice=en voice_in_use=mb-en1 audio_rate=$RATE_MBROLA"
[ -z "$(voice_lines voice_en1)" ] || fail "voice_en1: $(voice_lines voice_en1)"
rate_ok voice_en1 $RATE_MBROLA voice_en1

# 2c. Without mb-sw1, mb-sw2 reads, with no line: it is MBROLA's Swedish.
ESPEAK_DATA_PATH=$(espeak_data no-sw1 sw2) PATH=$MBPATH \
  voice_kiosk voice_sw2 tests/e2e/read < <(read_script voice_sw2 3)
expect voice_sw2 voice_sw2_3 "reading=1 voice_in_use=mb-sw2 audio_rate=$RATE_MBROLA"
[ -z "$(voice_lines voice_sw2)" ] || fail "voice_sw2: $(voice_lines voice_sw2)"

# 2d. Swedish by mb-sw1, then an English text without mb-en1: one line,
#     espeak-ng's English, the device open again at 22050 Hz.
rm -rf "$OUT/read-both" && mkdir -p "$OUT/read-both" && cp tests/e2e/read/*.txt tests/e2e/read-en/*.txt "$OUT/read-both/"
ESPEAK_DATA_PATH=$(espeak_data no-en1 sw1) PATH=$MBPATH voice_kiosk voice_switch "$OUT/read-both" <<S
wait 100
tap @card.1
wait 300
key r
wait 1500
shot $OUT/voice_switch_a.png
key Escape
wait 300
tap @card.2
wait 300
key r
wait 1500
shot $OUT/voice_switch_b.png
S
a=$(state voice_switch voice_switch_a) b=$(state voice_switch voice_switch_b)
[ "$(field read_voice "$a")/$(field read_voice "$b")" = "sv/en" ] || fail "voice_switch: the texts were not sv then en: ${a#*: } / ${b#*: }"
expect voice_switch voice_switch_a "reading=1 voice_in_use=mb-sw1 audio_rate=$RATE_MBROLA"
expect voice_switch voice_switch_b "reading=1 voice_in_use=en audio_rate=$RATE_ESPEAK"
n=$(voice_lines voice_switch | wc -l)
[ "$n" = 1 ] && grep -q "no MBROLA English voice (no en1 in /usr/share/mbrola); espeak-ng's own reads instead" \
  "$OUT/voice_switch.err" || fail "voice_switch: want one line for the missing en1, got $n: $(cat "$OUT/voice_switch.err")"

finish
