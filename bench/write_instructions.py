"""Instructions the ingest writer executes per article (valgrind's callgrind), SQLite or PostgreSQL.

usage: .venv/bin/python bench/write_instructions.py [--copies N] [--database sqlite|postgresql] [--batch N]

The writing side of `ingest_items` alone: the shared dev sets (``../shared/eval``, `--copies` times, each
copy's texts made unique as in `ingest_throughput.py`) are parsed first, natively, and the results
pickled; then a process under ``valgrind --tool=callgrind`` loads them, writes one copy into a throw-away
database (warm-up: imports, compiled statements, the registry's memos), and writes them all
(`write_batch`, batches as `ingest_items` makes them) into a fresh one, with collection switched on only
inside that pass (``--toggle-collect`` on the C function behind ``functools.reduce``, as in
`parse_instructions.py`). Into SQLite the count includes the database's own work (it runs in the
process); into PostgreSQL only the client's (the server is another process): what the writing process
spends per article either way, on a figure a shared machine does not move (``PYTHONHASHSEED=0``).
"""

from __future__ import annotations

import argparse
import functools
import pickle
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ingest_throughput import SHARED_EVAL, fresh_database, load
from machine import measured_or_measuring, under_callgrind


def write_pass(kind: str, pairs: Sequence[object], batch: int, counted: bool) -> int:
    """Write `pairs` into a fresh database of `kind`; the attributions stored. Only a `counted` pass
    runs its batches inside `functools.reduce`, which callgrind counts."""
    from attribution.storage.engine import init_db, make_engine
    from attribution.storage.parsing import default_registry
    from attribution.storage.sources import SourceIds
    from attribution.storage.store import IngestSummary, write_batch

    with fresh_database(kind) as url:
        engine = make_engine(url)
        init_db(engine)
        sources, summary = SourceIds(default_registry()), IngestSummary()

        def write(_: None, start: int) -> None:
            write_batch(engine, pairs[start : start + batch], sources, summary)  # type: ignore[arg-type]

        starts = range(0, len(pairs), batch)
        if counted:
            functools.reduce(write, starts, None)
        else:
            for start in starts:
                write(None, start)
        engine.dispose()
    return summary.attributions


def inner(args: argparse.Namespace) -> None:
    from attribution.storage.store import DEFAULT_BATCH

    pairs = pickle.loads(Path(args.pairs).read_bytes())
    batch = args.batch or DEFAULT_BATCH
    write_pass(args.database, pairs[: len(pairs) // args.copies], batch, counted=False)  # warm-up
    found = write_pass(args.database, pairs, batch, counted=True)
    print(f"articles {len(pairs)} attributions {found}", file=sys.stderr)


def outer(args: argparse.Namespace, argv: Sequence[str]) -> None:
    from machine import machine_line

    from attribution.model import ParseResult
    from attribution.storage.parsing import default_registry, parse_items

    articles = load(args.shared, args.copies)
    parsed = parse_items(articles, registry=default_registry(), workers=2)
    pairs = [(a, r) for a, r in parsed if isinstance(r, ParseResult)]
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "pairs.pickle"
        dump.write_bytes(pickle.dumps(pairs))
        run = under_callgrind(__file__, ["--pairs", str(dump), *argv])
    collected = max((int(n) for n in re.findall(r"Collected : (\d+)", run.stderr)), default=None)  # (the
    # migration's forked child reports its own 0)
    counts = re.search(r"articles (\d+) attributions (\d+)", run.stderr)
    if run.returncode or collected is None or not counts:
        raise SystemExit(f"callgrind run failed:\n{run.stderr[-2000:]}")
    total, count = collected, int(counts.group(1))
    print(machine_line())
    print(
        f"{args.database}: {count} articles, {counts.group(2)} attributions, batches of {args.batch or 'default'}: "
        f"{total / count / 1e6:.3f} M instructions per article written ({total / 1e9:.3f} G)"
    )


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=5, help="copies of the dev sets (default 5: 675 articles)")
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--batch", type=int, default=0, help="articles per transaction (default: ingest's)")
    parser.add_argument("--shared", type=Path, default=SHARED_EVAL, help="folder of the dev sets")
    parser.add_argument("--pairs", help=argparse.SUPPRESS)
    measured_or_measuring(parser, argv, inner, outer)


if __name__ == "__main__":
    main(sys.argv[1:])
