#!/usr/bin/env bash
# The emulated kiosk's disks for make system-test (tests/system/README.md):
# a bookworm root of ARCH with Debian's kernel, systemd, udev, Mesa's
# EGL/GBM/GLES and the package's dependencies, made once by mmdebstrap and
# cached in $CROSS_CACHE beside the cross tests' roots; then, for each run,
# the package installed in a fresh copy with apt (README "Raspberry Pi
# kiosk", step 2), its data folder moved to a partition of its own mounted
# by UUID (step 6), and both written to raw ext4 images with mkfs.ext4 -d.
#
#   image.sh disks ARCH DEB OUT    OUT/root.img, OUT/data.img, OUT/vmlinuz,
#                                  OUT/initrd.img for one boot of DEB
#
# Test-only parts the package never has: the kiosk's config for the test
# (staff PIN, USB key), and tests/system/report.sh as a unit that prints the
# system's state to the console every 2 s, which the test reads.
# The kernel's initramfs is not made by mkinitramfs (it ran twice under
# qemu-user, 13 minutes each): update-initramfs is diverted to a no-op in the
# root, and tests/system/initramfs.sh packs a small one here from the root's
# busybox and the modules the virtio disk needs, in seconds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
CROSS_CACHE=${CROSS_CACHE:-/var/tmp/storstil-cross}
MIRROR=$(bash "$here/../cross/mirror.sh")
SECURITY=$(bash "$here/../cross/mirror.sh" bookworm-security 2>/dev/null || true)

# base_packages ARCH DEB: the kernel, init, udev, Mesa for SDL's KMSDRM
# path, busybox for the initramfs, e2fsprogs and dosfstools for fsck at
# boot, ALSA's and procps' tools, and what DEB depends on (first of each
# alternative), so installing DEB later needs no download.
base_packages() {
  echo "linux-image-$1 systemd-sysv udev kmod dbus busybox-static e2fsprogs dosfstools"
  echo "libegl1 libegl-mesa0 libgbm1 libgles2 libgl1-mesa-dri alsa-utils procps qemu-guest-agent"
  dpkg-deb -f "$2" Depends | tr ',' '\n' | sed 's/|.*//; s/([^)]*)//g; s/ //g; s/:any$//' | grep -v '^$'
}

# base ARCH DEB: the cached tarball's path, made unless it is there.
base() {
  local arch=$1 pkgs key tar
  pkgs=$(base_packages "$arch" "$2" | tr ' ' '\n' | grep -v '^$' | sort -u | tr '\n' ' ')
  key=$(printf '%s\n' "$MIRROR" $pkgs | md5sum | cut -c1-10)
  tar=$CROSS_CACHE/system-bookworm-$arch-$key.tar
  [ -s "$tar" ] && { echo "$tar"; return 0; }
  mkdir -p "$CROSS_CACHE"
  echo "system: making a bookworm $arch system root once ($tar)" >&2
  local sec=(); [ -n "$SECURITY" ] && sec=("deb $SECURITY bookworm-security main")
  nice mmdebstrap --quiet --variant=apt --architectures="$arch" \
    --include="$(echo $pkgs | tr ' ' ,)" \
    --essential-hook='chroot "$1" dpkg-divert --quiet --local --rename --add /usr/sbin/update-initramfs' \
    --essential-hook='printf "#!/bin/sh\n# storstil system test: the initramfs is made outside the root\nexit 0\n" > "$1/usr/sbin/update-initramfs"; chmod 755 "$1/usr/sbin/update-initramfs"' \
    --format=tar bookworm "$tar.part" \
    "deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main" "${sec[@]}" > "$tar.log" 2>&1 || {
      echo "system: mmdebstrap could not make the $arch system root; its errors (all in $tar.log):" >&2
      grep -E '^(E|W): |rror' "$tar.log" | head -15 >&2; rm -f "$tar.part"; exit 1; }
  mv "$tar.part" "$tar"
  echo "$tar"
}

# disks ARCH DEB OUT: a fresh root from the tarball with DEB installed by apt,
# the test's config, and the images and kernel files in OUT.
disks() {
  local arch=$1 deb=$2 out=$3 tar root
  tar=$(base "$arch" "$deb")
  root=$out/root
  rm -rf --one-file-system "$root"; mkdir -p "$root"
  tar -C "$root" -xf "$tar"
  mkdir -p "$root/pkg"; cp "$deb" "$root/pkg/"
  bash "$here/../cross/chroot.sh" run "$root" sh -ec "
    apt-get install -y -q /pkg/$(basename "$deb") > /pkg/apt.log 2>&1 || { tail -20 /pkg/apt.log; exit 1; }
    systemctl is-enabled storstil.service > /dev/null"
  rm -rf "$root/pkg"
  bash "$here/guest.sh" "$root"
  # The data folder on a partition of its own, mounted by its UUID.
  local uuid; uuid=$(cat /proc/sys/kernel/random/uuid)
  mkdir -p "$out/data-tree"; rm -rf --one-file-system "$out/data-tree"; mkdir -p "$out/data-tree"
  cp -a "$root/var/lib/storstil/." "$out/data-tree/"
  rm -rf "$root/var/lib/storstil"; mkdir -p "$root/var/lib/storstil"
  # SYSTEM_BREAK=unit: the root writable whatever the test asks; disk: the
  # data partition never checked (and made without a journal below).
  # (commit= needs a journal.)
  printf '/dev/vda / ext4 %s 0 1\nUUID=%s /var/lib/storstil ext4 %s 0 %s\n' \
    "$([ "${SYSTEM_BREAK:-}" = unit ] && echo rw || echo "${ROOT_MODE:-rw}")" "$uuid" \
    "$([ "${SYSTEM_BREAK:-}" = disk ] && echo defaults,noatime || echo defaults,noatime,commit=1)" \
    "$([ "${SYSTEM_BREAK:-}" = disk ] && echo 0 || echo 2)" > "$root/etc/fstab"
  cp "$root"/boot/vmlinuz-* "$out/vmlinuz"
  bash "$here/initramfs.sh" "$root" "$out/initrd.img"
  rm -f "$out/root.img" "$out/data.img"
  mkfs.ext4 -q -F -E root_owner=0:0 -L kiosk-root -d "$root" "$out/root.img" 2G > /dev/null
  local journal=(); [ "${SYSTEM_BREAK:-}" = disk ] && journal=(-O ^has_journal)
  mkfs.ext4 -q -F -E root_owner=0:0 "${journal[@]}" -L storstil-data -U "$uuid" -d "$out/data-tree" \
    "$out/data.img" 256M > /dev/null
}

case ${1:-} in
  disks) disks "$2" "$3" "$4" ;;
  *) sed -n '2,/^set /p' "$0" | sed 's/^# \{0,1\}//;$d'; exit 2 ;;
esac
