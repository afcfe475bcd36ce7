"""Parser throughput on the shared dev sets, beside a one-regex "floor" measured in the same run.

usage: .venv/bin/python bench/parse_throughput.py [--repeat N] [--best-of K] [--sets a,b] [--shared DIR] [--cpu]
                                                  [--json]

For each set, every article is parsed N times per round; the best of K rounds (after one warm-up round)
gives articles/s and MB/s (UTF-8 bytes of the texts). The floor is one compiled regular expression
(quotation or reporting cue) run over the same texts the same way: no parser can go faster than a single
pass, so the ratio says how much the pipeline costs over reading the text once. The first parse of the
process (lexicons and registry loading) is timed separately as the cold start.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from machine import machine, parser_build

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = (REPO / ".." / "shared" / "eval").resolve()
SETS = ("seed-gold", "ar-dev", "en-dev", "polnear-dev")

FLOOR = re.compile(
    r'"[^"\n]{1,500}"|“[^”\n]{1,500}”|«[^»\n]{1,500}»'
    r"|\b(?:said|says|told|added|stated|according to)\b"
    r"|(?:قال|أضاف|أكد|ذكر|أعلن|صرح|بحسب|وفقا|نقلا عن)"
)

Article = tuple[str, str | None]  # text, language


@dataclass(frozen=True)
class Timing:
    seconds: float  # best round
    articles_per_s: float
    mb_per_s: float


@dataclass(frozen=True)
class SetResult:
    name: str
    articles: int
    bytes: int  # UTF-8 size of the texts, one pass
    attributions: int  # found by the parser in one pass
    parse: Timing
    floor: Timing
    ratio: float  # parse time over floor time


def load_set(folder: Path, name: str) -> list[Article]:
    path = folder / f"{name}.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path}: no such gold set (pass --shared DIR, the folder holding the *.jsonl sets)")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["text"], row.get("lang")) for row in rows]


def best_round(work: Callable[[], object], rounds: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """Seconds of the fastest of `rounds` runs of `work`, after one warm-up run."""
    work()
    best = float("inf")
    for _ in range(rounds):
        start = clock()
        work()
        best = min(best, clock() - start)
    return best


def timing(seconds: float, articles: int, megabytes: float) -> Timing:
    return Timing(seconds, articles / seconds, megabytes / seconds)


def measure_set(
    name: str, articles: Sequence[Article], repeat: int, rounds: int, clock: Callable[[], float] = time.perf_counter
) -> SetResult:
    from attribution.parse import parse

    def parse_all() -> None:
        for _ in range(repeat):
            for text, lang in articles:
                parse(text, lang)

    def floor_all() -> None:
        for _ in range(repeat):
            for text, _lang in articles:
                for _match in FLOOR.finditer(text):
                    pass

    count = len(articles) * repeat
    size = sum(len(text.encode("utf-8")) for text, _ in articles)
    megabytes = size * repeat / 1e6
    parse_time, floor_time = best_round(parse_all, rounds, clock), best_round(floor_all, rounds, clock)
    return SetResult(
        name=name,
        articles=len(articles),
        bytes=size,
        attributions=sum(len(parse(text, lang).attributions) for text, lang in articles),
        parse=timing(parse_time, count, megabytes),
        floor=timing(floor_time, count, megabytes),
        ratio=parse_time / floor_time,
    )


def cold_start(articles: Sequence[Article]) -> float:
    """Seconds of the process's first import and parse, lexicons and registry loading included."""
    start = time.perf_counter()
    from attribution.parse import parse

    text, lang = articles[0]
    parse(text, lang)
    return time.perf_counter() - start


def format_table(results: Sequence[SetResult]) -> str:
    head = f"{'set':<12} {'articles':>8} {'MB':>6} {'found':>6} {'parse art/s':>12} {'parse MB/s':>11}"
    head += f" {'floor art/s':>12} {'floor MB/s':>11} {'ratio':>7}"
    rows = [
        f"{r.name:<12} {r.articles:>8} {r.bytes / 1e6:>6.3f} {r.attributions:>6} {r.parse.articles_per_s:>12.1f}"
        f" {r.parse.mb_per_s:>11.3f} {r.floor.articles_per_s:>12.1f} {r.floor.mb_per_s:>11.2f} {r.ratio:>6.0f}x"
        for r in results
    ]
    return "\n".join([head, "-" * len(head), *rows])


def arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="passes over each set per round (default 3)")
    parser.add_argument("--best-of", type=int, default=3, help="timed rounds; the fastest counts (default 3)")
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated (default {','.join(SETS)})")
    parser.add_argument("--shared", type=Path, default=SHARED_EVAL, help="folder of the gold sets")
    parser.add_argument("--cpu", action="store_true",
                        help="time the process's CPU (time.process_time), not the wall clock: steadier when busy")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.best_of < 1:
        parser.error("--repeat and --best-of must be at least 1")
    return args


def main(argv: Sequence[str]) -> None:
    args = arguments(argv)
    sets = {name: load_set(args.shared, name) for name in args.sets.split(",") if name}
    cold = cold_start(next(iter(sets.values())))
    clock = time.process_time if args.cpu else time.perf_counter
    results = [measure_set(name, articles, args.repeat, args.best_of, clock) for name, articles in sets.items()]
    info = machine()
    settings = {"repeat": args.repeat, "best_of": args.best_of, "clock": "cpu" if args.cpu else "wall",
                "floor_pattern": FLOOR.pattern}
    parser = parser_build()
    if args.json:
        report = {"machine": info, "parser": parser, "settings": settings, "cold_start_s": cold,
                  "sets": [asdict(r) for r in results]}
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    print(f"{info['date']}  commit {info['commit']}  {info['cpu']}, {info['cores']} cores, Python {info['python']}")
    print(f"parser: {parser}")
    clock_name = "CPU time" if args.cpu else "wall clock"
    print(f"best of {args.best_of} rounds of {args.repeat} passes ({clock_name}); "
          f"cold start (imports + first parse) {cold:.2f} s")
    print(format_table(results))
    print("ratio: parse time over the one-regex floor on the same texts (lower is better)")


if __name__ == "__main__":
    main(sys.argv[1:])
