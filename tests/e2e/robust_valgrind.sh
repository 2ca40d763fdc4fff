#!/usr/bin/env bash
# valgrind memcheck over a scripted session: 500 page turns across all five
# texts, with text-size and theme changes, on the release build. No memory
# error and no definitely lost block may come from storstil's own code; the
# only suppressions (tests/valgrind.supp) are the graphics stack's, each with
# its reason.
. "$(dirname "$0")/lib.bash"
command -v valgrind > /dev/null || { fail "valgrind is not installed (make deps installs it)"; finish; exit; }
{
  shelf=0
  for d in 0 1 2 3 4; do
    page=$((d / 3)); card=$((d % 3))
    while [ "$shelf" -lt "$page" ]; do echo "tap @next"; echo "skip 300"; shelf=$((shelf + 1)); done
    echo "tap @card.$((card + 1))"; echo "skip 300"
    for t in $(seq 100); do
      echo "key Right"; echo "skip 260"
      [ $((t % 25)) = 0 ] && { [ $((t % 50)) = 0 ] && echo "key -" || echo "key +"; echo "skip 300"; }
      [ $((t % 40)) = 0 ] && { echo "key t"; echo "skip 300"; }
    done
    echo "shot $OUT/valgrind_doc$d.png"
    echo "key Escape"; echo "skip 300"
  done
} > "$OUT/valgrind.script"
valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
  --error-exitcode=99 --suppressions=tests/valgrind.supp --gen-suppressions=all --num-callers=30 \
  --log-file="$OUT/valgrind.log" \
  build/storstil --windowed --size 1280x800 --config /dev/null --data data --script "$OUT/valgrind.script" \
  > "$OUT/valgrind.out" 2>&1
rc=$?
grep -E "definitely lost|ERROR SUMMARY|suppressed:" "$OUT/valgrind.log" | sed 's/^==[0-9]*== //'
[ "$rc" = 0 ] || fail "valgrind: exit $rc, see $OUT/valgrind.log"
[ "$(grep -c '^shot' "$OUT/valgrind.out")" = 5 ] || fail "valgrind: the session did not reach every text"
grep -q "screen=reader doc=4 " "$OUT/valgrind.out" || fail "valgrind: the fifth text was not read: $(tail -2 "$OUT/valgrind.out")"
finish
