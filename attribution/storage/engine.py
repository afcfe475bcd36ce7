"""Where the database is and how to connect to it: URL resolution, engines, schema creation.

`database_url` picks the database (``--db`` beats ``$ATTRIBUTION_DATABASE_URL`` beats the default SQLite
file); `make_engine` builds an engine with the right settings per dialect; `init_db` migrates the schema
to the newest revision (`attribution.storage.migrate`) and seeds the shipped source registry. Connection
failures become `StorageError` naming the database without its password (`safe_url`).
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from attribution.errors import StorageError
from attribution.storage import tables  # noqa: F401  (registers the tables on SQLModel.metadata)

ENV_URL = "ATTRIBUTION_DATABASE_URL"
ENV_HOME = "ATTRIBUTION_HOME"
DB_FILENAME = "attribution.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000


def default_sqlite_path() -> Path:
    """``$ATTRIBUTION_HOME/attribution.db``, else ``~/.local/share/attribution/attribution.db``."""
    home = os.environ.get(ENV_HOME)
    base = Path(home).expanduser() if home else Path.home() / ".local" / "share" / "attribution"
    return base / DB_FILENAME


def _looks_like_url(value: str) -> bool:
    return "://" in value


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser()}"


def database_url(cli_value: str | None) -> str:
    """The database to use: ``--db`` (a URL or a plain path to an SQLite file), else the environment
    variable ``ATTRIBUTION_DATABASE_URL``, else the default SQLite file."""
    for value in (cli_value, os.environ.get(ENV_URL)):
        if value and value.strip():
            value = value.strip()
            return normalize_url(value) if _looks_like_url(value) else sqlite_url(value)
    return sqlite_url(default_sqlite_path())


def normalize_url(url: str) -> str:
    """Rewrite ``postgres://`` and ``postgresql://`` to the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def safe_url(url: str) -> str:
    """The URL with any password replaced by ``***``, fit for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1] if "@" in url else url


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL once. Switching needs a moment alone with the file and fails at once (no
    busy wait) while another connection writes, e.g. a migration in a process that opened it first."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    _use_wal(cursor)
    cursor.close()


def _same(value: None) -> None:
    return value


def _bind_plainly() -> None:
    """Let the sqlite3 module bind None and bools without looking for an adapter first.

    It binds an int, float or str at once, but for anything else (None, a bool) it first looks for an
    adapter: a registry miss, then two attribute lookups that raise and swallow an AttributeError each —
    about a third of an ``executemany`` of claim rows (several NULL offsets and a boolean each). With
    these two registered it finds one at once; they bind what sqlite3 binds anyway (NULL, and a bool as
    the integer 0 or 1). Process-wide, like every sqlite3 adapter, and harmless to other users for that.
    """
    sqlite3.register_adapter(bool, int)
    sqlite3.register_adapter(type(None), _same)


def _prepare_sqlite_file(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:" and not database.startswith("file:"):
        try:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create the folder for {url}: {exc.strerror or exc}") from exc


def make_engine(url: str) -> Engine:
    """An engine for `url`: SQLite with WAL, foreign keys and a busy timeout; PostgreSQL via psycopg 3."""
    url = normalize_url(url)
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError as exc:
        raise StorageError(f"not a database URL: {safe_url(url)}") from exc
    if backend == "sqlite":
        _bind_plainly()
        _prepare_sqlite_file(url)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    connect_args = {"options": "-c timezone=UTC"} if backend == "postgresql" else {}
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except (ArgumentError, ImportError) as exc:
        raise StorageError(f"cannot use database {safe_url(url)}: {exc}") from exc


def describe(engine: Engine) -> str:
    return safe_url(engine.url.render_as_string(hide_password=False))


@contextmanager
def storage_errors(engine: Engine) -> Iterator[None]:
    """Turn driver-level connection and operational failures into `StorageError` naming the database."""
    try:
        yield
    except (OperationalError, DBAPIError) as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        raise StorageError(f"database {describe(engine)}: {reason}") from exc


MIGRATION_VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION_LINE = re.compile(r'^(down_revision|revision) = (?:"(\w+)"|None)$', re.MULTILINE)


@cache
def shipped_head() -> str:
    """The newest migration's revision, read from the scripts' ``revision`` and ``down_revision`` lines
    (the one no other revises) without importing Alembic (~17 MB, and time, in every ingest process and
    its workers when the database is already current)."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for script in MIGRATION_VERSIONS.glob("*.py"):
        for name, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            (revisions if name == "revision" else revised).add(value)
    heads = revisions - revised
    if len(heads) != 1:  # pragma: no cover  (the package ships one line of revisions)
        raise RuntimeError(f"expected one newest migration in {MIGRATION_VERSIONS}, found {sorted(heads)}")
    return heads.pop()


def _at_shipped_head(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:  # no version table yet, or no database: the full upgrade path says which
        return False
    return found == [shipped_head()]


def _in_memory(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:")


def _upgrade_in_child(engine: Engine) -> bool:
    """Run the migrations in a forked child process, so that Alembic is never imported into this one (nor
    into the parser workers it forks later: ~15 MB of resident memory each). True when the child brought
    the database to the newest revision. Not tried in a process with other threads (a server's), where
    a lock held by one of them at the fork would stay held in the child."""
    if threading.active_count() > 1:
        return False
    try:
        child = os.fork()
    except (AttributeError, OSError):  # no fork on this platform, or no room for a process
        return False
    if child == 0:  # pragma: no cover  (runs in the child; its outcome is the exit status)
        status = 1
        try:
            from attribution.storage.migrate import upgrade

            engine.dispose(close=False)  # the parent's pooled connections stay the parent's
            upgrade(engine)
            status = 0
        finally:
            os._exit(status)
    _, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status) == 0


def _upgrade(engine: Engine) -> None:
    """Migrate the schema: in a child process when the database outlives it; here for a private in-memory
    database, and here again when the child failed, so the error is raised in this process with its cause
    (the migration runs in one transaction, so a failed child left nothing half-done)."""
    if _in_memory(engine) or not _upgrade_in_child(engine):
        from attribution.storage.migrate import upgrade

        upgrade(engine)


def init_db(engine: Engine) -> None:
    """Bring the schema to the newest migration (creating it in an empty database) and seed the shipped
    registry, idempotently. A database already at the newest revision is recognized without Alembic."""
    from attribution.storage.sources import seed_registry

    if not _at_shipped_head(engine):
        _upgrade(engine)
    with storage_errors(engine):
        seed_registry(engine)
