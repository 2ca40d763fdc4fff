#!/usr/bin/env bash
# Runs inside a bookworm root of the target architecture (tests/cross/
# cross_test.sh copies the clone to /src/storstil and calls this): builds the
# package there, installs it, and runs what the architecture could change.
# Every step prints one "cross: ..." line; the last counts them.
#   1. make deb (dpkg-buildpackage in this architecture), then dpkg -i
#   2. storstil --check on the bundled texts, from /etc/storstil.conf
#   3. the unit tests (ASan and UBSan; see below), and once more with
#      -funsigned-char or -fsigned-char, whichever this architecture's
#      char is not
#   4. --dump-pages of every text at 3 screens and text sizes 1, 3, 5, by
#      the installed /usr/bin/storstil, to build/cross/dumps (compared with
#      amd64's by cross_test.sh)
#   5. the golden images (tests/e2e/kiosk_golden.sh) by the installed kiosk
set -u
cd /src/storstil || exit 1
export SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy
arch=$(dpkg --print-architecture)
passed=0; failed=0
step() { # step NAME CMD...: runs CMD, its output in build/cross/NAME.log
  local name=$1 t0=$SECONDS; shift
  if "$@" > "build/cross/$name.log" 2>&1; then
    passed=$((passed + 1)); echo "cross: $arch $name ok ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1)); echo "cross: $arch $name FAILED ($((SECONDS - t0)) s)"
    tail -30 "build/cross/$name.log"
  fi
}
mkdir -p build/cross

install_deb() {
  local v; v=$(sed -n '1s/^[^(]*(\([^)]*\)).*/\1/p' debian/changelog)
  dpkg -i "build/storstil_${v}_${arch}.deb" && dpkg -s storstil | grep -q '^Status: install ok installed'
}

check_texts() {
  storstil --check && [ "$(ls /var/lib/storstil/data/*.txt | wc -l)" = 5 ] && id storstil
}

# The unit tests run under ASan and UBSan as on amd64, but without
# LeakSanitizer: it stops the process's threads the way a debugger does,
# which qemu-user does not offer ("LeakSanitizer has encountered a fatal
# error"). amd64's make test keeps leak detection.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0
other_char() { # the char signedness this architecture does not have
  if [ "$(printf '#include <limits.h>\nCHAR_MIN\n' | cpp -P | tr -d ' \n')" = 0 ]; then
    echo -fsigned-char; else echo -funsigned-char; fi
}

dumps() {
  local doc name size t
  rm -rf build/cross/dumps; mkdir -p build/cross/dumps
  for doc in data/*.txt; do
    name=$(basename "$doc" .txt)
    for size in 800x480 1280x800 1920x1080; do
      for t in 1 3 5; do
        storstil --config /dev/null --dump-pages "$doc" --size "$size" --text-size "$t" \
          > "build/cross/dumps/$name-$size-$t.txt" || return 1
      done
    done
  done
  ls build/cross/dumps | wc -l
}

golden() {
  make -s NO_DEPS=1 build/pngdiff && KIOSK=/usr/bin/storstil KIOSK_TIMEOUT=900 bash tests/e2e/kiosk_golden.sh
}

step deb make -s deb LINTIAN=0
# CROSS_ONLY=deb (make cross-deb): the package alone, for the system test.
[ "${CROSS_ONLY:-}" = deb ] && { echo "cross: $arch: $passed passed, $failed failed"; [ "$failed" = 0 ]; exit; }
step install install_deb
step check check_texts
step unit env NO_DEPS=1 bash tests/cross/unit.sh build/cross/unit ""
step unit-char env NO_DEPS=1 bash tests/cross/unit.sh build/cross/unit-char "$(other_char)"
step dumps dumps
step golden golden
echo "cross: $arch: $passed passed, $failed failed"
[ "$failed" = 0 ]
