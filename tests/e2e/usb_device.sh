#!/usr/bin/env bash
# storstil-usb --device, as the service runs it, on a loop device standing
# in for a stick (a FAT image made with mkfs.vfat and mtools, no mount), as
# root in a private mount namespace: the stick's type is read from its boot
# sector (udev's record in the service), it is mounted read-only, nosuid,
# nodev, noexec and nosymfollow while the texts are imported, and unmounted
# and its mount folder removed afterwards. A kernel without vfat (this
# machine's) stops after the type was found: the system test mounts FAT and
# exFAT sticks. Needs root and loop devices; says so and passes where there
# are none (a container without /dev/loop*).
. "$(dirname "$0")/lib.bash"
T=$OUT/usb-device
rm -rf "$T" && mkdir -p "$T/tree/storstil" "$T/data"
if [ "$(id -u)" != 0 ] || ! command -v losetup > /dev/null || ! command -v mkfs.vfat > /dev/null ||
   ! command -v mcopy > /dev/null || ! command -v unshare > /dev/null; then
  echo "usb_device: needs root, losetup, unshare, mkfs.vfat and mcopy; not run"; exit 0
fi
if [ -z "${STORSTIL_IN_NS:-}" ]; then
  STORSTIL_IN_NS=1 exec unshare -m --propagation private bash "$0" "$@"
fi
echo "bokcirkel på tisdag" | build/storstil-usb --make-key "$T/tree" > "$T/storstil.conf" 2> /dev/null
printf 'Det här är en text om läsning från ett USB-minne.\n\nEtt andra stycke.\n' > "$T/tree/storstil/Läsning på minnet.txt"
mkfs.vfat -n STICK -C "$T/stick.img" 16384 > /dev/null 2> "$T/mkfs.err" || { fail "mkfs.vfat: $(cat "$T/mkfs.err")"; finish; exit; }
mmd -i "$T/stick.img" ::/storstil && mcopy -i "$T/stick.img" "$T/tree/storstil/"* ::/storstil/ ||
  { fail "mtools could not fill the stick"; finish; exit; }
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
grep -q "cannot mount $dev (vfat) read-only: No such device" "$T/run.err" &&
  { echo "usb_device: this kernel has no vfat; the stick was found to be FAT and not mounted here"; finish; exit; }
[ "$rc" = 0 ] || fail "--device: exit $rc: $(cat "$T/run.err")"
[ -f "$T/data/Läsning på minnet.txt" ] || fail "--device: the text was not imported: $(cat "$T/run.err")"
grep -qx "added=1" "$T/status" || fail "--device: status $(tr '\n' ' ' < "$T/status")"
line=$(head -1 "$T/mounts.log" 2> /dev/null)
for opt in ro nosuid nodev noexec nosymfollow; do
  case ",$(awk '{print $4}' <<< "$line")," in *",$opt,"*) ;; *) fail "--device: the stick was not mounted $opt: ${line:-no mount seen}";; esac
done
case $(awk '{print $2}' <<< "$line") in "$PWD/$T/run/storstil-usb-"*) ;;
  *) fail "--device: the mount folder was not in TMPDIR: ${line:-no mount seen}";; esac
[ -z "$(ls -A "$T/run")" ] || fail "--device: the mount folder was left: $(ls "$T/run")"
grep -q "storstil-usb-" /proc/mounts && fail "--device: the stick is still mounted: $(grep storstil-usb- /proc/mounts)"
ls -d /tmp/storstil-usb-* > /dev/null 2>&1 && fail "--device: the mount folder was left: $(ls -d /tmp/storstil-usb-*)"
finish
