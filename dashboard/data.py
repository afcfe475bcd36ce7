"""The dashboard's only door to the database: a cached engine, sessions, and cached read helpers.

Pages call the query layer (`attribution.storage.queries`, `.search`, `.review`) through here and never
build SQL. Cached aggregates are keyed on `queries.data_version` (so a CLI ingest or another reviewer's
change, in any process, makes them recomputed on the next page view) and cleared by `invalidate()`,
which every write path of the dashboard calls.
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
from dashboard.filters import current_params, filter_from_params


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


@st.cache_data(show_spinner=False, ttl=600, max_entries=64)
def cached_overview(url: str, f: ClaimFilter, top: int, version: tuple[int, ...] = ()) -> Overview:
    with Session(_engine_for(url)) as s:
        return queries.overview(s, f, top=top)


FILTER_SOURCES = 500  # sources the filter panel offers: the most used, plus any the URL names


@st.cache_data(show_spinner=False, ttl=600, max_entries=8)
def cached_sources(url: str, version: tuple[int, ...] = (), named: tuple[int, ...] = ()) -> list[SourceSummary]:
    with Session(_engine_for(url)) as s:
        top = queries.list_sources(s, limit=FILTER_SOURCES)
        missing = sorted(set(named) - {src.id for src in top})
        return top + (queries.list_sources(s, ids=missing) if missing else [])


def version() -> tuple[int, ...]:
    with session() as s:
        return queries.data_version(s)


def overview(f: ClaimFilter | None = None, top: int = 10) -> Overview:
    return cached_overview(current_url(), f or ClaimFilter(), top, version())


def sources() -> list[SourceSummary]:
    """The filter panel's sources: the most used, and those the URL's filter names."""
    chosen = filter_from_params(current_params())
    return cached_sources(current_url(), version(), tuple(sorted({*chosen.sources, *chosen.conduits})))


def outlets() -> list[str]:
    """Outlets that have claims (from the cached overview: one query fewer per page)."""
    return sorted(o.outlet for o in overview().by_outlet if o.outlet)


def invalidate() -> None:
    """Forget every cached aggregate: call after any write (review, rename, merge, ingest)."""
    cached_overview.clear()
    cached_sources.clear()
