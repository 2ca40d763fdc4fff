#!/usr/bin/env bash
# Soak: 20,000 page turns across every text with text-size changes, on the
# release build (the sanitizers' own bookkeeping would hide a slow leak).
# Resident memory after the warm-up may grow by less than 1 MiB, and the
# open file descriptors stay flat. SOAK_TURNS changes the length.
. "$(dirname "$0")/lib.bash"
turns=${SOAK_TURNS:-20000}
build/storstil-bench soak "$turns" --windowed --size 1280x800 --config /dev/null --data data --animations off \
  > "$OUT/soak.txt" 2> "$OUT/soak.err" || fail "soak: the benchmark failed: $(tail -3 "$OUT/soak.err")"
cat "$OUT/soak.txt"
value() { sed -n "s/^$1: \([-0-9.]*\).*/\1/p" "$OUT/soak.txt"; }
growth=$(value soak_rss_growth_mib)
awk -v g="${growth:-99}" 'BEGIN { exit !(g < 1.0) }' || fail "soak: resident memory grew by ${growth:-?} MiB"
[ -n "$(value soak_fds_end)" ] && [ "$(value soak_fds_end)" = "$(value soak_fds_after_warmup)" ] ||
  fail "soak: open file descriptors went from $(value soak_fds_after_warmup) to $(value soak_fds_end)"
finish
