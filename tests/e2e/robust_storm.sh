#!/usr/bin/env bash
# Touch storm: 100,000 random events from a fixed seed (several fingers at
# once, ups without downs, coordinates off the screen, every key the kiosk
# knows and some it does not) through SDL's queue into the sanitized kiosk.
# It must run to the end without a crash, keep the page index valid at every
# look, and never turn pages faster than the 250 ms limit (about 4 a second;
# a turn is seen when its frame is drawn, so up to one 16 ms frame late).
. "$(dirname "$0")/lib.bash"
EVENTS=${STORM_EVENTS:-100000}
awk -v n="$EVENTS" -v out="$OUT" 'BEGIN {
  srand(20261123)
  split("Right Left Up Down PageUp PageDown Space Return Escape Home + - t F4 x 5", keys, " ")
  for (i = 1; i <= n; i++) {
    r = rand()
    f = 1 + int(rand() * 5)
    x = int(rand() * 1680) - 200; y = int(rand() * 1200) - 200
    if (r < 0.30)      printf "down %d %d %d\n", f, x, y
    else if (r < 0.55) printf "move %d %d %d\n", f, x, y
    else if (r < 0.85) printf "up %d %d %d\n", f, x, y
    else if (r < 0.93) printf "key %s\n", keys[1 + int(rand() * 16)]
    else if (r < 0.99) printf "tap %d %d\n", int(rand() * 1280), int(rand() * 800)
    else               printf "skip %d\n", int(rand() * 3000)
    if (i % 5000 == 0) printf "shot %s/storm_%d.png\n", out, i
  }
}' > "$OUT/storm.in"
start=$(date +%s)
# About 350 s on an idle machine; the limit catches a hang, not a busy one.
KIOSK_TIMEOUT=1500 kiosk storm 1280x800 --data data < "$OUT/storm.in"
echo "storm: $EVENTS events in $(( $(date +%s) - start )) s"
shots=$(grep -c '^shot' "$OUT/storm.log" || true)
[ "$shots" = $((EVENTS / 5000)) ] || fail "storm: $shots of $((EVENTS / 5000)) shots happened (did the kiosk stop early?)"
# Every look: the page is within the text.
awk '/^shot / { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
       if (v["page"] < 1 || v["page"] > v["pages"]) { print "bad page: " $0; bad = 1 } }
     END { exit bad }' "$OUT/storm.log" || fail "storm: a page index out of range"
last=$(grep "^shot " "$OUT/storm.log" | tail -1)
gap=$(echo "$last" | sed -n 's/.*min_turn_gap_ms=\(-*[0-9]*\).*/\1/p')
turns=$(echo "$last" | sed -n 's/.* turns=\([0-9]*\).*/\1/p')
echo "storm: $turns page turns, shortest gap between two: $gap ms"
[ "${turns:-0}" -gt 10 ] || fail "storm: only ${turns:-0} page turns; the storm did not reach the reader"
# Turns are seen when drawn, at most one 16 ms frame late: 250 - 16.
[ "${gap:--1}" -ge 234 ] || fail "storm: two turns $gap ms apart, faster than about 4 a second"
finish
