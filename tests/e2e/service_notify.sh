#!/usr/bin/env bash
# The kiosk as systemd sees it: a longer watchdog while it starts, READY=1
# once the first frame is up, the unit's watchdog back after it, WATCHDOG=1
# from the frame loop while nothing happens on screen, and a prompt, clean
# exit on SIGTERM (kiosk mode: only staff and SIGTERM end it).
. "$(dirname "$0")/lib.bash"
# A socket of this run's own (two test runs at once must not share one), in
# a short absolute path: sd_notify takes only absolute paths, and a socket
# path must fit in 108 bytes, which a path inside the checkout may not.
sockdir=$(mktemp -d /tmp/storstil-notify.XXXXXX) || exit 1
listener=
trap '[ -n "$listener" ] && kill "$listener" 2> /dev/null; rm -rf "$sockdir"' EXIT
sock=$sockdir/notify.sock
build/notify_listen "$sock" 60 > "$OUT/notify.log" & listener=$!
for ((i = 0; i < 100; i++)); do [ -S "$sock" ] && break; sleep 0.05; done
[ -S "$sock" ] || fail "notify_listen did not bind $sock"
NOTIFY_SOCKET=$sock WATCHDOG_USEC=3000000 "$KIOSK" --fullscreen --config /dev/null --data data \
  > "$OUT/service.out" 2> "$OUT/service.err" & pid=$!
# The idle seconds count from READY=1, however long a busy machine takes to start.
for ((i = 0; i < 600; i++)); do grep -q '^READY=1$' "$OUT/notify.log" && break; sleep 0.05; done
sleep 5
start=$(date +%s%N)
kill -TERM "$pid"
wait "$pid"; rc=$?
took=$(( ($(date +%s%N) - start) / 1000000 ))
kill -TERM "$listener"   # it prints what is still queued, then ends
wait "$listener"
[ "$rc" = 0 ] || fail "SIGTERM: exit status $rc, wanted 0"
[ "$took" -lt 1500 ] || fail "SIGTERM took $took ms to end the kiosk"
# The start has its own watchdog time (60 s; the unit's 10 s counts from the
# start, and a slow CPU drawing in software needed more), then READY=1, and
# the unit's own time back once the first frame's preparation is done.
[ "$(sed -n 1p "$OUT/notify.log")" = "WATCHDOG_USEC=60000000" ] &&
  [ "$(sed -n 2p "$OUT/notify.log")" = "READY=1" ] &&
  sed -n '3,$p' "$OUT/notify.log" | grep -qx 'WATCHDOG_USEC=3000000' ||
  fail "wanted WATCHDOG_USEC=60000000, READY=1, then WATCHDOG_USEC=3000000: $(head -4 "$OUT/notify.log" | tr '\n' ' ')"
pings=$(grep -c '^WATCHDOG=1$' "$OUT/notify.log")
# WATCHDOG_USEC=3 s: a ping every second while idle, so about 5 in 5 s.
[ "$pings" -ge 3 ] || fail "only $pings watchdog pings in 5 idle seconds"
grep -q '^STOPPING=1$' "$OUT/notify.log" || fail "no STOPPING=1 on SIGTERM"
echo "READY, $pings watchdog pings in 5 s, SIGTERM ended it in $took ms"
finish
