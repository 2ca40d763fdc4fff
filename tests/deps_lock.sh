#!/usr/bin/env bash
# deploy/deps.sh (what `make deps` runs) while another package manager
# runs: holds apt's and dpkg's locks (the fcntl locks apt and dpkg take;
# flock(1) would not stop them) for HOLD seconds (20), then runs the script
# with a file that cannot exist, so that it has something "missing" and goes
# to apt-get, for a package that is already in (make), so that nothing is
# installed or removed. It must say once that it waits, wait for the locks,
# and then succeed.
#
# Not part of `make test`: it takes the machine's package locks (another
# apt on the machine would wait or fail meanwhile), needs root or sudo, and
# runs apt-get update against apt's sources. Run it by hand after a change
# to deploy/deps.sh: `bash tests/deps_lock.sh`.
set -u
cd "$(dirname "$0")/.." || exit 1
hold=${HOLD:-20}
command -v python3 > /dev/null || { echo "deps_lock: needs python3 to hold the locks"; exit 2; }
if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
tmp=$(mktemp -d) || exit 1
holder=
trap '[ -n "$holder" ] && $SUDO kill "$holder" 2> /dev/null; rm -rf "$tmp"' EXIT

cat > "$tmp/hold.py" <<'EOF'
import fcntl, os, sys, time
fds = [os.open(p, os.O_RDWR | os.O_CREAT, 0o640) for p in sys.argv[2:]]
for fd in fds:
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
print("deps_lock: holding", " ".join(sys.argv[2:]), "for", sys.argv[1], "s", flush=True)
time.sleep(float(sys.argv[1]))
EOF
$SUDO python3 "$tmp/hold.py" "$hold" /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock \
  > "$tmp/hold.log" 2>&1 &
holder=$!
for ((i = 0; i < 100; i++)); do grep -q holding "$tmp/hold.log" && break; sleep 0.1; done
grep -q holding "$tmp/hold.log" || { echo "deps_lock: could not take the locks: $(cat "$tmp/hold.log")"; exit 2; }
cat "$tmp/hold.log"

start=$(date +%s)
bash deploy/deps.sh --files /nonexistent/storstil-deps-lock-check make > "$tmp/deps.log" 2>&1
rc=$?
took=$(($(date +%s) - start))
wait "$holder" 2> /dev/null
holder=

fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
said=$(grep -c 'storstil: waiting for another package manager to finish' "$tmp/deps.log")
[ "$rc" = 0 ] || fail "deploy/deps.sh exited $rc"
[ "$said" = 1 ] || fail "it said $said times that it waits, wanted once"
[ "$took" -ge $((hold - 2)) ] || fail "it took $took s: it did not wait for the locks ($hold s)"
grep -q 'Could not get lock' "$tmp/deps.log" && fail "apt-get met a held lock"
[ "$fails" = 0 ] || { cat "$tmp/deps.log"; exit 1; }
grep 'storstil:' "$tmp/deps.log"
echo "deps_lock: deploy/deps.sh waited for the locks and succeeded in $took s"
