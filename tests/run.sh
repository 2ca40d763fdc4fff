#!/usr/bin/env bash
# Runs every test of `make test`: the cmocka unit binaries given as arguments,
# then each end-to-end script tests/e2e/*.sh. Prints each runner's own output
# and ends with one line that counts them all: "tests: N passed, N failed".
# Runs from any folder: the binaries are taken relative to where it was
# called, the tests run from the checkout (they read tests/ and data/).
set -u
names=("$@") bins=()
for b in "$@"; do case $b in /*) bins+=("$b") ;; *) bins+=("$PWD/$b") ;; esac; done
cd "$(dirname "$0")/.." || exit 1
passed=0; failed=0; failed_names=()
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for i in "${!bins[@]}"; do
  bin=${names[i]}
  out=$("${bins[i]}" 2>&1); rc=$?
  printf '%s\n' "$out"
  p=$(printf '%s\n' "$out" | grep -o '\[  PASSED  \] [0-9]* test(s)' | grep -o '[0-9][0-9]*' | awk '{s+=$1} END {print s+0}')
  f=$(printf '%s\n' "$out" | grep -o '\[  FAILED  \] [0-9]* test(s), listed below' | grep -o '[0-9][0-9]*' | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then failed=$((failed + 1)); failed_names+=("$bin (exit $rc)"); fi
  [ "$f" != 0 ] && failed_names+=("$bin")
done
for script in tests/e2e/*.sh; do
  [ -e "$script" ] || continue
  if out=$(bash "$script" 2>&1); then
    passed=$((passed + 1)); printf '[ e2e OK   ] %s\n' "$script"
  else
    failed=$((failed + 1)); failed_names+=("$script")
    printf '%s\n[ e2e FAIL ] %s\n' "$out" "$script"
  fi
done
for n in "${failed_names[@]+"${failed_names[@]}"}"; do echo "failed: $n"; done
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
