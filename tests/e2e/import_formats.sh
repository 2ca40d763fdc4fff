#!/usr/bin/env bash
# storstil-import on every format it reads (tests/import/formats/): WebVTT
# (Teams, Whisper, YouTube's rolling captions, broken cues), SRT, SBV,
# Podcasting 2.0 JSON and HTML, and PDF made here from a text. Each valid
# input is a NAME.ext beside its NAME.expected (whatever the format; the
# formats table's unit test wants a fixture for every row): exit 0, the
# output equals NAME.expected, `storstil --check` accepts it, its words are
# the source's spoken words in order (NAME.words, written by hand), and the
# warnings are NAME.warn's. Files that cannot be read
# (tests/import/formats/bad/, a damaged PDF among them) are refused with
# "file:1: message" and exit 1, and leave no output file, not even a
# partial one, and an older output untouched.
. "$(dirname "$0")/lib.bash"
IMPORTER=build/storstil-import
CHECK=${CHECK:-build/storstil}
DIR=tests/import/formats
W=$OUT/import-formats
rm -rf "$W"
mkdir -p "$W/data"

# body_words FILE: the words of an imported text's body, speaker labels
# and a timed text's stamps (README, "The text format") off.
body_words() {
  local speakers timed
  speakers=$(sed -n '/^$/q; s/^speakers: //p' "$1")
  timed=$(sed -n '/^$/q; s/^timed: //p' "$1")
  awk -v speakers="$speakers" -v timed="$timed" 'BEGIN { n = split(speakers, S, ", ") }
    h == 0 { if ($0 == "") h = 1; next }
    timed == "yes" { gsub(/\{[0-9]+:[0-9][0-9]:[0-9][0-9]\.[0-9][0-9][0-9]\} /, "") }
    { for (k = 1; k <= n; k++) { p = S[k] ": "; if (substr($0, 1, length(p)) == p) { $0 = substr($0, length(p) + 1); break } }
      print }' "$1" | tr -s ' \n' '\n\n' | sed '/^$/d'
}

# same_words NAME OUT WORDS: the output's body words equal the words file's.
same_words() {
  local d
  d=$(diff <(body_words "$2") <(tr -s ' \n' '\n\n' < "$3" | sed '/^$/d')) ||
    fail "$1: the words differ from the source's spoken words (< output, > source): $(head -6 <<< "$d")"
}

# checked NAME OUT: storstil --check accepts the output with no problem.
checked() {
  rm -f "$W/data"/*.txt
  cp "$2" "$W/data/t.txt"
  local out
  out=$(timeout 60 "$CHECK" --config /dev/null --check --data "$W/data" 2>&1) ||
    fail "$1: storstil --check refused the output: $out"
  grep -q '^t\.txt:[0-9]' <<< "$out" && fail "$1: storstil --check reported a problem: $out"
}

n_ok=0
for expected in "$DIR"/*.expected; do
  name=${expected##*/}; name=${name%.expected}
  src=$(ls "$DIR/$name".* | grep -Ev '\.(expected|words|warn)$')
  [ "$(wc -l <<< "$src")" = 1 ] || { fail "$name: not one source beside $name.expected: $src"; continue; }
  out=$W/$name.txt
  if ! "$IMPORTER" "$src" -o "$out" 2> "$W/$name.err"; then
    fail "$name: the importer failed: $(cat "$W/$name.err")"; continue
  fi
  cmp -s "$out" "$DIR/$name.expected" || fail "$name: differs from $name.expected: $(diff "$DIR/$name.expected" "$out" | head -8)"
  same_words "$name" "$out" "$DIR/$name.words"
  checked "$name" "$out"
  warn=$(grep ': warning: ' "$W/$name.err" | sed "s|^$src:||")
  want=$(cat "$DIR/$name.warn" 2> /dev/null)
  [ "$warn" = "$want" ] || fail "$name: warnings differ: got"$'\n'"$warn"$'\n'"wanted"$'\n'"$want"
  n_ok=$((n_ok + 1))
done
[ "$n_ok" -ge 8 ] || fail "only $n_ok valid inputs were imported"

# Files that cannot be read: refused, nothing written, an old output kept.
for src in "$DIR"/bad/*; do
  f=${src##*/}
  out=$W/bad-$f.txt
  "$IMPORTER" "$src" -o "$out" > /dev/null 2> "$W/bad-$f.err"
  rc=$?
  [ "$rc" = 1 ] || fail "bad/$f: exit $rc, wanted 1"
  grep -Eq "^${src//./\\.}:1: [a-z]" "$W/bad-$f.err" || fail "bad/$f: no \"$src:1: message\": $(cat "$W/bad-$f.err")"
  [ -e "$out" ] && fail "bad/$f: an output file was written"
  echo "old text" > "$out"
  "$IMPORTER" "$src" -o "$out" > /dev/null 2>&1
  [ "$(cat "$out")" = "old text" ] || fail "bad/$f: the earlier output was changed"
done
ls "$W" | grep -q '\.tmp-' && fail "scratch files left behind: $(ls "$W" | grep '\.tmp-')"

# Detected by content, not by name: a WebVTT file called .txt and an SRT
# called .vtt import as before.
cp "$DIR/teams.vtt" "$W/teams-as.txt"
"$IMPORTER" "$W/teams-as.txt" -o "$W/teams-as.out" 2> /dev/null && sed 's/^source: teams-as.txt$/source: teams.vtt/' "$W/teams-as.out" |
  cmp -s - "$DIR/teams.expected" || fail "a WebVTT file named .txt was not read as WebVTT"

# PDF: made here from a text, drawn with tt/ti/ft ligatures that the text
# extraction loses (as in data/sources/000), read through pdftotext; the
# ligature repair must give back every word.
if command -v pdftotext > /dev/null; then
  bash tests/tools/textpdf.sh "$DIR/ligatures.txt" "$W/ligatures.pdf"
  pdftotext "$W/ligatures.pdf" - | grep -q $'\xef\xbf\xbd' || fail "pdf: the made PDF shows no lost ligatures"
  # The frequencies of the clean texts in data/, as `make data` gives them
  # for 000: "et" is a word to hunspell, "ett" far more common.
  freq=()
  for f in data/0[2-5]-*.txt; do freq+=(--freq "$f"); done
  if "$IMPORTER" "$W/ligatures.pdf" -o "$W/ligatures.txt" --title Ligaturer "${freq[@]}" 2> "$W/ligatures.err"; then
    grep -q 'ligature repair: [1-9]' "$W/ligatures.err" || fail "pdf: the repair did not run: $(cat "$W/ligatures.err")"
    same_words pdf "$W/ligatures.txt" "$DIR/ligatures.txt"
    checked pdf "$W/ligatures.txt"
  else
    fail "pdf: the importer failed: $(cat "$W/ligatures.err")"
  fi
  # A PDF from a Debian tool (groff's gropdf, which maps its fi/fl/ff
  # ligatures right): the words come through unrepaired.
  if command -v gropdf > /dev/null; then
    printf '.LP\n%s\n' "$(cat "$DIR/ligatures.txt")" | groff -Kutf8 -ms -Tpdf > "$W/groff.pdf" 2> /dev/null
    if "$IMPORTER" "$W/groff.pdf" -o "$W/groff.txt" --title Groff 2> "$W/groff.err"; then
      same_words groff-pdf "$W/groff.txt" "$DIR/ligatures.txt"
      checked groff-pdf "$W/groff.txt"
    else
      fail "groff-pdf: the importer failed: $(cat "$W/groff.err")"
    fi
  else
    fail "gropdf is missing (Debian's groff; make deps-test installs it)"
  fi
  # A damaged PDF: refused with one line, no output.
  head -c 300 "$W/ligatures.pdf" > "$W/cut.pdf"
  "$IMPORTER" "$W/cut.pdf" -o "$W/cut.txt" > /dev/null 2> "$W/cut.err"
  rc=$?
  { [ "$rc" = 1 ] && grep -q "^$W/cut.pdf:1: " "$W/cut.err" && [ ! -e "$W/cut.txt" ]; } ||
    fail "pdf: a damaged PDF gave exit $rc: $(cat "$W/cut.err")"
else
  fail "pdftotext is missing (Debian's poppler-utils; make deps installs it)"
fi

# -o never puts a regular file where a device, a pipe, a link or a folder
# was (the output is renamed into place).
src1=$(ls "$DIR"/*.vtt | head -1)
mkfifo "$W/fifo"
ln -s "$W/elsewhere.txt" "$W/link.txt"
mkdir "$W/folder"
for o in /dev/null "$W/fifo" "$W/link.txt" "$W/folder"; do
  before=$(stat -c %F "$o")
  "$IMPORTER" "$src1" -o "$o" > /dev/null 2> "$W/nonreg.err"
  rc=$?
  { [ "$rc" = 1 ] && [ "$(stat -c %F "$o")" = "$before" ] && grep -q "not a regular file" "$W/nonreg.err"; } ||
    fail "-o $o: exit $rc, now $(stat -c %F "$o") (was $before): $(cat "$W/nonreg.err")"
done
[ ! -e "$W/elsewhere.txt" ] || fail "-o through a link wrote its target"
[ -z "$(ls "$W" | grep -F .tmp-)" ] || fail "-o refused left a scratch file: $(ls "$W" | grep -F .tmp-)"

echo "import_formats: $n_ok formats' fixtures, $(ls "$DIR"/bad | wc -l) unreadable files, PDF: $(grep -ho 'ligature repair: [0-9]* words changed' "$W/ligatures.err" 2> /dev/null)"
finish
