"""Save a PNG of each main dashboard page under docs/screenshots/.

    .venv/bin/python dashboard/screenshots.py [--db URL] [--out docs/screenshots]

Without --db, the bundled `seeds/` articles are ingested (real parser, real store) into a temporary
SQLite database first. Uses the same server and Chromium tooling as the browser test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from playwright.sync_api import ViewportSize  # noqa: E402
from sqlmodel import Session  # noqa: E402

from attribution.storage.engine import init_db, make_engine, sqlite_url  # noqa: E402
from attribution.storage.queries import ClaimFilter, list_articles, list_claims  # noqa: E402
from attribution.storage.store import ingest_paths  # noqa: E402
from dashboard.browser import chromium, serve  # noqa: E402

VIEWPORT: ViewportSize = {"width": 1400, "height": 900}
SETTLE_MS = 7000  # charts (Vega) draw after the page itself


def seeded_database(folder: Path) -> str:
    url = sqlite_url(folder / "screenshots.db")
    engine = make_engine(url)
    init_db(engine)
    summary = ingest_paths(engine, [str(ROOT / "seeds")])
    engine.dispose()
    if summary.errors:
        raise SystemExit(f"cannot ingest the seeds: {summary.errors}")
    return url


def page_paths(url: str) -> dict[str, str]:
    """Screenshot name -> page path (with query parameters that show something worth seeing)."""
    engine = make_engine(url)
    with Session(engine) as s:
        article = next(iter(list_articles(s, limit=1)), None)
        claim = next(iter(list_claims(s, ClaimFilter(), limit=1)), None)
    engine.dispose()
    claim_q = f"?claim={claim.id}" if claim else ""
    article_q = f"?article={article.id}" + (f"&claim={claim.id}" if claim else "") if article else ""
    return {
        "overview": "/",
        "claims": f"/claims{claim_q}",
        "article": f"/article{article_q}",
        "sources": "/sources",
        "review": f"/review{claim_q}",
        "export": "/export",
        "ingest": "/ingest",
    }


def take(url: str, out: Path, log: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    with serve(url, log) as base, chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT)
        page.set_default_timeout(60_000)
        for name, path in page_paths(url).items():
            page.goto(base + path)
            page.wait_for_selector('[data-testid="stMainBlockContainer"] h1')
            page.wait_for_timeout(SETTLE_MS)
            target = out / f"{name}.png"
            page.screenshot(path=str(target))
            saved.append(target)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary database with seeds/ ingested)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or seeded_database(Path(tmp))
        for path in take(url, args.out, Path(tmp) / "streamlit.log"):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
