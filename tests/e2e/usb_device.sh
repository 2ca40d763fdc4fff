#!/usr/bin/env bash
# storstil-usb --device, as the service runs it, on a loop device standing
# in for a stick (an ext4 image made from a folder; a real stick is usually
# FAT, which is mounted the same way): the stick is mounted read-only,
# nosuid, nodev and noexec while the texts are imported, and unmounted and
# its mount folder removed afterwards. Needs root and loop devices; says so
# and passes where there are none (a container without /dev/loop*).
. "$(dirname "$0")/lib.bash"
T=$OUT/usb-device
rm -rf "$T" && mkdir -p "$T/tree/storstil" "$T/data"
if [ "$(id -u)" != 0 ] || ! command -v losetup > /dev/null || ! command -v mkfs.ext4 > /dev/null; then
  echo "usb_device: needs root, losetup and mkfs.ext4; not run"; exit 0
fi
echo "bokcirkel på tisdag" | build/storstil-usb --make-key "$T/tree" > "$T/storstil.conf" 2> /dev/null
printf 'Det här är en text om läsning från ett USB-minne.\n\nEtt andra stycke.\n' > "$T/tree/storstil/Läsning på minnet.txt"
truncate -s 16M "$T/stick.img"
mkfs.ext4 -q -d "$T/tree" "$T/stick.img" 2> "$T/mkfs.err" || { fail "mkfs.ext4 -d: $(cat "$T/mkfs.err")"; finish; exit; }
if ! dev=$(losetup -f --show "$T/stick.img" 2> "$T/losetup.err"); then
  echo "usb_device: no loop device here ($(cat "$T/losetup.err")); not run"; exit 0
fi
# The importer records how the stick is mounted while it reads from it.
cat > "$T/importer" <<IMP
#!/bin/sh
d=\$(dirname "\$1"); d=\${d%/storstil}
grep " \$d " /proc/mounts >> "$PWD/$T/mounts.log"
exec "$PWD/build/storstil-import" "\$@"
IMP
chmod +x "$T/importer"
# TMPDIR, as the unit sets it (its runtime folder): the mount folder goes
# there, as a read-only root has no writable /tmp.
mkdir -p "$T/run"
TMPDIR=$PWD/$T/run build/storstil-usb --device "$dev" --data "$T/data" --config "$T/storstil.conf" \
  --status "$T/status" --importer "$T/importer" > "$T/run.out" 2> "$T/run.err"; rc=$?
losetup -d "$dev"
[ "$rc" = 0 ] || fail "--device: exit $rc: $(cat "$T/run.err")"
[ -f "$T/data/Läsning på minnet.txt" ] || fail "--device: the text was not imported: $(cat "$T/run.err")"
grep -qx "added=1" "$T/status" || fail "--device: status $(tr '\n' ' ' < "$T/status")"
line=$(head -1 "$T/mounts.log" 2> /dev/null)
for opt in ro nosuid nodev noexec; do
  case ",$(awk '{print $4}' <<< "$line")," in *",$opt,"*) ;; *) fail "--device: the stick was not mounted $opt: ${line:-no mount seen}";; esac
done
case $(awk '{print $2}' <<< "$line") in "$PWD/$T/run/storstil-usb-"*) ;;
  *) fail "--device: the mount folder was not in TMPDIR: ${line:-no mount seen}";; esac
[ -z "$(ls -A "$T/run")" ] || fail "--device: the mount folder was left: $(ls "$T/run")"
grep -q "storstil-usb-" /proc/mounts && fail "--device: the stick is still mounted: $(grep storstil-usb- /proc/mounts)"
ls -d /tmp/storstil-usb-* > /dev/null 2>&1 && fail "--device: the mount folder was left: $(ls -d /tmp/storstil-usb-*)"
finish
