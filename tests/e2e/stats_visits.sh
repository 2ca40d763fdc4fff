#!/usr/bin/env bash
# Use counts end to end (README "Use counts"): three scripted visits on the
# script's clock, the kiosk's stats lines read by storstil-stats, and the
# daily files checked cell by cell, with Python's csv module reading them as
# a spreadsheet would (";" between fields, a byte-order mark). The visits:
#  10:20 open the first text, 5 pages a minute apart, A+, Läs upp, Alla
#        texter, the idle reset (visit 1: about 5 minutes);
#  11:20 open the second text, 2 pages a minute apart, Alla texter, reset;
#  12:05 the first text opened and left twice, reset (its third opening).
# Also: the log holds the documented events only, a truncated and a damaged
# line are named and the rest counted, and stats = off logs nothing.
. "$(dirname "$0")/lib.bash"
export TZ=Europe/Stockholm
STATS=build/storstil-stats

visits() {
  echo "clock 2026-12-01T10:20"; echo "wait 300"
  echo "tap @card.1"; echo "wait 300"
  for i in 1 2 3 4 5; do echo "skip 60000"; echo "tap @next"; echo "wait 300"; done
  echo "tap @bigger"; echo "wait 300"; echo "tap @read"; echo "wait 1500"
  echo "tap @all-texts"; echo "wait 300"; echo "skip 130000"; echo "wait 300"
  echo "clock 2026-12-01T11:20"
  echo "tap @card.2"; echo "wait 300"
  for i in 1 2; do echo "skip 60000"; echo "tap @next"; echo "wait 300"; done
  echo "tap @all-texts"; echo "wait 300"; echo "skip 130000"; echo "wait 300"
  echo "clock 2026-12-01T12:05"
  for i in 1 2; do echo "tap @card.1"; echo "wait 300"; echo "tap @all-texts"; echo "wait 300"; done
  echo "skip 130000"; echo "wait 300"
  echo "shot $OUT/stats_end.png"
}

visits | kiosk stats_on 1280x800 --data data --attract-seconds 0 --stats on
visits | kiosk stats_off 1280x800 --data data --attract-seconds 0 --stats off
expect stats_on stats_end "screen=shelf"

# The log: only documented events, and exactly the script's (the seconds
# lines aside: a text left within its second gives none).
grep -o 'storstil: stats [a-z]*' "$OUT/stats_on.err" | grep -v ' seconds$' | sort | uniq -c |
  awk '{print $4, $1}' > "$OUT/stats_events"
printf 'open 4\npage 7\nread 1\nsize 1\nvisit 3\n' > "$OUT/stats_events_want"
diff -u "$OUT/stats_events_want" "$OUT/stats_events" > /dev/null ||
  fail "stats events: $(diff "$OUT/stats_events_want" "$OUT/stats_events" | tr '\n' ' ')"
grep -q 'storstil: stats' "$OUT/stats_off.err" && fail "stats = off still logged counts"

dir=$OUT/stats_files; rm -rf "$dir"
if ! "$STATS" "$OUT/stats_on.err" --out "$dir" 2> "$OUT/stats_run.err"; then
  fail "storstil-stats failed: $(cat "$OUT/stats_run.err")"
fi
title=$(sed -n 's/.*storstil: stats open 2026-12-01T10 text=//p' "$OUT/stats_on.err" | head -1)
python3 - "$dir" "$title" <<'PY' || fail "the daily files do not hold the script's counts"
import csv, sys
d, title = sys.argv[1], sys.argv[2]
def rows(name):
    with open(f"{d}/{name}", encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))
hours = rows("anvandning-2026-12-01.csv")
texts = rows("texter-2026-12-01.csv")
want_hours = [
    ["datum", "timme", "besök", "texter_öppnade", "sidor_vända", "uppläsningar", "textstorlek_ändrad", "minuter_i_bruk"],
    ["2026-12-01", "10", "1", "1", "5", "1", "1", "5"],
    ["2026-12-01", "11", "1", "1", "2", "0", "0", "2"],
    ["2026-12-01", "12", "1", "2", "0", "0", "0", "0"],
]
want_texts = [
    ["datum", "text", "öppnad", "sidor_vända", "minuter"],
    ["2026-12-01", title, "3", "5", "5"],
    ["2026-12-01", "Övriga texter (öppnade färre än 3 gånger)", "1", "2", "2"],
]
ok = True
for name, got, want in (("hours", hours, want_hours), ("texts", texts, want_texts)):
    if got != want:
        print(f"{name}: got {got}\n want {want}")
        ok = False
sys.exit(0 if ok else 1)
PY

# A damaged log: a line cut off, one with an unknown event; the rest counts.
{ head -3 "$OUT/stats_on.err"; echo "storstil: stats jump 2026-12-01T10";
  sed -n '4,$p' "$OUT/stats_on.err"; printf 'storstil: stats page 2026-12-0'; } > "$OUT/stats_damaged.log"
dir2=$OUT/stats_damaged; rm -rf "$dir2"
if "$STATS" "$OUT/stats_damaged.log" --out "$dir2" 2> "$OUT/stats_damaged.err"; then
  fail "storstil-stats passed a damaged log without a word"
fi
grep -q 'stats_damaged.log:[0-9]*: an unknown event' "$OUT/stats_damaged.err" || fail "the unknown event was not named"
grep -q 'stats_damaged.log:[0-9]*: no hour' "$OUT/stats_damaged.err" || fail "the cut line was not named"
cmp -s "$dir/anvandning-2026-12-01.csv" "$dir2/anvandning-2026-12-01.csv" ||
  fail "the damaged log's good lines were not all counted"

# --summary over the day.
"$STATS" --summary 2026-11-30 2026-12-02 --out "$dir" > "$OUT/stats_summary" 2>&1
grep -qx 'besök 3' "$OUT/stats_summary" && grep -qx 'sidor_vända 7' "$OUT/stats_summary" ||
  fail "summary: $(tr '\n' ' ' < "$OUT/stats_summary")"
finish
