#!/usr/bin/env bash
# The README's table of kiosk screens: for each screen and text sizes 1, 3
# and 5, the lines a page holds (the fullest page) and the characters of a
# full line (the 90th percentile of line lengths), as `storstil --dump-pages`
# lays out a bundled text with the screen's size in millimetres.
# Usage: bash docs/screen-table.sh (after `make`); prints Markdown rows.
set -euo pipefail
cd "$(dirname "$0")/.."
text=${TEXT:-data/02-valfardsteknik-digital-omstallning.txt}
screens=("Raspberry Pi Touch Display 7\"|800x480|154x86"
         "Raspberry Pi Touch Display 2, 7\" upright|720x1280|88x155"
         "10.1\" tablet-size panel|1280x800|217x136"
         "15.6\" 1080p monitor|1920x1080|344x194"
         "21.5\" 1080p monitor|1920x1080|476x268"
         "32\" 1080p TV|1920x1080|698x392")
# lines, characters: from the dump on stdin (UTF-8 letters counted once).
measure() {
  LC_ALL=C awk '/^--- page/ { if (n > most) most = n; n = 0; next }
    { n++; s = $0; gsub(/[\200-\277]/, "", s); len[++k] = length(s) }
    END { if (n > most) most = n
          # the 90th percentile of line lengths, by counting sort
          for (i = 1; i <= k; i++) c[len[i]]++
          want = int(k * 0.9); got = 0
          for (l = 0; l <= 400 && got < want; l++) got += c[l]
          printf "%d lines, %d characters", most, l - 1 }'
}
echo "| screen | pixels | mm | size 1 | size 3 | size 5 |"
echo "| --- | --- | --- | --- | --- | --- |"
for s in "${screens[@]}"; do
  IFS='|' read -r name px mm <<< "$s"
  row="| $name | ${px/x/×} | ${mm/x/×} |"
  for t in 1 3 5; do
    row="$row $(build/storstil --config /dev/null --dump-pages "$text" --size "$px" --screen-size-mm "$mm" \
                 --text-size "$t" | measure) |"
  done
  echo "$row"
done
