"""Parser cost on one very long text: does it stay linear in the text's length?

usage: .venv/bin/python bench/parse_long.py [--copies 1,4,16] [--sets ar-dev,polnear-dev] [--shared DIR] [--json]

For each set, its articles are joined (blank lines between them) into one text, repeated 1, 4 and 16 times,
and parsed once with `attribution.parse.parse` (the gold language passed). The figure is CPU time per
character (`time.process_time`): flat across the copies means linear; a rising figure means some step
compares every record with every other (an ingest accepts single texts up to 10 MB).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from machine import machine, machine_line

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = (REPO / ".." / "shared" / "eval").resolve()


def joined(folder: Path, name: str) -> tuple[str, str]:
    path = folder / f"{name}.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path}: no such gold set (pass --shared DIR, the folder holding the *.jsonl sets)")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return "\n\n".join(r["text"] for r in rows), rows[0].get("lang") or "en"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", default="1,4,16", help="how many times each set's text is repeated")
    ap.add_argument("--sets", default="ar-dev,polnear-dev")
    ap.add_argument("--shared", type=Path, default=SHARED_EVAL, help="folder of the shared *.jsonl sets")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from attribution.parse import parse

    parse("قال الوزير إن الاجتماع انتهى.", "ar")  # load lexicons and the registry outside the timing
    rows = []
    for name in args.sets.split(","):
        text, lang = joined(args.shared, name)
        for k in (int(c) for c in args.copies.split(",")):
            big = "\n\n".join([text] * k)
            t = time.process_time()
            found = len(parse(big, lang).attributions)
            seconds = time.process_time() - t
            rows.append({"set": name, "copies": k, "chars": len(big), "attributions": found,
                         "cpu_s": round(seconds, 2), "us_per_char": round(seconds / len(big) * 1e6, 2)})
    if args.json:
        print(json.dumps({"machine": machine(), "rows": rows}, ensure_ascii=False, indent=1))
        return 0
    print(machine_line())
    print(f"{'set':<14}{'copies':>7}{'chars':>11}{'found':>8}{'cpu s':>8}{'us/char':>9}")
    for r in rows:
        print(f"{r['set']:<14}{r['copies']:>7}{r['chars']:>11,}{r['attributions']:>8}{r['cpu_s']:>8}"
              f"{r['us_per_char']:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
