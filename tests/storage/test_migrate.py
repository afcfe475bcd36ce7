"""Schema migrations: a fresh database, an older one and a pre-migration one all reach the newest revision,
in place, keeping their rows; on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select, text
from sqlmodel import Session, SQLModel

from attribution.storage import queries
from attribution.storage.engine import init_db, make_engine, shipped_head
from attribution.storage.migrate import BASELINE, VERSION_TABLE, current_revision, head_revision, upgrade
from attribution.storage.tables import ArticleRow, AttributionRow, AttributionSourceRow
from tests.storage.tally_check import rebuilt, tally_rows

A = AttributionRow.__table__.c  # type: ignore[attr-defined]
LINK = AttributionSourceRow.__table__.c  # type: ignore[attr-defined]


def revision(url: str) -> str | None:
    engine = make_engine(url)
    with engine.connect() as conn:
        found = current_revision(conn)
    engine.dispose()
    return found


def tables_in(url: str) -> set[str]:
    engine = make_engine(url)
    names = set(inspect(engine).get_table_names())
    engine.dispose()
    return names


def test_init_db_creates_a_fresh_database_at_the_newest_revision(blank_url: str) -> None:
    engine = make_engine(blank_url)
    init_db(engine)
    engine.dispose()
    assert revision(blank_url) == head_revision()
    assert {t.name for t in SQLModel.metadata.sorted_tables} <= tables_in(blank_url)


BASELINE_ROWS = [
    "INSERT INTO source (id, canonical, key, type, anonymous, builtin) VALUES "
    "(1, 'Reuters', 'reuters', 'media', FALSE, TRUE), (2, 'Fuad Hussein', 'fuad hussein', 'official', FALSE, FALSE)",
    "INSERT INTO article (id, content_hash, external_id, title, url, outlet, published, lang, text, origin, "
    "ingested_at) VALUES "
    "(1, 'h1', 'a1', NULL, NULL, 'Al-Test', '2024-01-05 23:30:00', 'ar', 'نص', '', '2024-01-06 00:00:00'), "
    "(2, 'h2', 'e1', NULL, NULL, NULL, NULL, 'en', 'Text.', '', '2024-01-06 00:00:00')",
    "INSERT INTO attribution (id, article_id, seq, kind, content_start, content_end, content_text, content_key, "
    "cue_text, source_text, speaker_id, source_canonical, source_type, anonymous) VALUES "
    "(1, 1, 0, 'direct', 0, 2, 'نص', 'نص', '', '', 2, 'Fuad Hussein', 'official', FALSE), "
    "(2, 1, 1, 'indirect', 0, 2, 'نص', 'نص', '', '', NULL, '', 'anonymous', TRUE), "
    "(3, 2, 0, 'direct', 0, 4, 'Text', 'text', '', '', 2, 'Fuad Hussein', 'official', FALSE)",
    "INSERT INTO attribution_source (attribution_id, source_id, role) VALUES "
    "(1, 2, 'speaker'), (3, 2, 'speaker'), (2, 1, 'conduit')",
]


def fill_at_baseline(engine: Engine) -> None:
    """Rows as a version-0001 database holds them (written in SQL: today's code writes newer columns)."""
    with engine.begin() as conn:
        for statement in BASELINE_ROWS:
            conn.execute(text(statement))
        if conn.dialect.name == "postgresql":  # explicit ids leave the sequences behind
            for table in ("source", "article", "attribution"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 100)"))


def test_a_populated_database_at_the_first_revision_upgrades_in_place(blank_url: str) -> None:
    engine = make_engine(blank_url)
    assert upgrade(engine, BASELINE).after == BASELINE
    fill_at_baseline(engine)
    done = upgrade(engine)
    assert (done.before, done.after) == (BASELINE, head_revision())
    with Session(engine) as s:
        copies = s.execute(select(A.id, A.lang, A.outlet, A.day).order_by(A.id)).all()
        assert [tuple(r) for r in copies] == [(1, "ar", "Al-Test", "2024-01-05"), (2, "ar", "Al-Test", "2024-01-05"),
                                              (3, "en", "", "")]  # fmt: skip
        assert tally_rows(s) == rebuilt(engine)
        ov = queries.overview(s)
        assert (ov.articles, ov.attributions, ov.anonymous, ov.sources) == (2, 3, 1, 1)
        assert ov.by_day == ((date(2024, 1, 5), 2),)
        assert ov == queries.overview(s, tallied=False)
        assert queries.count_claims(s, queries.ClaimFilter(langs=("ar",), kinds=("direct",))) == 1
        links = s.execute(select(LINK.attribution_id, LINK.source_id, LINK.anonymous).order_by(LINK.attribution_id))
        assert [tuple(r) for r in links] == [(1, 2, False), (2, 1, True), (3, 2, False)]  # the claims' anonymity
        assert queries.count_claims(s, queries.ClaimFilter(source_names=("Reuters",), anonymous=True)) == 1
        assert queries.count_claims(s, queries.ClaimFilter(source_names=("Reuters",), anonymous=False)) == 0
    assert not upgrade(engine).changed
    engine.dispose()


def test_a_database_made_before_migrations_is_adopted(blank_url: str) -> None:
    engine = make_engine(blank_url)
    upgrade(engine, BASELINE)  # the schema `create_all` made before migrations existed …
    with engine.begin() as conn:
        conn.execute(text(f"DROP TABLE {VERSION_TABLE}"))  # … without Alembic's version table
    fill_at_baseline(engine)
    init_db(engine)
    with Session(engine) as s:
        assert s.execute(select(func.count()).select_from(ArticleRow)).scalar_one() == 2
        assert queries.overview(s).attributions == 3
    engine.dispose()
    assert revision(blank_url) == head_revision()


def test_processes_opening_a_new_database_at_once_migrate_it_once(blank_url: str) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def open_it() -> None:
        engine = make_engine(blank_url)
        barrier.wait()
        try:
            init_db(engine)
        except BaseException as exc:
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert revision(blank_url) == head_revision()


def test_the_newest_revision_is_read_from_the_scripts_as_alembic_reads_it() -> None:
    assert shipped_head() == head_revision()


def test_opening_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    """Every ingest (and each of its workers) would otherwise carry Alembic for nothing."""
    url = f"sqlite:///{tmp_path / 'current.db'}"
    engine = make_engine(url)
    init_db(engine)
    engine.dispose()
    probe = (
        "import sys; from attribution.storage.engine import init_db, make_engine; "
        f"init_db(make_engine({url!r})); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_creating_a_database_migrates_it_without_loading_alembic_here(tmp_path: Path) -> None:
    """The migration runs in a child process, so an ingest that starts a database (and the parser workers it
    forks) does not carry Alembic either."""
    url = f"sqlite:///{tmp_path / 'new.db'}"
    probe = (
        "import sys; from attribution.storage.engine import init_db, make_engine; "
        f"init_db(make_engine({url!r})); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    assert revision(url) == head_revision()
