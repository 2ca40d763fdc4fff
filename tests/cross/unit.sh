#!/usr/bin/env bash
# unit.sh BUILD_DIR "EXTRA_CFLAGS" [SANITIZE]: the cmocka unit tests built
# into their own BUILD_DIR with EXTRA_CFLAGS added (for example
# -funsigned-char: ARM's char on amd64) and run; prints what failed and one
# count line. SANITIZE defaults to the Makefile's (ASan and UBSan).
# NO_DEPS=1 in the environment skips the package check, as in the roots.
set -u
dir=$1 extra=$2 san=${3:-}
cd "$(dirname "$0")/../.." || exit 1
if [ -z "$san" ]; then san=$(make -s --no-print-directory print-SANITIZE); fi
make -s NO_DEPS="${NO_DEPS:-}" BUILD="$dir" SANITIZE="$san $extra" -j"$(nproc)" unit || exit 1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
n=0 bins=0 fails=0
for b in "$dir"/test/test_*; do
  case $b in *.d) continue ;; esac
  bins=$((bins + 1))
  out=$("$b" 2>&1) || { printf '%s\nfailed: %s\n' "$out" "$b"; fails=$((fails + 1)); }
  n=$((n + $(printf '%s\n' "$out" | grep -o '\[  PASSED  \] [0-9]*' | grep -o '[0-9]*$' | awk '{s+=$1} END {print s+0}')))
done
echo "unit (${extra:-no extra flags}): $n tests passed in $bins binaries; $fails binaries failed"
[ "$fails" = 0 ]
