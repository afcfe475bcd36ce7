"""Latency of every dashboard page's queries on a large database (see bench/generate.py).

usage: .venv/bin/python bench/dashboard_queries.py DB [DB…] [--repeat N] [--json]

Each DB is an SQLite file path or a database URL, already filled by ``bench/generate.py``. For every
page of the dashboard, the query-layer calls that page makes (the same functions, arguments and page
sizes as `dashboard/views/*.py`) are timed uncached: one warm-up, then `--repeat` runs; the median and
the 95th percentile are printed per call, and per page (all its calls in a row).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from machine import machine, machine_line
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from attribution.storage import queries
from attribution.storage.engine import database_url, make_engine, safe_url
from attribution.storage.queries import ClaimFilter
from attribution.storage.review import review_history
from attribution.storage.search import search_claims
from attribution.storage.tables import AttributionRow, ReviewEventRow

Call = Callable[[Session], object]


@dataclass(frozen=True)
class Timed:
    page: str
    call: str
    median_ms: float
    p95_ms: float


def _ids(session: Session) -> tuple[int, int, int]:
    """A claim in the middle, its article, and a reviewed claim."""
    middle = session.execute(select(func.max(AttributionRow.id))).scalar_one() // 2
    article = session.execute(select(AttributionRow.article_id).where(AttributionRow.id == middle)).scalar_one()
    reviewed = session.execute(select(func.max(ReviewEventRow.attribution_id))).scalar_one() or middle
    return middle, article, reviewed


def page_calls(session: Session) -> dict[str, list[tuple[str, Call]]]:
    _, article, reviewed = _ids(session)
    everything = ClaimFilter()
    arabic_direct = ClaimFilter(langs=("ar",), kinds=("direct",))
    by_source = ClaimFilter(source_names=("Reuters",), anonymous=True)
    text = ClaimFilter(text="ceasefire")
    unreviewed, disputed = ClaimFilter(review_statuses=("unreviewed",)), ClaimFilter(review_statuses=("disputed",))
    narrow_text = ClaimFilter(text="ceasfire would", article_id=article)  # misspelt: the fuzzy path
    return {
        "overview": [
            ("overview(all)", lambda s: queries.overview(s, everything, top=15)),
            ("overview(ar, direct)", lambda s: queries.overview(s, arabic_direct, top=15)),
            ("list_sources (filter panel)", lambda s: queries.list_sources(s)),
        ],
        "claims": [
            ("search_claims page 1", lambda s: search_claims(s, everything, limit=25)),
            ("search_claims page 400", lambda s: search_claims(s, everything, limit=25, offset=25 * 399)),
            ("search_claims ar+direct", lambda s: search_claims(s, arabic_direct, limit=25)),
            ("search_claims Reuters+anonymous", lambda s: search_claims(s, by_source, limit=25)),
            ("search_claims text", lambda s: search_claims(s, text, limit=25)),
            ("search_claims fuzzy text", lambda s: search_claims(s, narrow_text, limit=25)),
        ],
        "article": [
            ("list_articles(500)", lambda s: queries.list_articles(s, limit=500)),
            ("get_article", lambda s: queries.get_article(s, article)),
            ("list_claims(article)", lambda s: queries.list_claims(s, ClaimFilter(article_id=article), limit=2000)),
        ],
        "review": [
            ("queue (unreviewed, 20)", lambda s: queries.list_claims(s, unreviewed, limit=20)),
            ("get_claim", lambda s: queries.get_claim(s, reviewed)),
            ("review_history", lambda s: review_history(s, reviewed)),
            ("disputed claims page", lambda s: queries.list_claims(s, disputed, limit=25)),
        ],
        "sources": [
            ("list_sources(search)", lambda s: queries.list_sources(s, search="reuters")),
            ("list_sources(all)", lambda s: queries.list_sources(s)),
        ],
    }  # fmt: skip


def _time(work: Callable[[], object], repeat: int) -> list[float]:
    work()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        runs.append((time.perf_counter() - start) * 1000)
    return runs


def _p95(runs: list[float]) -> float:
    ordered = sorted(runs)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(engine: Engine, repeat: int) -> list[Timed]:
    results = []
    with Session(engine) as session:
        for page, calls in page_calls(session).items():
            for name, call in calls:
                runs = _time(lambda call=call: call(session), repeat)  # type: ignore[misc]
                results.append(Timed(page, name, statistics.median(runs), _p95(runs)))
                session.expire_all()
            runs = _time(lambda calls=calls: [c(session) for _, c in calls], repeat)  # type: ignore[misc]
            results.append(Timed(page, "= whole page", statistics.median(runs), _p95(runs)))
    return results


def size(engine: Engine) -> int:
    with Session(engine) as s:
        return int(s.execute(select(func.count()).select_from(AttributionRow)).scalar_one())


def format_table(label: str, rows: Sequence[Timed]) -> str:
    head = f"{'page':<9} {'call':<34} {'median ms':>10} {'p95 ms':>8}"
    lines = [label, head, "-" * len(head)]
    lines += [f"{r.page:<9} {r.call:<34} {r.median_ms:>10.1f} {r.p95_ms:>8.1f}" for r in rows]
    return "\n".join(lines)


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", nargs="+", help="SQLite file paths or database URLs filled by bench/generate.py")
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per call (default 9)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {"machine": machine(), "databases": []}
    if not args.json:
        print(machine_line())
    for db in args.db:
        url = database_url(db)
        engine = make_engine(url)
        rows = measure(engine, args.repeat)
        n = size(engine)
        report["databases"].append({"db": safe_url(url), "attributions": n, "calls": [asdict(r) for r in rows]})
        if not args.json:
            print(format_table(f"\n{safe_url(url)} ({engine.dialect.name}, {n:,} attributions)", rows))
        engine.dispose()
    if args.json:
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
