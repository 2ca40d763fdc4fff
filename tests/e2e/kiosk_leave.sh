#!/usr/bin/env bash
# Who may leave the kiosk (README "Leaving the kiosk"). Full screen with no
# staff PIN and not started by a service manager, the usual keys end it:
# Ctrl+Q, Escape held for a second, a window close; the person at the
# terminal is told so. With a staff PIN, or under systemd (INVOCATION_ID),
# the same keys change nothing; a short Escape only goes to the shelf.
. "$(dirname "$0")/lib.bash"
printf 'staff_pin = 1234\n' > "$OUT/leave-pin.conf"

# leave NAME KEYS CONFIG [ENV...]: opens a text full screen, then KEYS (one
# script line); passes when the kiosk ended before its closing shot.
leave() {
  local name=$1 keys=$2 conf=$3; shift 3
  printf 'tap @card.1\nwait 100\n%s\nwait 300\nshot %s\n' "$keys" "$OUT/$name.png" > "$OUT/$name.script"
  env -u INVOCATION_ID -u NOTIFY_SOCKET "$@" timeout 60 "$KIOSK" --fullscreen --size 1280x800 --config "$conf" \
    --data "$FIXTURES" --script "$OUT/$name.script" > "$OUT/$name.log" 2> "$OUT/$name.err"
  echo $?
}

for case in "ctrl-q|key Ctrl+Q" "escape-held|keyhold Escape 1200" "window-close|quit"; do
  name=${case%%|*}; keys=${case#*|}
  rc=$(leave "open-$name" "$keys" /dev/null)
  [ "$rc" = 0 ] || fail "open-$name: the kiosk exited $rc: $(head -3 "$OUT/open-$name.err")"
  grep -q '^shot' "$OUT/open-$name.log" && fail "open-$name: $keys did not end an unlocked kiosk: $(state "open-$name" "open-$name")"
  grep -q 'to leave, press Ctrl+Q, hold Escape' "$OUT/open-$name.err" ||
    fail "open-$name: the terminal was not told how to leave: $(cat "$OUT/open-$name.err")"

  rc=$(leave "pin-$name" "$keys" "$OUT/leave-pin.conf")
  [ "$rc" = 0 ] || fail "pin-$name: the kiosk exited $rc"
  grep -q '^shot' "$OUT/pin-$name.log" || fail "pin-$name: $keys ended a kiosk locked by a PIN"
  grep -q 'locked; to leave, hold the top-left corner' "$OUT/pin-$name.err" ||
    fail "pin-$name: the terminal was not told the kiosk is locked: $(cat "$OUT/pin-$name.err")"

  rc=$(leave "service-$name" "$keys" /dev/null INVOCATION_ID=e2e)
  [ "$rc" = 0 ] || fail "service-$name: the kiosk exited $rc"
  grep -q '^shot' "$OUT/service-$name.log" || fail "service-$name: $keys ended a kiosk started as a service"
done

# A short Escape is "Alla texter", never a way out.
rc=$(leave open-escape-short "key Escape" /dev/null)
[ "$rc" = 0 ] || fail "open-escape-short: the kiosk exited $rc"
expect open-escape-short open-escape-short "screen=shelf"
expect pin-escape-held pin-escape-held "screen=shelf"
expect pin-ctrl-q pin-ctrl-q "screen=reader"
finish
