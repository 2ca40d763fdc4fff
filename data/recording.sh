#!/usr/bin/env bash
# data/recording.sh SOURCE.txt OUT.txt: carries the recording beside a
# source (SOURCE.mp3, .ogg, .opus or .wav, the first found; README "The
# recording beside a text") to OUT's name (OUT.mp3...), for `make data`.
# The rules are storstil-usb's (src/core/recording.h): at most 200 MB, and
# its first bytes a WAV, Ogg or MP3 file's; a recording that breaks them is
# reported and left out, and the text stays. No recording: nothing to do.
set -eu
src=${1%.*} out=${2%.txt}
for ext in mp3 ogg opus wav; do
  [ -f "$src.$ext" ] || continue
  size=$(stat -c %s "$src.$ext")
  head=$(head -c 12 "$src.$ext" | od -An -tx1 | tr -d ' \n')
  case $head in
    52494646????????57415645*) ok=1 ;; # RIFF....WAVE
    4f676753*) ok=1 ;;                 # OggS
    494433*) ok=1 ;;                   # ID3
    ff[ef][2-3a-b]*) ok=1 ;;           # an MPEG layer III frame's sync
    *) ok=0 ;;
  esac
  if [ "$size" -gt 200000000 ]; then
    echo "data: $src.$ext: a recording over 200 MB; $(basename "$2") is read by the voice" >&2
  elif [ "$ok" = 0 ]; then
    echo "data: $src.$ext: not a recording storstil can play (no WAV, Ogg or MP3 start); $(basename "$2") is read by the voice" >&2
  else
    rm -f "$out".mp3 "$out".ogg "$out".opus "$out".wav
    cp "$src.$ext" "$out.$ext"
  fi
  exit 0
done
