#!/usr/bin/env bash
# Scripted paging: every way a visitor can turn (or fail to turn) a page, run
# through SDL's own event queue on the real kiosk, with the page checked
# after each. 1280x800: the text area is x 64..1216, y 116..684; the right
# 40% turns forward, the left 40% back. Taps, swipes and holds in the text
# are given in pixels, as where they land is what is tested; buttons by name.
. "$(dirname "$0")/lib.bash"

{
  echo "tap @card.1"; echo "wait 300"                            # open the first text
  echo "tap 1100 400"; echo "wait 300"; echo "shot $OUT/tap_right.png"
  echo "tap 150 400"; echo "wait 300"; echo "shot $OUT/tap_left.png"
  echo "swipe 1000 400 300 410"; echo "wait 300"; echo "shot $OUT/swipe_left.png"
  echo "swipe 300 400 1000 390"; echo "wait 300"; echo "shot $OUT/swipe_right.png"
  echo "swipe 640 200 650 600"; echo "wait 300"; echo "shot $OUT/swipe_vertical.png"
  echo "touch2 1000 400 1100 450"; echo "wait 300"; echo "shot $OUT/two_fingers.png"
  echo "hold 1100 400 1500"; echo "wait 300"; echo "shot $OUT/long_press.png"
  echo "swipe 1000 400 940 405"; echo "wait 300"; echo "shot $OUT/short_drag.png"  # neither tap nor swipe
  for k in Right Right PageDown Space; do echo "key $k"; echo "wait 300"; done
  echo "shot $OUT/keys_forward.png"
  for k in Left PageUp; do echo "key $k"; echo "wait 300"; done
  echo "shot $OUT/keys_back.png"
  # 20 taps within one second: the kiosk allows about 4 turns a second.
  for i in $(seq 20); do echo "down 3 1100 400"; echo "up 3 1100 400"; echo "wait 30"; done
  echo "wait 300"; echo "shot $OUT/tap_storm.png"
  echo "click 1100 400"; echo "wait 300"; echo "shot $OUT/mouse.png"
  echo "tap @prev"; echo "wait 300"; echo "shot $OUT/prev_button.png"
  echo "tap @next"; echo "wait 300"; echo "shot $OUT/next_button.png"
  echo "key Escape"; echo "wait 300"; echo "shot $OUT/escape.png"
  # The same text again: it opens on page 1 and still turns.
  echo "tap @card.1"; echo "wait 300"; echo "tap 1100 400"; echo "wait 300"; echo "shot $OUT/reopened.png"
} | kiosk paging 1280x800 --data data

expect paging tap_right "screen=reader page=2"
expect paging tap_left "page=1"
expect paging swipe_left "page=2"
expect paging swipe_right "page=1"
expect paging swipe_vertical "screen=reader page=1"
expect paging two_fingers "screen=reader page=1"
expect paging long_press "screen=reader page=1"
expect paging short_drag "screen=reader page=1"
expect paging keys_forward "page=5"
expect paging keys_back "page=3"
storm=$(state paging tap_storm | sed -n 's/.* page=\([0-9]*\) .*/\1/p')
if [ -z "$storm" ] || [ "$storm" -lt 6 ] || [ "$storm" -gt 8 ]; then
  fail "20 taps in one second turned from page 3 to page ${storm:-?}; wanted 3 to 5 turns"
fi
next=$((storm + 1))
expect paging mouse "page=$next"
expect paging prev_button "page=$storm"
expect paging next_button "page=$next"
expect paging escape "screen=shelf"
expect paging reopened "screen=reader doc=0 page=2"

finish
