#!/usr/bin/env bash
# initramfs.sh ROOT OUT: a small initramfs for the system test's kernel,
# packed on this machine from ROOT (the emulated kiosk's root): ROOT's static
# busybox, the modules the root disk needs with what they depend on (from
# ROOT's modules.dep, in load order) and tests/system/init. Made in seconds,
# where mkinitramfs under qemu-user took 13 minutes.
set -euo pipefail
root=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
kver=$(ls "$root/lib/modules" | head -1)
moddir=lib/modules/$kver
# The virtio PCI bus and disk, and ext4 with the checksum it asks for by
# name (a soft dependency, not in modules.dep).
WANT="virtio_pci virtio_blk crc32c_generic ext4"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# path_of NAME: the module's path in modules.dep (- and _ are one).
path_of() { awk -F: -v n="$1" '{ f = $1; sub(/.*\//, "", f); sub(/\.ko.*/, "", f); gsub(/-/, "_", f)
  if (f == n) { print $1; exit } }' "$root/$moddir/modules.dep"; }
# load order: each module's dependencies first, each once.
declare -A seen; order=()
visit() {
  local p=$1 d
  [ -n "${seen[$p]:-}" ] && return; seen[$p]=1
  for d in $(awk -F: -v p="$p" '$1 == p { print $2 }' "$root/$moddir/modules.dep"); do visit "$d"; done
  order+=("$p")
}
for m in $WANT; do
  p=$(path_of "$m")
  if [ -z "$p" ]; then
    # Built into the kernel: nothing to load.
    grep -q "/$m.ko" "$root/$moddir/modules.builtin" 2>/dev/null || { echo "initramfs: no module $m in $kver" >&2; exit 1; }
    continue
  fi
  visit "$p"
done
mkdir -p "$tmp/bin" "$tmp/$moddir"
cp "$root/bin/busybox" "$tmp/bin/busybox"
: > "$tmp/modules"
for p in "${order[@]}"; do
  mkdir -p "$tmp/$moddir/$(dirname "$p")"
  case $p in
    *.xz) xz -dc "$root/$moddir/$p" > "$tmp/$moddir/${p%.xz}"; p=${p%.xz} ;;
    *) cp "$root/$moddir/$p" "$tmp/$moddir/$p" ;;
  esac
  echo "/$moddir/$p" >> "$tmp/modules"
done
install -m 755 "$here/init" "$tmp/init"
(cd "$tmp" && find . | cpio --quiet -o -H newc) | gzip -1 > "$out"
