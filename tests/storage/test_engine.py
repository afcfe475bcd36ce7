"""Choosing the database, building engines, and failing clearly when the database is unreachable."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlmodel import Session

from attribution.errors import StorageError
from attribution.storage.engine import database_url, init_db, make_engine, safe_url
from attribution.storage.tables import AliasRow, SourceRow


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("ATTRIBUTION_DATABASE_URL", raising=False)
    monkeypatch.setenv("ATTRIBUTION_HOME", str(tmp_path))
    return tmp_path


def test_db_option_beats_environment(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTRIBUTION_DATABASE_URL", "sqlite:///from-env.db")
    assert database_url("sqlite:///from-cli.db") == "sqlite:///from-cli.db"


def test_environment_beats_default(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTRIBUTION_DATABASE_URL", "sqlite:///from-env.db")
    assert database_url(None) == "sqlite:///from-env.db"


def test_default_is_an_sqlite_file_in_attribution_home(clean_env: Path) -> None:
    assert database_url(None) == f"sqlite:///{clean_env / 'attribution.db'}"


def test_plain_path_means_an_sqlite_file(clean_env: Path) -> None:
    assert database_url("/tmp/x/claims.db") == "sqlite:////tmp/x/claims.db"


@pytest.mark.parametrize("given", ["postgresql://u@h/db", "postgres://u@h/db"])
def test_postgres_urls_use_psycopg3(clean_env: Path, given: str) -> None:
    assert database_url(given) == "postgresql+psycopg://u@h/db"


def test_safe_url_hides_the_password() -> None:
    shown = safe_url("postgresql+psycopg://alice:s3cret@db.example:5432/claims")
    assert "s3cret" not in shown
    assert "alice" in shown and "db.example" in shown


def test_sqlite_engine_has_foreign_keys_and_wal(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() > 0


def test_sqlite_engine_creates_the_missing_folder(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a' / 'b' / 'x.db'}")
    init_db(engine)
    assert (tmp_path / "a" / "b" / "x.db").exists()
    engine.dispose()


def test_unreachable_server_is_a_storage_error_naming_it_without_password() -> None:
    engine = make_engine("postgresql://alice:s3cret@127.0.0.1:1/claims")
    with pytest.raises(StorageError) as caught:
        init_db(engine)
    assert "127.0.0.1:1/claims" in str(caught.value)
    assert "s3cret" not in str(caught.value)


def test_garbage_url_is_a_storage_error() -> None:
    with pytest.raises(StorageError, match="cannot use database nonsense"):
        make_engine("nonsense://")


def _counts(engine: Engine) -> tuple[int, int]:
    with Session(engine) as s:
        return (
            s.execute(select(func.count()).select_from(SourceRow)).scalar_one(),
            s.execute(select(func.count()).select_from(AliasRow)).scalar_one(),
        )


def test_init_db_seeds_the_registry_once(engine: Engine) -> None:
    before = _counts(engine)
    init_db(engine)
    assert _counts(engine) == before
    with Session(engine) as s:
        builtin = s.execute(select(func.count()).select_from(SourceRow).where(SourceRow.builtin)).scalar_one()
    assert builtin == before[0] > 0
