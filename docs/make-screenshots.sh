#!/usr/bin/env bash
# Makes the README's screenshots with the real kiosk, headless, on the
# bundled texts: `make screenshots`. Look at them before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
export SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy XDG_CONFIG_HOME=/nonexistent
out=docs/screenshots
script=$(mktemp)
trap 'rm -f "$script"' EXIT
cat > "$script" <<S
wait 100
shot $out/shelf.png
tap @card.2
wait 300
shot $out/reader-hint.png
key Right
wait 300
key Right
wait 300
shot $out/reader.png
key +
wait 300
shot $out/reader-larger.png
key -
wait 300
key r
wait 4500
shot $out/reader-reading.png
S
build/storstil --stats off --windowed --size 1280x800 --config /dev/null --data data --script "$script" > /dev/null
cat > "$script" <<S
tap @card.2
wait 300
key Right
wait 300
shot $out/reader-light.png
S
build/storstil --stats off --windowed --size 1280x800 --config /dev/null --data data --theme light --script "$script" > /dev/null
# The Pi's 7" Touch Display (800x480, 154x86 mm) at text sizes 3 and 5, and
# its "Text och ljud" panel while reading; the Touch Display 2 upright
# (720x1280, 88x155 mm): sizes in millimetres.
cat > "$script" <<S
tap @card.1
wait 300
key Right
wait 300
shot $out/pi7-size3.png
key +
wait 300
key +
wait 300
shot $out/pi7-size5.png
key r
wait 1500
tap @panel
wait 300
shot $out/pi7-panel.png
S
build/storstil --stats off --windowed --size 800x480 --screen-size-mm 154x86 --config /dev/null --data data --script "$script" > /dev/null
cat > "$script" <<S
tap @card.1
wait 300
key Right
wait 300
shot $out/pi-touch2-size3.png
S
build/storstil --stats off --windowed --size 720x1280 --screen-size-mm 88x155 --config /dev/null --data data --script "$script" > /dev/null
# The attract screen of a fair stand (1920x1080, 3 s into its first quote)
# and the long report's contents list (1280x800).
cat > "$script" <<S
skip 93000
shot $out/attract.png
S
build/storstil --stats off --windowed --size 1920x1080 --config /dev/null --data data --script "$script" > /dev/null
cat > "$script" <<S
key Down
key Down
key Down
key Down
key Return
wait 300
tap @contents
wait 300
shot $out/contents.png
S
build/storstil --stats off --windowed --size 1280x800 --config /dev/null --data data --script "$script" > /dev/null
# Info with the use counts: a day of three visits (yesterday, on the
# script's clock), its files from storstil-stats, then today a visit and
# the staff's Info screen (1280x800).
stats=$(mktemp -d)
trap 'rm -f "$script"; rm -rf "$stats"' EXIT
day=$(date -d yesterday +%F)
cat > "$script" <<S
clock ${day}T10:20
tap @card.1
skip 90000
tap @next
skip 90000
tap @next
tap @all-texts
skip 130000
clock ${day}T14:05
tap @card.2
skip 60000
tap @next
skip 60000
tap @next
tap @all-texts
skip 130000
clock ${day}T15:40
tap @card.3
tap @bigger
skip 100000
tap @next
skip 100000
tap @all-texts
skip 130000
S
build/storstil --windowed --size 1280x800 --config /dev/null --data data --attract-seconds 0 --script "$script" \
  > /dev/null 2> "$stats/log" || { cat "$stats/log"; exit 1; }
build/storstil-stats "$stats/log" --out "$stats" 2> /dev/null
printf 'staff_pin = 1234\nstats_dir = %s\nattract_seconds = 0\n' "$stats" > "$stats/conf"
cat > "$script" <<S
tap @card.1
tap @next
tap @all-texts
hold @corner 5500
tap @pin.1
tap @pin.2
tap @pin.3
tap @pin.4
tap @pin.ok
tap @menu.info
wait 300
shot $out/info-use.png
S
build/storstil --windowed --size 1280x800 --config "$stats/conf" --data data --script "$script" > /dev/null 2> "$stats/info.err" || { cat "$stats/info.err"; exit 1; }
echo "screenshots in $out"
