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
# build, test and packaging lists). CHROOT_VARIANT: mmdebstrap's variant,
# apt by default (essential packages and apt); important is what a fresh
# Debian machine holds (the fresh-clone test). The mirror is this machine's own
# (tests/cross/mirror.sh). Needs root, mmdebstrap, arch-test (mmdebstrap only
# recommends it, and cannot make a foreign root without it),
# qemu-user-static and binfmt-support: make deps-cross installs them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
CROSS_CACHE=${CROSS_CACHE:-/var/tmp/storstil-cross}
MIRROR=$(bash "$here/mirror.sh")
SECURITY=$(bash "$here/mirror.sh" bookworm-security 2>/dev/null || true)

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
  key=$(printf '%s\n' "$MIRROR" ${CHROOT_PACKAGES:-} ${CHROOT_VARIANT:-} | sort | md5sum | cut -c1-10)
  echo "$CROSS_CACHE/bookworm-$arch-$key.tar"
}

make_root() {
  local arch=$1 tar
  tar=$(tarball "$arch")
  need_tools
  binfmt "$arch"
  [ -s "$tar" ] && return 0
  mkdir -p "$CROSS_CACHE"
  echo "chroot: making a bookworm $arch root ($tar)"
  local pkgs; pkgs=$(echo ${CHROOT_PACKAGES:-} | tr ' ' ,)
  local log=$tar.log
  # A mirror caught mid-sync serves an index that its Release file does not
  # list ("File has unexpected size"), and mmdebstrap stops at any such
  # error. Seen for bookworm-security's armhf index: the root is then made
  # from bookworm and bookworm-updates alone, which is all the tests need,
  # and the line below says so. Any other failure is reported as it is.
  if [ -n "$SECURITY" ]; then
    mmdebstrap_root "$arch" "$pkgs" "$tar.part" "$log" "deb $SECURITY bookworm-security main" && { mv "$tar.part" "$tar"; return 0; }
    if grep -q 'bookworm-security' "$log" && grep -qiE 'unexpected size|hash sum mismatch|failed to fetch' "$log"; then
      echo "chroot: the mirror's bookworm-security index for $arch cannot be read now ($(grep -m1 -iE 'unexpected size|hash sum mismatch|failed to fetch' "$log")); making the root without it"
    else
      root_failed "$arch" "$log"
    fi
  fi
  mmdebstrap_root "$arch" "$pkgs" "$tar.part" "$log" || root_failed "$arch" "$log"
  mv "$tar.part" "$tar"
}

# The tools a root needs, named with the package that has each, before
# mmdebstrap would fail with a message that hides the cause.
need_tools() {
  local missing= t
  for t in mmdebstrap:mmdebstrap arch-test:arch-test update-binfmts:binfmt-support; do
    command -v "${t%%:*}" > /dev/null || missing="$missing ${t#*:}"
  done
  [ -z "$missing" ] || { echo "chroot: missing Debian packages:$missing (make deps-cross installs them)" >&2; exit 1; }
}

# root_failed ARCH LOG: says why mmdebstrap could not make the root (its
# error lines, the whole log's path) and stops.
root_failed() {
  echo "chroot: mmdebstrap could not make the bookworm $1 root; its errors (all of it in $2):" >&2
  grep -E '^(E|W): |error|Error' "$2" | grep -v '^W: .*unsupported' | head -15 >&2 || tail -15 "$2" >&2
  rm -f "$tar.part"
  exit 1
}

# mmdebstrap_root ARCH PKGS TAR LOG [SOURCE]: a bookworm root of ARCH holding
# PKGS (comma-separated) as the tarball TAR, from bookworm, bookworm-updates
# and SOURCE; mmdebstrap's output in LOG.
mmdebstrap_root() {
  local arch=$1 pkgs=$2 tar=$3 log=$4; shift 4
  nice mmdebstrap --quiet --variant="${CHROOT_VARIANT:-apt}" --architectures="$arch" \
    ${pkgs:+--include="$pkgs"} --format=tar bookworm "$tar" \
    "deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main" "$@" > "$log" 2>&1
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
    # The root a mount point of its own, so a test inside may make its own
    # private mount namespace (unshare -m changes the propagation of "/").
    mount --bind "$d" "$d"
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
