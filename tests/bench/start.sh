#!/usr/bin/env bash
# The start, side by side with Chromium (issue 25): each program starts,
# shows the first page of the same transcript (data/01) at the same size
# (1280x800, storstil's text size 3 and a 36 px Atkinson Hyperlegible page
# in Chromium), saves a picture and exits. storstil is the kiosk's own
# modules in `storstil-bench start` (the shelf drawn first, as the kiosk
# does; no script player, whose commands pass real time before a shot). Five alternating runs each, the
# medians; build/runmem times each run and reads its peak resident memory
# (for Chromium the largest of its processes, as GNU time would; one
# sampled run more gives all its processes' memory together). Without
# Chromium only storstil's figures. Called by tests/bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
B=build/storstil-bench
R=build/runmem
export SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
text=data/01-fou-podden-digitaliseringsstrategi.txt
export STORSTIL_BENCH_SHOT=$tmp/storstil.png
storstil=("$B" start --windowed --size 1280x800 --text-size 3 --config /dev/null --data data)

# The text's body as HTML, headings as headings, in the kiosk's font.
font=$PWD/assets/fonts/AtkinsonHyperlegible-Regular.ttf
awk -v font="$font" 'BEGIN {
    print "<!DOCTYPE html><html lang=sv><meta charset=utf-8><style>"
    print "@font-face{font-family:A;src:url(file://" font ")}"
    print "body{font:36px/1.6 A,sans-serif;margin:64px;background:#000;color:#fff}</style><body>"
  }
  head && /^$/ { head = 0; next }
  NR == 1 { head = 1 }
  head || /^$/ { next }
  { gsub(/&/, "\\&amp;"); gsub(/</, "\\&lt;") }
  /^## / { print "<h2>" substr($0, 4) "</h2>"; next }
  /^# / { print "<h1>" substr($0, 3) "</h1>"; next }
  { print "<p>" $0 "</p>" }
  END { print "</body></html>" }' "$text" > "$tmp/text.html"
chromium=$(command -v chromium || command -v chromium-browser || true)
browser=("$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,800
         --screenshot="$tmp/chromium.png" "file://$tmp/text.html")

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
field() { awk -v k="$1" '{for (i = 1; i < NF; i++) if ($i == k) print $(i+1)}'; }

for _ in 1 2 3 4 5; do
  "$R" "${storstil[@]}" >> "$tmp/storstil.runs"
  [ -z "$chromium" ] || "$R" "${browser[@]}" >> "$tmp/chromium.runs" || true
done
[ -s "$tmp/storstil.png" ] || { echo "start: storstil saved no picture"; exit 1; }
s_time=$(field wall_s < "$tmp/storstil.runs" | median)
s_mem=$(field maxrss_mib < "$tmp/storstil.runs" | median)
echo "## start to the first page, 1280x800, side by side"
echo "start_to_first_page_s: $s_time s  # storstil: start, first page of data/01, picture saved, exit; median of 5"
echo "start_rss_mib: $s_mem MiB  # its peak resident memory, median of 5"
if [ -z "$chromium" ]; then echo "# no Chromium here: make deps-bench installs it"; exit 0; fi
[ -s "$tmp/chromium.png" ] || { echo "start: Chromium saved no picture"; exit 1; }
c_time=$(field wall_s < "$tmp/chromium.runs" | median)
c_mem=$(field maxrss_mib < "$tmp/chromium.runs" | median)
c_pss=$("$R" --sample "${browser[@]}" | field tree_pss_mib)
echo "chromium_start_to_first_page_s: $c_time s  # $("$chromium" --version 2> /dev/null | head -1), headless, the same text and size, screenshot; median of 5"
echo "chromium_start_rss_mib: $c_mem MiB  # its largest process's peak, median of 5 (all its processes together: $c_pss MiB proportional set)"
awk -v s="$s_time" -v c="$c_time" 'BEGIN {printf "start_faster_than_chromium: %.1f x\n", c / s}'
awk -v s="$s_mem" -v c="$c_mem" 'BEGIN {printf "start_smaller_than_chromium: %.1f x  # largest process against storstil\n", c / s}'
