#!/usr/bin/env bash
# Swedish hyphenation with the real font: the words that once split in
# misleading places, set at every text size on the Pi's 7" panel (800x480,
# 154x86 mm) and at 1920x1080, each preceded by 0..11 short words so that it
# meets the line's end at many places. Every line `--dump-pages` ends with an
# added hyphen must split its word at a joint listed here; the words listed
# as whole (a hashtag, capitals, a word with digits, a loan hunspell does not
# know) must never be split; "universitet/högskolor" breaks after the slash
# or not at all. The text goes through storstil-import first, as staff's
# texts do: the importer settles the joints (with hunspell), the kiosk only
# reads them. STORSTIL=path overrides the kiosk binary, STORSTIL_IMPORT the
# importer.
set -u
cd "$(dirname "$0")/../.."
kiosk=${STORSTIL:-build/storstil}
importer=${STORSTIL_IMPORT:-build/storstil-import}
[ -x "$kiosk" ] || { echo "layout_hyphen_words: $kiosk not built"; exit 1; }
[ -x "$importer" ] || { echo "layout_hyphen_words: $importer not built"; exit 1; }
out=$(mktemp -d "${TMPDIR:-/tmp}/storstil-hyphen.XXXXXX") || exit 1
trap 'rm -rf "$out"' EXIT

# word: the joints a line may end at ("" = never split).
declare -A joints=(
  [verksamhetsutveckling]="verksamhets"
  [samverkansuppdrag]="samverkans"
  [Kompetenscenter]="Kompetens"
  [Kartläggningens]="Kart"
  [undersköterskan]="under"
  [distriktssköterskan]="distrikts"
  [funktionsnedsatta]="funktions"
  [demokratireform]="demokrati"
  [benchmarkingstudie]="benchmarking"
  [innanförskapet]="innan innanför"
  [enkätundersökning]="enkät"
  [#digitalisering]=""
  [ÄLDREOMSORGSNÄMNDEN]=""
  [covid19vaccinationen]=""
  [Näravårdpodden]=""
)

{
  printf 'title: Avstavning\n\n'
  for k in $(seq 0 11); do
    filler=""
    for _ in $(seq 1 "$k"); do filler="$filler och"; done
    for w in "${!joints[@]}" "universitet/högskolor"; do
      printf '%s %s i en mening.\n\n' "${filler# }" "$w"
    done
  done
} > "$out/written.txt"
"$importer" "$out/written.txt" -o "$out/words.txt" 2> "$out/import.log" ||
  { echo "FAIL: storstil-import: $(cat "$out/import.log")"; exit 1; }

fail=0 splits=0
check() { # $1: dump file, $2: what it was made with
  local prev="" line left word ok j
  while IFS= read -r line; do
    case "$line" in "--- page"*|"") continue ;; esac
    if [ -n "$prev" ]; then
      word="$prev${line%% *}"
      word=${word%%[.,]*}
      splits=$((splits + 1))
      ok=0
      if [ -n "${joints[$word]+x}" ]; then
        for j in ${joints[$word]}; do [ "$prev" = "$j" ] && ok=1; done
      fi
      [ $ok = 1 ] || { echo "FAIL $2: \"$word\" split as \"$prev-|${line%% *}\""; fail=1; }
      prev=""
    fi
    case "$line" in
      *universitet/)  ;;
      *universitet/*) ;;
      *-) left=${line##* }; prev=${left%-} ;;
      *universitet*) echo "FAIL $2: \"universitet/högskolor\" cut elsewhere than at its slash"; fail=1 ;;
    esac
  done < "$1"
}

for t in 1 2 3 4 5; do
  for screen in "800x480 --screen-size-mm 154x86" "1920x1080"; do
    # shellcheck disable=SC2086 # the screen's words are separate arguments
    if ! "$kiosk" --dump-pages "$out/words.txt" --size $screen --text-size "$t" > "$out/dump.txt"; then
      echo "FAIL $screen text size $t: --dump-pages failed"; fail=1; continue
    fi
    check "$out/dump.txt" "$screen text size $t"
  done
done
[ "$splits" -gt 20 ] || { echo "FAIL: only $splits words met a line's end split; the test places them badly"; fail=1; }
[ $fail = 0 ] && echo "layout_hyphen_words: ok ($splits splits, each at a joint)"
exit $fail
