"""The dashboard's only door to the database: a cached engine, sessions, and cached read helpers.

Pages call the query layer (`attribution.storage.queries`, `.search`, `.review`) through here and never
build SQL. Cached aggregates are cleared by `invalidate()`, which every write path calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from sqlalchemy import Engine
from sqlmodel import Session

from attribution.storage import queries
from attribution.storage.engine import database_url, init_db, make_engine, safe_url
from attribution.storage.queries import ClaimFilter, Overview, SourceSummary


@st.cache_resource(show_spinner=False)
def _engine_for(url: str) -> Engine:
    engine = make_engine(url)
    init_db(engine)
    return engine


def current_url() -> str:
    """The database URL: $ATTRIBUTION_DATABASE_URL, else the default SQLite file."""
    return database_url(None)


def engine() -> Engine:
    return _engine_for(current_url())


def describe_db() -> str:
    return safe_url(current_url())


@contextmanager
def session() -> Iterator[Session]:
    with Session(engine()) as s:
        yield s


@st.cache_data(show_spinner=False, ttl=600)
def cached_overview(url: str, f: ClaimFilter, top: int) -> Overview:
    with Session(_engine_for(url)) as s:
        return queries.overview(s, f, top=top)


@st.cache_data(show_spinner=False, ttl=600)
def cached_sources(url: str) -> list[SourceSummary]:
    with Session(_engine_for(url)) as s:
        return queries.list_sources(s)


def overview(f: ClaimFilter | None = None, top: int = 10) -> Overview:
    return cached_overview(current_url(), f or ClaimFilter(), top)


def sources() -> list[SourceSummary]:
    return cached_sources(current_url())


def outlets() -> list[str]:
    """Outlets that have claims (from the cached overview: one query fewer per page)."""
    return sorted(o.outlet for o in overview().by_outlet if o.outlet)


def invalidate() -> None:
    """Forget every cached aggregate: call after any write (review, rename, merge, ingest)."""
    cached_overview.clear()
    cached_sources.clear()
