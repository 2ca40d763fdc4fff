#!/usr/bin/env bash
# Runs inside a fresh bookworm root (tests/cross/install_test.sh): installs
# an older build of the package with apt, as on a Pi, upgrades it to this
# one, removes and purges it, and checks after each step what staff and the
# service rely on. Arguments: OLD.deb NEW.deb.
set -u
old=$1 new=$2
export DEBIAN_FRONTEND=noninteractive
passed=0; failed=0
ok() { # ok "what" CMD...: one line, counted
  if "${@:2}" > /tmp/ok.log 2>&1; then passed=$((passed + 1)); echo "install: ok: $1"
  else failed=$((failed + 1)); echo "install: FAILED: $1"; sed 's/^/  /' /tmp/ok.log | tail -20; fi
}
no() { ! "$@"; }
data=/var/lib/storstil/data
unit=/lib/systemd/system/storstil.service
wants=/etc/systemd/system/multi-user.target.wants/storstil.service

ok "apt-get update" apt-get -q update
ok "install the older build with apt (dependencies from Debian)" apt-get install -y -q --no-install-recommends "$old"
ok "the storstil system user, no login, in video/input/render/audio" \
  sh -c 'getent passwd storstil | grep -q ":/usr/sbin/nologin$" && for g in video input render audio; do id -nG storstil | grep -qw $g || exit 1; done'
ok "the five bundled texts in the empty data folder" test "$(ls $data/*.txt | wc -l)" = 5
ok "storstil --check on them, as the service user, from /etc/storstil.conf" runuser -u storstil -- storstil --check
ok "the unit is enabled at boot" test -L $wants
ok "systemd-analyze verify accepts the unit" systemd-analyze verify $unit
ok "/etc/storstil.conf is a conffile" sh -c 'dpkg-query -W -f="\${Conffiles}" storstil | grep -q /etc/storstil.conf'

# Staff's changes between the two versions.
sed -i 's/^#staff_pin = 2580/staff_pin = 4711/' /etc/storstil.conf
printf 'title: Personalens text\n\nEn rad.\n' > $data/personal.txt
rm $data/05-sweco-regional-testbadd-orebro.txt
sum=$(md5sum /etc/storstil.conf)

ok "upgrade to this build with apt, no question asked" apt-get install -y -q --no-install-recommends "$new"
ok "the new version is installed" sh -c "dpkg-query -W -f='\${Version}' storstil | grep -qx '$(dpkg-deb -f "$new" Version)'"
ok "the changed /etc/storstil.conf is kept" sh -c "echo '$sum' | md5sum -c --quiet"
ok "staff's text is kept, the deleted one stays deleted" \
  sh -c "test -f $data/personal.txt && test ! -e $data/05-sweco-regional-testbadd-orebro.txt && test \$(ls $data/*.txt | wc -l) = 5"
ok "storstil --check after the upgrade" runuser -u storstil -- storstil --check
ok "the unit is still enabled" test -L $wants
ok "the USB import: storstil-usb, its udev rule and its unit, which systemd-analyze verify accepts" \
  sh -c 'test -x /usr/bin/storstil-usb && test -f /usr/lib/udev/rules.d/90-storstil-usb.rules && systemd-analyze verify /lib/systemd/system/storstil-usb@.service'
ok "the use counts: storstil-stats, its unit and its timer (enabled), which systemd-analyze verify accepts" \
  sh -c 'test -x /usr/bin/storstil-stats && test "$(stat -c %U /var/lib/storstil/stats)" = storstil-usb && test -L /etc/systemd/system/timers.target.wants/storstil-stats.timer && systemd-analyze verify /lib/systemd/system/storstil-stats.service /lib/systemd/system/storstil-stats.timer'
ok "storstil-stats writes a day's files from a saved log, as the service user" \
  sh -c 'd=$(mktemp -d) && chown storstil $d && printf "storstil: stats visit 2026-12-01T10\n" > $d/log && runuser -u storstil -- storstil-stats $d/log --out $d/out && grep -q "^2026-12-01;10;1;" $d/out/anvandning-2026-12-01.csv'

ok "remove" apt-get remove -y -q storstil
ok "remove: the programs and the unit are gone, the config and the user stay" \
  sh -c "test ! -e /usr/bin/storstil && test ! -e $unit && test ! -e /lib/systemd/system/storstil-usb@.service && test ! -e /usr/bin/storstil-stats && test ! -e /usr/lib/udev/rules.d/90-storstil-usb.rules && test -f /etc/storstil.conf && getent passwd storstil"
ok "purge" apt-get purge -y -q storstil
ok "purge: the config, the user, its group and the enablement are gone" \
  sh -c "test ! -e /etc/storstil.conf && ! getent passwd storstil && ! getent group storstil && test ! -e $wants"
ok "purge: staff's texts stay" sh -c "test -f $data/personal.txt && test \$(ls $data/*.txt | wc -l) = 5"

ok "a new install over staff's texts keeps them and adds none" \
  sh -c "apt-get install -y -q --no-install-recommends '$new' && test \$(ls $data/*.txt | wc -l) = 5 && test -f $data/personal.txt"
echo "install: $passed passed, $failed failed"
[ "$failed" = 0 ]
