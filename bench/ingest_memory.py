"""Peak memory of ``attribution ingest`` on many generated articles: it must stay flat in their number.

usage: .venv/bin/python bench/ingest_memory.py [--articles 10000,100000] [--workers 1] [--per-file 1000] [--existing]

For each count, articles are generated from bench/generate.py's templates (Arabic and English) into a
temporary folder of JSONL files (`--per-file` articles each), then ingested into a fresh SQLite file by
the real command line in a child process. Its memory is sampled from /proc every 50 ms, for the main
process and summed over the whole process tree (its workers, and theirs): resident set size (RSS, which
counts a page shared by forked processes once in each of them) and proportional set size (PSS, from
/proc/PID/smaps_rollup: a shared page divided among the processes that share it, so the tree's sum counts
it once). The peaks are printed beside the count, with the run's time. By default the ingest starts from
no database (it creates and migrates it); with ``--existing`` the schema is made first by another
process, as for an ingest into a database already in use.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generate import build_article, build_pool
from machine import machine_line


def write_articles(folder: Path, count: int, per_file: int) -> None:
    rng = random.Random(count)
    pool = build_pool(rng, 1, people=500)
    for start in range(0, count, per_file):
        lines = []
        for n in range(start, min(count, start + per_file)):
            lang = "ar" if n % 2 else "en"
            text = build_article(rng, lang, rng.randint(3, 10), pool, n).text
            lines.append(json.dumps({"id": f"m{n}", "text": text, "lang": lang}, ensure_ascii=False))
        (folder / f"{start:07d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    """`pid` and all its descendants (children of any of its threads, recursively)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            with contextlib.suppress(OSError):
                todo += [int(p) for p in (task / "children").read_text().split()]
    return found


@dataclass
class Peaks:
    """Peak memory in kB: RSS and PSS of the main process, and of the whole tree (summed at each sample)."""

    main_rss: int = 0
    main_pss: int = 0
    tree_rss: int = 0
    tree_pss: int = 0
    processes: int = 0

    def sample(self, pid: int) -> None:
        tree = _tree(pid)
        rss = {p: _status_kb(p, "VmRSS:") for p in tree}
        pss = {p: _pss_kb(p) for p in tree}
        self.main_rss = max(self.main_rss, rss[pid])
        self.main_pss = max(self.main_pss, pss[pid])
        self.tree_rss = max(self.tree_rss, sum(rss.values()))
        self.tree_pss = max(self.tree_pss, sum(pss.values()))
        self.processes = max(self.processes, len(tree))


def create_schema(db: Path) -> None:
    """The database made and migrated by another process (``attribution db upgrade``), as an ingest into a
    database in use finds it: the measured process then never runs a migration."""
    command = [sys.executable, "-m", "attribution.cli", "db", "upgrade", "--db", str(db)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def run_ingest(folder: Path, db: Path, workers: int) -> tuple[float, Peaks, str]:
    """Seconds, peak memory, the summary."""
    command = [
        sys.executable,
        "-m",
        "attribution.cli",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--workers",
        str(workers),
    ]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peaks = Peaks()
    while process.poll() is None:
        peaks.sample(process.pid)
        time.sleep(0.05)
    out = process.stdout.read() if process.stdout else ""
    return time.perf_counter() - start, peaks, " ".join(out.split())


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", default="10000,100000", help="comma-separated counts (default 10000,100000)")
    parser.add_argument("--workers", type=int, default=1, help="parser processes (default 1)")
    parser.add_argument("--per-file", type=int, default=1000, help="articles per JSONL file (default 1000)")
    parser.add_argument(
        "--existing",
        action="store_true",
        help="create the schema first in another process (default: the ingest creates the database itself)",
    )
    args = parser.parse_args(argv)
    print(machine_line())
    head = f"{'articles':>9} {'workers':>7} {'seconds':>8} {'art/s':>7} {'procs':>5}"
    print(head + f" {'RSS MB main':>11} {'RSS MB all':>10} {'PSS MB main':>11} {'PSS MB all':>10}  summary")
    for count in (int(n) for n in args.articles.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            write_articles(folder, count, args.per_file)
            if args.existing:
                create_schema(Path(tmp) / "memory.db")
            seconds, peaks, summary = run_ingest(folder, Path(tmp) / "memory.db", args.workers)
        print(
            f"{count:>9} {args.workers:>7} {seconds:>8.1f} {count / seconds:>7.1f} {peaks.processes:>5}"
            f" {peaks.main_rss / 1024:>11.1f} {peaks.tree_rss / 1024:>10.1f}"
            f" {peaks.main_pss / 1024:>11.1f} {peaks.tree_pss / 1024:>10.1f}  {summary}",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1:])
