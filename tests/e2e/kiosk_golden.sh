#!/usr/bin/env bash
# Golden-image tests of the kiosk's screens: the real program, headless, on
# the fixture texts in tests/e2e/data, compared pixel by pixel (0.5% slack)
# with tests/golden/*.png. After an intended change: REGEN=1 bash this file,
# then look at every new image before committing it.
. "$(dirname "$0")/lib.bash"
D="--data $FIXTURES"

# 1280x800, dark: shelf, first page with the hint, a middle page, the end.
kiosk main 1280x800 $D <<S
wait 100
shot $OUT/shelf_1280x800.png
tap @card.1
wait 300
shot $OUT/reader_first_1280x800.png
key Right
wait 300
key Right
wait 300
shot $OUT/reader_middle_1280x800.png
key Right
wait 300
key Right
wait 300
key Right
wait 300
shot $OUT/end_1280x800.png
tap @back-to-all-texts
wait 300
tap @card.3
wait 300
shot $OUT/error_1280x800.png
S
expect main shelf_1280x800 "screen=shelf docs=3"
expect main reader_first_1280x800 "screen=reader doc=0 page=1 hint=1"
expect main reader_middle_1280x800 "screen=reader page=3 hint=0"
expect main end_1280x800 "screen=end"
expect main error_1280x800 "screen=error doc=2"
for s in shelf_1280x800 reader_first_1280x800 reader_middle_1280x800 end_1280x800 error_1280x800; do golden $s; done

# Each theme on a middle page.
for theme in light yellow; do
  kiosk theme_$theme 1280x800 $D --theme $theme <<S
tap @card.1
wait 300
key Right
wait 300
shot $OUT/reader_${theme}_1280x800.png
S
  expect theme_$theme reader_${theme}_1280x800 "theme=$theme page=2"
  golden reader_${theme}_1280x800
done

# The smallest and the largest common screens.
kiosk small 800x480 $D <<S
shot $OUT/shelf_800x480.png
tap @card.1
wait 300
key Right
wait 300
shot $OUT/reader_800x480.png
S
expect small reader_800x480 "screen=reader page=2"
golden shelf_800x480; golden reader_800x480

kiosk large 1920x1080 $D <<S
shot $OUT/shelf_1920x1080.png
tap @card.1
wait 300
key Right
wait 300
shot $OUT/reader_1920x1080.png
S
expect large reader_1920x1080 "screen=reader page=2"
golden shelf_1920x1080; golden reader_1920x1080

# A portrait kiosk: an 800x480 panel turned 90 degrees. The first tap is
# given where a finger touches the physical panel, since that is what it
# tests: the first card's centre (240, 146) on the turned screen is
# (653, 240) on the panel. A control's name the player turns back itself.
kiosk rot90 800x480 $D --rotate 90 <<S
tap 653 240
wait 300
shot $OUT/reader_rot90.png
tap @panel
wait 300
tap @bigger
wait 300
shot $OUT/reader_rot90_bigger.png
S
expect rot90 reader_rot90 "screen=reader doc=0 page=1"
expect rot90 reader_rot90_bigger "screen=reader doc=0 text_size=4"
golden reader_rot90


# The Raspberry Pi Touch Display, 7", 800x480 on 154x86 mm: sizes in
# millimetres, one row of controls (style.h), text sizes 3 and 5 with A+
# dimmed in place at 5.
kiosk pi7 800x480 $D --screen-size-mm 154x86 <<S
tap @card.1
wait 100
key Right
wait 300
shot $OUT/reader_pi7_size3.png
key +
wait 200
key +
wait 200
shot $OUT/reader_pi7_size5.png
S
expect pi7 reader_pi7_size3 "screen=reader doc=0 page=2 text_size=3"
expect pi7 reader_pi7_size5 "screen=reader doc=0 text_size=5"
for s in reader_pi7_size3 reader_pi7_size5; do golden $s; done


# The Touch Display 2 upright, 720x1280 on 88x155 mm: the title in its own
# slim line, two rows of 15 mm controls.
kiosk touch2 720x1280 $D --screen-size-mm 88x155 <<S
tap @card.1
wait 100
key Right
wait 300
shot $OUT/reader_touch2_size3.png
S
expect touch2 reader_touch2_size3 "screen=reader doc=0 page=2 text_size=3"
golden reader_touch2_size3

# The attract screen, 3 s into its first quote (fully faded in): the small
# and the large screen in Swedish, English in the light theme, yellow
# turned 90 degrees on a portrait panel.
kiosk attract_small 800x480 $D <<S
skip 93000
shot $OUT/attract_800x480.png
S
kiosk attract_large 1920x1080 $D <<S
skip 93000
shot $OUT/attract_1920x1080.png
S
kiosk attract_en 1280x800 $D --lang en --theme light <<S
skip 93000
shot $OUT/attract_en_light_1280x800.png
S
kiosk attract_rot 800x480 $D --rotate 90 --theme yellow <<S
skip 93000
shot $OUT/attract_yellow_rot90.png
S
expect attract_small attract_800x480 "screen=attract quote=0:0 alpha=255"
expect attract_large attract_1920x1080 "screen=attract quote=0:0 alpha=255"
expect attract_en attract_en_light_1280x800 "screen=attract theme=light"
expect attract_rot attract_yellow_rot90 "screen=attract theme=yellow"
for s in attract_800x480 attract_1920x1080 attract_en_light_1280x800 attract_yellow_rot90; do golden $s; done

# The contents list of the long report (data/05): 1280x800 from its reader
# with Innehåll in the top bar; the 7" panel in English and yellow, where
# Innehåll is in the "Text och ljud" panel with A-, A+ and the pace.
kiosk contents_large 1280x800 --data data <<S
$OPEN_FIFTH
wait 300
shot $OUT/reader_contents_1280x800.png
tap @contents
wait 300
shot $OUT/contents_1280x800.png
S
kiosk contents_pi7 800x480 --data data --screen-size-mm 154x86 --lang en --theme yellow <<S
$OPEN_FIFTH
wait 300
shot $OUT/reader_contents_pi7.png
tap @panel
wait 300
shot $OUT/reader_panel_pi7.png
tap @contents
wait 300
shot $OUT/contents_pi7_en_yellow.png
S
# The Touch Display 2 upright: Alla texter and Text och ljud in its top row,
# Läs upp between ◀ and ▶ and the page label on the title line; its panel.
kiosk contents_touch2 720x1280 --data data --screen-size-mm 88x155 <<S
$OPEN_FIFTH
wait 300
key Right
wait 300
shot $OUT/reader_contents_touch2.png
tap @panel
wait 300
shot $OUT/reader_panel_touch2.png
S
expect contents_large contents_1280x800 "screen=contents doc=4 contents=46"
expect contents_pi7 contents_pi7_en_yellow "screen=contents doc=4 contents=46 theme=yellow"
expect contents_touch2 reader_contents_touch2 "screen=reader doc=4 page=2 contents=46 read_button=1"
expect contents_pi7 reader_panel_pi7 "screen=reader panel=1"
expect contents_touch2 reader_panel_touch2 "screen=reader panel=1"
for s in reader_contents_1280x800 contents_1280x800 reader_contents_pi7 reader_panel_pi7 contents_pi7_en_yellow \
         reader_contents_touch2 reader_panel_touch2; do
  golden $s
done

finish
