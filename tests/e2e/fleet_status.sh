#!/usr/bin/env bash
# The kiosks' state back to the office: storstil-status writes a kiosk's
# status.json (docs/status-json.md), and storstil-office makes one static
# page of every kiosk's; a kiosk silent for two days stands out, and
# hostile status files (huge, broken JSON, HTML in names, wrong shapes) cost
# one calm line each, escaped, with no crash.
. "$(dirname "$0")/lib.bash"
T=$OUT/fleet
rm -rf "$T"; mkdir -p "$T/bin" "$T/office"
# systemctl as it answers for a running kiosk (this machine's systemd may
# not be PID 1).
printf '#!/bin/sh\n[ "$1 $2" = "is-active storstil.service" ] && echo active\n' > "$T/bin/systemctl"
chmod +x "$T/bin/systemctl"
printf 'storstil-usb-status 1\ntime=1764930000\nkey=ok\nadded=3\nreplaced=1\nremoved=0\nfailed=1\nskipped=0\nfailed_name=<b>intervju</b>.pdf\n' > "$T/usb-status"

# The producer, in a test folder: every field of docs/status-json.md.
before=$(date +%s)
PATH=$T/bin:$PATH STORSTIL=build/storstil sh src/fleet/storstil-status --config /dev/null \
  --data $FIXTURES --usb-status "$T/usb-status" --out "$T/kiosk" || fail "storstil-status exited $?"
s=$T/kiosk/status.json
jq -e . "$s" > /dev/null || fail "status.json is not JSON: $(head -c 300 "$s")"
check() { jq -e "$1" "$s" > /dev/null || fail "status.json: $1 does not hold: $(jq -c . "$s" | head -c 600)"; }
check ".format == \"storstil-status 1\""
check ".host == \"$(uname -n)\""
check ".version == \"$(build/storstil --version | sed 's/^storstil //')\""
check '.uptime_seconds >= 0'
check '.kiosk_active == true and .kiosk_unit == "active"'
check '[.texts[].file] == ["a-samtal.txt", "b-rapport.txt"]'
check '.texts[0].title == "Ett samtal om trygghetslarm" and .texts[0].pages > 0'
check '(.problems | length) == 1 and (.problems[0] | startswith("c-trasig.txt:1: "))'
check '.check_ok == false'
check '.last_import.added == 3 and .last_import.key == "ok" and .last_import.failed_names == ["<b>intervju</b>.pdf"]'
check '.last_import.time == "2025-12-05T10:20:00Z"'
check '.free_bytes > 0 and .disk_bytes >= .free_bytes'
check "(.written_at | fromdateiso8601) >= $before and (.written_at | fromdateiso8601) <= $(($(date +%s) + 1))"
check '.use_last_7_days == null'  # storstil-stats is not on this PATH
# With storstil-stats and a stats_dir holding yesterday's file: the week's use.
mkdir -p "$T/stats"
printf '\357\273\277datum;timme;besök;texter_öppnade;sidor_vända;uppläsningar;textstorlek_ändrad;minuter_i_bruk\r\n%s;10;2;3;9;1;0;14\r\n' \
  "$(date -d yesterday +%F)" > "$T/stats/anvandning-$(date -d yesterday +%F).csv"
printf 'stats_dir = %s\n' "$PWD/$T/stats" > "$T/stats.conf"
PATH=$T/bin:$PATH STORSTIL=build/storstil STORSTIL_STATS=build/storstil-stats sh src/fleet/storstil-status \
  --config "$T/stats.conf" --data $FIXTURES --usb-status "$T/usb-status" --out "$T/kiosk" || fail "storstil-status exited $?"
check '.use_last_7_days == {"days_with_files": 1, "visits": 2, "texts_opened": 3, "pages_turned": 9, "read_aloud": 1, "size_changes": 0, "minutes": 14}'
# Notes on a text are no problems: a timed text with its recording (its
# parts and its recording noted) and a text without a hyphenation line
# stay out of .problems; a recording that does not decode is one.
mkdir -p "$T/notes"
printf 'title: Larm\ntimed: yes\nhyphenation:\n\n{0:00:00.500} Hej och välkomna.\n' > "$T/notes/larm.txt"
espeak-ng -v sv -w "$T/notes/larm.wav" "Hej och välkomna." 2> /dev/null || fail "espeak-ng could not make a recording"
printf 'title: Utan\n\nEtt stycke utan avstavning.\n' > "$T/notes/utan.txt"
printf 'title: Trasig\ntimed: yes\nhyphenation:\n\n{0:00:00.500} Hej.\n' > "$T/notes/trasig.txt"
head -c 3000 /dev/urandom > "$T/notes/trasig.mp3"
PATH=$T/bin:$PATH STORSTIL=build/storstil sh src/fleet/storstil-status --config /dev/null \
  --data "$T/notes" --usb-status "$T/usb-status" --out "$T/kiosk-notes" 2> /dev/null || fail "storstil-status exited $?"
s=$T/kiosk-notes/status.json
check '[.texts[].file] == ["larm.txt", "trasig.txt", "utan.txt"]'
check '.problems == ["trasig.txt:1: the recording trasig.mp3 does not decode; the voice reads this text"]'
s=$T/kiosk/status.json
[ -e "$T/kiosk/.status.json.tmp" ] && fail "the half-written file was left behind"
grep -qx '.status.json.tmp' "$T/kiosk/.stignore" || fail "no .stignore for the file being written"
# An unwritable status folder is an error, not a crash.
PATH=$T/bin:$PATH STORSTIL=build/storstil sh src/fleet/storstil-status --config /dev/null --out /proc/storstil-status \
  2> "$T/unwritable.err" && fail "storstil-status wrote to /proc"
grep -q 'cannot write the status folder' "$T/unwritable.err" || fail "unwritable: $(cat "$T/unwritable.err")"

# The office: three kiosks, one heard from now, one an hour ago, one silent
# for two days (their written_at; the clock is --now).
now=1796544000 # 2026-12-06 08:00 UTC
at() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
mkdir -p "$T/office/huvudbiblioteket" "$T/office/filial-norr" "$T/office/filial-syd"
jq --arg t "$(at $now)" '.written_at = $t | .host = "huvudbiblioteket"' "$s" > "$T/office/huvudbiblioteket/status.json"
jq --arg t "$(at $((now - 3600)))" '.written_at = $t | .host = "filial-norr" | .kiosk_active = false | .kiosk_unit = "failed"' \
  "$s" > "$T/office/filial-norr/status.json"
jq --arg t "$(at $((now - 2 * 86400)))" '.written_at = $t | .host = "filial-syd" | .problems = []' "$s" > "$T/office/filial-syd/status.json"
page=$T/office.html
TZ=UTC sh src/fleet/storstil-office "$T/office" --now $now --out "$page" || fail "storstil-office exited $?"
[ "$(grep -c '^<section' "$page")" = 3 ] || fail "the page does not have 3 kiosks: $(grep '^<section\|<h2' "$page")"
# The silent one stands out, and comes first.
[ "$(grep -m1 -A1 '^<section' "$page" | tr -d '\n')" = '<section class="silent"><h2>filial-syd</h2>' ] ||
  fail "the silent kiosk is not first and marked: $(grep -A1 '^<section' "$page")"
grep -q '<p class="state">TYST sedan <span class="t">2026-12-04 08:00</span> (2 dygn)</p>' "$page" || fail "no 'TYST sedan' line for filial-syd"
grep -q '1 tyst i mer än ett dygn' "$page" || fail "the page's summary does not count the silent kiosk"
grep -q 'Inte hörd av sedan <span class="t">2026-12-06 07:00</span> (1 timme)' "$page" || fail "filial-norr's hour away is not shown"
grep -q 'Nåbar – hörd av för 0 min sedan' "$page" || fail "huvudbiblioteket is not shown as reachable"
grep -q 'inte igång (failed)' "$page" || fail "filial-norr's stopped kiosk is not shown"
grep -q 'Ett samtal om trygghetslarm' "$page" || fail "the texts are not listed"
grep -q 'c-trasig.txt:1: ' "$page" || fail "the problems are not listed"
grep -q 'tillagda 3, ersatta 1, borttagna 0, misslyckade 1 (&lt;b&gt;intervju&lt;/b&gt;.pdf)' "$page" ||
  fail "the last import is not shown, escaped"
grep -q 'Användning 7 dagar:</b> besök 2, texter öppnade 3, minuter 14 (1 dag med filer)' "$page" ||
  fail "the week's use counts are not shown"
grep -q '<meta name="viewport"' "$page" || fail "no viewport line for phones"
# Static and self-contained: no scripts, nothing loaded from elsewhere.
grep -qiE '<script|<link|<img|<iframe|src=|href=|url\(|@import' "$page" && fail "the page loads or runs something"

# Hostile status files: each costs its kiosk one calm line, escaped.
H=$T/hostile
mkdir -p "$H/stor" "$H/trasig" "$H/<img src=x onerror=alert(1)>" "$H/lista" "$H/djup" "$H/fel-typer" "$H/tom"
head -c 2000000 /dev/zero | tr '\0' ' ' > "$H/stor/status.json"
printf '{"host": "<script>alert(1)</script>", "version": [' > "$H/trasig/status.json"
jq --arg t "$(at $now)" '.written_at = $t | .host = "<script>alert(1)</script>" |
   .texts = [{"file": "a.txt", "title": "<b>fet</b> & \"citat\""}] | .problems = ["<iframe>"]' "$s" \
  > "$H/<img src=x onerror=alert(1)>/status.json"
echo '[1, 2, 3]' > "$H/lista/status.json"
{ printf '%.0s[' $(seq 5000); printf '%.0s]' $(seq 5000); } > "$H/djup/status.json"
printf '{"host": 7, "texts": "x", "problems": {"a": 1}, "free_bytes": "mycket", "last_import": [], "written_at": "igår"}' \
  > "$H/fel-typer/status.json"
TZ=UTC sh src/fleet/storstil-office "$H" --now $now > "$T/hostile.html" 2> "$T/hostile.err" ||
  fail "storstil-office exited $? on hostile files: $(cat "$T/hostile.err")"
hp=$T/hostile.html
[ "$(grep -c '^<section' "$hp")" = 7 ] || fail "not 7 kiosks on the hostile page: $(grep '<h2' "$hp")"
grep -q 'status.json är för stor (2000000 byte) och lästes inte' "$hp" || fail "the huge file's line is missing"
[ "$(grep -c 'status.json kunde inte läsas (trasig JSON)' "$hp")" = 3 ] ||
  fail "broken, non-object and too deep JSON are not 3 calm lines"
grep -q 'ingen status.json än' "$hp" || fail "a kiosk folder without a status is not shown"
grep -q '<h2>&lt;img src=x onerror=alert(1)&gt;</h2>' "$hp" || fail "the kiosk's folder name is not escaped"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$hp" || fail "the host name is not escaped"
grep -q '&lt;b&gt;fet&lt;/b&gt; &amp; &quot;citat&quot;' "$hp" || fail "a title is not escaped"
grep -qiE '<script|<img|<iframe|<[^>]* (src|href|on[a-z]+)=' "$hp" && fail "markup from a status file reached the page: $(grep -iE '<script|<img|<iframe|<[^>]* (src|href|on[a-z]+)=' "$hp")"
[ -s "$T/hostile.err" ] && fail "storstil-office wrote errors: $(cat "$T/hostile.err")"
# A missing folder is an error.
sh src/fleet/storstil-office /nonexistent/storstil-office > /dev/null 2>&1 && fail "a missing STATUS_DIR passed"

finish
