#!/usr/bin/env bash
# Scripted attract screen and contents list on the real kiosk, with the real
# texts: the shelf turns into the attract screen after the configured quiet
# time, a tap on the quote opens its text on the page holding it (the state
# line's quote_page is that page in the pages shown), at sizes 3 and 5; a tap
# elsewhere is the shelf and turns nothing; the idle reset shows the shelf a
# while before the quotes; the report's contents -> chapter 4 -> Tillbaka.
. "$(dirname "$0")/lib.bash"
D="--data data --attract-seconds 30"

for size in 3 5; do
  kiosk attract_s$size 1280x800 $D --text-size $size <<S
wait 100
shot $OUT/as${size}_shelf.png
skip 29000
shot $OUT/as${size}_before.png
skip 1500
shot $OUT/as${size}_attract.png
skip 12000
shot $OUT/as${size}_second.png
tap @quote
wait 300
shot $OUT/as${size}_opened.png
S
  expect attract_s$size as${size}_shelf "screen=shelf"
  expect attract_s$size as${size}_before "screen=shelf"
  expect attract_s$size as${size}_attract "screen=attract quote=0:0 alpha=255"
  expect attract_s$size as${size}_second "screen=attract quote=1:0"
  line=$(state attract_s$size as${size}_opened)
  page=$(sed -n 's/.* page=\([0-9]*\) .*/\1/p' <<< "$line")
  qpage=$(sed -n 's/.* quote_page=\([0-9]*\) .*/\1/p' <<< "$line")
  expect attract_s$size as${size}_opened "screen=reader doc=1 quote=1:0 text_size=$size hint=0 turns=0"
  if [ -z "$page" ] || [ "$page" != "$qpage" ] || [ "$page" -lt 2 ]; then
    fail "attract at size $size: the tap on the quote opened page ${page:-?}, the quote is on page ${qpage:-?}"
  fi
done

# A tap beside the card: the shelf, on its first page, no text opened; the
# next tap opens a card as usual. "Beside the card" is a position, so it is
# given in pixels (the bottom-left corner, off the card and Alla texter).
kiosk attract_elsewhere 1280x800 $D <<S
skip 31000
tap 30 790
wait 300
shot $OUT/ae_shelf.png
tap @card.1
wait 300
shot $OUT/ae_opened.png
S
expect attract_elsewhere ae_shelf "screen=shelf doc=-1 shelf_page=1"
expect attract_elsewhere ae_opened "screen=reader doc=0 page=1"

# Never over a reading: the idle warning and reset as before, then the
# shelf for the configured time, then the quotes.
kiosk attract_idle 1280x800 $D <<S
tap @card.1
wait 300
skip 121000
shot $OUT/ai_warning.png
skip 30000
shot $OUT/ai_reset.png
skip 28000
shot $OUT/ai_still_shelf.png
skip 3000
shot $OUT/ai_attract.png
S
expect attract_idle ai_warning "screen=idle"
expect attract_idle ai_reset "screen=shelf"
expect attract_idle ai_still_shelf "screen=shelf"
expect attract_idle ai_attract "screen=attract"

# The report (text 5) at 1280x800: page 3, Innehåll, three list pages on,
# Tillbaka to page 3; then chapter 4 from the list, and Tillbaka to it.
ch4=$("${KIOSK%-asan}" --dump-pages data/05-sweco-regional-testbadd-orebro.txt --size 1280x800 2> /dev/null |
      awk '/^--- page/ {p = $3} /^4\. Personalbrist/ {print p; exit}')
kiosk contents 1280x800 $D <<S
$OPEN_FIFTH
wait 300
key Right
wait 300
key Right
wait 300
shot $OUT/ct_page3.png
tap @contents
wait 300
shot $OUT/ct_list.png
tap @next
wait 300
tap @next
wait 300
tap @next
wait 300
shot $OUT/ct_list4.png
tap @back
wait 300
shot $OUT/ct_back.png
tap @contents
wait 300
tap @next
wait 300
tap @next
wait 300
tap @next
wait 300
tap @row.6
wait 300
shot $OUT/ct_chapter4.png
tap @contents
wait 300
tap @back
wait 300
shot $OUT/ct_back4.png
S
expect contents ct_page3 "screen=reader doc=4 page=3 contents=46"
expect contents ct_list "screen=contents doc=4 contents_page=1"
expect contents ct_list4 "screen=contents contents_page=4"
expect contents ct_back "screen=reader doc=4 page=3"
expect contents ct_chapter4 "screen=reader doc=4 page=$ch4"
expect contents ct_back4 "screen=reader doc=4 page=$ch4"
[ -n "$ch4" ] && [ "$ch4" -gt 50 ] || fail "chapter 4 of the report not found by --dump-pages (got '$ch4')"

finish
