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

# timer_unit NAME: the installed program, NAME.service and NAME.timer verify,
# and the service rates 1.0 or lower, the figure README states.
timer_unit() {
  local name=$1 dir=$OUT/unit-$1 level
  for f in usr/local/bin/$name etc/systemd/system/$name.service etc/systemd/system/$name.timer; do
    [ -e "$root/$f" ] || fail "make install did not install $f"
  done
  mkdir -p "$dir"
  sed "s|/usr/local/bin/$name|$PWD/$root/usr/local/bin/$name|" "$root/etc/systemd/system/$name.service" > "$dir/$name.service"
  cp "$root/etc/systemd/system/$name.timer" "$dir/"
  systemd-analyze verify "$dir/$name.service" "$dir/$name.timer" > "$dir/verify.log" 2>&1 ||
    fail "systemd-analyze verify ($name): $(cat "$dir/verify.log")"
  level=$(systemd-analyze security --offline=yes "$dir/$name.service" 2>/dev/null |
    sed -n "s/.*Overall exposure level for $name.service: \([0-9.]*\).*/\1/p")
  echo "systemd-analyze security ($name): $level"
  awk -v l="${level:-99}" 'BEGIN { exit !(l <= 1.0) }' || fail "$name.service's exposure ${level:-?} is above 1.0"
  grep -q "$name.service.*exposure level of $level" README.md || fail "README does not state $name.service's figure $level"
}
timer_unit storstil-stats   # the use counts (README "Use counts")
timer_unit storstil-status  # the state back to the office (README "Many kiosks")
finish
