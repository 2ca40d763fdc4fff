# layout_ends.awk: checks how the dumped pages end. First file: the
# reference words (layout_doc_words output), to tell a hyphen the layout
# added from one the text has. Second file: `storstil --dump-pages` output,
# whose page lines read "--- page N (USED of HEIGHT px)". Fails (prints one
# line, exits 1) when a page ends in a hyphen the layout added, a page but the
# last is less than half full, or the last page holds one line while the page
# before holds three or more.
FNR == NR { for (k = 1; k <= NF; k++) if ($k ~ /-$/) real[$k] = 1; next }
/^--- page [0-9]+ \(/ {
    close_page()
    page = $3; used = substr($4, 2) + 0; height = $6 + 0
    used_of[page] = used; height_of[page] = height; lines[page] = 0
    next
}
{ lines[page]++; last = $NF }
function close_page() {
    if (!page) return
    if (last ~ /-$/ && !(last in real)) bad = bad "page " page " ends in a hyphenated word: " last "\n"
    ends[page] = last
}
END {
    close_page()
    for (p = 1; p < page; p++)
        if (used_of[p] * 2 < height_of[p]) bad = bad "page " p " of " page " is under half full (" used_of[p] " of " height_of[p] " px)\n"
    if (page > 1 && lines[page] == 1 && lines[page - 1] >= 3) bad = bad "the last page holds one line\n"
    if (bad) { printf "%s", bad; exit 1 }
}
