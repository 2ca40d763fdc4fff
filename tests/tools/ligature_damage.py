#!/usr/bin/env python3
"""Damages a clean Swedish text the way a PDF extraction that loses the
font's ligatures does, and scores the importer's repair against the truth.

  ligature_damage.py damage TRUTH > DAMAGED
      "tti", "ttf", "ti", "ft", "tf" become U+FFFD and "tt" becomes "t" (in
      capitals too: "HTTP" becomes "HTP"); every other occurrence of a
      hyphenated compound (the first, the third...) gets a space after its
      hyphen ("FoU- podden"); paragraphs are wrapped at 90 columns with a
      space before each line end.
  ligature_damage.py score TRUTH OUTPUT [--min PERCENT]
      Aligns the words of the truth with the words of the importer's output
      (its body; the title line, speaker names and the rest) and prints how
      many damaged words came back right and how many undamaged words
      changed. Exits 1 under PERCENT or when an undamaged word changed.
"""
import difflib
import re
import sys
import textwrap

R = "\ufffd"
LIGS = ("tti", "ttf", "ti", "ft", "tf")
WORD = re.compile(r"[\w\ufffd]+(?:-[\w\ufffd]+)*-?", re.UNICODE)


def damage_word(w):
    out, i = [], 0
    while i < len(w):
        low = w[i:i + 3].lower()
        hit = next((g for g in LIGS if low.startswith(g)), None)
        if hit:
            out.append(R)
            i += len(hit)
        elif low.startswith("tt"):
            out.append(w[i])
            i += 2
        else:
            out.append(w[i])
            i += 1
    return "".join(out)


def damage(text):
    seen = {}

    def hyphen(m):
        key = m.group(0).lower()
        seen[key] = seen.get(key, 0) + 1
        return m.group(0).replace("-", "- ") if seen[key] % 2 == 1 else m.group(0)

    out = []
    for para in text.split("\n"):
        para = re.sub(r"\w+(?:-\w+)+", hyphen, para)
        para = re.sub(r"[\w]+", lambda m: damage_word(m.group(0)), para)
        if not para.strip():
            out.append("")
            continue
        lines = textwrap.wrap(para, 90, break_long_words=False, break_on_hyphens=False)
        out.extend(line + " " for line in lines)
    return "\n".join(out) + "\n"


def words(text):
    return WORD.findall(text)


def body(output):
    """The title line (the importer takes a text's first line as its title)
    and the body."""
    head, _, rest = output.partition("\n\n")
    lines = head.split("\n")
    title = next((h[7:] for h in lines if h.startswith("title: ")), "")
    speakers = next((h[10:].split(", ") for h in lines if h.startswith("speakers: ")), [])
    out = []
    for line in rest.split("\n"):
        name, colon, said = line.partition(": ")
        out.append(said if colon and name in speakers else line)
    return title + "\n" + "\n".join(out), speakers


def truth_words(truth, speakers=()):
    """The truth's words without its speaker labels: in capitals ("EVA:"),
    or a name alone on its line, which the importer puts before each turn."""
    lines = [line for line in truth.split("\n") if line.strip() not in speakers]
    return words(re.sub(r"\b[A-ZÅÄÖ]{2,}[0-9]*:(?= )|[¹²³]", "", "\n".join(lines)))


def score(truth, output, minimum):
    text, speakers = body(output)
    tw = truth_words(truth, speakers)
    ow = words(text)
    seen = {}
    damaged = []
    for w in tw:
        n = seen[w.lower()] = seen.get(w.lower(), 0) + 1
        damaged.append(damage_word(w) != w or ("-" in w.strip("-") and n % 2 == 1))
    matcher = difflib.SequenceMatcher(a=tw, b=ow, autojunk=False)
    right = [False] * len(tw)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag == "equal":
            for i in range(i1, i2):
                right[i] = True
    n_dam = sum(damaged)
    ok_dam = sum(1 for d, r in zip(damaged, right) if d and r)
    changed = [w for w, d, r in zip(tw, damaged, right) if not d and not r]
    missed = [w for w, d, r in zip(tw, damaged, right) if d and not r]
    pct = 100.0 * ok_dam / n_dam if n_dam else 100.0
    print(f"damaged words restored: {ok_dam} of {n_dam} ({pct:.1f}%); "
          f"undamaged words changed or lost: {len(changed)} of {len(tw) - n_dam}")
    if missed:
        print("  not restored: " + " ".join(missed))
    if changed:
        print("  undamaged but changed: " + " ".join(changed))
    return 0 if pct >= minimum and not changed else 1


def main(argv):
    if len(argv) >= 3 and argv[1] == "damage":
        with open(argv[2], encoding="utf-8") as f:
            sys.stdout.write(damage(f.read()))
        return 0
    if len(argv) >= 4 and argv[1] == "score":
        minimum = float(argv[5]) if len(argv) >= 6 and argv[4] == "--min" else 0.0
        with open(argv[2], encoding="utf-8") as f:
            truth = f.read()
        with open(argv[3], encoding="utf-8") as f:
            output = f.read()
        return score(truth, output, minimum)
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
