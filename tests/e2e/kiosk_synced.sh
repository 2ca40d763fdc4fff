#!/usr/bin/env bash
# Texts from the office: the kiosk shows the synced folder's texts (synced_dir,
# the folder Syncthing fills) beside the data folder's. A text dropped into
# the synced folder appears on the shelf; Syncthing's file in transfer and a
# conflict copy do not; a removed one goes, but not from under a visitor who
# is reading it. A name in both folders shows the data folder's copy.
. "$(dirname "$0")/lib.bash"
data=$OUT/synced-data synced=$OUT/synced-synced
rm -rf "$data" "$synced"; mkdir -p "$data" "$synced/.stfolder" "$synced/.stversions"
cp $FIXTURES/a-samtal.txt "$data/"
printf '' > "$synced/.stignore"

# when_shot SHOT: waits (up to 60 s) until the run "synced" has taken SHOT.
when_shot() {
  for _ in $(seq 600); do
    grep -q "^shot $OUT/$1.png:" "$OUT/synced.log" 2> /dev/null && return 0
    sleep 0.1
  done
  return 1
}

# Syncthing's way: the file in transfer is .syncthing.NAME.tmp, renamed when
# whole; a conflict copy is NAME.sync-conflict-DATE-TIME-DEVICE.txt.
(
  when_shot s0 || exit 1
  cp $FIXTURES/b-rapport.txt "$synced/.syncthing.b-ny.txt.tmp"
  cp $FIXTURES/b-rapport.txt "$synced/b-ny.sync-conflict-20261206-081500-ABCDEFG.txt"
  when_shot s1 || exit 1
  mv "$synced/.syncthing.b-ny.txt.tmp" "$synced/b-ny.txt"
  when_shot s3 || exit 1
  rm "$synced/b-ny.txt"
) &
kiosk synced 1280x800 --data "$data" --synced "$synced" <<S
shot $OUT/s0.png
wait 3000
shot $OUT/s1.png
wait 3000
shot $OUT/s2.png
tap @card.2
wait 300
shot $OUT/s3.png
wait 3000
shot $OUT/s4.png
key Escape
wait 3000
shot $OUT/s5.png
S
wait $! || fail "the synced folder's changes were not made in step with the shots"
expect synced s0 "screen=shelf docs=1"
expect synced s1 "docs=1" # a file in transfer and a conflict copy are not texts
expect synced s2 "docs=2" # the renamed, whole file is
expect synced s3 "screen=reader doc=1"
expect synced s4 "screen=reader doc=1 docs=2" # removed while read: the reader stays
expect synced s5 "screen=shelf docs=1"        # back on the shelf: it is gone

# --check lists both folders' texts; a name in both is the data folder's.
cp $FIXTURES/b-rapport.txt "$synced/b-ny.txt"
sed 's/^title: .*/title: Kontorets version/' $FIXTURES/a-samtal.txt > "$synced/a-samtal.txt"
out=$($KIOSK --config /dev/null --check --data "$data" --synced "$synced" 2>&1) || fail "--check: $out"
[ "$(echo "$out" | wc -l)" = 2 ] || fail "--check over both folders printed: $out"
echo "$out" | grep -q '^a-samtal.txt: "Ett samtal om trygghetslarm"' || fail "the data folder's copy did not win: $out"
echo "$out" | grep -q '^b-ny.txt: ' || fail "--check did not list the synced text: $out"
# A synced folder that is not there is named, and fails --check.
$KIOSK --config /dev/null --check --data "$data" --synced /nonexistent/storstil-synced > "$OUT/synced-missing.txt" 2>&1 &&
  fail "--check passed a missing synced folder"
grep -q 'cannot read the synced folder' "$OUT/synced-missing.txt" || fail "missing synced folder: $(cat "$OUT/synced-missing.txt")"

finish
