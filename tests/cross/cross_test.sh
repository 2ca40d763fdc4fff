#!/usr/bin/env bash
# make cross-test ARCH=arm64|armhf: the package built, installed and tested in
# a Debian bookworm root of that architecture, run through qemu-user
# (tests/cross/chroot.sh; README "Packages for each architecture" says why),
# then its page dumps compared byte for byte with this machine's.
#   1. amd64's reference dumps, by build/storstil (make all)
#   2. a fresh root in build/cross/ARCH, the clone's files copied to
#      /src/storstil in it, and tests/cross/in_root.sh run there
#   3. the root's dumps equal the reference, file for file
# Prints the time of each step; the last line counts them.
set -u
arch=${1:?usage: cross_test.sh ARCH}
cd "$(dirname "$0")/../.." || exit 1
root=build/cross/$arch/root
t_all=$SECONDS
passed=0; failed=0
result() { if [ "$1" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }

# CROSS_ONLY=deb (make cross-deb ARCH=...): step 2's package alone, copied to
# build/, for the system test when no cross test has made it.
only=${CROSS_ONLY:-}

# 1. The reference: the same texts, screens and sizes as in_root.sh's dumps.
ref=build/cross/$arch/amd64-dumps
if [ "$only" != deb ]; then
rm -rf "$ref"; mkdir -p "$ref"
t0=$SECONDS
for doc in data/*.txt; do
  name=$(basename "$doc" .txt)
  for size in 800x480 1280x800 1920x1080; do
    for t in 1 3 5; do
      SDL_VIDEODRIVER=offscreen build/storstil --config /dev/null --dump-pages "$doc" --size "$size" \
        --text-size "$t" > "$ref/$name-$size-$t.txt" || { echo "cross: reference dump failed: $doc $size $t"; exit 1; }
    done
  done
done
echo "cross: $(ls "$ref" | wc -l) reference dumps on $(dpkg --print-architecture) ($((SECONDS - t0)) s)"
fi

# 2. A fresh root with the clone in it (tracked and new files, no build/).
t0=$SECONDS
bash tests/cross/chroot.sh unpack "$arch" "$root" || exit 1
mkdir -p "$root/src/storstil"
if git rev-parse --git-dir > /dev/null 2>&1; then
  git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf -
else
  tar --exclude=./build --exclude=./.git -cf - .
fi | tar -C "$root/src/storstil" -xf -
echo "cross: a fresh bookworm $arch root in $root ($((SECONDS - t0)) s)"
bash tests/cross/chroot.sh run "$root" env CROSS_ONLY="$only" bash /src/storstil/tests/cross/in_root.sh
result $?
if [ "$only" = deb ]; then
  for deb in "$root"/src/storstil/build/storstil_*_"$arch".deb; do
    [ -f "$deb" ] && cp "$deb" build/ && echo "cross: built build/$(basename "$deb")"
  done
  echo "cross-deb $arch: $passed passed, $failed failed"
  [ "$failed" = 0 ]; exit
fi

# 3. Byte for byte.
got=$root/src/storstil/build/cross/dumps
if [ "$(ls "$got" 2>/dev/null | wc -l)" = "$(ls "$ref" | wc -l)" ] && diff -r "$ref" "$got" > build/cross/$arch/dumps.diff; then
  echo "cross: $arch dumps equal amd64's, $(ls "$ref" | wc -l) files byte for byte"; result 0
else
  echo "cross: $arch dumps differ from amd64's (build/cross/$arch/dumps.diff):"; head -20 "build/cross/$arch/dumps.diff"; result 1
fi
cp -r "$root/src/storstil/build/cross/." "build/cross/$arch/" 2>/dev/null
# The package made in the root, for a Pi of this architecture.
for deb in "$root"/src/storstil/build/storstil_*_"$arch".deb; do
  [ -f "$deb" ] && cp "$deb" build/ && echo "cross: built build/$(basename "$deb")"
done
echo "cross: $arch took $((SECONDS - t_all)) s in all"
echo "cross-test $arch: $passed passed, $failed failed"
[ "$failed" = 0 ]
