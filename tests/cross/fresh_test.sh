#!/usr/bin/env bash
# make fresh-test: the README's `make test` as a newcomer meets it, on a
# fresh clone inside a fresh bookworm root of this machine's architecture
# that holds only Debian's base system (mmdebstrap's important variant, what
# a new Debian machine has) and what the README has a newcomer install
# before the two commands: make and git. Whatever `make test` needs and does not
# install itself fails here, however much this machine has installed by hand.
# CI runs it in place of a `make test` on the machine itself.
# The clone is of HEAD (a bundle of the committed history): uncommitted
# changes are not in it.
set -u
cd "$(dirname "$0")/../.." || exit 1
arch=$(dpkg --print-architecture)
root=build/fresh/root
t0=$SECONDS
CHROOT_VARIANT=important CHROOT_PACKAGES="make git" bash tests/cross/chroot.sh unpack "$arch" "$root" || exit 1
git bundle create "$root/var/tmp/storstil.bundle" HEAD 2> /dev/null || { echo "fresh: cannot bundle HEAD"; exit 1; }
echo "fresh: a bookworm $arch root with the base system, make and git in $root ($((SECONDS - t0)) s)"
bash tests/cross/chroot.sh run "$root" sh -c '
  cd /root && git clone -q /var/tmp/storstil.bundle storstil && cd storstil && make test' 2>&1 |
  tee build/fresh/make-test.log
rc=${PIPESTATUS[0]}
echo "fresh: make test on a fresh clone in a fresh root took $((SECONDS - t0)) s (exit $rc)"
# make test's own count closes the output, as it would on the machine itself.
grep -E '^tests: [0-9]+ passed, [0-9]+ failed' build/fresh/make-test.log | tail -1
exit "$rc"
