#!/usr/bin/env bash
# Runs each storstil fuzz target named on the command line for SECONDS
# seconds: `run.sh SECONDS doc config ...` (from any folder), after
# `make fuzz-build`. Each run starts from a scratch copy of the seed corpus
# tests/fuzz/corpus_<name>/ in build/fuzz/run/<name>/ (the seeds are never
# written to); crash, timeout, leak and out-of-memory inputs land in
# build/fuzz/run/<name>/artifacts/. Prints one line per target and exits
# non-zero when any target failed.
set -u
cd "$(dirname "$0")/../.." || exit 1 # the paths below, and fuzz_import's data/, are the checkout's

seconds=${1:?usage: run.sh SECONDS NAME...}
shift

# Longest input per target: a few pages of text, a long config, a long
# touch session. Bigger inputs only make each run slower.
max_len() {
    case $1 in
    doc) echo 16384 ;;
    import) echo 8192 ;;
    layout) echo 8192 ;;
    config) echo 4096 ;;
    gesture) echo 4096 ;;
    *) echo 4096 ;;
    esac
}

failed=0
for name in "$@"; do
    bin=build/fuzz/fuzz_$name
    work=build/fuzz/run/$name
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    if [ -d "tests/fuzz/corpus_$name" ]; then
        cp tests/fuzz/corpus_"$name"/* "$work/corpus/" 2>/dev/null
    fi
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -max_len="$(max_len "$name")" -artifact_prefix="$work/artifacts/")
    if [ -f "tests/fuzz/$name.dict" ]; then args+=(-dict="tests/fuzz/$name.dict"); fi
    start=$(date +%s)
    "$bin" "${args[@]}" "$work/corpus" >"$work/log" 2>&1
    rc=$?
    took=$(($(date +%s) - start))
    # "Done N runs in S second(s)" on a clean finish; the stats line otherwise.
    runs=$(sed -n 's/^Done \([0-9]*\) runs in .*/\1/p' "$work/log" | tail -n 1)
    [ -n "$runs" ] || runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$work/log" | tail -n 1)
    [ -n "$runs" ] || runs=0
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$work/log" | tail -n 1)
    [ -n "$secs" ] || secs=$took
    crashes=$(find "$work/artifacts" -type f | wc -l)
    if [ "$rc" != 0 ] && [ "$crashes" = 0 ]; then crashes=1; fi
    echo "fuzz_$name: $runs executions in $secs s, $crashes crashes"
    if [ "$crashes" != 0 ]; then
        failed=1
        find "$work/artifacts" -type f | sed 's/^/  input: /'
        grep -m 3 -E 'ERROR: |runtime error|SUMMARY' "$work/log" | sed 's/^/  /'
        echo "  full log: $work/log"
    fi
done
exit $failed
