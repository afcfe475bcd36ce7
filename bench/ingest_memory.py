"""Peak memory of ``attribution ingest`` on many generated articles: it must stay flat in their number.

usage: .venv/bin/python bench/ingest_memory.py [--articles 10000,100000] [--workers 1] [--per-file 1000]

For each count, articles are generated from bench/generate.py's templates (Arabic and English) into a
temporary folder of JSONL files (`--per-file` articles each), then ingested into a fresh SQLite file by
the real command line in a child process. Its resident memory (and its workers', summed) is sampled from
/proc every 50 ms; the peak is printed beside the count, with the run's time.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
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


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def run_ingest(folder: Path, db: Path, workers: int) -> tuple[float, int, int, str]:
    """Seconds, peak RSS of the main process (kB), peak RSS of the process tree (kB), the summary."""
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
    main_peak = tree_peak = 0
    while process.poll() is None:
        main = _rss_kb(process.pid)
        main_peak = max(main_peak, main)
        tree_peak = max(tree_peak, main + sum(_rss_kb(c) for c in _children(process.pid)))
        time.sleep(0.05)
    out = process.stdout.read() if process.stdout else ""
    return time.perf_counter() - start, main_peak, tree_peak, " ".join(out.split())


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", default="10000,100000", help="comma-separated counts (default 10000,100000)")
    parser.add_argument("--workers", type=int, default=1, help="parser processes (default 1)")
    parser.add_argument("--per-file", type=int, default=1000, help="articles per JSONL file (default 1000)")
    args = parser.parse_args(argv)
    print(machine_line())
    head = f"{'articles':>9} {'workers':>7} {'seconds':>8} {'art/s':>7}"
    print(head + f" {'peak MB (main)':>15} {'peak MB (all)':>14}  summary")
    for count in (int(n) for n in args.articles.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            write_articles(folder, count, args.per_file)
            seconds, main_kb, tree_kb, summary = run_ingest(folder, Path(tmp) / "memory.db", args.workers)
        print(
            f"{count:>9} {args.workers:>7} {seconds:>8.1f} {count / seconds:>7.1f}"
            f" {main_kb / 1024:>15.1f} {tree_kb / 1024:>14.1f}  {summary}",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1:])
