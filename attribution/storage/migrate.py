"""Schema migrations with Alembic: `upgrade` brings any database to the current schema, in place.

The migration scripts ship inside the package (``attribution/storage/migrations``). A fresh database
gets every revision; a database created before migrations existed (tables but no ``alembic_version``)
is stamped as the first revision, which is the schema it has, then upgraded. The whole upgrade runs in
one transaction under a lock (a PostgreSQL advisory lock; SQLite's write lock), so several processes
opening a new database at once migrate it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from attribution.storage.engine import storage_errors

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"
VERSION_TABLE = "alembic_version"
PG_LOCK_KEY = 7_361_000_001  # any constant: serializes migrations of one PostgreSQL database


@dataclass(frozen=True)
class Upgrade:
    before: str | None  # the revision the database was at (None: empty, or made before migrations)
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover  (the package always ships revisions)
        raise RuntimeError(f"no migrations found in {MIGRATIONS}")
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _made_before_migrations(conn: Connection) -> bool:
    names = set(inspect(conn).get_table_names())
    return VERSION_TABLE not in names and "article" in names


def _upgrade_locked(conn: Connection, revision: str) -> Upgrade:
    _lock(conn)
    before = current_revision(conn)
    config = alembic_config(conn)
    if before is None and _made_before_migrations(conn):
        command.stamp(config, BASELINE)
    command.upgrade(config, revision)
    return Upgrade(before, current_revision(conn) or "")


def upgrade(engine: Engine, revision: str = "head") -> Upgrade:
    """Migrate the database to `revision` (default: the newest); a no-op when it is there already."""
    with storage_errors(engine):
        with engine.connect() as conn:
            before = current_revision(conn)
        if revision == "head" and before == head_revision():
            return Upgrade(before, before)
        with engine.begin() as conn:
            return _upgrade_locked(conn, revision)
