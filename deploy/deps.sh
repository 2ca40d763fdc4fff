#!/usr/bin/env bash
# Installs the Debian packages storstil needs when any of them is missing;
# the Makefile's install_missing and so every deps-* target (make, make run,
# make test, make deb, the cross and system tests) come here. Quiet and
# quick when everything is there.
#
#   deploy/deps.sh [--pc "MODULES"] [--files "FILES"] PACKAGE...
#
# MODULES are pkg-config modules and FILES paths (globs allowed) whose
# presence shows that the packages are in; a C compiler must be there too.
# When one is missing it runs apt-get update, then apt-get install of the
# PACKAGEs (through sudo when not root) from apt's own configured sources.
#
# When another package manager runs (unattended upgrades after a Pi boots),
# it waits up to APT_WAIT seconds (300) in all for its locks, saying so
# once: apt-get install waits by itself (DPkg::Lock::Timeout, given what is
# left), but apt 2.6's apt-get update ignores that option and fails at once
# on the lists lock, so the locks are watched here too, in /proc/locks,
# which any user can read (apt and dpkg take fcntl locks; flock(1) ones
# block neither). tests/deps_lock.sh checks the waiting by hand.
set -u

usage() { echo "usage: deploy/deps.sh [--pc MODULES] [--files FILES] PACKAGE..." >&2; exit 2; }
pc='' files=''
while [ $# -gt 0 ]; do
  case $1 in
    --pc) [ $# -ge 2 ] || usage; pc=$2; shift 2 ;;
    --files) [ $# -ge 2 ] || usage; files=$2; shift 2 ;;
    -*) usage ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || usage

# What shows the packages are in; the files' globs are expanded on purpose.
missing=0
for m in $pc; do pkg-config --exists "$m" 2> /dev/null || missing=1; done
for f in $files; do ls -d "$f" > /dev/null 2>&1 || missing=1; done
command -v cc > /dev/null || missing=1
[ "$missing" = 1 ] || exit 0

echo "storstil: installing Debian packages: $*"
if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
wait=${APT_WAIT:-300}
end=$(($(date +%s) + wait)) said='' left=0
if [ $((wait % 60)) = 0 ]; then for_how_long="$((wait / 60)) minutes"; else for_how_long="$wait seconds"; fi
locks="/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock"

# True while another process holds one of apt's or dpkg's locks.
held() {
  local l i
  for l in $locks; do
    i=$(stat -c %i "$l" 2> /dev/null) && grep -v FLOCK /proc/locks | grep -q ":$i " && return 0
  done
  return 1
}

# Waits while the locks are held, until the deadline; sets left, the seconds
# that remain for apt-get's own lock timeout.
wait_apt() {
  while held && [ "$(date +%s)" -lt "$end" ]; do
    [ -n "$said" ] || echo "storstil: waiting for another package manager to finish (up to $for_how_long)…"
    said=1
    sleep 1
  done
  left=$((end - $(date +%s)))
  [ "$left" -gt 0 ] || left=0
}

wait_apt
$SUDO apt-get -q -o DPkg::Lock::Timeout=$left update || exit 1
wait_apt
# env inside sudo: sudo resets the environment, and a debconf question
# would stop a non-root install.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  -o DPkg::Lock::Timeout=$left "$@" || exit 1
