#!/usr/bin/env bash
# make fleet-test, part 1: one office and two kiosks, each a Syncthing
# instance of its own on 127.0.0.1 (fixed ports; global and local
# discovery, relays, NAT traversal, usage and crash reporting off: nothing
# leaves the machine), each kiosk a real storstil process (offscreen) whose
# synced_dir is its Syncthing folder. A text added at the office reaches
# both shelves (the time is printed), a changed text changes, a removed one
# goes; each kiosk's status.json reaches the office and storstil-office
# shows both. The Ansible part (a fresh root) is not here yet.
set -u
cd "$(dirname "$0")/../.."
export SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy
export STNOUPGRADE=1 STNODEFAULTFOLDER=1
T=$PWD/build/fleet-test
KIOSK=${KIOSK:-build/storstil}
PORT_OFFICE=22101 PORT_K1=22102 PORT_K2=22103
fails=0 pids=()
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cleanup() { for p in "${pids[@]+"${pids[@]}"}"; do kill "$p" 2> /dev/null; done; wait 2> /dev/null; }
trap cleanup EXIT
command -v syncthing > /dev/null || { echo "fleet-test: syncthing is not installed (Debian package syncthing)"; exit 1; }
for p in $PORT_OFFICE $PORT_K1 $PORT_K2; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$p") 2> /dev/null; then echo "fleet-test: port $p is taken"; exit 1; fi
done
rm -rf "$T"; mkdir -p "$T"
export HOME=$T/home; mkdir -p "$HOME"

# Keys and device IDs.
for n in office k1 k2; do
  syncthing generate --home="$T/$n/st" --no-default-folder --skip-port-probing > "$T/$n.generate.log" 2>&1 ||
    { echo "fleet-test: syncthing generate $n: $(cat "$T/$n.generate.log")"; exit 1; }
done
devid() { syncthing serve --home="$T/$1/st" --device-id; }
ID_OFFICE=$(devid office) ID_K1=$(devid k1) ID_K2=$(devid k2)

# options PORT: every way to look beyond 127.0.0.1 off.
options() {
  cat <<X
    <gui enabled="false" tls="false"><address>127.0.0.1:0</address></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:$1</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <reconnectionIntervalS>2</reconnectionIntervalS>
        <announceLANAddresses>false</announceLANAddresses>
    </options>
X
}
# folder ID PATH TYPE DEVICE...
folder() {
  local id=$1 path=$2 type=$3; shift 3
  echo "    <folder id=\"$id\" path=\"$path\" type=\"$type\" rescanIntervalS=\"5\" fsWatcherEnabled=\"true\" fsWatcherDelayS=\"1\" ignorePerms=\"true\">"
  for d in "$@"; do echo "        <device id=\"$d\"></device>"; done
  echo "        <minDiskFree unit=\"%\">0</minDiskFree>"
  echo "    </folder>"
}
device() { echo "    <device id=\"$1\" name=\"$2\" compression=\"metadata\"><address>tcp://127.0.0.1:$3</address></device>"; }

O=$T/office
mkdir -p "$O/texts" "$O/status/k1" "$O/status/k2"
{ echo '<configuration version="36">'
  folder storstil-texts "$O/texts" sendonly "$ID_K1" "$ID_K2"
  folder storstil-status-k1 "$O/status/k1" receiveonly "$ID_K1"
  folder storstil-status-k2 "$O/status/k2" receiveonly "$ID_K2"
  device "$ID_K1" k1 $PORT_K1; device "$ID_K2" k2 $PORT_K2
  options $PORT_OFFICE
  echo '</configuration>'; } > "$O/st/config.xml"
for n in k1 k2; do
  port=$PORT_K1; [ $n = k2 ] && port=$PORT_K2
  mkdir -p "$T/$n/data" "$T/$n/synced" "$T/$n/status"
  cp tests/e2e/data/a-samtal.txt "$T/$n/data/"
  { echo '<configuration version="36">'
    folder storstil-texts "$T/$n/synced" receiveonly "$ID_OFFICE"
    folder storstil-status-$n "$T/$n/status" sendonly "$ID_OFFICE"
    device "$ID_OFFICE" office $PORT_OFFICE
    options $port
    echo '</configuration>'; } > "$T/$n/st/config.xml"
  printf 'data_dir = %s\nsynced_dir = %s\n' "$T/$n/data" "$T/$n/synced" > "$T/$n/storstil.conf"
done

for n in office k1 k2; do
  syncthing serve --home="$T/$n/st" --no-browser --no-restart --logflags=0 > "$T/$n.syncthing.log" 2>&1 &
  pids+=($!)
done

# The kiosks: a shot every 300 ms for up to 10 minutes; the state line's
# docs= is what the shelf shows.
for i in $(seq 2000); do echo "wait 300"; echo "shot $T/SHOT.png"; done > "$T/script.tmpl"
for n in k1 k2; do
  sed "s|SHOT|$n-shelf|" "$T/script.tmpl" > "$T/$n.script"
  "$KIOSK" --windowed --size 800x480 --config "$T/$n/storstil.conf" --script "$T/$n.script" \
    > "$T/$n.kiosk.log" 2> "$T/$n.kiosk.err" &
  pids+=($!)
done

# until SECONDS CMD...: runs CMD every 0.1 s until it succeeds (0) or
# SECONDS pass (1).
until_ok() {
  local end=$(($(date +%s) + $1)); shift
  while ! "$@"; do [ "$(date +%s)" -ge "$end" ] && return 1; sleep 0.1; done
}
docs() { grep -o 'docs=[0-9]*' "$T/$1.kiosk.log" 2> /dev/null | tail -1 | cut -d= -f2; }
docs_is() { [ "$(docs "$1")" = "$2" ]; }
connected() { [ "$(grep -c 'Established secure connection' "$T/office.syncthing.log")" -ge 2 ]; }
now_ms() { date +%s%3N; }

until_ok 60 connected || { fail "the kiosks did not connect to the office: $(tail -5 "$T/office.syncthing.log")"; exit 1; }
until_ok 30 docs_is k1 1 && until_ok 30 docs_is k2 1 || { fail "the kiosks did not show their one local text"; exit 1; }

# A new text at the office reaches both shelves.
t0=$(now_ms)
cp tests/e2e/data/b-rapport.txt "$O/texts/.ny.tmp" && mv "$O/texts/.ny.tmp" "$O/texts/ny.txt"
for n in k1 k2; do
  if until_ok 120 docs_is $n 2; then
    eval "t_$n=\$(( \$(now_ms) - t0 ))"
  else
    fail "$n: the new text did not reach the shelf in 120 s (docs=$(docs $n))"; eval "t_$n=-1"
  fi
done
ms_max=$(( t_k1 > t_k2 ? t_k1 : t_k2 ))
echo "fleet-test: a new text reached both kiosks' shelves in $((ms_max / 1000)).$(printf '%03d' $((ms_max % 1000))) s (k1 $t_k1 ms, k2 $t_k2 ms)"

# A changed text changes: the kiosk's copy is the office's, and the shelf
# (its card's title) is drawn anew.
shot_line() { grep -c "^shot $T/$1-shelf.png" "$T/$1.kiosk.log"; }
snap() { local c; c=$(shot_line "$1"); until_ok 5 test "$(shot_line "$1")" -gt "$c"; cp "$T/$1-shelf.png" "$T/$1-$2.png"; }
for n in k1 k2; do snap $n before; done
sed 's/^title: .*/title: Ny titel från kontoret/' tests/e2e/data/b-rapport.txt > "$O/texts/.ny.tmp" && mv "$O/texts/.ny.tmp" "$O/texts/ny.txt"
t0=$(now_ms)
for n in k1 k2; do
  until_ok 120 cmp -s "$O/texts/ny.txt" "$T/$n/synced/ny.txt" || fail "$n: the changed text did not arrive"
done
echo "fleet-test: a changed text reached both kiosks in $(( $(now_ms) - t0 )) ms"
sleep 3 # the kiosks' rescan (2 s)
for n in k1 k2; do
  snap $n after
  build/pngdiff "$T/$n-after.png" "$T/$n-before.png" 0 > /dev/null 2>&1 && fail "$n: the shelf did not change with the text"
  docs_is $n 2 || fail "$n: a changed text changed the number of texts: docs=$(docs $n)"
done

# A removed text goes.
t0=$(now_ms)
rm "$O/texts/ny.txt"
for n in k1 k2; do until_ok 120 docs_is $n 1 || fail "$n: the removed text stayed on the shelf (docs=$(docs $n))"; done
echo "fleet-test: a removed text left both shelves in $(( $(now_ms) - t0 )) ms"

# Each kiosk's status reaches the office, and the office page shows both.
for n in k1 k2; do
  STORSTIL=$KIOSK sh src/fleet/storstil-status --config "$T/$n/storstil.conf" --data "$T/$n/data" \
    --usb-status /nonexistent --out "$T/$n/status" || fail "$n: storstil-status exited $?"
done
t0=$(now_ms)
for n in k1 k2; do
  until_ok 120 cmp -s "$T/$n/status/status.json" "$O/status/$n/status.json" || fail "$n: its status did not reach the office"
done
echo "fleet-test: both kiosks' status reached the office in $(( $(now_ms) - t0 )) ms"
sh src/fleet/storstil-office "$O/status" --out "$T/office.html" || fail "storstil-office exited $?"
[ "$(grep -c 'Nåbar' "$T/office.html")" = 2 ] || fail "the office page does not show both kiosks reachable: $(grep -A2 '<h2' "$T/office.html")"
grep -q 'Ett samtal om trygghetslarm' "$T/office.html" || fail "the office page does not list the kiosks' texts"

# Nothing but 127.0.0.1: no address but it in any Syncthing log, and no
# discovery, relay or NAT line.
other=$(grep -ohE '([0-9]{1,3}\.){3}[0-9]{1,3}' "$T"/*.syncthing.log | grep -vxE '127\.0\.0\.1|0\.0\.0\.0' | sort -u)
[ -z "$other" ] || fail "a Syncthing log names another address: $other"
grep -iE 'relay|discover|NAT-PMP|UPnP|usage report' "$T"/*.syncthing.log | grep -viE 'disabled' &&
  fail "a Syncthing instance looked beyond 127.0.0.1"
[ "$fails" = 0 ] && echo "fleet-test: passed" || echo "fleet-test: $fails failed"
[ "$fails" = 0 ]
