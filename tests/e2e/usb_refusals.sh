#!/usr/bin/env bash
# What storstil-usb refuses, on loop devices and folders standing in for
# sticks, as root in a private mount namespace (unshare -m): an ext4 stick
# with a journal to recover is never mounted and stays byte for byte the
# same; a `storstil` folder that is a link is not followed; names with
# newlines and U+202E are escaped in the journal and cleaned in the data
# folder; many partitions at once check their keys one at a time; an import
# stopped by SIGTERM leaves an "interrupted" report; the importer holds no
# capability, has no_new_privs and cannot remount anything. FAT and exFAT
# sticks are mounted only in the system test (this kernel has neither
# module). Needs root; says so and passes where it is not.
. "$(dirname "$0")/lib.bash"
if [ "$(id -u)" != 0 ] || ! command -v unshare > /dev/null; then
  echo "usb_refusals: needs root and unshare; not run"; exit 0
fi
if [ -z "${STORSTIL_IN_NS:-}" ]; then
  STORSTIL_IN_NS=1 exec unshare -m --propagation private bash "$0" "$@"
fi
USBBIN=${USBBIN:-build/storstil-usb}
T=$OUT/usb-refusals
rm -rf "$T" && mkdir -p "$T/key" "$T/data"
text() { printf 'Det här är texten %s. Den handlar om böcker och läsning.\n\nEtt andra stycke.\n' "$1"; }
echo "bokcirkel på tisdag" | $USBBIN --make-key "$T/key" > "$T/key.line" 2> /dev/null
{ echo "data_dir = /nonexistent"; cat "$T/key.line"; } > "$T/storstil.conf"
KEYFILE=$T/key/storstil/nyckel.txt
# stick DIR: a folder standing in for a mounted stick with the staff's key.
stick() { mkdir -p "$1/storstil" && cp "$KEYFILE" "$1/storstil/"; }
run() {
  local name=$1 dir=$2; shift 2
  timeout 60 $USBBIN --import "$dir" --data "$T/data" --config "$T/storstil.conf" --status "$T/status" "$@" \
    > "$T/$name.out" 2> "$T/$name.err"; rc=$?
}

# 1. An ext4 stick whose journal needs recovery (a "read-only" ext4 mount
# replays it and writes the stick): not mounted, not changed, logged.
if command -v losetup > /dev/null && command -v mkfs.ext4 > /dev/null && command -v debugfs > /dev/null; then
  stick "$T/tree" && text ext4 > "$T/tree/storstil/ext4.txt"
  truncate -s 16M "$T/ext4.img"
  mkfs.ext4 -q -d "$T/tree" "$T/ext4.img" && debugfs -w -R "feature needs_recovery" "$T/ext4.img" > /dev/null 2>&1
  sum=$(sha256sum < "$T/ext4.img")
  if dev=$(losetup -f --show "$T/ext4.img" 2> "$T/losetup.err"); then
    TMPDIR=$PWD/$T timeout 60 $USBBIN --device "$dev" --data "$T/data" --config "$T/storstil.conf" \
      --status "$T/status" > /dev/null 2> "$T/ext4.err"; rc=$?
    grep -q " $PWD/$T/storstil-usb-" /proc/mounts && fail "ext4: still mounted"
    losetup -d "$dev"
    [ "$rc" = 1 ] || fail "ext4 stick: exit $rc, wanted 1"
    [ "$(sha256sum < "$T/ext4.img")" = "$sum" ] || fail "ext4 stick: its image changed (the journal was replayed)"
    grep -q "holds unknown, not FAT or exFAT: it is not mounted" "$T/ext4.err" || fail "ext4 stick: not logged: $(cat "$T/ext4.err")"
    [ -z "$(ls "$T/data")" ] || fail "ext4 stick: texts came in: $(ls "$T/data")"
    [ -e "$T/status" ] && fail "ext4 stick: a status was written"
  else
    echo "usb_refusals: no loop device here ($(cat "$T/losetup.err")); the ext4 stick not run"
  fi
fi

# 2. `storstil` as a link to a folder off the stick (with the right key):
# not followed, nothing read.
mkdir -p "$T/elsewhere/storstil" "$T/linked"
cp "$KEYFILE" "$T/elsewhere/storstil/" && text hemlig > "$T/elsewhere/storstil/hemlig.txt"
ln -s "$PWD/$T/elsewhere/storstil" "$T/linked/storstil"
run linked "$T/linked"
[ "$rc" = 1 ] || fail "storstil as a link: exit $rc, wanted 1"
[ -z "$(ls "$T/data")" ] || fail "storstil as a link was followed: $(ls "$T/data")"
grep -q "storstil is a link or not a folder" "$T/linked.err" || fail "storstil as a link: not logged: $(cat "$T/linked.err")"

# 3. Names: a newline that would write a fake journal line, U+202E (right-
# to-left override) and U+200B (zero width space).
stick "$T/names"
text rlo > "$T/names/storstil/evil"$'\u202e'"txt.exe.txt"
text zw > "$T/names/storstil/no"$'\u200b'"ll.txt"
head -c 2000 /dev/urandom > "$T/names/storstil/"$'x\nstorstil-usb: 99 added, fake.bin'
ln -s /etc/passwd "$T/names/storstil/"$'l\u202enk\nstorstil-usb: fake.txt'
run names "$T/names"
[ "$rc" = 0 ] || fail "names: exit $rc: $(cat "$T/names.err")"
[ -f "$T/data/eviltxt.exe.txt" ] || fail "names: U+202E was not dropped: $(ls "$T/data" | tr '\n' ' ')"
[ -f "$T/data/noll.txt" ] || fail "names: U+200B was not dropped: $(ls "$T/data" | tr '\n' ' ')"
grep -q $'\u202e\|\u200b' "$T/names.err" && fail "names: a bidi or zero-width character reached the journal"
grep -q '^storstil-usb: 99 added\|^storstil-usb: fake' "$T/names.err" && fail "names: a newline in a name wrote a fake journal line"
grep -q $'\u202e\|\u200b' "$T/status" && fail "names: a bidi or zero-width character reached the status file"
rm -f "$T/data"/* "$T/status"

# 4. Many partitions of one stick at once: each waits for the data folder's
# lock before its key check (yescrypt, 18 MB each), even with a wrong key.
for i in 1 2 3 4 5 6 7 8; do mkdir -p "$T/part$i/storstil"; echo "fel nyckel $i!" > "$T/part$i/storstil/nyckel.txt"; done
exec 9< "$T/data"
flock 9
pids=()
for i in 1 2 3 4 5 6 7 8; do
  $USBBIN --import "$T/part$i" --data "$T/data" --config "$T/storstil.conf" --status "$T/status" 2> "$T/part$i.err" &
  pids+=($!)
done
sleep 2
running=0; for p in "${pids[@]}"; do kill -0 "$p" 2> /dev/null && running=$((running + 1)); done
[ "$running" = 8 ] || fail "many partitions: $((8 - running)) of 8 checked their key without waiting for the lock"
flock -u 9; exec 9<&-
for p in "${pids[@]}"; do wait "$p"; [ $? = 1 ] || fail "many partitions: a wrong key did not exit 1"; done

# 5. SIGTERM (a pulled stick, a time-out) in the middle of an import: a
# "running" status at the start, an "interrupted" one at the end, no
# scratch file left. The importer records what it can do meanwhile.
mkdir -p "$T/ro" && mount -t tmpfs -o ro,size=1m storstil-test-ro "$T/ro"
cat > "$T/importer" <<IMP
#!/bin/sh
# Its own capabilities and no_new_privs, the status file as it is now, and
# whether a program it starts can make a read-only mount writable.
grep -E '^(Cap(Inh|Prm|Eff|Amb)|NoNewPrivs):' /proc/self/status > "$PWD/$T/proc-status"
cp "$PWD/$T/status" "$PWD/$T/status-meanwhile"
mount -o remount,rw "$PWD/$T/ro" 2> "$PWD/$T/remount.err" && echo remounted > "$PWD/$T/remount"
printf 'title: halv\n\nBara halva' > "\$3"
exec sleep 30
IMP
chmod +x "$T/importer"
stick "$T/slow" && text halv > "$T/slow/storstil/halv.txt" && text andra > "$T/slow/storstil/z-andra.txt"
$USBBIN --import "$T/slow" --data "$T/data" --config "$T/storstil.conf" --status "$T/status" \
  --importer "$PWD/$T/importer" 2> "$T/slow.err" &
pid=$!
for _ in $(seq 100); do [ -s "$T/proc-status" ] && ls -A "$T/data" | grep -q '^\.halv\.tmp-' && break; sleep 0.1; done
kill -TERM $pid; wait $pid; rc=$?
[ "$rc" = 1 ] || fail "SIGTERM: exit $rc, wanted 1"
grep -qx "state=running" "$T/status-meanwhile" 2> /dev/null || fail "no running status during the import: $(cat "$T/status-meanwhile" 2> /dev/null | tr '\n' ' ')"
grep -qx "state=interrupted" "$T/status" 2> /dev/null || fail "SIGTERM: no interrupted report: $(cat "$T/status" 2> /dev/null | tr '\n' ' ')"
grep -q "interrupted: 0 added" "$T/slow.err" || fail "SIGTERM: the journal does not say interrupted: $(cat "$T/slow.err")"
[ -z "$(ls -A "$T/data")" ] || fail "SIGTERM: the data folder holds $(ls -A "$T/data" | tr '\n' ' ')"

# 6. The importer, run by root from this shell, holds no capability and has
# no_new_privs; the mount it tried to remount is still read-only.
for f in CapInh CapPrm CapEff CapAmb; do
  grep -qx "$f:	0000000000000000" "$T/proc-status" || fail "the importer holds capabilities: $(grep "^$f" "$T/proc-status")"
done
grep -qx "NoNewPrivs:	1" "$T/proc-status" || fail "the importer lacks no_new_privs: $(grep NoNewPrivs "$T/proc-status")"
[ -e "$T/remount" ] && fail "a program the importer started remounted a read-only mount writable"
grep -q "ro," <<< "$(grep " $PWD/$T/ro " /proc/mounts | awk '{print $4}')," || fail "the read-only mount is not read-only any more"
umount "$T/ro"
finish
