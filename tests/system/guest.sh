#!/usr/bin/env bash
# guest.sh ROOT: the system test's own parts in the emulated kiosk's root,
# which a library's kiosk does not have (tests/system/image.sh calls it after
# the package is installed):
# - /etc/storstil.conf as staff would set it (README steps 3 and 6, "Adding
#   texts with a USB stick"): the staff PIN 1234, the USB key of the test's
#   sticks, the 7" panel's size, no attract screen (the test's steps are
#   minutes apart under emulation);
# - qemu-guest-agent, through which the test asks for the system's state
#   (systemctl, ps, the data folder) and does what no visitor can (kill -9,
#   SIGSTOP);
# - console blanking off on the kernel's command line (README step 4) is the
#   test's -append; a hostname; no apt timers or fstrim waking during a run.
set -euo pipefail
root=$1
here=$(cd "$(dirname "$0")" && pwd)
conf=$root/etc/storstil.conf
set_key() { # set_key KEY VALUE: the config's line for KEY, or a new one
  if grep -q "^#\?\s*$1\s*=" "$conf"; then sed -i "s|^#\?\s*$1\s*=.*|$1 = $2|" "$conf"; else echo "$1 = $2" >> "$conf"; fi
}
set_key staff_pin 1234
set_key usb_key "$(cat "$SYSTEST_KEY_HASH")"
set_key screen_size_mm 154x86
set_key attract_seconds 0
echo storstil-kiosk > "$root/etc/hostname"
for u in apt-daily.timer apt-daily-upgrade.timer fstrim.timer e2scrub_all.timer man-db.timer; do
  ln -sf /dev/null "$root/etc/systemd/system/$u"
done

# SYSTEM_BREAK=1 (tests/system/README.md): the kiosk's system broken on
# purpose, to see the checks fail: the unit as root, no restart, no
# watchdog, no sound, the USB rule gone, and the root writable whatever the
# command line says. Never for a real run.
if [ "${SYSTEM_BREAK:-0}" = 1 ]; then
  mkdir -p "$root/etc/systemd/system/storstil.service.d"
  printf '[Service]\nUser=root\nRestart=no\nWatchdogSec=0\nEnvironment=SDL_AUDIODRIVER=dummy\n' \
    > "$root/etc/systemd/system/storstil.service.d/break.conf"
  rm -f "$root"/usr/lib/udev/rules.d/90-storstil-usb.rules "$root"/lib/udev/rules.d/90-storstil-usb.rules
fi
