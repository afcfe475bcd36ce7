"""Shared fixtures: database engines on SQLite (a temporary file) and PostgreSQL (a fresh database).

PostgreSQL tests get a uniquely named database created from ``test`` for the whole session and dropped
afterwards, so concurrent test runs never collide; every test starts from empty tables. Without a
server those tests are skipped, except under ``CI=true``, where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import SQLModel

from attribution.storage.engine import init_db, make_engine

PG_ADMIN_URL = os.environ.get("ATTRIBUTION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _server_missing(reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required under CI=true: {reason}")
    pytest.skip(f"PostgreSQL not available: {reason}")


@contextmanager
def throwaway_pg_database(prefix: str) -> Iterator[str]:
    """A new, uniquely named PostgreSQL database created from the admin URL's, dropped on exit; skips the test
    without a server (fails it under CI=true)."""
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        _server_missing(str(exc.orig).strip().splitlines()[0])
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A fresh, uniquely named PostgreSQL database for this test session; dropped at the end."""
    with throwaway_pg_database("attribution_test") as url:
        yield url


@pytest.fixture
def blank_pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database (no tables) for one test; dropped afterwards."""
    with throwaway_pg_database("attribution_blank") as url:
        yield url


@pytest.fixture(scope="session")
def pg_session_engine(pg_database_url: str) -> Iterator[Engine]:
    engine = make_engine(pg_database_url)
    init_db(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_engine(pg_session_engine: Engine) -> Engine:
    """An engine on the session's PostgreSQL database, emptied and with the registry seeded again."""
    tables = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with pg_session_engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    init_db(pg_session_engine)
    return pg_session_engine


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """An engine on a new SQLite file, with the tables created and the registry seeded."""
    engine = make_engine(f"sqlite:///{tmp_path / 'attribution.db'}")
    init_db(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Engine:
    """Each storage test runs on both SQLite and PostgreSQL."""
    name = "sqlite_engine" if request.param == "sqlite" else "pg_engine"
    return request.getfixturevalue(name)
