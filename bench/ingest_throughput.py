"""Ingest throughput into SQLite and PostgreSQL, one worker and several, with parse and write time apart.

usage: .venv/bin/python bench/ingest_throughput.py [--copies N] [--workers 1,2] [--no-postgres] [--json]

The shared dev sets (``../shared/eval/*.jsonl``, read in place) are repeated `--copies` times, each copy's
texts changed by a numbered last line so that every article has its own content hash. For each worker
count: parse only (`parse_items`, nothing written); then, per database (a fresh SQLite file, a fresh
uniquely named PostgreSQL database, dropped afterwards): write only (the parsed results, in the batches
`ingest_items` uses) and the whole ingest (`ingest_items`, into another fresh database). Articles/s for
each; one run each (the sets are large enough), after a warm-up parse of one copy. For the whole ingest
also the CPU time per article of the ingesting process (`main ms`: reading, and writing when it writes)
and of its worker processes together (`workers ms`: parsing, and writing when they write); on a shared
machine these move less than the wall-clock rates, and bound them: the main process alone cannot go
faster than 1000 / `main ms` articles/s.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from machine import REPO, fresh_pg_database, machine, machine_line, parser_build

from attribution.ingest import ReadOptions, read_articles
from attribution.model import Article, ParseResult
from attribution.storage.engine import init_db, make_engine
from attribution.storage.parsing import default_registry, parse_items
from attribution.storage.sources import SourceIds
from attribution.storage.store import DEFAULT_BATCH, IngestSummary, ingest_items, write_batch

SHARED_EVAL = (REPO / ".." / "shared" / "eval").resolve()
SETS = ("seed-gold", "ar-dev", "en-dev", "polnear-dev")


@dataclass(frozen=True)
class Row:
    database: str
    workers: int
    articles: int
    parse_per_s: float  # parsing only, nothing written
    write_per_s: float  # writing already parsed results only
    ingest_per_s: float  # the whole ingest_items
    attributions: int
    main_cpu_ms: float = 0.0  # CPU per article of the ingesting process, during the whole ingest
    workers_cpu_ms: float = 0.0  # CPU per article of its worker processes, summed


def load(shared: Path, copies: int) -> list[Article]:
    base = [
        a
        for a in read_articles([str(shared / f"{name}.jsonl") for name in SETS], ReadOptions())
        if isinstance(a, Article)
    ]
    return [replace(a, text=f"{a.text}\n\n{copy}", id=f"{a.id}-{copy}") for copy in range(copies) for a in base]


def parse_all(articles: Sequence[Article], workers: int) -> tuple[float, list[tuple[Article, ParseResult]]]:
    start = time.perf_counter()
    pairs = [
        (a, r)
        for a, r in parse_items(articles, registry=default_registry(), workers=workers)
        if isinstance(r, ParseResult)
    ]
    return time.perf_counter() - start, pairs  # type: ignore[return-value]


@contextmanager
def fresh_database(kind: str) -> Iterator[str]:
    if kind == "postgresql":
        with fresh_pg_database() as url:
            yield url
        return
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{Path(folder) / 'bench.db'}"


def write_all(kind: str, pairs: Sequence[tuple[Article, ParseResult]]) -> float:
    with fresh_database(kind) as url:
        engine = make_engine(url)
        init_db(engine)
        sources, summary = SourceIds(default_registry()), IngestSummary()
        start = time.perf_counter()
        for i in range(0, len(pairs), DEFAULT_BATCH):
            write_batch(engine, pairs[i : i + DEFAULT_BATCH], sources, summary)
        elapsed = time.perf_counter() - start
        engine.dispose()
    return elapsed


def ingest_all(kind: str, articles: Sequence[Article], workers: int) -> tuple[float, int, float, float]:
    """Seconds, attributions found, CPU seconds of this process and of its (reaped) workers."""
    with fresh_database(kind) as url:
        engine = make_engine(url)
        init_db(engine)
        before, start = os.times(), time.perf_counter()
        summary = ingest_items(engine, articles, workers=workers)
        elapsed, after = time.perf_counter() - start, os.times()
        engine.dispose()
    main = after.user - before.user + after.system - before.system
    children = after.children_user - before.children_user + after.children_system - before.children_system
    return elapsed, summary.attributions, main, children


def measure(articles: Sequence[Article], workers: Sequence[int], kinds: Sequence[str]) -> list[Row]:
    parse_all(articles[: len(articles) // 10 or 1], 1)  # warm-up: lexicons, registry, caches
    rows = []
    for n in workers:
        parse_time, pairs = parse_all(articles, n)
        for kind in kinds:
            write_time = write_all(kind, pairs)
            ingest_time, found, main, children = ingest_all(kind, articles, n)
            count = len(articles)
            rates = (count / parse_time, count / write_time, count / ingest_time)
            rows.append(Row(kind, n, count, *rates, found, 1000 * main / count, 1000 * children / count))
    return rows


def format_table(rows: Sequence[Row]) -> str:
    head = (
        f"{'database':<11} {'workers':>7} {'articles':>8} {'parse art/s':>12} {'write art/s':>12} {'ingest art/s':>13}"
        f" {'main ms':>8} {'workers ms':>10}"
    )
    lines = [head, "-" * len(head)]
    lines += [
        f"{r.database:<11} {r.workers:>7} {r.articles:>8} {r.parse_per_s:>12.1f}"
        f" {r.write_per_s:>12.1f} {r.ingest_per_s:>13.1f} {r.main_cpu_ms:>8.2f} {r.workers_cpu_ms:>10.2f}"
        for r in rows
    ]
    return "\n".join(lines)


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20, help="copies of the dev sets (default 20: 2,700 articles)")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--shared", type=Path, default=SHARED_EVAL, help="folder of the dev sets")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args(argv)
    articles = load(args.shared, args.copies)
    kinds = ["sqlite"] if args.no_postgres else ["sqlite", "postgresql"]
    rows = measure(articles, [int(w) for w in args.workers.split(",")], kinds)
    if args.json:
        print(json.dumps({"machine": machine(), "parser": parser_build(), "rows": [asdict(r) for r in rows]},
                         indent=2))
        return
    print(machine_line())
    print(f"parser: {parser_build()}")  # the workers fork from this process: the same parser
    mb = sum(len(a.text.encode()) for a in articles) / 1e6
    found = rows[0].attributions
    print(f"{len(articles):,} articles ({mb:.1f} MB), {found:,} attributions per ingest; batches of {DEFAULT_BATCH}")
    print(format_table(rows))
    print("parse: parse_items only; write: parsed results written in batches; ingest: ingest_items end to end")
    print("main ms, workers ms: CPU per article during the ingest, of the ingesting process and of its workers")


if __name__ == "__main__":
    main(sys.argv[1:])
