#!/usr/bin/env python3
"""Counts the hyphenations layout adds (lines of --dump-pages ending in "-"
that are not a hyphen of the source text) over every data/*.txt x 800x480,
1280x800, 1920x1080 x text sizes 1..5, and lists each split as left-|right
with how often it occurs. Run from the top folder after `make`:
    python3 docs/count-hyphenations.py [build/storstil]"""
import glob, re, subprocess, sys, collections
binary = sys.argv[1] if len(sys.argv) > 1 else 'build/storstil'
total = 0
splits = collections.Counter()
for path in sorted(glob.glob('data/*.txt')):
    src = open(path, encoding='utf-8').read()
    for size in ('800x480', '1280x800', '1920x1080'):
        for ts in range(1, 6):
            out = subprocess.run([binary, '--dump-pages', path, '--size', size,
                                  '--text-size', str(ts)], capture_output=True,
                                 text=True).stdout.split('\n')
            lines = out
            for i, l in enumerate(lines):
                if not l.endswith('-') or l.startswith('--- page'):
                    continue
                left = l.split()[-1]
                j = i + 1
                page_turn = False
                while j < len(lines) and (lines[j].startswith('--- page') or not lines[j].strip()):
                    page_turn = page_turn or lines[j].startswith('--- page')
                    j += 1
                right = lines[j].split()[0] if j < len(lines) and lines[j].split() else ''
                if (left + right) in src or (left + ' ' + right) in src:  # a real hyphen of the text
                    continue
                total += 1
                splits[left + '|' + right] += 1
print('hyphenations:', total)
for k, v in sorted(splits.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f'{v:4d}  {k}')
