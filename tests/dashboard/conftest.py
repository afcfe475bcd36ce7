"""Dashboard fixtures: a seeded SQLite database in tmp_path, pointed to by $ATTRIBUTION_DATABASE_URL."""

from __future__ import annotations

import sys
from pathlib import Path

import dashboard_corpus
import pytest
from dashboard_harness import Seeded

from attribution.storage.engine import init_db, make_engine

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:  # `dashboard` is not an installed package; `pytest` alone does not add the root
    sys.path.insert(0, ROOT)


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Seeded:
    url = f"sqlite:///{tmp_path / 'dashboard.db'}"
    engine = make_engine(url)
    init_db(engine)
    articles = dashboard_corpus.seed(engine)
    monkeypatch.setenv("ATTRIBUTION_DATABASE_URL", url)
    return Seeded(url, engine, articles)
