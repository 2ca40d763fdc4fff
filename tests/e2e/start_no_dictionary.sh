#!/usr/bin/env bash
# The kiosk opens no spelling dictionary (issue 25): hyphenation was settled
# when the texts were imported (README, "The text format"), so starting,
# showing the shelf and opening the bundled texts reads the hyphenation
# patterns and the texts but no hunspell file. Run under
# `strace -f -e trace=openat`; the patterns must be among the files opened,
# so the trace covers a layout that hyphenated. STORSTIL=path overrides the
# kiosk binary.
. "$(dirname "$0")/lib.bash"
trace=$OUT/start_no_dictionary.strace
rm -f "$trace"
{
  echo "wait 300"
  echo "tap @card.1"; echo "wait 300"; echo "shot $OUT/nodict_first.png"
  echo "key Escape"; echo "wait 300"
  printf '%s\n' "$OPEN_FIFTH"; echo "wait 300"; echo "shot $OUT/nodict_fifth.png"
  echo "quit"
} > "$OUT/start_no_dictionary.script"
strace -f -qq -e trace=openat -o "$trace" "${STORSTIL:-build/storstil}" --windowed --size 1280x800 --config /dev/null \
  --data data --script "$OUT/start_no_dictionary.script" > "$OUT/start_no_dictionary.log" \
  2> "$OUT/start_no_dictionary.err" || fail "the kiosk under strace: $(tail -3 "$OUT/start_no_dictionary.err")"
grep -q 'screen=reader' "$OUT/start_no_dictionary.log" || fail "no text was opened: $(head -c 300 "$OUT/start_no_dictionary.log")"
grep -q 'hyph_sv_SE\.dic' "$trace" || fail "the hyphenation patterns were not opened: the trace covers no layout"
grep -q 'data/05-' "$trace" || fail "the fifth text was not read"
spelling=$(grep -E 'hunspell|myspell|\.aff"' "$trace" | head -5)
if [ -n "$spelling" ]; then fail "the kiosk opened a spelling dictionary: $spelling"
else echo "start_no_dictionary: $(grep -c 'openat(' "$trace") files opened, none of them hunspell's"; fi
finish
