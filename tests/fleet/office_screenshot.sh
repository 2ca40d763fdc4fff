#!/usr/bin/env bash
# The office page as a phone shows it: three kiosks' statuses (one silent
# for two days, one with its kiosk stopped and a problem), storstil-office's
# page, and headless Chromium's screenshot of it at a phone's width
# (build/fleet/office.png; look at it). `make office-screenshot`; Chromium
# is not among make test's packages.
set -eu
cd "$(dirname "$0")/../.."
T=build/fleet
rm -rf "$T/office" "$T/kiosk"; mkdir -p "$T/office"
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "office-screenshot: Chromium is not installed (Debian package chromium)"; exit 1; }
printf 'storstil-usb-status 1\ntime=%s\nkey=ok\nadded=2\nreplaced=0\nremoved=1\nfailed=0\nskipped=0\n' \
  "$(date -d '2026-12-05 14:30' +%s)" > "$T/usb-status"
STORSTIL=build/storstil sh src/fleet/storstil-status --config /dev/null --data tests/e2e/data \
  --usb-status "$T/usb-status" --out "$T/kiosk"
now=$(date -d '2026-12-06 09:00' +%s)
at() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
k() { mkdir -p "$T/office/$1"; jq --arg t "$(at "$2")" --arg h "$1" ".written_at = \$t | .host = \$h | $3" \
        "$T/kiosk/status.json" > "$T/office/$1/status.json"; }
k huvudbiblioteket $((now - 240)) '.kiosk_active = true | .kiosk_unit = "active" | .problems = [] | .texts = .texts[0:2]'
k filial-norr $((now - 3 * 3600)) '.kiosk_active = false | .kiosk_unit = "failed"'
k filial-syd $((now - 2 * 86400 - 1800)) '.kiosk_active = true | .kiosk_unit = "active" | .problems = []'
sh src/fleet/storstil-office "$T/office" --now "$now" --out "$T/office.html"
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=430,1900 --screenshot="$PWD/$T/office.png" "file://$PWD/$T/office.html" > "$T/chromium.log" 2>&1
echo "office-screenshot: $T/office.png"
