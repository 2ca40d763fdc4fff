#!/usr/bin/env bash
# Running unattended: the idle flow resets for the
# next visitor, the staff corner and PIN open the menu, a text copied into
# the data folder mid-run appears on the shelf, and --check reports.
# The staff corner is held at a position, (76, 48) at 1280x800: staff are
# told "the top-left corner", and it shows no button; the rest by name.
. "$(dirname "$0")/lib.bash"
conf=$OUT/unattended.conf
printf 'staff_pin = 1234\nidle_seconds = 1\nidle_warning_seconds = 1\ntext_size = 3\ntheme = dark\n' > "$conf"

# Idle: the warning after 1 s, the shelf after 1 more, with the defaults back.
kiosk idle 1280x800 --data $FIXTURES --config "$conf" <<S
tap @card.1
wait 200
key +
wait 300
shot $OUT/idle_reading.png
wait 1200
shot $OUT/idle_warning.png
wait 1500
shot $OUT/idle_reset.png
S
expect idle idle_reading "screen=reader text_size=4"
expect idle idle_warning "screen=idle"
expect idle idle_reset "screen=shelf text_size=3"
golden idle_warning

# Staff: a wrong PIN, then the right one, the menu, info, and Avsluta.
printf 'staff_pin = 1234\n' > "$OUT/staff.conf"
kiosk staff 1280x800 --data $FIXTURES --config "$OUT/staff.conf" <<S
hold 76 48 5200
wait 100
shot $OUT/pin.png
tap @pin.1
tap @pin.1
tap @pin.1
tap @pin.1
tap @pin.ok
wait 100
shot $OUT/pin_wrong.png
wait 1100
$(pin_1234)
wait 100
shot $OUT/menu.png
tap @menu.info
wait 100
shot $OUT/info.png
tap @back
wait 100
tap @menu.quit
wait 100
shot $OUT/after_avsluta.png
S
expect staff pin "screen=staff-pin"
expect staff pin_wrong "screen=staff-pin"
expect staff menu "screen=staff-menu"
expect staff info "screen=staff-info"
[ -z "$(state staff after_avsluta)" ] || fail "Avsluta did not end the kiosk"
golden pin; golden menu; golden info

# Without a PIN in the config the corner opens nothing.
kiosk nopin 1280x800 --data $FIXTURES <<S
hold 76 48 5200
wait 100
shot $OUT/nopin.png
S
expect nopin nopin "screen=shelf"

# A text copied into the data folder while the kiosk runs appears on the shelf.
live=$OUT/live-data
rm -rf "$live"; mkdir -p "$live"; cp $FIXTURES/a-samtal.txt "$live/"
( sleep 1; cp $FIXTURES/b-rapport.txt "$live/b-ny.txt" ) &
kiosk live 1280x800 --data "$live" <<S
shot $OUT/live_before.png
wait 4000
shot $OUT/live_after.png
S
wait
expect live live_before "docs=1"
expect live live_after "docs=2"

# --check: one line per text, problems as file:line: message, exit 1 if any.
if out=$($KIOSK --config /dev/null --check --data $FIXTURES 2>&1); then fail "--check passed a folder with a broken text"; fi
echo "$out" | grep -q '^c-trasig.txt:1: ' || fail "--check did not name the broken file: $out"
echo "$out" | grep -q '^a-samtal.txt: "Ett samtal om trygghetslarm", [0-9]* pages$' || fail "--check line for a-samtal: $out"
$KIOSK --config /dev/null --check --data data > "$OUT/check.txt" 2>&1 || fail "--check on data/: $(cat "$OUT/check.txt")"
[ "$(wc -l < "$OUT/check.txt")" = 5 ] || fail "--check on data/ printed $(wc -l < "$OUT/check.txt") lines, not 5"
$KIOSK --config /dev/null --check --data /nonexistent/storstil > /dev/null 2>&1 && fail "--check passed a missing folder"

finish
