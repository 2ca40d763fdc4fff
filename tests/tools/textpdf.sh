#!/usr/bin/env bash
# textpdf.sh IN.txt OUT.pdf: writes a one-page-per-40-lines PDF of a UTF-8
# text (one paragraph per line, wrapped at 70 characters) whose font draws
# "tt", "ti", "ft", "tf", "tti" and "ttf" as ligature glyphs, and whose
# ToUnicode map loses them as the PDF behind data/sources/000 did: "tt"
# reads back as "t", the others as U+FFFD. No Debian PDF maker loses
# ligatures (cairo and groff's gropdf map them right), so the test writes
# the few objects of such a PDF itself; pdftotext is what reads it.
set -eu
in=$1 out=$2
# Wrap, then swap each ligature for its one-byte code (longest first).
lines=$(sed G "$in" | fold -s -w 70 |
  sed -e 's/tti/\x04/g' -e 's/ttf/\x05/g' -e 's/tt/\x06/g' -e 's/ti/\x01/g' -e 's/ft/\x02/g' -e 's/tf/\x03/g' |
  iconv -f UTF-8 -t WINDOWS-1252)
export LC_ALL=C
# One content stream per page of 40 lines; ( ) \ escaped.
pages=()
page=''
n=0
while IFS= read -r l; do
  l=${l//\\/\\\\}; l=${l//(/\\(}; l=${l//)/\\)}
  page+="($l) Tj T*"$'\n'
  n=$((n + 1))
  if [ "$n" = 40 ]; then pages+=("$page"); page=''; n=0; fi
done <<< "$lines"
[ -n "$page" ] && pages+=("$page")
np=${#pages[@]}
cmap='/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Lost def 1 begincodespacerange <00> <FF> endcodespacerange
6 beginbfchar <01> <FFFD> <02> <FFFD> <03> <FFFD> <04> <FFFD> <05> <FFFD> <06> <0074> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end'
objs=()
objs[1]='<< /Type /Catalog /Pages 2 0 R >>'
kids=''
for ((p = 0; p < np; p++)); do kids+="$((5 + 2 * p)) 0 R "; done
objs[2]="<< /Type /Pages /Kids [$kids] /Count $np >>"
objs[3]='<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /t 2 /f 3 /t 4 /t 5 /t 6 /t] >> >>'
objs[4]="<< /Length ${#cmap} >>
stream
$cmap
endstream"
for ((p = 0; p < np; p++)); do
  content="BT /F1 11 Tf 60 760 Td 16 TL
${pages[p]}ET"
  objs[5 + 2 * p]="<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents $((6 + 2 * p)) 0 R >>"
  objs[6 + 2 * p]="<< /Length ${#content} >>
stream
$content
endstream"
done
last=$((4 + 2 * np))
body='%PDF-1.4
'
offs=()
for ((i = 1; i <= last; i++)); do offs[i]=${#body}; body+="$i 0 obj
${objs[i]}
endobj
"; done
xref=${#body}
body+="xref
0 $((last + 1))
0000000000 65535 f 
"
for ((i = 1; i <= last; i++)); do body+=$(printf '%010d 00000 n ' "${offs[i]}")$'\n'; done
body+="trailer
<< /Size $((last + 1)) /Root 1 0 R >>
startxref
$xref
%%EOF
"
printf '%s' "$body" > "$out"
