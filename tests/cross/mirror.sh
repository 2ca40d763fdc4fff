#!/usr/bin/env bash
# Prints the Debian mirror this machine's own apt configuration uses for a
# suite (bookworm by default), as "URI" with no trailing slash, read with
# apt-get indextargets so both sources.list and deb822 .sources files count.
# The roots of the cross, install and system tests are made from it, so no
# mirror is written in the project. MIRROR in the environment wins.
#   mirror.sh [SUITE]      e.g. mirror.sh bookworm-security
set -euo pipefail
suite=${1:-bookworm}
if [ -n "${MIRROR:-}" ] && [ "$suite" = bookworm ]; then echo "${MIRROR%/}"; exit 0; fi
uri=$(apt-get indextargets --no-release-info --format '$(RELEASE) $(REPO_URI)' 2>/dev/null |
  awk -v s="$suite" '$1 == s { print $2; exit }')
if [ -z "$uri" ]; then
  echo "mirror: this machine's apt sources have no $suite suite; set MIRROR=URI of a Debian mirror" >&2
  exit 1
fi
echo "${uri%/}"
