#!/usr/bin/env bash
# A Debian bookworm root of another architecture (arm64, armhf) or of this one,
# run through qemu-user and binfmt_misc: the cross tests and the package's
# install tests run in it. Nothing here is committed or kept in the clone:
# the root is made once by mmdebstrap as a tarball in $CROSS_CACHE (keyed on
# its package list) and unpacked fresh for every run, so each run starts
# clean and a failed one leaves nothing behind but a folder under build/.
#
#   chroot.sh make ARCH              make the tarball unless it is there
#   chroot.sh unpack ARCH DIR        a fresh root in DIR (removed first)
#   chroot.sh run DIR CMD...         CMD as root inside DIR, with /proc, /sys,
#                                    /dev and /tmp mounted in a private mount
#                                    namespace, so they vanish when CMD ends
#
# CHROOT_PACKAGES: the packages the root holds besides apt (the Makefile's
# build, test and packaging lists). Needs root, mmdebstrap, qemu-user-static.
set -euo pipefail
CROSS_CACHE=${CROSS_CACHE:-/var/tmp/storstil-cross}
MIRROR=${MIRROR:-http://deb.debian.org/debian}

# The host can run ARCH's programs: natively, or through qemu and binfmt_misc
# (mounted and enabled here when they are not).
binfmt() {
  local arch=$1 q
  [ "$arch" = "$(dpkg --print-architecture)" ] && return 0
  case $arch in arm64) q=qemu-aarch64 ;; armhf|armel) q=qemu-arm ;; *) q=qemu-$arch ;; esac
  if [ ! -e /proc/sys/fs/binfmt_misc/register ]; then
    mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  fi
  if [ ! -e /proc/sys/fs/binfmt_misc/$q ]; then
    update-binfmts --enable $q || update-binfmts --import $q
  fi
  # F flag: the kernel opens qemu once, so the root needs no copy of it.
  grep -q 'flags:.*F' /proc/sys/fs/binfmt_misc/$q || { echo "chroot: $q lacks binfmt flag F" >&2; exit 1; }
}

tarball() {
  local arch=$1 key
  key=$(printf '%s\n' "$MIRROR" ${CHROOT_PACKAGES:-} | sort | md5sum | cut -c1-10)
  echo "$CROSS_CACHE/bookworm-$arch-$key.tar"
}

make_root() {
  local arch=$1 tar
  tar=$(tarball "$arch")
  binfmt "$arch"
  [ -s "$tar" ] && return 0
  mkdir -p "$CROSS_CACHE"
  echo "chroot: making a bookworm $arch root ($tar)"
  local pkgs; pkgs=$(echo ${CHROOT_PACKAGES:-} | tr ' ' ,)
  local security="deb ${MIRROR%/debian}/debian-security bookworm-security main"
  # A mirror caught mid-sync serves an index that its Release file does not
  # list ("File has unexpected size"), and mmdebstrap stops at any such
  # error. Seen for bookworm-security's armhf index: the root is then made
  # from bookworm and bookworm-updates alone, which is all the tests need,
  # and the line below says so.
  if ! mmdebstrap_root "$arch" "$pkgs" "$tar.part" "$security"; then
    echo "chroot: the mirror's bookworm-security index for $arch cannot be read now; making the root without it"
    mmdebstrap_root "$arch" "$pkgs" "$tar.part"
  fi
  mv "$tar.part" "$tar"
}

# mmdebstrap_root ARCH PKGS TAR [SOURCE]: a bookworm root of ARCH holding
# PKGS (comma-separated) as the tarball TAR, from bookworm, bookworm-updates
# and SOURCE.
mmdebstrap_root() {
  local arch=$1 pkgs=$2 tar=$3; shift 3
  nice mmdebstrap --quiet --variant=apt --architectures="$arch" \
    ${pkgs:+--include="$pkgs"} --format=tar bookworm "$tar" \
    "deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main" "$@"
}

unpack() {
  local arch=$1 dir=$2
  make_root "$arch"
  rm -rf --one-file-system "$dir"
  mkdir -p "$dir"
  tar -C "$dir" -xf "$(tarball "$arch")"
}

run() {
  local dir=$1; shift
  unshare --mount --propagation private -- sh -ec '
    d=$1; shift
    mount -t proc proc "$d/proc"
    mount --rbind /sys "$d/sys"
    mount --rbind /dev "$d/dev"
    mount -t tmpfs tmpfs "$d/tmp"
    cp /etc/resolv.conf "$d/etc/resolv.conf" 2>/dev/null || true
    exec chroot "$d" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
  ' sh "$dir" "$@"
}

case ${1:-} in
  make) make_root "$2" ;;
  unpack) unpack "$2" "$3" ;;
  run) shift; run "$@" ;;
  *) sed -n '2,/^set /p' "$0" | sed 's/^# \{0,1\}//;$d'; exit 2 ;;
esac
