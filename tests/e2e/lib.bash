# Shared by the end-to-end scripts: runs the real kiosk headless on a script
# and checks what it showed. Source it; it is not a test by itself.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-offscreen} SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy
# No personal config in tests: an empty folder of this checkout's own (a
# library may write its own settings there; nothing is read from it).
export XDG_CONFIG_HOME=$PWD/build/e2e/xdg-config
rm -rf "$XDG_CONFIG_HOME" && mkdir -p "$XDG_CONFIG_HOME"
# The kiosk under AddressSanitizer and UBSan when it is built (make test
# builds it), so every scripted run is also a memory-error and leak check.
if [ -z "${KIOSK:-}" ]; then
  if [ -x build/storstil-asan ]; then KIOSK=build/storstil-asan; else KIOSK=build/storstil; fi
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:exitcode=86}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
OUT=build/e2e
FIXTURES=tests/e2e/data
# Script lines that open the fifth text of the shelf from its first card
# (the long report, data/05, in the tests that show its contents); a
# heredoc given to kiosk expands it.
OPEN_FIFTH=$'key Down\nkey Down\nkey Down\nkey Down\nkey Return'
mkdir -p "$OUT"
fails=0

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# kiosk NAME SIZE [FLAGS...] < script: runs the kiosk windowed at SIZE with
# the script from stdin; its stdout (the shot states) lands in $OUT/NAME.log.
kiosk() {
  local name=$1 size=$2; shift 2
  cat > "$OUT/$name.script"
  if ! timeout "${KIOSK_TIMEOUT:-120}" "$KIOSK" --windowed --size "$size" --config /dev/null "$@" \
        --script "$OUT/$name.script" > "$OUT/$name.log" 2> "$OUT/$name.err"; then
    fail "$name: the kiosk exited with an error"; cat "$OUT/$name.err"; return 1
  fi
}

# pin_1234: script lines that type the staff PIN 1234 on the PIN pad and
# press OK, on any screen size.
pin_1234() { printf 'tap @pin.1\ntap @pin.2\ntap @pin.3\ntap @pin.4\ntap @pin.ok\n'; }

# state NAME SHOT: the state line printed for shot SHOT in run NAME.
state() { grep "^shot $OUT/$2.png:" "$OUT/$1.log" | tail -1; }

# expect NAME SHOT "key=value ..." : every pair appears in the shot's state.
expect() {
  local line; line=$(state "$1" "$2")
  for kv in $3; do
    case " $line " in *" $kv "*) ;; *) fail "$1/$2: wanted $kv, got: ${line#*: }";; esac
  done
}

# golden SHOT: compares $OUT/SHOT.png with tests/golden/SHOT.png; with
# REGEN=1 the golden image is replaced instead (look at it before committing).
golden() {
  if [ "${REGEN:-0}" = 1 ]; then cp "$OUT/$1.png" "tests/golden/$1.png"; return; fi
  if [ ! -f "tests/golden/$1.png" ]; then fail "$1: no golden image"; return; fi
  build/pngdiff "$OUT/$1.png" "tests/golden/$1.png" 5 "$OUT/$1.diff.png" > "$OUT/$1.pngdiff" ||
    fail "$1: differs from its golden image ($(cat "$OUT/$1.pngdiff"); see $OUT/$1.diff.png)"
}

finish() { [ "$fails" = 0 ]; }
