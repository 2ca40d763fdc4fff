#!/usr/bin/env bash
# The cleaned documents in data/: they equal what the importer makes of
# data/sources/ (make check-data), and they meet the acceptance properties:
# five documents; no U+FFFD, CR, BOM, tab or asterisk; no line that is a
# wrapped fragment of a paragraph; each transcript has as many turns as its
# source has speaker labels (within two, for turns cut by a page break), and
# every speaker is declared once, in normal case.
set -u
cd "$(dirname "$0")/../.."
fail=0
bad() { echo "data_check: $*"; fail=1; }

log=$(mktemp) || exit 1
trap 'rm -f "$log"' EXIT
make -s check-data > "$log" 2>&1 || { cat "$log"; bad "make check-data failed"; }

docs=(data/[0-9]*.txt)
[ "${#docs[@]}" = 5 ] || bad "expected 5 documents in data/, found ${#docs[@]}"

for f in "${docs[@]}"; do
  grep -q $'\xef\xbf\xbd' "$f" && bad "$f: U+FFFD"
  grep -q $'\r' "$f" && bad "$f: CR"
  grep -q $'\t' "$f" && bad "$f: tab"
  grep -q '\*' "$f" && bad "$f: asterisk"
  head -c 3 "$f" | grep -q $'\xef\xbb\xbf' && bad "$f: BOM"
  # Body lines that are paragraphs or turns must end like a sentence.
  frag=$(awk 'h==0 && /^$/ {h=1; next} h==0 {next} /^$/ || /^(# |## |- |\[)/ {next}
              $0 !~ /[.!?…”"):\]]$/ {print FILENAME ":" NR ": " substr($0, 1, 60)}' "$f")
  [ -z "$frag" ] || bad "wrapped fragments:"$'\n'"$frag"
  speakers=$(sed -n '/^$/q; s/^speakers: //p' "$f")
  [ -z "$speakers" ] && continue
  src="data/sources/$(sed -n '/^$/q; s/^source: //p' "$f")"
  IFS=',' read -ra names <<<"$speakers"
  turns=0; alone=()
  for n in "${names[@]}"; do
    n="${n# }"
    [ "$n" = "$(printf '%s' "$n" | tr '[:lower:]åäöé' '[:upper:]ÅÄÖÉ')" ] && bad "$f: speaker name in capitals: $n"
    c=$(grep -c "^$n: " "$f")
    turns=$((turns + c))
    alone+=("$n" "${n%% *}")
  done
  dups=$(printf '%s\n' "${names[@]# }" | sort | uniq -d)
  [ -z "$dups" ] || bad "$f: speaker declared twice: $dups"
  # Labels in the source: "NAME:", "- NAME:", "**NAME:**", or a name alone on its line.
  labels=$(grep -cE '^[[:space:]]*(- )?(\*\*)?(\?|[A-ZÅÄÖ][A-ZÅÄÖ0-9]*):' "$src")
  if [ "$labels" = 0 ]; then
    pattern=$(printf '%s\n' "${alone[@]}" | sort -u | paste -sd'|')
    labels=$(grep -cE "^[[:space:]]*($pattern)[[:space:]]*$" "$src")
  fi
  diff=$((turns - labels)); diff=${diff#-}
  [ "$diff" -le 2 ] || bad "$f: $turns turns but $labels speaker labels in $src"
  echo "data_check: $f: $turns turns, $labels labels in the source"
done
exit $fail
