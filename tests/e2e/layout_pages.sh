#!/usr/bin/env bash
# For every document at 800x480, 1280x800 and 1920x1080 and every text size:
# `storstil --dump-pages` succeeds (it measures every drawn line whole with
# the real font and fails on one wider than the text area), the dumped lines
# give back every word of the document in order (layout_words.awk), the page
# count grows with the text size, and the pages end calmly (layout_ends.awk:
# no page ends in a hyphenated word, none but the last is under half full,
# and the last holds a single line only when the page before has fewer than
# three). STORSTIL=path overrides the kiosk binary.
set -u
cd "$(dirname "$0")/../.."
kiosk=${STORSTIL:-build/storstil}
[ -x "$kiosk" ] || { echo "layout_pages: $kiosk not built"; exit 1; }
out=$(mktemp -d "${TMPDIR:-/tmp}/storstil-layout.XXXXXX") || exit 1
trap 'rm -rf "$out"' EXIT
cc -std=c11 -D_DEFAULT_SOURCE -O1 -iquote src -o "$out/doc_words" \
   tests/e2e/layout_doc_words.c src/core/doc.c src/core/doc_format.c src/core/doc_times.c src/core/readfile.c src/core/utf8.c || exit 1

docs=(data/*.txt)
[ -e "${docs[0]}" ] || docs=(data/sources/*.txt) # until the cleaned texts exist
fail=0
for doc in "${docs[@]}"; do
  "$out/doc_words" "$doc" > "$out/ref.txt" || { fail=1; continue; }
  for size in 800x480 1280x800 1920x1080; do
    prev=0; counts=""
    for t in 1 2 3 4 5; do
      if ! "$kiosk" --dump-pages "$doc" --size "$size" --text-size "$t" > "$out/dump.txt"; then
        echo "FAIL $doc $size text size $t: --dump-pages failed"; fail=1; continue
      fi
      if ! msg=$(awk -f tests/e2e/layout_words.awk "$out/ref.txt" "$out/dump.txt"); then
        echo "FAIL $doc $size text size $t: $msg"; fail=1
      fi
      if ! msg=$(awk -f tests/e2e/layout_ends.awk "$out/ref.txt" "$out/dump.txt"); then
        echo "FAIL $doc $size text size $t: $msg"; fail=1
      fi
      pages=$(grep -c '^--- page ' "$out/dump.txt")
      counts="$counts $pages"
      if [ "$pages" -le "$prev" ]; then
        echo "FAIL $doc $size: page count does not grow with text size:$counts"; fail=1
      fi
      prev=$pages
    done
    echo "ok $doc $size pages by text size:$counts"
  done
done
exit $fail
