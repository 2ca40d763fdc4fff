#!/usr/bin/env bash
# The Raspberry Pi install: `make install` into a scratch DESTDIR puts every
# part in place, and the installed unit passes `systemd-analyze verify` and
# rates 3.0 or lower on `systemd-analyze security` (README states the figure);
# likewise the use counts' unit and timer, at 1.0 or lower.
. "$(dirname "$0")/lib.bash"
root=$OUT/install
rm -rf "$root"
make -s install DESTDIR="$root" PREFIX=/usr/local > "$OUT/install.log" 2>&1 || { fail "make install: $(cat "$OUT/install.log")"; }
for f in usr/local/bin/storstil usr/local/bin/storstil-import etc/storstil.conf etc/systemd/system/storstil.service \
         usr/local/bin/storstil-status usr/local/bin/storstil-office \
         etc/systemd/system/storstil-status.service etc/systemd/system/storstil-status.timer \
         usr/local/share/storstil/assets/fonts/AtkinsonHyperlegible-Regular.ttf \
         usr/local/share/storstil/assets/fonts/AtkinsonHyperlegible-Bold.ttf \
         usr/local/share/storstil/storstil.conf.example; do
  [ -e "$root/$f" ] || fail "make install did not install $f"
done
[ "$(ls "$root"/var/lib/storstil/data/*.txt | wc -l)" = 5 ] || fail "make install did not install the five texts"

# The installed config loads without a single warning.
warn=$("$root/usr/local/bin/storstil" --config "$root/etc/storstil.conf" --data data --check 2>&1 >/dev/null)
[ -z "$warn" ] || fail "the example config gives warnings: $warn"

# verify needs the binary where ExecStart says; point it into the scratch tree.
unit=$OUT/unit/storstil.service
mkdir -p "$(dirname "$unit")"
sed "s|/usr/local/bin/storstil|$PWD/$root/usr/local/bin/storstil|" "$root/etc/systemd/system/storstil.service" > "$unit"
systemd-analyze verify "$unit" > "$OUT/verify.log" 2>&1 || fail "systemd-analyze verify: $(cat "$OUT/verify.log")"
grep -q '^Type=notify$' "$unit" && grep -q '^WatchdogSec=10$' "$unit" && grep -q '^Restart=always$' "$unit" ||
  fail "the unit lost Type=notify, WatchdogSec=10 or Restart=always"
level=$(systemd-analyze security --offline=yes "$unit" 2>/dev/null | sed -n 's/.*Overall exposure level for storstil.service: \([0-9.]*\).*/\1/p')
echo "systemd-analyze security: $level"
awk -v l="${level:-99}" 'BEGIN { exit !(l <= 3.0) }' || fail "security exposure ${level:-?} is above 3.0"
grep -q "exposure level.*$level" README.md || fail "README does not state the security figure $level"

# The use counts' unit and timer: installed, verified, and at most 1.0.
for f in usr/local/bin/storstil-stats etc/systemd/system/storstil-stats.service etc/systemd/system/storstil-stats.timer; do
  [ -e "$root/$f" ] || fail "make install did not install $f"
done
sunit=$OUT/unit/storstil-stats.service
sed "s|/usr/local/bin/storstil-stats|$PWD/$root/usr/local/bin/storstil-stats|" \
  "$root/etc/systemd/system/storstil-stats.service" > "$sunit"
cp "$root/etc/systemd/system/storstil-stats.timer" "$OUT/unit/"
systemd-analyze verify "$sunit" "$OUT/unit/storstil-stats.timer" > "$OUT/verify-stats.log" 2>&1 ||
  fail "systemd-analyze verify (stats): $(cat "$OUT/verify-stats.log")"
slevel=$(systemd-analyze security --offline=yes "$sunit" 2>/dev/null |
  sed -n 's/.*Overall exposure level for storstil-stats.service: \([0-9.]*\).*/\1/p')
echo "systemd-analyze security (stats): $slevel"
awk -v l="${slevel:-99}" 'BEGIN { exit !(l <= 1.0) }' || fail "stats unit exposure ${slevel:-?} is above 1.0"
grep -q "storstil-stats.service.*exposure level of $slevel" README.md ||
  fail "README does not state the stats unit's figure $slevel"
# The status timer and its oneshot (README "Many kiosks"): they verify, and
# the service rates 1.0 or lower.
sdir=$OUT/unit-status
mkdir -p "$sdir"
sed "s|/usr/local/bin/storstil-status|$PWD/$root/usr/local/bin/storstil-status|" \
  "$root/etc/systemd/system/storstil-status.service" > "$sdir/storstil-status.service"
cp "$root/etc/systemd/system/storstil-status.timer" "$sdir/"
systemd-analyze verify "$sdir/storstil-status.service" "$sdir/storstil-status.timer" > "$OUT/verify-status.log" 2>&1 ||
  fail "systemd-analyze verify (status): $(cat "$OUT/verify-status.log")"
stlevel=$(systemd-analyze security --offline=yes "$sdir/storstil-status.service" 2>/dev/null |
  sed -n 's/.*Overall exposure level for storstil-status.service: \([0-9.]*\).*/\1/p')
echo "systemd-analyze security (status): $stlevel"
awk -v l="${stlevel:-99}" 'BEGIN { exit !(l <= 1.0) }' || fail "status unit's exposure ${stlevel:-?} is above 1.0"
grep -q "storstil-status.service.*exposure level of $stlevel" README.md || fail "README does not state the status unit's figure $stlevel"
finish
