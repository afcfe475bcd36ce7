"""Latency of every dashboard page's queries on a large database (see bench/generate.py).

usage: .venv/bin/python bench/dashboard_queries.py DB [DB…] [--repeat N] [--json] [--render]

Each DB is an SQLite file path or a database URL, already filled by ``bench/generate.py``. For every
page of the dashboard, the query-layer calls that page makes (the same functions, arguments and page
sizes as `dashboard/views/*.py`) are timed uncached: one warm-up, then `--repeat` runs; the median and
the 95th percentile are printed per call, and per page (all its calls in a row).

With ``--render``, the whole dashboard is also rendered headless (Streamlit's `AppTest`, in a fresh
process per database so every cache starts empty): the first page (Overview) on first open, which
includes connecting, checking the schema and computing the cached aggregates; the same page again
(caches warm); then each other page opened from there.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from machine import REPO, machine, machine_line
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


def source_page(s: Session, search: str) -> object:
    """What the sources page asks: the two counts, a page of 100, the forms' 500 choices."""
    counts = queries.count_sources(s, search), queries.count_sources(s)
    return counts, queries.list_sources(s, search=search, limit=100), queries.list_sources(s, search=search, limit=500)


def page_calls(session: Session) -> dict[str, list[tuple[str, Call]]]:
    _, article, reviewed = _ids(session)
    everything, arabic = ClaimFilter(), ClaimFilter(langs=("ar",))
    arabic_direct = ClaimFilter(langs=("ar",), kinds=("direct",))
    by_source = ClaimFilter(source_names=("Reuters",), anonymous=True)
    text = ClaimFilter(text="ceasefire")
    unreviewed, disputed = ClaimFilter(review_statuses=("unreviewed",)), ClaimFilter(review_statuses=("disputed",))
    narrow_text = ClaimFilter(text="ceasfire would", article_id=article)  # misspelt: the fuzzy path
    return {
        "overview": [
            ("overview(all)", lambda s: queries.overview(s, everything, top=15)),
            ("overview(ar) (language control)", lambda s: queries.overview(s, arabic, top=15)),
        ],
        "claims": [
            ("filter panel: list_sources(500)", lambda s: queries.list_sources(s, limit=500)),
            ("search_claims page 1", lambda s: search_claims(s, everything, limit=25)),
            ("search_claims page 400", lambda s: search_claims(s, everything, limit=25, offset=25 * 399)),
            ("search_claims ar+direct", lambda s: search_claims(s, arabic_direct, limit=25)),
            ("search_claims Reuters+anonymous", lambda s: search_claims(s, by_source, limit=25)),
            ("search_claims text", lambda s: search_claims(s, text, limit=25)),
            ("search_claims fuzzy text", lambda s: search_claims(s, narrow_text, limit=25)),
        ],
        "article": [
            ("count_articles + list_articles(100)",
             lambda s: (queries.count_articles(s), queries.list_articles(s, limit=100))),
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
            ("search: counts, page, form choices", lambda s: source_page(s, "reuters")),
            ("all: counts, page, form choices", lambda s: source_page(s, "")),
        ],
        "other": [  # not made by any page: for comparison with earlier figures
            ("overview(ar, direct)", lambda s: queries.overview(s, arabic_direct, top=15)),
            ("list_sources() all 2,000+", lambda s: queries.list_sources(s)),
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


RENDER_PAGES = ("views/claims.py", "views/article.py", "views/sources.py", "views/review.py")


def _timed_run(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def render_times() -> list[Timed]:
    """Run in the child process: the app on $ATTRIBUTION_DATABASE_URL, page by page (ms, one run each)."""
    from streamlit.testing.v1 import AppTest

    app = str(REPO / "dashboard" / "app.py")
    at = AppTest.from_file(app, default_timeout=120)
    rows = [Timed("render", "first page, cold caches", _timed_run(at.run), 0.0)]
    again = AppTest.from_file(app, default_timeout=120)
    rows.append(Timed("render", "first page again, warm caches", _timed_run(again.run), 0.0))
    for page in RENDER_PAGES:
        again.switch_page(page)
        rows.append(Timed("render", page.removeprefix("views/"), _timed_run(again.run), 0.0))
    failures = [e.value for e in again.exception]
    if failures:
        raise SystemExit(f"the dashboard raised: {failures}")
    return rows


def measure_render(url: str) -> list[Timed]:
    env = {**os.environ, "ATTRIBUTION_DATABASE_URL": url}
    child = [sys.executable, __file__, "--render-child", url]
    out = subprocess.run(child, env=env, capture_output=True, text=True, check=True).stdout
    return [Timed(**row) for row in json.loads(out.strip().splitlines()[-1])]


def main(argv: Sequence[str]) -> None:
    if argv[:1] == ["--render-child"]:
        print(json.dumps([asdict(r) for r in render_times()]))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", nargs="+", help="SQLite file paths or database URLs filled by bench/generate.py")
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per call (default 9)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--render", action="store_true", help="also time headless page renders (AppTest)")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {"machine": machine(), "databases": []}
    if not args.json:
        print(machine_line())
    for db in args.db:
        url = database_url(db)
        engine = make_engine(url)
        rows = measure(engine, args.repeat) + (measure_render(url) if args.render else [])
        n = size(engine)
        report["databases"].append({"db": safe_url(url), "attributions": n, "calls": [asdict(r) for r in rows]})
        if not args.json:
            print(format_table(f"\n{safe_url(url)} ({engine.dialect.name}, {n:,} attributions)", rows))
        engine.dispose()
    if args.json:
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
