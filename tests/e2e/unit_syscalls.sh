#!/usr/bin/env bash
# Every system call the kiosk makes is one its own unit allows. The kiosk
# runs under strace while it starts, opens a text, reads it aloud (the
# speech thread, SDL's audio thread) and quits, then again playing a timed
# text's own MP3 recording (the player's thread); the calls it made are held
# against deploy/storstil.service's SystemCallFilter= lines, read in order
# and expanded with `systemd-analyze syscall-filter` as systemd does (the
# first list allows, "~" removes, a later list adds back). A call the unit
# denies killed the kiosk at every start on a Pi (setpriority, from a
# thread lowering its own priority), which only the emulated system showed.
# The real filter at run time is tested there: make system-test.
. "$(dirname "$0")/lib.bash"
unit=deploy/storstil.service

# expand GROUP_OR_CALL: the system calls it stands for, one a line.
declare -A seen_group
expand() {
  local name=${1%%:*}
  case $name in
    @*) [ -n "${seen_group[$name]:-}" ] && return; seen_group[$name]=1
        systemd-analyze syscall-filter "$name" 2> /dev/null | tail -n +2 | sed 's/^ *//' |
          grep -v '^#\|^$' | while read -r n; do expand "$n"; done ;;
    *) echo "$name" ;;
  esac
}
declare -A allowed
while IFS= read -r line; do
  v=${line#SystemCallFilter=}
  deny=; case $v in "~"*) deny=1; v=${v#\~} ;; esac
  for item in $v; do
    seen_group=()
    for c in $(expand "$item"); do
      if [ -n "$deny" ]; then unset "allowed[$c]"; else allowed[$c]=1; fi
    done
  done
done < <(grep '^SystemCallFilter=' "$unit")
[ "${#allowed[@]}" -gt 100 ] || fail "the unit's filter expanded to only ${#allowed[@]} calls"

trace=$OUT/unit_syscalls.strace
rm -f "$trace"
cat > "$OUT/unit_syscalls.script" <<S
wait 300
tap @card.1
wait 500
key r
wait 2500
key r
wait 300
quit
S
strace -f -qq -o "$trace" build/storstil --windowed --size 1280x800 --config /dev/null --data tests/e2e/read \
  --script "$OUT/unit_syscalls.script" > "$OUT/unit_syscalls.log" 2> "$OUT/unit_syscalls.err" ||
  fail "the kiosk under strace: $(tail -3 "$OUT/unit_syscalls.err")"
# Then a timed text played by its own recording, an MP3 (libsndfile,
# mpg123 and libsonic on the player's thread; README "The recording beside
# a text"), made here by espeak-ng and lame.
rec=$OUT/unit_syscalls_rec
rm -rf "$rec" && mkdir -p "$rec"
espeak-ng -v sv -w "$rec/podd.wav" "Det här är en inspelning. Den läses upp av sig själv."
lame --quiet "$rec/podd.wav" "$rec/podd.mp3" && rm "$rec/podd.wav"
printf 'title: Inspelning\ntimed: yes\n\n{0:00:00.000} Det här är en inspelning.\n{0:00:01.500} Den läses upp av sig själv.\n' > "$rec/podd.txt"
strace -f -qq -o "$trace.rec" build/storstil --windowed --size 1280x800 --config /dev/null --data "$rec" \
  --script "$OUT/unit_syscalls.script" > "$OUT/unit_syscalls_rec.log" 2> "$OUT/unit_syscalls_rec.err" ||
  fail "the kiosk under strace, playing a recording: $(tail -3 "$OUT/unit_syscalls_rec.err")"
grep -q 'sndfile\|podd.mp3' "$trace.rec" || fail "the trace did not cover playing the recording"
cat "$trace.rec" >> "$trace"
used=$(sed -n 's/^[0-9]\+ \+\([a-z0-9_]\+\)(.*/\1/p' "$trace" | sort -u)
[ -n "$used" ] || fail "strace saw no system call"
denied=
for c in $used; do [ -n "${allowed[$c]:-}" ] || denied="$denied $c"; done
echo "unit_syscalls: $(echo "$used" | wc -l) distinct calls made, ${#allowed[@]} allowed by $unit"
[ -z "$denied" ] || fail "the kiosk makes calls its unit denies:$denied"
grep -q 'setpriority' <<< "$used" || fail "no thread lowered its priority: the trace did not cover reading aloud"
finish
