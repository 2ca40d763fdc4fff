#!/usr/bin/env bash
# The ligature repair on texts it has never seen: tests/tools/ligature_damage.py
# damages a clean text as a ligature-losing PDF extraction does ("tt" to
# "t", "ti", "ft", "tf", "tti", "ttf" to U+FFFD, in capitals too; "X-y" to
# "X- y" every other time; lines wrapped), storstil-import repairs it with
# the library's clean texts as --freq, and the words are scored against the
# truth:
#  - tests/import/unseen/helpdesk.truth, a library help desk's call written
#    for this test (never in data/), with a "VARNING:" line, against all of
#    data/;
#  - bundled text 001 (data/sources/001_*), against data/ without its own
#    clean text (data/02).
# Each must get at least 99% of its damaged words back, change no undamaged
# word, and have its speakers and turns. A third, shorter text written for
# the test (tests/import/unseen/hemtjanst.truth, a home-care call) holds it
# to 98%: of its 74 damaged words one is undecidable by design ("det är
# gråt med en röd knapp": "gråt" and "grått" are both words, and nothing
# around them tells), and is listed for staff. A fourth, a seniors' meeting
# on transport service and alarms (fardtjanst.truth, 503 words), was
# written by another hand after the repair was done, as a check on it:
# 68 of 68 (the repair before: 67, "e- legitimation" left apart).
. "$(dirname "$0")/lib.bash"
IMPORTER=${IMPORTER:-build/storstil-import}
DAMAGE=tests/tools/ligature_damage.py
W=$OUT/import-unseen
rm -rf "$W" && mkdir -p "$W"

# unseen NAME TRUTH SPEAKERS TURNS MIN [IMPORTER ARGS...]
unseen() {
  local name=$1 truth=$2 speakers=$3 turns=$4 min=$5
  shift 5
  python3 "$DAMAGE" damage "$truth" > "$W/$name.txt" || { fail "$name: could not damage $truth"; return; }
  grep -q $'\xef\xbf\xbd' "$W/$name.txt" || fail "$name: the damaged text has no U+FFFD"
  "$IMPORTER" "$W/$name.txt" -o "$W/$name.out" "$@" 2> "$W/$name.err" || { fail "$name: import failed: $(cat "$W/$name.err")"; return; }
  local got
  got=$(sed -n '/^$/q; s/^speakers: //p' "$W/$name.out")
  [ "$got" = "$speakers" ] || fail "$name: speakers '$got', want '$speakers'"
  got=$(awk -v s="$speakers" 'BEGIN { n = split(s, S, ", ") } h == 0 { if ($0 == "") h = 1; next }
        { for (k = 1; k <= n; k++) if (index($0, S[k] ": ") == 1) { c++; break } } END { print c + 0 }' "$W/$name.out")
  [ "$got" = "$turns" ] || fail "$name: $got turns, want $turns"
  local score
  score=$(python3 "$DAMAGE" score "$truth" "$W/$name.out" --min "$min") || fail "$name: under ${min}% or an undamaged word changed: $score"
  echo "import_unseen: $name: $score"
  grep 'check "' "$W/$name.err" | sed "s|^|import_unseen: $name: listed: |"
}

library=(data/0[1-5]-*.txt)
freq=()
for f in "${library[@]}"; do freq+=(--freq "$f"); done
unseen helpdesk tests/import/unseen/helpdesk.truth "Maja Lindqvist, Göran Ekström" 57 99 "${freq[@]}"
unseen hemtjanst tests/import/unseen/hemtjanst.truth "Karin Holm, Elsa Berggren" 28 98 "${freq[@]}"
unseen fardtjanst tests/import/unseen/fardtjanst.truth "Lotta Sjöberg, Bertil Nyström" 15 99 "${freq[@]}"

freq=()
for f in "${library[@]}"; do [ "$f" = data/02-valfardsteknik-digital-omstallning.txt ] || freq+=(--freq "$f"); done
unseen bundled-001 data/sources/001_bf488d36ba651aa3.txt \
  "Staffan Isling, Eva Sahlén, Annika Wallenskog, Presentatör 1, Presentatör 2" 106 99 "${freq[@]}"
finish
