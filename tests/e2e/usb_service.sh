#!/usr/bin/env bash
# The USB import's service: `make install` puts storstil-usb, the udev rule
# and the unit in place; the rule passes udevadm (verify, or test where
# verify is missing, as in systemd 252) and starts the unit for FAT and
# exFAT sticks only; the unit passes systemd-analyze verify and rates below
# 1.3 on systemd-analyze security (README states the figure), runs as its
# own user with CAP_SYS_ADMIN alone, within memory and task limits; the
# kiosk's own unit keeps its read-only view of the data.
. "$(dirname "$0")/lib.bash"
root=$OUT/install-usb
rm -rf "$root"
make -s install DESTDIR="$root" PREFIX=/usr/local SEED_DATA=0 > "$OUT/install-usb.log" 2>&1 ||
  fail "make install: $(cat "$OUT/install-usb.log")"
for f in usr/local/bin/storstil-usb etc/udev/rules.d/90-storstil-usb.rules etc/systemd/system/storstil-usb@.service; do
  [ -e "$root/$f" ] || fail "make install did not install $f"
done

# The unit, as an instance for a stick sdb1, with ExecStart in the scratch tree.
unit=$OUT/unit-usb/storstil-usb@sdb1.service
mkdir -p "$(dirname "$unit")"
sed "s|/usr/local/bin/storstil-usb|$PWD/$root/usr/local/bin/storstil-usb|" \
  "$root/etc/systemd/system/storstil-usb@.service" > "$unit"
systemd-analyze verify "$unit" > "$OUT/verify-usb.log" 2>&1 || fail "systemd-analyze verify: $(cat "$OUT/verify-usb.log")"
[ -s "$OUT/verify-usb.log" ] && fail "systemd-analyze verify warns: $(cat "$OUT/verify-usb.log")"
for want in '^Type=oneshot$' '^ExecStart=.*storstil-usb --device /dev/%I ' '^ProtectSystem=strict$' \
            '^ReadWritePaths=/var/lib/storstil/data$' '^RuntimeDirectory=storstil$' '^PrivateNetwork=yes$' \
            '^IPAddressDeny=any$' '^RestrictAddressFamilies=AF_UNIX$' '^CapabilityBoundingSet=CAP_SYS_ADMIN$' \
            '^User=storstil-usb$' '^AmbientCapabilities=CAP_SYS_ADMIN$' '^MemoryMax=' '^TasksMax=' '^NoNewPrivileges=yes$'; do
  grep -q "$want" "$unit" || fail "the USB unit lost $want"
done
level=$(systemd-analyze security --offline=yes "$unit" 2>/dev/null |
  sed -n 's/.*Overall exposure level for storstil-usb@sdb1.service: \([0-9.]*\).*/\1/p')
echo "systemd-analyze security (USB unit): $level"
awk -v l="${level:-99}" 'BEGIN { exit !(l < 1.3) }' || fail "USB unit's security exposure ${level:-?} is not below 1.3"
grep -q "storstil-usb@.service.*exposure level.*$level" README.md || fail "README does not state the USB unit's figure $level"

# The kiosk keeps a read-only view of the data and writes nothing.
grep -q '^ReadOnlyPaths=/var/lib/storstil/data$' deploy/storstil.service || fail "the kiosk's unit lost ReadOnlyPaths"
grep -q '^ReadWritePaths' deploy/storstil.service && fail "the kiosk's unit may write somewhere"

# The udev rule: udevadm verify where it exists (systemd 253 on); else
# udevadm test with the rule in /run/udev/rules.d for the length of the run.
rule=deploy/90-storstil-usb.rules
if ! command -v udevadm > /dev/null; then
  fail "udevadm is missing (Debian's udev package)"
elif udevadm verify --help > /dev/null 2>&1; then
  udevadm verify "$rule" > "$OUT/udev.log" 2>&1 || fail "udevadm verify: $(cat "$OUT/udev.log")"
elif [ "$(id -u)" = 0 ] && mkdir -p /run/udev/rules.d 2> /dev/null; then
  tmp=/run/udev/rules.d/90-storstil-usb-test-$$.rules
  cp "$rule" "$tmp"
  dev=$(ls -d /sys/class/block/* | head -1)
  udevadm test --action=add "$dev" > "$OUT/udev.log" 2>&1
  rm -f "$tmp"
  grep -q "Reading rules file: $tmp" "$OUT/udev.log" || fail "udevadm test did not read the rule: $(tail -5 "$OUT/udev.log")"
  grep "$tmp" "$OUT/udev.log" | grep -v "Reading rules file" | grep . &&
    fail "udevadm test complains about the rule: $(grep "$tmp" "$OUT/udev.log")"
else
  echo "udevadm test needs root here; the rule was not checked"
fi
grep -qx 'ACTION=="add", SUBSYSTEM=="block", ENV{ID_BUS}=="usb", ENV{ID_FS_USAGE}=="filesystem", ENV{ID_FS_TYPE}=="vfat|exfat", TAG+="systemd", ENV{SYSTEMD_WANTS}+="storstil-usb@%k.service"' "$rule" ||
  fail "the udev rule changed its match (USB, FAT or exFAT only) or what it starts"
grep -q '^u storstil-usb ' debian/storstil.sysusers || fail "the package does not make the storstil-usb user"
grep -q 'chown storstil-usb:storstil-usb "$DATA"' debian/postinst || fail "the postinst does not give the data folder to storstil-usb"
finish
