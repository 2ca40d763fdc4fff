#!/usr/bin/env bash
# Words on the controls stay readable: every control's label measured from
# the pixels (build/pngmeasure xheight) on the known screens, the 7" Touch
# Display (800x480 on 154x86 mm), the Touch Display 2 upright (720x1280 on
# 88x155 mm), a 10.1" panel (1280x800 on 217x136 mm), a 15.6" 1080p monitor
# (1920x1080 on 344x194 mm) and the 7" panel turned 90°: each label's
# x-height at least STYLE_LABEL_X_HEIGHT_MIN_MM (2.5 mm), and the labels of
# one row within a pixel of one size; reading and not reading, with the
# "Text och ljud" panel (A-, A+, Saktare, Fortare, Innehåll) open and shut,
# and a text with contents. The controls and their rectangles come from the
# kiosk's "controls" line at each shot; A- and A+ (capitals and signs, no
# x-high letter) share their row's size, which the row check holds.
. "$(dirname "$0")/lib.bash"
MIN_MM=${MIN_MM:-2.5}
atleast() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }

# measure RUN SHOT: checks every control of the shot; prints one line each.
measure() {
  local run=$1 shot=$2 line ppm mode=xheight
  [ "$run" = label_turned ] && mode=xheight90
  ppm=$(state "$run" "$shot" | sed -n 's/.* px_per_mm=\([0-9.]*\).*/\1/p')
  line=$(grep "^controls $OUT/$shot.png:" "$OUT/$run.log" | tail -1)
  [ -n "$line" ] && [ -n "$ppm" ] || { fail "$shot: no controls line or px_per_mm"; return; }
  declare -A row_min=() row_max=()
  for c in ${line#*: }; do
    local name=${c%%=*} r=${c#*=}
    case $name in @zone.*|@corner|@smaller|@bigger) continue;; esac
    local x y w h xh mm
    IFS=, read -r x y w h <<< "$r"
    xh=$(build/pngmeasure "$mode" "$OUT/$shot.png" "$x" "$y" "$w" "$h")
    mm=$(awk -v p="$xh" -v k="$ppm" 'BEGIN { printf "%.2f", p / k }')
    echo "$shot $name: x-height $xh px = $mm mm"
    atleast "$mm" "$MIN_MM" || fail "$shot: $name's label has an x-height of $mm mm, under $MIN_MM"
    # a row: the controls at the same height on the screen (one turned
    # screen's row stands upright: its controls share x instead); ◀ and ▶
    # may stand alone, drawn as large as the row's labels, not in it
    case $name in @prev|@next) continue;; esac
    local key=$y; [ "$run" = label_turned ] && key=x$x
    [ -z "${row_min[$key]:-}" ] || [ "$xh" -lt "${row_min[$key]}" ] && row_min[$key]=$xh
    [ -z "${row_max[$key]:-}" ] || [ "$xh" -gt "${row_max[$key]}" ] && row_max[$key]=$xh
  done
  for key in "${!row_min[@]}"; do
    [ $((row_max[$key] - row_min[$key])) -le 1 ] ||
      fail "$shot: the row at $key has labels of ${row_min[$key]} to ${row_max[$key]} px"
  done
}

# shots NAME SIZE MM PANEL [FLAGS]: a conversation read and not read, its
# panel open (PANEL=yes: the screen has one), and the report with contents
# (its panel open too).
shots() {
  local name=$1 size=$2 mm=$3 panel="wait 1"; shift 3
  [ "$1" = yes ] && panel="tap @panel"; shift
  kiosk "$name" "$size" --data "$FIXTURES" --screen-size-mm "$mm" "$@" <<S
tap @card.1
wait 100
key Right
wait 300
shot $OUT/${name}_still.png
tap @read
wait 300
shot $OUT/${name}_reading.png
$panel
wait 300
shot $OUT/${name}_panel.png
key Escape
wait 300
key Down
key Return
wait 300
tap @read
wait 300
shot $OUT/${name}_contents.png
$panel
wait 300
shot $OUT/${name}_contents_panel.png
S
  for s in still reading panel contents contents_panel; do measure "$name" "${name}_$s"; done
}

shots label_pi7 800x480 154x86 yes
shots label_touch2 720x1280 88x155 yes
shots label_tablet 1280x800 217x136 yes
shots label_hd 1920x1080 344x194 no
shots label_turned 800x480 154x86 yes --rotate 90
finish
