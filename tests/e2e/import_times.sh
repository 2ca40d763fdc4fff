#!/usr/bin/env bash
# storstil-import keeps a timed transcript's times (README, "The text
# format"): the same four cues, with times known here, written in the test as
# WebVTT, SRT, SBV, Podcasting 2.0 JSON and HTML, each import with
# `timed: yes` and one stamp at each cue's start before that cue's first
# word, the words unchanged; `storstil --check` is clean on them and counts
# their parts; `--dump-pages` shows no stamp; importing the text again keeps
# its stamps. A hand-written timed text with a broken and a backward stamp
# gets both reported; an untimed text's braces stay text.
. "$(dirname "$0")/lib.bash"
IMPORTER=${IMPORTER:-build/storstil-import}
CHECK=${CHECK:-build/storstil}
W=$OUT/import-times
rm -rf "$W"
mkdir -p "$W/data"

# The cues: start in ms, then the words; each lasts two seconds. The pause
# before the third starts a paragraph (where the format gives cues an end);
# the others go on in one.
STARTS=(1000 3500 9000 10500)
WORDS=("Hej och välkomna till podden." "Idag pratar vi om trygghetslarm." "Efter en lång paus kommer mer."
       "Och så slutar vi.")
WANT_STAMPS="{0:00:01.000} {0:00:03.500} {0:00:09.000} {0:00:10.500}"

# hms MS SEP: MS as HH:MM:SS<SEP>mmm.
hms() { printf '%02d:%02d:%02d%s%03d' $(($1 / 3600000)) $(($1 / 60000 % 60)) $(($1 / 1000 % 60)) "$2" $(($1 % 1000)); }
# secs MS: MS as seconds with a fraction (JSON).
secs() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

{
  printf 'WEBVTT\n\n'
  for i in 0 1 2 3; do
    printf '%s --> %s\n<v Eva Sahlén>%s\n\n' "$(hms "${STARTS[i]}" .)" "$(hms $((STARTS[i] + 2000)) .)" "${WORDS[i]}"
  done
} > "$W/t.vtt"
for i in 0 1 2 3; do
  printf '%d\n%s --> %s\n%s\n\n' $((i + 1)) "$(hms "${STARTS[i]}" ,)" "$(hms $((STARTS[i] + 2000)) ,)" "${WORDS[i]}"
done > "$W/t.srt"
for i in 0 1 2 3; do
  printf '%s,%s\n%s\n\n' "$(hms "${STARTS[i]}" .)" "$(hms $((STARTS[i] + 2000)) .)" "${WORDS[i]}"
done > "$W/t.sbv"
{
  printf '{"version": "1.0.0", "segments": [\n'
  for i in 0 1 2 3; do
    [ "$i" = 0 ] || printf ',\n'
    printf '{"speaker": "Eva Sahlén", "startTime": %s, "endTime": %s, "body": "%s"}' \
      "$(secs "${STARTS[i]}")" "$(secs $((STARTS[i] + 2000)))" "${WORDS[i]}"
  done
  printf '\n]}\n'
} > "$W/t.json"
{
  printf '<html><body>\n<cite>Eva Sahlén:</cite>\n'
  for i in 0 1 2 3; do printf '<time>%s</time>\n<p>%s</p>\n' "$(hms "${STARTS[i]}" .)" "${WORDS[i]}"; done
  printf '</body></html>\n'
} > "$W/t.html"

# check_out NAME FILE: storstil --check on FILE alone; its output in $CHECK_OUT.
check_out() {
  rm -f "$W/data"/*.txt
  cp "$2" "$W/data/t.txt"
  CHECK_OUT=$(timeout 60 "$CHECK" --config /dev/null --check --data "$W/data" 2>&1)
}

n=0
for src in "$W"/t.vtt "$W"/t.srt "$W"/t.sbv "$W"/t.json "$W"/t.html; do
  f=${src##*/}
  out=$W/$f.txt
  if ! "$IMPORTER" "$src" -o "$out" 2> "$W/$f.err"; then
    fail "$f: the importer failed: $(cat "$W/$f.err")"; continue
  fi
  sed '/^$/q' "$out" | grep -qx 'timed: yes' || fail "$f: no \"timed: yes\" in the header: $(head -8 "$out")"
  stamps=$(sed '1,/^$/d' "$out" | grep -o '{[0-9]*:[0-9][0-9]:[0-9][0-9]\.[0-9][0-9][0-9]}' | tr '\n' ' ')
  [ "$stamps" = "$WANT_STAMPS " ] || fail "$f: stamps \"$stamps\", wanted \"$WANT_STAMPS\""
  for i in 0 1 2 3; do
    stamp=$(echo "$WANT_STAMPS" | cut -d' ' -f$((i + 1)))
    first=${WORDS[i]%% *}
    grep -Eq "(^|[^:]) ?${stamp//./\\.} (Eva Sahlén: )?$first " "$out" ||
      fail "$f: $stamp does not stand before \"$first\": $(sed '1,/^$/d' "$out")"
  done
  words=$(sed '1,/^$/d; s/{[0-9]*:[0-9][0-9]:[0-9][0-9]\.[0-9][0-9][0-9]} //g; s/^Eva Sahlén: //' "$out" | tr -s ' \n' '\n\n' | sed '/^$/d')
  want=$(printf '%s\n' "${WORDS[@]}" | tr -s ' \n' '\n\n')
  [ "$words" = "$want" ] || fail "$f: the words differ: $(diff <(echo "$want") <(echo "$words") | head -6)"
  pars=2 # HTML's cues have no end, so no pause between them: one paragraph
  [ "$f" = t.html ] && pars=1
  [ "$(sed '1,/^$/d' "$out" | grep -c .)" = "$pars" ] || fail "$f: not $pars paragraphs: $(sed '1,/^$/d' "$out")"
  check_out "$f" "$out" || fail "$f: storstil --check refused it: $CHECK_OUT"
  grep -q '^t\.txt:[0-9]' <<< "$CHECK_OUT" && fail "$f: storstil --check reported a problem: $CHECK_OUT"
  grep -qx 't.txt: 4 timed parts, from {0:00:01.000} to {0:00:10.500}' <<< "$CHECK_OUT" ||
    fail "$f: --check does not count the parts: $CHECK_OUT"
  pages=$(timeout 60 "$CHECK" --config /dev/null --dump-pages "$out" 2>&1)
  grep -q '[{}]' <<< "$pages" && fail "$f: the pages show a stamp: $pages"
  grep -q "^Hej och välkomna till podden. Idag" <<< "$pages" || fail "$f: the pages lost the words: $pages"
  "$IMPORTER" "$out" -o "$W/$f.again.txt" 2> /dev/null || fail "$f: importing the text again failed"
  cmp -s "$out" "$W/$f.again.txt" || fail "$f: importing the text again changed it: $(diff "$out" "$W/$f.again.txt" | head -6)"
  n=$((n + 1))
done

# A hand-written timed text: a broken stamp and a backward one are reported
# with their lines, and --check fails; the text still shows.
printf 'title: Handskriven\ntimed: yes\n\n{0:00:05.000} Hej {1:2:3} du.\n{0:00:01.000} Tillbaka.\n' > "$W/hand.txt"
check_out hand "$W/hand.txt" && fail "hand: --check passed a text with broken stamps: $CHECK_OUT"
grep -qx 't.txt:4: time stamp "{1:2:3}" is not {H:MM:SS.mmm} (minutes and seconds under 60); left out' <<< "$CHECK_OUT" ||
  fail "hand: the broken stamp was not reported: $CHECK_OUT"
grep -qx 't.txt:5: time {0:00:01.000} is earlier than the one before it, {0:00:05.000}; dropped' <<< "$CHECK_OUT" ||
  fail "hand: the backward stamp was not reported: $CHECK_OUT"
grep -qx 't.txt: "Handskriven", 1 page' <<< "$CHECK_OUT" || fail "hand: the text was not laid out: $CHECK_OUT"
printf 'title: Fel\ntimed: ja\n\nHej.\n' > "$W/bad-key.txt"
check_out bad-key "$W/bad-key.txt" && fail "bad-key: --check passed \"timed: ja\""
grep -qx 't.txt:2: timed should be "yes" or "no"; read as no' <<< "$CHECK_OUT" || fail "bad-key: $CHECK_OUT"

# Untimed: a raw text's braces stay text and no timed key is written; the
# bundled texts have none.
printf 'Rubrik\n\nKlockan {0:00:01.000} var det dags.\n' > "$W/raw.txt"
"$IMPORTER" "$W/raw.txt" -o "$W/raw.out.txt" 2> /dev/null || fail "raw: the importer failed"
grep -q '^timed:' "$W/raw.out.txt" && fail "raw: an untimed text got a timed key"
grep -qF 'Klockan {0:00:01.000} var det dags.' "$W/raw.out.txt" || fail "raw: the braces changed: $(cat "$W/raw.out.txt")"
check_out raw "$W/raw.out.txt" || fail "raw: --check refused it: $CHECK_OUT"
grep -q 'timed' <<< "$CHECK_OUT" && fail "raw: --check speaks of times: $CHECK_OUT"
grep -l '^timed:' data/*.txt && fail "a bundled text is timed"

echo "import_times: $n timed formats keep their times; broken stamps reported"
finish
