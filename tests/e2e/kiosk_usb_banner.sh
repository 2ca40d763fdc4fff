#!/usr/bin/env bash
# The USB import's banner on the real kiosk: a status file written while it
# runs shows on the shelf (golden images, 800x480 Swedish, 1920x1080 English
# with a wrong key) and is gone 15 s after it came (it comes at the kiosk's
# next look, within 2.6 s of the start here), on the kiosk's clock; a status
# file already there at start is not shown; the staff Info screen keeps the
# last report. The status files are written as storstil-usb writes them
# (a scratch file renamed), a second after the kiosk starts.
. "$(dirname "$0")/lib.bash"
st=$PWD/$OUT/usb-banner-status
ok_status='storstil-usb-status 1\ntime=1764930000\nstate=done\nkey=ok\nadded=3\nreplaced=0\nremoved=0\nfailed=1\nskipped=0\nfailed_name=intervju.pdf\n'
bad_status='storstil-usb-status 1\ntime=1764930000\nstate=done\nkey=bad\nadded=0\nreplaced=0\nremoved=0\nfailed=0\nskipped=0\n'
# later TEXT: writes the status file a second from now, in the background.
later() { rm -f "$st"; ( sleep 1; printf "$1" > "$st.tmp" && mv "$st.tmp" "$st" ) & }

later "$ok_status"
kiosk usb_sv 800x480 --data $FIXTURES --usb-status "$st" <<S
wait 100
shot $OUT/usb_none.png
wait 3500
shot $OUT/usb_banner_800x480.png
skip 12000
shot $OUT/usb_still.png
skip 4000
shot $OUT/usb_gone.png
S
wait
expect usb_sv usb_none "screen=shelf usb_banner=0"
expect usb_sv usb_banner_800x480 "screen=shelf usb_banner=1 docs=3"
expect usb_sv usb_still "usb_banner=1"
expect usb_sv usb_gone "screen=shelf usb_banner=0"
golden usb_banner_800x480

later "$bad_status"
kiosk usb_en 1920x1080 --data $FIXTURES --usb-status "$st" --lang en <<S
wait 3500
shot $OUT/usb_banner_en_1920x1080.png
S
wait
expect usb_en usb_banner_en_1920x1080 "screen=shelf usb_banner=1"
golden usb_banner_en_1920x1080

# A status from before the kiosk started is old news.
printf "$ok_status" > "$st"
kiosk usb_old 800x480 --data $FIXTURES --usb-status "$st" <<S
wait 3000
shot $OUT/usb_old.png
S
expect usb_old usb_old "usb_banner=0"

# Info keeps the last report after the banner is gone (the staff corner,
# PIN 1234, OK, Info; as kiosk_unattended.sh).
printf 'staff_pin = 1234\nusb_status = %s\n' "$st" > "$OUT/usb.conf"
later "$ok_status"
kiosk usb_info 1280x800 --data $FIXTURES --config "$OUT/usb.conf" <<S
wait 3500
skip 16000
hold 76 48 5200
wait 100
$(pin_1234)
wait 100
tap @menu.info
wait 100
shot $OUT/usb_info.png
S
wait
expect usb_info usb_info "screen=staff-info usb_banner=0"
golden usb_info
finish
