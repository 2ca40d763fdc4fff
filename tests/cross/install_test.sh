#!/usr/bin/env bash
# make install-test [ARCH=...]: the package installed, upgraded, removed and
# purged in a fresh bookworm root (nothing but apt in it; tests/cross/
# chroot.sh) by tests/cross/install_in_root.sh. The older build it upgrades
# from is this one repacked with a lower version (VERSION~older), so the
# upgrade path is dpkg's real one: conffile, maintainer scripts, unit.
# Needs build/storstil_VERSION_ARCH.deb (make deb, or the cross test's).
set -u
arch=${1:-$(dpkg --print-architecture)}
cd "$(dirname "$0")/../.." || exit 1
v=$(sed -n '1s/^[^(]*(\([^)]*\)).*/\1/p' debian/changelog)
deb=build/storstil_${v}_${arch}.deb
[ -f "$deb" ] || { echo "install-test: $deb not built (make deb)"; exit 1; }
t0=$SECONDS
root=build/cross/install-$arch/root
CHROOT_PACKAGES= bash tests/cross/chroot.sh unpack "$arch" "$root" || exit 1

tmp=$root/tmp-pkg
rm -rf "$tmp"; mkdir -p "$tmp/old"
dpkg-deb -R "$deb" "$tmp/old"
sed -i "s/^Version: .*/Version: ${v}~older/" "$tmp/old/DEBIAN/control"
mkdir -p "$root/pkg"
dpkg-deb --root-owner-group -b "$tmp/old" "$root/pkg/storstil_${v}~older_${arch}.deb" > /dev/null
cp "$deb" "$root/pkg/"
cp tests/cross/install_in_root.sh "$root/pkg/"
rm -rf "$tmp"
CHROOT_PACKAGES= bash tests/cross/chroot.sh run "$root" bash /pkg/install_in_root.sh \
  "/pkg/storstil_${v}~older_${arch}.deb" "/pkg/$(basename "$deb")"
rc=$?
echo "install-test: $arch took $((SECONDS - t0)) s"
exit $rc
