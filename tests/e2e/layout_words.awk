# layout_words.awk: checks that dumped pages give back the document's words.
# First file: the reference (layout_doc_words output). Second file: the
# output of `storstil --dump-pages`. A word may be split over lines: the
# pieces are joined, keeping a line-final "-" when the word has it and
# dropping it when the layout added it. Prints one line and exits 1 on the
# first mismatch.
FNR == NR { for (k = 1; k <= NF; k++) ref[++nr] = $k; next }
/^--- page [0-9]+( |$)/ { next }
{ for (k = 1; k <= NF; k++) { dump[++nd] = $k; eol[nd] = (k == NF) } }
function starts(s, p) { return substr(s, 1, length(p)) == p }
END {
    i = 1; j = 1
    while (j <= nd) {
        if (i > nr) { print "extra text after the end: " dump[j]; exit 1 }
        if (dump[j] == ref[i]) { i++; j++; continue }
        cur = ""
        while (1) {
            piece = dump[j]
            if (eol[j] && j < nd && starts(ref[i], cur piece) && length(cur piece) < length(ref[i])) {
                cur = cur piece
            } else if (eol[j] && j < nd && piece ~ /-$/ && starts(ref[i], cur substr(piece, 1, length(piece) - 1))) {
                cur = cur substr(piece, 1, length(piece) - 1)
            } else if (cur piece == ref[i]) {
                break
            } else {
                print "word " i ": want \"" ref[i] "\", got \"" cur piece "\" (dump token " j ")"
                exit 1
            }
            j++
        }
        i++; j++
    }
    if (i <= nr) { print "missing from the end: " ref[i]; exit 1 }
}
