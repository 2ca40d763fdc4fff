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

# SYSTEM_BREAK (tests/system/README.md): the kiosk's system broken on
# purpose, to see the checks fail. Never for a real run.
case ${SYSTEM_BREAK:-} in
  '') ;;
  unit) # the unit as root, no restart, no watchdog, no sound, the USB rule
        # gone (image.sh also leaves the root writable)
    mkdir -p "$root/etc/systemd/system/storstil.service.d"
    printf '[Service]\nUser=root\nRestart=no\nWatchdogSec=0\nEnvironment=SDL_AUDIODRIVER=dummy\n' \
      > "$root/etc/systemd/system/storstil.service.d/break.conf"
    rm -f "$root"/usr/lib/udev/rules.d/90-storstil-usb.rules "$root"/lib/udev/rules.d/90-storstil-usb.rules ;;
  import) # a naive importer in storstil-usb's place: no key, each file
          # copied over its text in place, no scratch file, no fsync
    cat > "$root/usr/bin/storstil-usb" <<'NAIVE'
#!/bin/sh
# storstil system test, SYSTEM_BREAK=import: the importer as it must not be.
mnt=$(mktemp -d)
mount -o ro "$2" "$mnt" || exit 1
for f in "$mnt"/storstil/*.vtt "$mnt"/*.vtt; do
  [ -f "$f" ] && cp "$f" "/var/lib/storstil/data/$(basename "$f" .vtt).txt"
done
umount "$mnt"
echo "key=ok $(date +%s%N)" > /run/storstil/usb-status
NAIVE
    chmod 755 "$root/usr/bin/storstil-usb" ;;
  boot) # the kiosk started once by hand and never enabled
    rm -f "$root/etc/systemd/system/multi-user.target.wants/storstil.service" \
      "$root/etc/systemd/system/graphical.target.wants/storstil.service"
    printf '[Unit]\nConditionPathExists=!/etc/storstil-started-once\n[Service]\nType=oneshot\nExecStart=touch /etc/storstil-started-once\nExecStart=systemctl start --no-block storstil.service\n[Install]\nWantedBy=multi-user.target\n' \
      > "$root/etc/systemd/system/storstil-by-hand.service"
    ln -sf ../storstil-by-hand.service "$root/etc/systemd/system/multi-user.target.wants/storstil-by-hand.service" ;;
  disk) ;; # image.sh and system_test.py break the data partition
  *) echo "guest.sh: SYSTEM_BREAK is unit, import, boot or disk, not $SYSTEM_BREAK" >&2; exit 2 ;;
esac
