#!/usr/bin/env python3
"""Parse random news-like texts for a while and check that nothing crashes and every span is an exact slice.

The words come from the shared dev sets (../shared/eval beside the repository), mixed with quotation marks,
punctuation, one-letter prepositions written apart and line breaks, glued or spaced at random. Prints the
number of texts parsed; on a failure prints the text and raises.

    .venv/bin/python scripts/fuzz_parse.py --seconds 60 --seed 1
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from attribution.parse import parse

SETS = {"ar": ("ar-dev", "seed-gold"), "en": ("en-dev", "polnear-dev")}
MARKS = ['"', "«", "»", "،", ",", ".", ":", "-", "(", ")", "\n", "\n\n", "“", "”", "بـ", "لـ",
         # what real articles also carry: invisible marks, diacritics, presentation forms, odd spaces, CRLF
         "\u200f", "\u200e", "\u200c", "\u00ad", "\ufeff", "\u061c", "\u0640", "\u064e", "\u0651", "ﻻ", "ﹰ",
         "\u00a0", "\u2009", "\r\n", "„", "‚", "‘", "’", "ی"]


def vocabulary(shared: Path) -> dict[str, list[str]]:
    words: dict[str, list[str]] = {}
    for lang, names in SETS.items():
        words[lang] = [w for name in names for line in (shared / f"{name}.jsonl").open(encoding="utf-8")
                       for w in json.loads(line)["text"].split()]
    return words


def random_text(rng: random.Random, words: list[str]) -> str:
    tokens = [rng.choice(words) if rng.random() < 0.85 else rng.choice(MARKS) for _ in range(rng.randint(1, 80))]
    if rng.random() < 0.7:
        return " ".join(tokens)
    return "".join(t + rng.choice([" ", "", "\n"]) for t in tokens)


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--shared", type=Path, default=here.parent / "shared" / "eval")
    args = ap.parse_args()
    rng, words = random.Random(args.seed), vocabulary(args.shared)
    count, stop = 0, time.monotonic() + args.seconds
    while time.monotonic() < stop:
        lang = rng.choice(("ar", "en"))
        text = random_text(rng, words[lang])
        try:
            result = parse(text, lang)
            for a in result.attributions:
                for span in (a.content, a.cue, a.source):
                    assert span is None or text[span.start:span.end] == span.text, span
        except Exception:
            print(f"failed on ({lang}): {text!r}")
            raise
        count += 1
    print(f"{count} texts parsed, no failure (seed {args.seed})")


if __name__ == "__main__":
    main()
