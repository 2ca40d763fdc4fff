#!/usr/bin/env bash
# data/recording.sh SOURCE.txt OUT.txt: carries the recording beside a
# source (SOURCE.mp3, .ogg, .opus or .wav, the first found; README "The
# recording beside a text") to OUT's name (OUT.mp3...), for `make data`.
# At most 200 MB (RECORDING_MAX_BYTES in src/core/recording.h, the kiosk's
# and storstil-usb's limit); a larger one is reported and left out, and the
# text stays. Whether it decodes is the kiosk's to say: `storstil --check`
# reports a recording that does not as a problem of its text. No
# recording: nothing to do.
set -eu
src=${1%.*} out=${2%.txt}
expr=$(sed -n 's/^#define RECORDING_MAX_BYTES (\([0-9]*\)LL \* \([0-9]*\) \* \([0-9]*\))$/\1*\2*\3/p' \
  "$(dirname "$0")/../src/core/recording.h")
max=$((${expr:?RECORDING_MAX_BYTES not found in src/core/recording.h}))
for ext in mp3 ogg opus wav; do
  [ -f "$src.$ext" ] || continue
  if [ "$(stat -c %s "$src.$ext")" -gt "$max" ]; then
    echo "data: $src.$ext: a recording over $((max / 1000000)) MB; $(basename "$2") is read by the voice" >&2
  else
    rm -f "$out".mp3 "$out".ogg "$out".opus "$out".wav
    cp "$src.$ext" "$out.$ext"
  fi
  exit 0
done
