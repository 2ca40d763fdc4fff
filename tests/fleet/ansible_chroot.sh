#!/usr/bin/env bash
# make fleet-test, part 2: the playbook (deploy/ansible/site.yml) against a
# fresh bookworm root through Ansible's chroot connection, with no network
# at all (its own empty network namespace): the package from
# build/storstil_VERSION_ARCH.deb, /etc/storstil.conf from the inventory,
# Syncthing's config with the office device and the two folders, the units
# enabled, console blanking off; a second run reports no changes. The root
# holds the package's dependencies, Syncthing and Python (tests/cross/
# chroot.sh makes it once); nothing is started in it (storstil_start_units
# false: no systemd runs there). Needs root.
set -u
cd "$(dirname "$0")/../.."
arch=$(dpkg --print-architecture)
v=$(sed -n '1s/^[^(]*(\([^)]*\)).*/\1/p' debian/changelog)
deb=$PWD/build/storstil_${v}_${arch}.deb
[ -f "$deb" ] || { echo "fleet-test: $deb not built (make deb)"; exit 1; }
T=$PWD/build/fleet-ansible root=$PWD/build/fleet-ansible/root
# The root: the package's dependencies (debian/control's Depends, as the
# built package names them), Syncthing, and Python with apt's bindings for
# Ansible's modules; made once and kept (tests/cross/chroot.sh).
ROOT_PACKAGES="$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/\${[^}]*}//g; s/,/ /g') syncthing python3 python3-apt"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
mkdir -p "$T"
CHROOT_PACKAGES="$ROOT_PACKAGES" bash tests/cross/chroot.sh unpack "$arch" "$root" || exit 1
mkdir -p "$root/boot/firmware"
echo 'console=serial0,115200 console=tty1 root=PARTUUID=0 rootfstype=ext4 rootwait' > "$root/boot/firmware/cmdline.txt"
office=MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD
cat > "$T/inventory.yml" <<I
all:
  children:
    kiosks:
      hosts:
        filial-test:
          ansible_host: $root
          ansible_connection: community.general.chroot
          ansible_python_interpreter: /usr/bin/python3
          ansible_become_method: su
          ansible_become_flags: "-s /bin/sh"
          storstil_deb: $deb
          storstil_start_units: false
          storstil_office_device_id: "$office"
          storstil_office_address: "tcp://127.0.0.1:22101"
          storstil_staff_pin: "2580"
          storstil_rotate: 90
          storstil_screen_size_mm: "344x194"
          storstil_read_aloud: false
I
# play N: the playbook once, in a private mount and network namespace with
# /proc, /sys, /dev and /tmp mounted in the root; its output in $T/runN.log.
play() {
  unshare --mount --net --propagation private -- sh -c '
    r=$1; shift
    mount -t proc proc "$r/proc"; mount --rbind /sys "$r/sys"; mount --rbind /dev "$r/dev"; mount -t tmpfs tmpfs "$r/tmp"
    exec "$@"' sh "$root" env ANSIBLE_CONFIG=deploy/ansible/ansible.cfg ANSIBLE_ROLES_PATH=deploy/ansible/roles \
      ANSIBLE_NOCOLOR=1 ansible-playbook -i "$T/inventory.yml" deploy/ansible/site.yml > "$T/run$1.log" 2>&1
}
t0=$SECONDS
play 1 || { fail "the first run failed:"; grep -E 'fatal|FAILED|ERROR' -A3 "$T/run1.log" | head -30; }
echo "fleet-test: the playbook's first run took $((SECONDS - t0)) s"
in_root() { chroot "$root" "$@"; }
[ "$(in_root dpkg-query -W -f '${Status}' storstil 2>/dev/null)" = "install ok installed" ] || fail "storstil is not installed"
[ "$(in_root dpkg-query -W -f '${Status}' syncthing 2>/dev/null)" = "install ok installed" ] || fail "syncthing is not installed"
conf=$root/etc/storstil.conf
for l in 'staff_pin = 2580' 'rotate = 90' 'screen_size_mm = 344x194' 'read_aloud = off' \
         'synced_dir = /var/lib/storstil/synced' 'data_dir = /var/lib/storstil/data'; do
  grep -qx "$l" "$conf" || fail "/etc/storstil.conf lacks '$l'"
done
w=$(in_root storstil --config /etc/storstil.conf --check 2>&1 | grep 'storstil.conf:')
[ -z "$w" ] || fail "the written config gives warnings: $w"
st=$root/var/lib/storstil/syncthing
[ -s "$st/cert.pem" ] && [ -s "$st/key.pem" ] || fail "Syncthing's keys were not made"
x=$st/config.xml
grep -q "<device id=\"$office\" name=\"office\"" "$x" || fail "config.xml lacks the office device"
grep -q '<address>tcp://127.0.0.1:22101</address>' "$x" || fail "config.xml lacks the office's address"
grep -q 'id="storstil-texts".*path="/var/lib/storstil/synced" type="receiveonly"' "$x" || fail "no receive-only texts folder"
grep -q 'id="storstil-status-filial-test".*path="/var/lib/storstil/status" type="sendonly"' "$x" || fail "no send-only status folder"
for o in globalAnnounceEnabled localAnnounceEnabled relaysEnabled natEnabled crashReportingEnabled; do
  grep -q "<$o>false</$o>" "$x" || fail "config.xml: $o is not false"
done
grep -q '<urAccepted>-1</urAccepted>' "$x" || fail "config.xml: usage reporting is not declined"
[ "$(in_root stat -c %U /var/lib/storstil/syncthing)" = storstil ] || fail "Syncthing's folder is not the storstil user's"
for u in multi-user.target.wants/storstil.service timers.target.wants/storstil-status.timer \
         multi-user.target.wants/syncthing@storstil.service; do
  [ -L "$root/etc/systemd/system/$u" ] || fail "$u is not enabled"
done
grep -q 'rootwait consoleblank=0 vt.global_cursor_default=0$' "$root/boot/firmware/cmdline.txt" ||
  fail "console blanking is not off: $(cat "$root/boot/firmware/cmdline.txt")"
id=$(grep -o 'filial-test: [A-Z0-9-]\{63\}' "$T/run1.log" | head -1)
[ -n "$id" ] || fail "the run did not print the kiosk's device ID"

# The second run changes nothing.
play 2 || fail "the second run failed: $(grep -E 'fatal|FAILED' -A3 "$T/run2.log" | head -20)"
recap=$(grep -A1 'PLAY RECAP' "$T/run2.log" | tail -1)
echo "fleet-test: second run: $recap"
case $recap in *" changed=0 "*) ;; *) fail "the second run changed something: $(grep -B1 '^changed:' "$T/run2.log" | head -20)" ;; esac
[ "$fails" = 0 ] && echo "fleet-test: the playbook passed" || echo "fleet-test: the playbook: $fails failed"
[ "$fails" = 0 ]
