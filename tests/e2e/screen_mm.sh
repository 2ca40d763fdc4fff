#!/usr/bin/env bash
# Large print in millimetres, measured from the pixels. The 7" Touch Display
# (800x480 on 154x86 mm, --screen-size-mm): every control in the reader's
# bar and its "Text och ljud" panel is at least 15 mm each way at text sizes
# 3 and 5 (the Touch Display 2 too; the labels: label_mm.sh), and a line of "x" at
# size 3 is at least 3.5 mm high. A real X window on an 800x480 Xvfb at 132
# dpi finds the size with no flag, and the staff's Info screen shows it.
# A size out of range costs one warning and is not used.
. "$(dirname "$0")/lib.bash"
ppm=$(awk 'BEGIN { printf "%.4f", (800 / 154 + 480 / 86) / 2 }')
mm() { awk -v p="$1" -v k="$ppm" 'BEGIN { printf "%.1f", p / k }'; }
atleast() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }

# controls_mm RUN SHOT PPM: every control of the shot (its rectangle from the
# kiosk's controls line) measured from the pixels: from a point just inside
# its top-left corner to where the background beside it starts, along the
# row and the column (build/pngmeasure box); at least 15 mm each way.
controls_mm() {
  local line n=0
  line=$(grep "^controls $OUT/$2.png:" "$OUT/$1.log" | tail -1)
  for c in ${line#*: }; do
    local name=${c%%=*} x y w h mw mh
    case $name in @zone.*|@corner) continue;; esac
    IFS=, read -r x y w h <<< "${c#*=}"
    read -r w h < <(build/pngmeasure box "$OUT/$2.png" $((x + 4)) $((y + 4)) $((x - 4)) $((y + 4)))
    mw=$(awk -v p="$w" -v k="$3" 'BEGIN { printf "%.1f", p / k }'); mh=$(awk -v p="$h" -v k="$3" 'BEGIN { printf "%.1f", p / k }')
    echo "$2 $name: ${w}x${h} px = $mw x $mh mm"
    atleast "$mw" 15 && atleast "$mh" 15 || fail "$2: $name is $mw x $mh mm"
    n=$((n + 1))
  done
  [ "$n" -ge "${4:-4}" ] || fail "$2: only $n controls measured"
}

# The reader's one row at text sizes 3 and 5 (◀, Alla texter, Läs upp,
# Text och ljud, ▶), and the panel's A-, A+, Saktare and Fortare.
kiosk pi7 800x480 --data "$FIXTURES" --screen-size-mm 154x86 <<S
tap @card.1
wait 100
key Right
wait 300
shot $OUT/mm_size3.png
key +
wait 200
key +
wait 200
shot $OUT/mm_size5.png
tap @panel
wait 200
shot $OUT/mm_panel.png
S
expect pi7 mm_size3 "screen=reader text_size=3 panel_mm=154x86 size_from=config"
controls_mm pi7 mm_size3 "$ppm" 5
controls_mm pi7 mm_size5 "$ppm" 5
controls_mm pi7 mm_panel "$ppm" 9

# A text with a contents list (the fixture report, two headings): Innehåll
# in the panel, each control still 15 mm each way.
kiosk pi7c 800x480 --data "$FIXTURES" --screen-size-mm 154x86 <<S
key Down
key Return
wait 300
shot $OUT/mm_contents.png
tap @panel
wait 200
shot $OUT/mm_contents_panel.png
S
expect pi7c mm_contents "screen=reader doc=1 contents=2"
controls_mm pi7c mm_contents "$ppm" 5
controls_mm pi7c mm_contents_panel "$ppm" 10

# The Touch Display 2 upright (720x1280 on 88x155 mm): Alla texter and Text
# och ljud under the title's slim line, ◀ Förra, Läs upp and Nästa ▶ at the
# foot.
ppm2=$(awk 'BEGIN { printf "%.4f", (720 / 88 + 1280 / 155) / 2 }')
kiosk touch2 720x1280 --data "$FIXTURES" --screen-size-mm 88x155 <<S
tap @card.1
wait 100
key Right
wait 300
shot $OUT/mm_touch2.png
S
controls_mm touch2 mm_touch2 "$ppm2" 5

# The x-height: a page of nothing but x's; the rows with ink are x-high.
xdir=$OUT/mm-x
mkdir -p "$xdir"
{ printf 'title: x\n\n'; for _ in 1 2 3; do printf 'xxxx xxxx xxxx xxxx xxxx xxxx\n'; done; } > "$xdir/x.txt"
kiosk pi7x 800x480 --data "$xdir" --screen-size-mm 154x86 <<S
tap @card.1
wait 100
shot $OUT/mm_x.png
S
xh=$(build/pngmeasure ink "$OUT/mm_x.png" 30 60 770 120)
echo "x-height at size 3: $xh px = $(mm "$xh") mm"
atleast "$(mm "$xh")" 3.5 || fail "x-height at size 3 is $(mm "$xh") mm, under 3.5"

# A size out of range: one warning, and the size stays unknown.
printf 'quit\n' > "$OUT/mm-quit.script"
"$KIOSK" --windowed --size 800x480 --config /dev/null --data "$FIXTURES" --screen-size-mm 10x10 \
  --script "$OUT/mm-quit.script" > /dev/null 2> "$OUT/mm-bad.err" || fail "bad size: the kiosk failed"
[ "$(grep -c 'screen_size_mm' "$OUT/mm-bad.err")" = 1 ] || fail "bad size: wanted one warning: $(cat "$OUT/mm-bad.err")"

# A real window: Xvfb at the panel's resolution and 132 dpi, no flag.
if command -v Xvfb > /dev/null; then
  tmp=$(mktemp -d)
  Xvfb -displayfd 3 -screen 0 800x480x24 -dpi 132 3> "$tmp/display" > /dev/null 2>&1 & xvfb=$!
  trap 'kill $xvfb 2> /dev/null; rm -rf "$tmp"' EXIT
  for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
  printf 'staff_pin = 1234\n' > "$OUT/mm-pin.conf"
  # The staff corner held at a position (top left, as staff are told), Info by name.
  printf 'hold 30 30 5200\nwait 300\nkey 1\nkey 2\nkey 3\nkey 4\nkey Return\nwait 300\ntap @menu.info\nwait 300\nshot %s\n' \
    "$OUT/mm_info_xvfb.png" > "$OUT/mm-info.script"
  # The release build: under X11, SDL's D-Bus helper leaves a block that
  # LeakSanitizer would count (libdbus, not storstil; offscreen runs have none).
  DISPLAY=:$(head -1 "$tmp/display") SDL_VIDEODRIVER=x11 timeout 120 build/storstil --config "$OUT/mm-pin.conf" \
    --data "$FIXTURES" --script "$OUT/mm-info.script" > "$OUT/mm-xvfb.log" 2> "$OUT/mm-xvfb.err" ||
    fail "xvfb: the kiosk failed: $(tail -3 "$OUT/mm-xvfb.err")"
  expect mm-xvfb mm_info_xvfb "screen=staff-info panel_mm=154x92 size_from=display"
else
  echo "skip xvfb: no Xvfb"
fi
finish
