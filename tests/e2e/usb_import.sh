#!/usr/bin/env bash
# storstil-usb --import on folders standing in for a mounted stick, with the
# real storstil-import: the right, a wrong and no key; limits (a 60 MB file,
# 500 files); names with ../ and control characters; a link out of the
# stick, a FIFO, files that fail; ta-bort.txt; a kill -9 mid-import, after
# which the data folder holds only whole texts and the next run cleans up.
. "$(dirname "$0")/lib.bash"
USBBIN=${USBBIN:-build/storstil-usb}
T=$OUT/usb
rm -rf "$T" && mkdir -p "$T"
text() { printf 'Det här är texten %s. Den handlar om böcker och läsning.\n\nEtt andra stycke med fler ord i.\n' "$1"; }

# The key, made as staff would; the config holds only its hash.
mkdir -p "$T/stick"
echo "bokcirkel på tisdag" | $USBBIN --make-key "$T/stick" > "$T/key.line" 2> "$T/make-key.err" || fail "--make-key failed: $(cat "$T/make-key.err")"
grep -q '^usb_key = \$y\$' "$T/key.line" || fail "--make-key printed no yescrypt usb_key line: $(cat "$T/key.line")"
grep -q 'bokcirkel' "$T/key.line" && fail "the usb_key line shows the phrase"
[ "$(cat "$T/stick/storstil/nyckel.txt")" = "bokcirkel på tisdag" ] || fail "nyckel.txt does not hold the phrase"
echo kort | $USBBIN --make-key "$T/short" > /dev/null 2>&1 && fail "--make-key took a 4-letter phrase"
{ echo "data_dir = /nonexistent"; cat "$T/key.line"; } > "$T/storstil.conf"
echo "data_dir = /nonexistent" > "$T/nokey.conf"

# run NAME STICK [FLAGS...]: one import into $T/data; rc in $rc, stderr in $T/NAME.err.
mkdir -p "$T/data"
run() {
  local name=$1 stick=$2; shift 2
  timeout 120 $USBBIN --import "$stick" --data "$T/data" --config "$T/storstil.conf" --status "$T/status" "$@" \
    > "$T/$name.out" 2> "$T/$name.err"; rc=$?
}
# status KEY=VALUE...: each pair is a line of the status file.
status() { for kv in "$@"; do grep -qxF "$kv" "$T/status" || fail "status: wanted $kv in: $(tr '\n' ' ' < "$T/status")"; done; }

# 1. The right key: new texts added, names made safe, odd entries skipped.
s=$T/stick/storstil
text ett > "$s/Räksmörgås på Åland.txt"
text två > "$s/intervju-två.txt"
text tre > "$s/..hemlig..txt"
text fyra > "$s/"$'rad\nbryt\x1bning.txt'
head -c 3000 /dev/urandom > "$s/skräp.bin"
: > "$s/tom.txt"
text ute > "$T/utanför.txt"
ln -s "$PWD/$T/utanför.txt" "$s/länk.txt"
mkfifo "$s/rör.txt"
mkdir "$s/mapp"
cp tests/e2e/read/lasprov.txt "$s/läsprov.txt" # already in storstil's format: kept (hyphenation settled)
run first "$T/stick"
[ "$rc" = 0 ] || fail "right key: exit $rc: $(cat "$T/first.err")"
for f in "Räksmörgås på Åland.txt" "intervju-två.txt" "hemlig.txt" "radbrytning.txt" "läsprov.txt"; do
  [ -f "$T/data/$f" ] || fail "right key: $f is not in the data folder ($(ls "$T/data" | tr '\n' ' '))"
done
[ "$(ls -A "$T/data" | wc -l)" = 5 ] || fail "right key: the data folder holds $(ls -A "$T/data" | tr '\n' ' ')"
[ "$(stat -c %a "$T/data/intervju-två.txt")" = 644 ] || fail "an imported text is not mode 0644"
grep -q "Det här är texten två" "$T/data/intervju-två.txt" || fail "the imported text lost its words"
grep -rq "texten ute" "$T/data" && fail "the link out of the stick was followed"
# kept as it is but for the hyphenation the import settles (README, "The text format")
grep -v '^hyphenation:' "$T/data/läsprov.txt" | cmp -s tests/e2e/read/lasprov.txt - ||
  fail "a text in storstil's format was changed on its way in"
grep -q '^hyphenation:' "$T/data/läsprov.txt" || fail "the USB import did not settle the text's hyphenation"
status "key=ok" "added=5" "replaced=0" "failed=2" "skipped=3" "failed_name=skräp.bin" "failed_name=tom.txt"
grep -q "skipped länk.txt: a symbolic link" "$T/first.err" || fail "the link was not reported"
grep -q "skipped rör.txt: a FIFO" "$T/first.err" || fail "the FIFO was not reported"
build/storstil --config /dev/null --data "$T/data" --check > /dev/null 2> "$T/check.err" || fail "the imported texts do not pass --check: $(cat "$T/check.err")"

# 2. The same names again: replaced, not added; ta-bort.txt removes, and
# only NAME.txt inside the data folder.
rm -f "$s/skräp.bin" "$s/tom.txt" "$s/rör.txt" "$s/länk.txt" "$s/"$'rad\nbryt\x1bning.txt' "$s/..hemlig..txt" "$s/läsprov.txt"
text utanför > "$T/keep.txt"
printf 'hemlig.txt\nradbrytning\n../keep\n../../%s/keep\nfinns-inte\n' "$T" > "$s/ta-bort.txt"
text nytt > "$s/intervju-två.txt"
run second "$T/stick"
[ "$rc" = 0 ] || fail "second stick: exit $rc"
status "key=ok" "added=0" "replaced=2" "removed=2" "failed=0"
[ -e "$T/data/hemlig.txt" ] || [ -e "$T/data/radbrytning.txt" ] && fail "ta-bort.txt did not remove hemlig and radbrytning"
[ -f "$T/keep.txt" ] || fail "ta-bort.txt removed a file outside the data folder"
grep -q "texten nytt" "$T/data/intervju-två.txt" || fail "the same name was not replaced"
rm "$s/ta-bort.txt"

# 3. A wrong key and no key: exit 1, nothing read, logged once.
before=$(ls -A "$T/data" | md5sum)
mkdir -p "$T/wrong/storstil" "$T/none/storstil"
echo "bokcirkel på onsdag" > "$T/wrong/storstil/nyckel.txt"
text fel > "$T/wrong/storstil/ny.txt"; text fel > "$T/none/storstil/ny.txt"
run wrong "$T/wrong"
[ "$rc" = 1 ] || fail "wrong key: exit $rc, wanted 1"
status "key=bad" "added=0"
[ "$(grep -c 'does not match' "$T/wrong.err")" = 1 ] || fail "wrong key: not logged once: $(cat "$T/wrong.err")"
# A stick without nyckel.txt (a visitor's) writes no status: the shelf says
# nothing and staff's last report stays on the Info screen.
sum=$(md5sum < "$T/status")
run none "$T/none"
[ "$rc" = 1 ] || fail "no key: exit $rc, wanted 1"
[ "$(md5sum < "$T/status")" = "$sum" ] || fail "a stick without a key wrote the status: $(tr '\n' ' ' < "$T/status")"
grep -q "no storstil/nyckel.txt" "$T/none.err" || fail "no key: not logged: $(cat "$T/none.err")"
run noconf "$T/stick" --config "$T/nokey.conf"
[ "$rc" = 1 ] || fail "no usb_key in the config: exit $rc, wanted 1"
[ "$(md5sum < "$T/status")" = "$sum" ] || fail "no usb_key in the config: the status file was written (a banner for every stick)"
[ "$(ls -A "$T/data" | md5sum)" = "$before" ] || fail "a stick without the right key changed the data folder"
ln -s "$PWD/$T/stick/storstil/nyckel.txt" "$T/none/storstil/nyckel.txt"
run linkkey "$T/none"
[ "$rc" = 1 ] || fail "a nyckel.txt that is a link was followed"

# 4. Limits: a 60 MB file is reported, not read; of 500 files 200 are imported.
mkdir -p "$T/big/storstil" && cp "$s/nyckel.txt" "$T/big/storstil/"
truncate -s 60M "$T/big/storstil/stor.txt"
text liten > "$T/big/storstil/liten.txt"
run big "$T/big"
[ "$rc" = 0 ] || fail "60 MB: exit $rc"
status "added=1" "failed=1" "failed_name=stor.txt"
grep -q "failed stor.txt: past the 50 MB" "$T/big.err" || fail "60 MB: not reported as over the budget"
mkdir -p "$T/many/storstil" && cp "$s/nyckel.txt" "$T/many/storstil/"
for i in $(seq -w 1 500); do echo "Text nummer $i om läsning och böcker." > "$T/many/storstil/m$i.txt"; done
rm -rf "$T/data" && mkdir -p "$T/data"
run many "$T/many"
[ "$rc" = 0 ] || fail "500 files: exit $rc"
status "added=200" "skipped=300" "state=done"
# The journal names the first few skipped entries and counts the rest in
# one line, so its rate limit never swallows the summary.
[ "$(grep -c 'storstil-usb: skipped m' "$T/many.err")" -le 5 ] ||
  fail "500 files: $(grep -c 'storstil-usb: skipped m' "$T/many.err") skipped lines in the journal, wanted at most 5"
grep -q "skipped 295 more entries" "$T/many.err" || fail "500 files: no line counts the other skipped entries"
grep -q "200 added, 0 replaced, 0 removed, 0 failed, 300 skipped" "$T/many.err" || fail "500 files: no summary line"
[ "$(ls "$T/data" | wc -l)" = 200 ] || fail "500 files: $(ls "$T/data" | wc -l) imported, wanted 200"
[ -f "$T/data/m200.txt" ] && [ ! -e "$T/data/m201.txt" ] || fail "500 files: not the first 200 by name"

# 5. kill -9 mid-import: only whole texts in the data folder; the next run
# removes the scratch file.
rm -rf "$T/data" && mkdir -p "$T/data"
text hel > "$T/data/hel.txt"
cat > "$T/slow-import" <<'SLOW'
#!/bin/sh
printf 'title: halv\n\nBara halva' > "$3"
exec sleep 60
SLOW
chmod +x "$T/slow-import"
mkdir -p "$T/slow/storstil" && cp "$s/nyckel.txt" "$T/slow/storstil/" && text halv > "$T/slow/storstil/halv.txt"
$USBBIN --import "$T/slow" --data "$T/data" --config "$T/storstil.conf" --status "$T/status" \
  --importer "$T/slow-import" 2> "$T/slow.err" &
pid=$!
for _ in $(seq 100); do ls -A "$T/data" | grep -q '^\.halv\.tmp-' && break; sleep 0.1; done
kill -9 $pid; wait $pid 2>/dev/null
sleep 0.5
[ "$(ls "$T/data")" = hel.txt ] || fail "after kill -9: the data folder shows $(ls "$T/data" | tr '\n' ' ')"
ls -A "$T/data" | grep -q '^\.halv\.tmp-' || fail "after kill -9: no scratch file was left to clean (the kill came too late?)"
pgrep -f "$T/slow-import" > /dev/null && fail "the importer outlived storstil-usb"
run after "$T/slow"
[ "$rc" = 0 ] || fail "the run after the kill: exit $rc"
ls -A "$T/data" | grep -q '\.tmp-' && fail "the next run left the scratch file: $(ls -A "$T/data" | tr '\n' ' ')"
grep -q "left by an interrupted import" "$T/after.err" || fail "the next run did not report the cleanup"
[ -f "$T/data/halv.txt" ] || fail "the next run did not import halv.txt"

# 6. Two sticks at once take turns: the second waits for the data folder's
# lock and does not take the first's scratch file for a stale one.
rm -rf "$T/data" && mkdir -p "$T/data"
$USBBIN --import "$T/slow" --data "$T/data" --config "$T/storstil.conf" --status "$T/status" \
  --importer "$T/slow-import" 2> "$T/slow2.err" &
first=$!
for _ in $(seq 100); do ls -A "$T/data" | grep -q '^\.halv\.tmp-' && break; sleep 0.1; done
$USBBIN --import "$T/big" --data "$T/data" --config "$T/storstil.conf" --status "$T/status" 2> "$T/second.err" &
second=$!
sleep 1
ls -A "$T/data" | grep -q '^\.halv\.tmp-' || fail "a second stick removed the first one's scratch file"
kill -0 $second 2> /dev/null || fail "a second stick did not wait for the first"
kill -9 $first; wait $first 2> /dev/null
wait $second || fail "the second stick, after the first was killed: exit $?"
[ -f "$T/data/liten.txt" ] || fail "the second stick imported nothing after the wait"

# 7. A text with lost ligatures is repaired with the data folder's texts as
# its library: "et" becomes "ett" as the bundled text writes it (alone,
# hunspell takes "et" and the word would stay, listed for staff).
rm -rf "$T/data" && mkdir -p "$T/data"
cp data/04-naravardpodden-patrik-sundstrom.txt "$T/data/"
mkdir -p "$T/lig/storstil" && cp "$s/nyckel.txt" "$T/lig/storstil/"
printf 'Vi har et bra s\xc3\xa4t at arbeta med \xef\xbf\xbdll exempel en app.\n\nDet \xc3\xa4r et stort steg.\n' > "$T/lig/storstil/skadad.txt"
run lig "$T/lig"
[ "$rc" = 0 ] || fail "damaged text: exit $rc"
grep -q "Vi har ett bra sätt att arbeta med till exempel en app." "$T/data/skadad.txt" ||
  fail "the damaged text was not repaired with the data folder's words: $(tail -3 "$T/data/skadad.txt")"

# 8. Recordings come with their texts (README "The recording beside a
# text"): one that starts as a WAV file is carried to NAME.wav beside the
# text's new name; one that is no recording is reported and its text still
# imported; a recording with no text of its name is skipped; ta-bort.txt
# removes a text's recording with it; one over 200 MB is refused.
rm -rf "$T/data" "$T/rec" && mkdir -p "$T/data" "$T/rec/storstil"
cp "$T/stick/storstil/nyckel.txt" "$T/rec/storstil/"
r=$T/rec/storstil
text avsnitt > "$r/Avsnitt 6.txt"
{ printf 'RIFF\x24\x10\0\0WAVEfmt '; head -c 4000 /dev/zero; } > "$r/Avsnitt 6.wav"
text trasig > "$r/trasig.txt"
head -c 5000 /dev/zero > "$r/trasig.mp3"
{ printf 'RIFF\x24\x10\0\0WAVEfmt '; head -c 100 /dev/zero; } > "$r/ensam.wav"
text stor > "$r/stor.txt"
truncate -s 201M "$r/stor.ogg"
run rec "$T/rec"
[ "$rc" = 0 ] || fail "recordings: exit $rc: $(cat "$T/rec.err")"
[ -f "$T/data/Avsnitt 6.txt" ] && cmp -s "$r/Avsnitt 6.wav" "$T/data/Avsnitt 6.wav" ||
  fail "recordings: Avsnitt 6.wav did not come with its text: $(ls "$T/data" | tr '\n' ' ')"
[ "$(stat -c %a "$T/data/Avsnitt 6.wav")" = 644 ] || fail "recordings: the recording is not mode 0644"
[ -f "$T/data/trasig.txt" ] && [ ! -e "$T/data/trasig.mp3" ] || fail "recordings: a recording that is none was carried, or its text left out"
grep -q "failed trasig.mp3: not a recording" "$T/rec.err" || fail "recordings: trasig.mp3 not reported: $(cat "$T/rec.err")"
grep -q "skipped ensam.wav: a recording with no text" "$T/rec.err" || fail "recordings: ensam.wav not reported as skipped"
[ -f "$T/data/stor.txt" ] && [ ! -e "$T/data/stor.ogg" ] || fail "recordings: stor.ogg (201 MB) was carried, or its text left out"
grep -q "failed stor.ogg: a recording over 200 MB" "$T/rec.err" || fail "recordings: stor.ogg not reported as over 200 MB"
[ ! -e "$T/data/ensam.wav" ] || fail "recordings: a recording with no text was carried"
ls -A "$T/data" | grep -q '\.tmp-' && fail "recordings: a scratch file was left: $(ls -A "$T/data" | tr '\n' ' ')"
status "key=ok" "added=3" "failed=2" "failed_name=trasig.mp3" "failed_name=stor.ogg"
rm -f "$r"/[!n]*.txt "$r"/*.wav "$r"/*.mp3 "$r"/*.ogg
printf 'Avsnitt 6\n' > "$r/ta-bort.txt"
run rec_remove "$T/rec"
[ ! -e "$T/data/Avsnitt 6.txt" ] && [ ! -e "$T/data/Avsnitt 6.wav" ] ||
  fail "recordings: ta-bort.txt left $(ls "$T/data" | tr '\n' ' ')"
# A text brought again without its recording, or with one that is refused:
# the old recording goes (its times need not fit the new text; the voice
# reads it), and the log says why.
rm -f "$r/ta-bort.txt"
{ printf 'RIFF\x24\x10\0\0WAVEfmt '; head -c 4000 /dev/zero; } > "$T/data/stor.wav"
cp "$T/data/stor.wav" "$T/data/trasig.wav"
text stor > "$r/stor.txt"
text trasig > "$r/trasig.txt"
head -c 5000 /dev/zero > "$r/trasig.mp3"
run rec_again "$T/rec"
[ -f "$T/data/stor.txt" ] && [ ! -e "$T/data/stor.wav" ] ||
  fail "recordings: a text brought without its recording kept the old one: $(ls "$T/data" | tr '\n' ' ')"
[ -f "$T/data/trasig.txt" ] && [ ! -e "$T/data/trasig.wav" ] ||
  fail "recordings: a text whose new recording was refused kept the old one: $(ls "$T/data" | tr '\n' ' ')"
grep -q "removed stor.wav: the new text came without a recording" "$T/rec_again.err" &&
  grep -q "removed trasig.wav: its text's new recording did not come in" "$T/rec_again.err" ||
  fail "recordings: the old recordings' removal not said: $(cat "$T/rec_again.err")"

# 9. Usage errors: exit 2.
$USBBIN > /dev/null 2>&1; [ $? = 2 ] || fail "no flags: not exit 2"
$USBBIN --import > /dev/null 2>&1; [ $? = 2 ] || fail "--import without DIR: not exit 2"
finish
