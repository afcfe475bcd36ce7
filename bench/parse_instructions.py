"""Instructions the parser executes per article (valgrind's callgrind): a figure that a shared machine does not move.

usage: .venv/bin/python bench/parse_instructions.py [--sets a,b] [--shared DIR] [--gc default|parsing]

Runs itself again under ``valgrind --tool=callgrind``: the process loads the sets and parses every article
once (warm-up: lexicons, registry, memos), then once more with collection switched on only inside that
pass (``--toggle-collect`` on the C function behind ``functools.reduce``, which calls the pass; nothing else
in the pass uses it). The printed figure is the instructions of that pass over the articles parsed;
``PYTHONHASHSEED=0`` keeps dictionary layouts, and so the count, the same from run to run (within ~0.1 %).
Wall-clock rates on a machine shared with other work move by tens of per cent; this does not, so two
commits can be compared a few per cent apart. It takes about two minutes (valgrind runs Python ~50×
slower). `--gc parsing` sets the garbage collector's thresholds as the command line and the ingest workers
do while parsing (`attribution.storage.parsing.PARSING_GC_THRESHOLDS`).
"""

from __future__ import annotations

import argparse
import functools
import gc
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from machine import measured_or_measuring, under_callgrind
from parse_throughput import SETS, SHARED_EVAL, load_set


def parse_pass(articles: Sequence[tuple[str, str | None]]) -> None:
    from attribution.parse import parse

    for text, lang in articles:
        parse(text, lang)


def inner(args: argparse.Namespace) -> None:
    """The measured process: warm up, then one pass inside `functools.reduce` (what callgrind counts)."""
    articles = [a for name in args.sets.split(",") if name for a in load_set(args.shared, name)]
    parse_pass(articles)
    if args.gc == "parsing":
        from attribution.storage.parsing import PARSING_GC_THRESHOLDS

        gc.set_threshold(*PARSING_GC_THRESHOLDS)
    functools.reduce(lambda _, __: parse_pass(articles), [0], None)
    print(f"articles {len(articles)}", file=sys.stderr)


def outer(args: argparse.Namespace, argv: Sequence[str]) -> None:
    from machine import machine_line, parser_build

    run = under_callgrind(__file__, argv)
    collected = re.search(r"Collected : (\d+)", run.stderr)
    articles = re.search(r"articles (\d+)", run.stderr)
    if run.returncode or not collected or not articles:
        raise SystemExit(f"callgrind run failed:\n{run.stderr[-2000:]}")
    total, count = int(collected.group(1)), int(articles.group(1))
    print(machine_line())
    print(f"parser: {parser_build()}")
    print(f"sets {args.sets}, gc {args.gc}: {count} articles, {total / count / 1e6:.2f} M instructions per article "
          f"({total / 1e9:.3f} G for the pass)")


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated (default {','.join(SETS)})")
    parser.add_argument("--shared", type=Path, default=SHARED_EVAL, help="folder of the gold sets")
    parser.add_argument("--gc", choices=("default", "parsing"), default="default",
                        help="garbage collector thresholds: Python's, or the parsing ones (default: Python's)")
    measured_or_measuring(parser, argv, inner, outer)


if __name__ == "__main__":
    main(sys.argv[1:])
