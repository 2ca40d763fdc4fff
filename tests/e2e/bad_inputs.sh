#!/usr/bin/env bash
# Bad content: every case of tests/bad/README.md goes through --check, a
# scripted kiosk run that opens it, and the importer; the kiosk must stay up,
# show a calm card for a broken text and the repaired text otherwise, keep the
# good text working, and write nothing into the data folder. Then the special
# runs: files removed while the kiosk runs, a missing or unreadable data
# folder, a missing font. Prints one "ok CASE: ..." line per case that passed.
. "$(dirname "$0")/lib.bash"
ROOT=$PWD
IMPORTER=build/storstil-import
# --check runs on the plain build (quick); the kiosk runs below use $KIOSK,
# the sanitized build when there is one, and load every case too.
CHECK=${CHECK:-build/storstil}
GOOD=$FIXTURES/a-samtal.txt
GEN=$OUT/bad-gen
DATA=$OUT/bad-data
IMP=$OUT/bad-import
chmod -R u+rwx "$DATA" 2> /dev/null
rm -rf "$GEN" "$DATA" "$IMP"
mkdir -p "$GEN" "$DATA" "$IMP"
export LC_ALL=C # byte-exact awk, and the shelf's strcmp order in sort

# lib.bash's fail, remembering which case failed so that it gets no "ok" line
# (the case is the message's first word; "bad-all/bad-card-X" is case X).
failed=' '
fail() {
  local c=${1%%:*}
  c=${c%%/*}; c=${c#bad-}
  case $1 in bad-all/bad-card-*) c=${1#bad-all/bad-card-}; c=${c%%:*} ;; esac
  echo "FAIL: $*"; fails=$((fails + 1)); failed+="$c "
}

# case|--check exit|screen after a tap on its card|the problem --check must name
CASES='
utf8-overlong|1|reader|invalid UTF-8 replaced by U\+FFFD
utf8-surrogate|1|reader|invalid UTF-8 replaced by U\+FFFD
utf8-truncated|1|reader|invalid UTF-8 replaced by U\+FFFD
bom|0|reader|
crlf|0|reader|
cr|0|reader|
nul|1|reader|.*replaced by U\+FFFD
empty|1|error|the file holds no text
whitespace|1|error|the file holds no text
header-only|1|error|the document has no text after its header
bracket-open|0|reader|
latin1|1|reader|invalid UTF-8 replaced by U\+FFFD .*save the file as UTF-8
title-2000|0|reader|
line-5mb|0|reader|
word-1mb|0|reader|
binary|1|error|this does not look like a text file
speakers-40000|0|reader|
over-8mib|1|error|the file is larger than 8 MiB
symlink-loop|1|error|cannot open the file: Too many levels of symbolic links
dangling-symlink|1|error|cannot open the file: No such file or directory
dir-named-txt|1|error|not a regular file
'

# The big inputs, made here rather than committed (the same bytes on every
# run with the same awk).
awk 'BEGIN { srand(7); split("och det är att som en på för med till av den inte har jag var om så men ett de kan man nu", w, " ")
  printf "title: En rad på fem megabyte\n\n"
  for (n = 0; n < 5242880; n += length(x) + 1) { x = w[1 + int(rand() * 25)]; printf "%s ", x }
  printf "\n" }' > "$GEN/b-line-5mb.txt"
{ printf 'title: Ett ord på en megabyte\n\nFöre ordet. '; head -c 1048576 /dev/zero | tr '\0' a; printf ' Efter ordet.\n'; } > "$GEN/b-word-1mb.txt"
awk 'BEGIN { srand(7); for (i = 0; i < 65536; i++) printf "%c", int(rand() * 256) }' > "$GEN/b-binary.txt"
# More speakers than a 16-bit index holds; the first page's turns are by
# speakers past 32,767.
awk 'BEGIN { printf "title: Fyrtiotusen talare\nspeakers: "
  for (i = 0; i < 40000; i++) printf "%sTalare %d", (i ? ", " : ""), i
  printf "\n\nTalare 39999: Jag är den sista.\nTalare 32768: Och jag kommer efter 32767.\n"
  for (i = 0; i < 40000; i += 97) printf "Talare %d: Hej, jag är talare nummer %d.\n", i, i }' > "$GEN/b-speakers-40000.txt"
{ printf 'title: Nio megabyte\n\n'; yes 'En rad med vanlig text som upprepas.' | head -c 9437184; } > "$GEN/b-over-8mib.txt"

# make_case CASE DIR: puts the case's bad file into DIR as b-CASE.txt.
make_case() {
  local f=$2/b-$1.txt
  case $1 in
    symlink-loop) ln -s "b-$1.txt" "$f" ;;
    dangling-symlink) ln -s b-removed-target "$f" ;;
    dir-named-txt) mkdir "$f" ;;
    fifo) mkfifo "$f" ;;
    *) if [ -e "tests/bad/b-$1.txt" ]; then cp "tests/bad/b-$1.txt" "$f"; else cp "$GEN/b-$1.txt" "$f"; fi ;;
  esac
}

# listing DIR: names, types, sizes and mtimes, to see that nothing was written.
listing() { find "$1" -printf '%p %y %s %T@\n' 2>&1 | sort; }

# wait_shot RUN SHOT: waits (at most 60 s) until run RUN has printed SHOT's state.
wait_shot() {
  local i
  for ((i = 0; i < 1200; i++)); do
    grep -q "^shot $OUT/$2.png:" "$OUT/$1.log" 2> /dev/null && return 0
    sleep 0.05
  done
  return 1
}

# field LINE KEY: the value of KEY=... in a shot's state line.
field() { local v; v=$(grep -o " $2=[^ ]*" <<< " ${1#*: }"); echo "${v#* "$2"=}"; }

# import_case NAME FILE [SECONDS]: the importer must end without a signal or
# a hang, and a non-zero exit must come with a message on stderr; its exit
# status is left in $import_rc.
import_case() {
  timeout "${3:-60}" "$IMPORTER" "$2" -o "$IMP/$1.txt" > /dev/null 2> "$IMP/$1.err"
  import_rc=$?
  if [ "$import_rc" = 124 ]; then fail "$1: the importer hangs (killed after ${3:-60} s)"
  elif [ "$import_rc" -ge 128 ]; then fail "$1: the importer died of signal $((import_rc - 128)): $(head -3 "$IMP/$1.err")"
  elif [ "$import_rc" != 0 ] && [ ! -s "$IMP/$1.err" ]; then fail "$1: the importer exited $import_rc without a message"
  fi
}

good_line='^a-samtal.txt: "Ett samtal om trygghetslarm", [0-9]+ pages$'
declare -A CHECK_RC CHECK_LINE IMPORT_RC

# 1, 3 and 4 for each case, in a folder of its own with the good text.
while IFS='|' read -r c want screen pat; do
  [ -n "$c" ] || continue
  d=$DATA/$c
  mkdir -p "$d"
  cp "$GOOD" "$d/a-samtal.txt"
  make_case "$c" "$d"
  before=$(listing "$d")
  out=$(timeout 60 "$CHECK" --config /dev/null --check --data "$d" 2>&1)
  rc=$?
  CHECK_RC[$c]=$rc
  CHECK_LINE[$c]=$(printf '%s\n' "$out" | grep -m1 "^b-$c\.txt:")
  [ "$rc" = "$want" ] || fail "$c: --check exited $rc, wanted $want: $(printf '%s' "$out" | head -c 600)"
  printf '%s\n' "$out" | grep -Eq "$good_line" || fail "$c: --check lost the good text's line: $(printf '%s' "$out" | head -c 600)"
  if [ "$want" = 1 ]; then
    printf '%s\n' "${CHECK_LINE[$c]}" | grep -Eq "^b-$c\.txt:[0-9]+: $pat" ||
      fail "$c: --check did not say \"b-$c.txt:LINE: $pat\": ${CHECK_LINE[$c]:-(nothing about b-$c.txt)}"
  else
    printf '%s\n' "$out" | grep -Eq "^b-$c\.txt:[0-9]" && fail "$c: --check reported a problem: $out"
    printf '%s\n' "${CHECK_LINE[$c]}" | grep -Eq "^b-$c\.txt: \".*\", [0-9]+ pages?$" ||
      fail "$c: --check has no page count for b-$c.txt: ${CHECK_LINE[$c]:0:300}"
  fi
  import_case "$c" "$d/b-$c.txt"
  IMPORT_RC[$c]=$import_rc
  [ "$(listing "$d")" = "$before" ] || fail "$c: the data folder changed: $(diff <(echo "$before") <(listing "$d") | head -5)"
done <<< "$CASES"

# 2: one kiosk run over all the cases in one folder, between the good text
# (first card) and a copy of it (last card). Each bad card is opened, shot and
# left by its own back button (the next card's shot shows that it went back);
# the last card must then read normally.
all=$DATA/all
mkdir -p "$all"
cp "$GOOD" "$all/a-samtal.txt"
cp "$GOOD" "$all/z-samtal.txt"
declare -A SCREEN
while IFS='|' read -r c want screen pat; do
  [ -n "$c" ] && { make_case "$c" "$all"; SCREEN[$c]=$screen; }
done <<< "$CASES"
mapfile -t names < <(ls "$all" | sort)
n=${#names[@]}
{
  echo "tap @card.1"; echo "wait 100"; echo "shot $OUT/bad-all-first.png"
  echo "tap @all-texts"; echo "wait 100"
  shelf=0
  for ((i = 1; i < n; i++)); do
    for ((; shelf < i / 3; shelf++)); do echo "wait 300"; echo "tap @next"; echo "wait 100"; done
    echo "tap @card.$((i % 3 + 1))"; echo "wait 100"
    c=${names[i]#b-}; c=${c%.txt}
    if ((i == n - 1)); then
      echo "tap @next"; echo "wait 300"; echo "shot $OUT/bad-all-last.png"
    else
      echo "shot $OUT/bad-card-$c.png"
      if [ "${SCREEN[$c]}" = error ]; then echo "tap @back-to-all-texts"; else echo "tap @all-texts"; fi
      echo "wait 100"
    fi
  done
} > "$OUT/bad-all.in"
before=$(listing "$all")
kiosk bad-all 1280x800 --data "$all" < "$OUT/bad-all.in"
expect bad-all bad-all-first "screen=reader doc=0 docs=$n"
for ((i = 1; i < n - 1; i++)); do
  c=${names[i]#b-}; c=${c%.txt}
  expect bad-all "bad-card-$c" "screen=${SCREEN[$c]} doc=$i docs=$n"
done
expect bad-all bad-all-last "screen=reader doc=$((n - 1)) page=2 docs=$n"
[ "$(listing "$all")" = "$before" ] || fail "bad-all: the data folder changed: $(diff <(echo "$before") <(listing "$all") | head -5)"

while IFS='|' read -r c want screen pat; do
  [ -n "$c" ] || continue
  card=$(field "$(state bad-all "bad-card-$c")" screen)
  line=${CHECK_LINE[$c]}
  [ ${#line} -gt 140 ] && line="${line:0:140}..."
  echo "ok? $c: check=${CHECK_RC[$c]} card=${card:-none} import=${IMPORT_RC[$c]} ($line)"
done <<< "$CASES" > "$OUT/bad-summary.txt"

# A named pipe called *.txt: opening it for reading must not wait for a writer.
d=$DATA/fifo
mkdir -p "$d"
cp "$GOOD" "$d/a-samtal.txt"
make_case fifo "$d"
before=$(listing "$d")
out=$(timeout 5 "$CHECK" --config /dev/null --check --data "$d" 2>&1)
rc=$?
if [ "$rc" = 124 ]; then
  fail "fifo: --check hangs on a named pipe in the data folder (doc_load opens it and waits for a writer); reproducer: mkfifo DIR/x.txt; storstil --check --data DIR"
else
  [ "$rc" = 1 ] && printf '%s\n' "$out" | grep -q '^b-fifo\.txt:1: not a regular file' ||
    fail "fifo: --check exited $rc: $out"
fi
fifo_check=$rc
printf 'tap @card.2\nwait 100\nshot %s\ntap @back-to-all-texts\nwait 100\ntap @card.1\nwait 100\ntap @next\nwait 300\nshot %s\n' \
  "$OUT/bad-fifo-card.png" "$OUT/bad-fifo-good.png" > "$OUT/bad-fifo.script"
timeout 10 "$KIOSK" --windowed --size 1280x800 --config /dev/null --data "$d" --script "$OUT/bad-fifo.script" \
  > "$OUT/bad-fifo.log" 2> "$OUT/bad-fifo.err"
rc=$?
if [ "$rc" = 124 ]; then fail "fifo: the kiosk hangs at start on a named pipe in the data folder"
elif [ "$rc" != 0 ]; then fail "fifo: the kiosk exited $rc: $(head -5 "$OUT/bad-fifo.err")"
else
  expect bad-fifo bad-fifo-card "screen=error doc=1"
  expect bad-fifo bad-fifo-good "screen=reader doc=0 page=2"
fi
fifo_card=$(field "$(state bad-fifo bad-fifo-card)" screen)
[ "$(listing "$d")" = "$before" ] || fail "fifo: the data folder changed"
# The importer is a command-line tool: reading a pipe is fair use
# (storstil-import <(...)), so it may wait for a writer; with one it must work.
(timeout 10 sh -c "printf 'Hej.\\nEn rad i ett rör.\\n' > '$d/b-fifo.txt'" &)
import_case fifo "$d/b-fifo.txt" 10
[ "$import_rc" = 0 ] && grep -q 'En rad i ett rör' "$IMP/fifo.txt" || fail "fifo: the importer did not read the pipe: $(cat "$IMP/fifo.err")"
echo "ok? fifo: check=$fifo_check card=${fifo_card:-none} import=$import_rc" >> "$OUT/bad-summary.txt"

# Files removed while the kiosk runs: one between the shelf scan and the tap
# on its card (it is already in memory, or gone from the shelf if a poll came
# first), one while a visitor reads it (the reader keeps it; the shelf drops
# it when they return), and one written, truncated and removed over and over
# while the kiosk polls the folder. The first two taps are where the third
# card and then Alla texter were (1280x800): either screen may follow the
# first, so they are positions, not names.
d=$DATA/removed
mkdir -p "$d"
cp "$GOOD" "$d/a-samtal.txt"
cp "$GOOD" "$d/b-gone.txt"
cp "$FIXTURES/b-rapport.txt" "$d/c-vanish.txt"
rm -f "$OUT/bad-removed.log"
(
  wait_shot bad-removed bad-removed-0 && rm -f "$d/c-vanish.txt"
  wait_shot bad-removed bad-removed-2 && rm -f "$d/b-gone.txt"
  wait_shot bad-removed bad-removed-4 || exit 0
  end=$(($(date +%s%N) / 1000000 + 2500))
  while [ $(($(date +%s%N) / 1000000)) -lt "$end" ]; do
    cp "$GEN/b-line-5mb.txt" "$d/c-churn.txt"
    truncate -s 100000 "$d/c-churn.txt"
    sleep 0.05
    rm -f "$d/c-churn.txt"
    printf 'title: Snart borta\n\nText.\n' > "$d/c-churn.txt"
    sleep 0.05
    rm -f "$d/c-churn.txt"
  done
) &
kiosk bad-removed 1280x800 --data "$d" <<S
shot $OUT/bad-removed-0.png
wait 500
tap 640 597
wait 100
shot $OUT/bad-removed-1.png
tap 192 48
wait 100
tap @card.2
wait 100
shot $OUT/bad-removed-2.png
wait 2500
tap @next
wait 300
shot $OUT/bad-removed-3.png
tap @all-texts
wait 300
shot $OUT/bad-removed-4.png
wait 7000
shot $OUT/bad-removed-5.png
tap @card.1
wait 100
tap @next
wait 300
shot $OUT/bad-removed-6.png
S
wait
expect bad-removed bad-removed-0 "screen=shelf docs=3"
vanish=$(state bad-removed bad-removed-1)
case " ${vanish#*: } " in
  *" screen=reader doc=2 "*) vanish="opened from memory" ;;
  *" screen=shelf "*" docs=2 "*) vanish="gone from the shelf before the tap" ;;
  *) fail "removed: the text removed before its tap: ${vanish#*: }" ;;
esac
expect bad-removed bad-removed-2 "screen=reader doc=1"
expect bad-removed bad-removed-3 "screen=reader doc=1 page=2"
expect bad-removed bad-removed-4 "screen=shelf docs=1"
expect bad-removed bad-removed-5 "screen=shelf docs=1"
expect bad-removed bad-removed-6 "screen=reader doc=0 page=2 docs=1"
echo "ok? removed: before the tap: $vanish; while reading: reader kept page 2, shelf docs=1 after; churn: docs=1" >> "$OUT/bad-summary.txt"

# A missing data folder: --check names it; the kiosk starts on the empty
# shelf, creates nothing, and shows the texts once the folder appears.
d=$DATA/missing
out=$(timeout 60 "$CHECK" --config /dev/null --check --data "$d" 2>&1)
rc=$?
[ "$rc" = 1 ] || fail "missing-folder: --check exited $rc: $out"
printf '%s\n' "$out" | grep -q "^$d: cannot read the data folder: No such file or directory" ||
  fail "missing-folder: --check did not name the folder: $out"
[ -e "$d" ] && fail "missing-folder: --check created $d"
missing_check=$(printf '%s\n' "$out" | head -1)
rm -f "$OUT/bad-missing-folder.log" "$OUT/bad-missing-folder.created"
(
  wait_shot bad-missing-folder bad-missing-folder-0 || exit 0
  [ -e "$d" ] && touch "$OUT/bad-missing-folder.created"
  mkdir -p "$d" && cp "$GOOD" "$d/a-samtal.txt"
) &
kiosk bad-missing-folder 1280x800 --data "$d" <<S
shot $OUT/bad-missing-folder-0.png
wait 3500
shot $OUT/bad-missing-folder-1.png
tap @card.1
wait 100
tap @next
wait 300
shot $OUT/bad-missing-folder-2.png
S
wait
expect bad-missing-folder bad-missing-folder-0 "screen=shelf docs=0"
expect bad-missing-folder bad-missing-folder-1 "screen=shelf docs=1"
expect bad-missing-folder bad-missing-folder-2 "screen=reader doc=0 page=2"
[ -e "$OUT/bad-missing-folder.created" ] && fail "missing-folder: the kiosk created the data folder"
grep -q "cannot read the data folder" "$OUT/bad-missing-folder.err" || fail "missing-folder: no message on stderr"
echo "ok? missing-folder: check=$rc ($missing_check) shelf docs=0, then docs=1 when it appeared" >> "$OUT/bad-summary.txt"

# unreadable NAME DIR [RUNNER...]: --check exits 1 naming DIR, and the kiosk
# (run through RUNNER, e.g. setpriv) starts on the empty shelf. Both start in
# $kit with $kit_check and $kit_kiosk and shoot into $kit_shots: the
# checkout, or for another user a copy it can reach (see chmod000 below).
unreadable() {
  local name=$1 dir=$2 before out rc
  shift 2
  before=$(listing "$dir")
  out=$(cd "$kit" && timeout 60 "$@" "$kit_check" --config /dev/null --check --data "$dir" 2>&1)
  rc=$?
  [ "$rc" = 1 ] || fail "$name: --check exited $rc: $out"
  printf '%s\n' "$out" | grep -q "^$dir: cannot read the data folder: " || fail "$name: --check did not name the folder: $out"
  printf 'shot %s\n' "$kit_shots/$name.png" > "$kit_shots/$name.script"
  chmod 644 "$kit_shots/$name.script"
  (cd "$kit" && timeout 60 "$@" "$kit_kiosk" --windowed --size 1280x800 --config /dev/null --data "$dir" \
    --script "$kit_shots/$name.script") > "$OUT/bad-$name.log" 2> "$OUT/bad-$name.err" ||
    fail "$name: the kiosk exited $?: $(head -5 "$OUT/bad-$name.err")"
  grep -q "^shot $kit_shots/$name.png: screen=shelf .* docs=0 " "$OUT/bad-$name.log" ||
    fail "$name: wanted the empty shelf: $(cat "$OUT/bad-$name.log")"
  [ "$(listing "$dir")" = "$before" ] || fail "$name: the data folder changed"
  echo "ok? $name: check=$rc ($(printf '%s\n' "$out" | head -1)) shelf docs=0" >> "$OUT/bad-summary.txt"
}
abs() { case $1 in /*) echo "$1" ;; *) echo "$ROOT/$1" ;; esac; }
kit=$ROOT kit_check=$(abs "$CHECK") kit_kiosk=$(abs "$KIOSK") kit_shots=$ROOT/$OUT/bad-shots
mkdir -p "$kit_shots"
cp "$GOOD" "$DATA/not-a-folder"
unreadable not-a-folder "$DATA/not-a-folder"
ln -s loop-folder "$DATA/loop-folder"
unreadable loop-folder "$DATA/loop-folder"
d=$DATA/chmod000
mkdir -p "$d"
cp "$GOOD" "$d/a-samtal.txt"
chmod 000 "$d"
if ! ls "$d" > /dev/null 2>&1; then
  unreadable chmod000 "$d"
elif [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null; then
  # Root reads a chmod 000 folder anyway: run as nobody, who cannot. Nobody
  # may not reach the checkout (a private home, a 0700 parent), so it gets a
  # copy of what it needs (the binaries, the bundled fonts beside them, the
  # script) in a folder of its own under /tmp, not $TMPDIR, which may be
  # private too. The copy is world-readable whatever the umask.
  chmod 755 "$d"
  kit=$(mktemp -d /tmp/storstil-nobody.XXXXXX) || exit 1
  trap 'chmod -R u+rwx "$kit" 2> /dev/null; rm -rf "$kit"' EXIT
  mkdir -p "$kit/build" "$kit/assets/fonts" "$kit/shots"
  kit_check=$kit/build/${CHECK##*/} kit_kiosk=$kit/build/${KIOSK##*/} kit_shots=$kit/shots
  cp "$CHECK" "$kit_check"
  cp "$KIOSK" "$kit_kiosk"
  cp assets/fonts/* "$kit/assets/fonts/"
  chmod -R a+rX "$kit"
  chmod 777 "$kit_shots"
  d=$kit/chmod000
  mkdir "$d"
  cp "$GOOD" "$d/a-samtal.txt"
  chmod 000 "$d"
  unreadable chmod000 "$d" setpriv --reuid=65534 --regid=65534 --clear-groups --
else
  echo "skip chmod000: this user reads a chmod 000 folder (uid $(id -u)) and setpriv is missing"
fi
chmod 755 "$d"

# A missing font: --font that does not exist, or is not a font, costs one
# warning and the bundled font draws the same picture as without --font.
d=$DATA/font
mkdir -p "$d"
cp "$GOOD" "$d/a-samtal.txt"
font_script="tap @card.1
wait 100
key +
wait 300
shot"
kiosk bad-font-ref 1280x800 --data "$d" <<< "$font_script $OUT/bad-font-ref.png"
for f in /nonexistent.ttf tests/bad/README.md; do
  name=font-$( [ "$f" = /nonexistent.ttf ] && echo missing || echo not-a-font )
  kiosk "bad-$name" 1280x800 --data "$d" --font "$f" <<< "$font_script $OUT/bad-$name.png"
  expect "bad-$name" "bad-$name" "screen=reader doc=0 text_size=4"
  warn=$(grep -c 'cannot open font' "$OUT/bad-$name.err")
  [ "$warn" = 1 ] || fail "$name: $warn font warnings, wanted 1: $(cat "$OUT/bad-$name.err")"
  if [ -x build/pngdiff ]; then
    build/pngdiff "$OUT/bad-$name.png" "$OUT/bad-font-ref.png" 0 "$OUT/bad-$name.diff.png" > /dev/null ||
      fail "$name: the fallback font does not draw like the bundled one (see $OUT/bad-$name.diff.png)"
  fi
  out=$(timeout 60 "$CHECK" --config /dev/null --check --data "$d" --font "$f" 2>&1)
  rc=$?
  [ "$rc" = 0 ] && printf '%s\n' "$out" | grep -Eq "$good_line" || fail "$name: --check exited $rc: $out"
  [ "$(printf '%s\n' "$out" | grep -c 'cannot open font')" = 1 ] || fail "$name: --check's font warnings: $out"
  echo "ok? $name: check=$rc, one warning ($(head -1 "$OUT/bad-$name.err")), draws like the bundled font" >> "$OUT/bad-summary.txt"
done
# The bundled font missing too (run from a folder without assets/): DejaVu.
cwd=$OUT/bad-cwd
mkdir -p "$cwd"
printf '%s %s\n' "$font_script" "$ROOT/$OUT/bad-font-dejavu.png" > "$OUT/bad-font-dejavu.script"
case $KIOSK in /*) kiosk_abs=$KIOSK ;; *) kiosk_abs=$ROOT/$KIOSK ;; esac
(cd "$cwd" && timeout 60 "$kiosk_abs" --windowed --size 1280x800 --config /dev/null --data "$ROOT/$d" \
  --font /nonexistent.ttf --script "$ROOT/$OUT/bad-font-dejavu.script") > "$OUT/bad-font-dejavu.log" 2> "$OUT/bad-font-dejavu.err" ||
  fail "font-dejavu: the kiosk exited $?: $(head -5 "$OUT/bad-font-dejavu.err")"
grep -q "^shot $ROOT/$OUT/bad-font-dejavu.png: screen=reader doc=0 page=1 pages=[1-9]" "$OUT/bad-font-dejavu.log" ||
  fail "font-dejavu: $(cat "$OUT/bad-font-dejavu.log")"
[ "$(stat -c %s "$OUT/bad-font-dejavu.png" 2> /dev/null || echo 0)" -gt 20000 ] || fail "font-dejavu: no picture drawn"
echo "ok? font-dejavu: reader $(grep -o 'pages=[0-9]*' "$OUT/bad-font-dejavu.log")" >> "$OUT/bad-summary.txt"

# One line per case that no failure names.
while read -r _ c rest; do
  case $failed in *" ${c%:} "*) ;; *) echo "ok $c $rest" ;; esac
done < "$OUT/bad-summary.txt"
# 40,000 speakers: the text opens, its pages turn, and --check passes it.
d=$DATA/speakers
mkdir -p "$d"
cp "$GEN/b-speakers-40000.txt" "$d/"
kiosk speakers 1280x800 --data "$d" <<S
tap @card.1
wait 100
key Right
wait 300
key Right
wait 300
shot $OUT/speakers-p3.png
key Left
wait 300
shot $OUT/speakers-p2.png
S
expect speakers speakers-p3 "screen=reader doc=0 page=3"
expect speakers speakers-p2 "screen=reader doc=0 page=2"
timeout 60 "$CHECK" --config /dev/null --check --data "$d" > "$OUT/speakers-check.txt" 2>&1 ||
  fail "speakers: --check failed: $(head -3 "$OUT/speakers-check.txt")"

finish
