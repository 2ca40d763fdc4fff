#!/usr/bin/env bash
# Makes the README's screenshots with the real kiosk, headless, on the
# bundled texts: `make screenshots`. Look at them before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
export SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy XDG_CONFIG_HOME=/nonexistent
out=docs/screenshots
script=$(mktemp)
trap 'rm -f "$script"' EXIT
cat > "$script" <<S
wait 100
shot $out/shelf.png
tap 640 399
wait 300
shot $out/reader-hint.png
key Right
wait 300
key Right
wait 300
shot $out/reader.png
key +
wait 300
shot $out/reader-larger.png
S
build/storstil --windowed --size 1280x800 --config /dev/null --data data --script "$script" > /dev/null
cat > "$script" <<S
tap 640 399
wait 300
key Right
wait 300
shot $out/reader-light.png
S
build/storstil --windowed --size 1280x800 --config /dev/null --data data --theme light --script "$script" > /dev/null
echo "screenshots in $out"
