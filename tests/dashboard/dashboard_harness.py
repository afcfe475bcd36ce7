"""Helpers for the dashboard tests: the seeded database handle, opening a page, reading a page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


@dataclass(frozen=True)
class Seeded:
    url: str
    engine: Engine
    articles: dict[str, int]


def open_page(page: str, **params: str | list[str]) -> AppTest:
    """The app, switched to `page` (e.g. "views/claims.py") with these query parameters, after a run."""
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.run()
    at.switch_page(page)
    at.query_params = dict(params)
    return at.run()


def no_errors(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def markdown_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def html_text(at: AppTest) -> str:
    return "\n".join(h.value for h in at.get("html"))


def claim_count(at: AppTest) -> int:
    found = re.search(r"\*\*(\d+)\*\* claims", markdown_text(at))
    assert found, markdown_text(at)
    return int(found.group(1))


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def param(at: AppTest, key: str) -> list[str]:
    """A query parameter after a run, always as a list (AppTest gives a lone value as a string)."""
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)
