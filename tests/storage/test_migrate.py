"""Schema migrations: a fresh database, an older one and a pre-migration one all reach the newest revision,
in place, keeping their rows; on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

from sqlalchemy import func, inspect, select
from sqlmodel import Session, SQLModel

from attribution.model import Article, ParseResult
from attribution.storage.engine import init_db, make_engine
from attribution.storage.migrate import BASELINE, current_revision, head_revision, upgrade
from attribution.storage.store import store_article
from attribution.storage.tables import ArticleRow, AttributionRow


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


def test_a_database_at_the_first_revision_upgrades_in_place_keeping_its_rows(blank_url: str, samples: type) -> None:
    engine = make_engine(blank_url)
    assert upgrade(engine, BASELINE).after == BASELINE
    stored = store_article(engine, samples.ar_article, samples.ar_result())  # type: ignore[attr-defined]
    done = upgrade(engine)
    assert (done.before, done.after) == (BASELINE, head_revision())
    with Session(engine) as s:
        assert s.execute(select(func.count()).select_from(AttributionRow)).scalar_one() == 2
        assert s.get(ArticleRow, stored.article_id) is not None
    assert not upgrade(engine).changed
    engine.dispose()


def test_a_database_made_before_migrations_is_adopted(blank_url: str) -> None:
    engine = make_engine(blank_url)
    SQLModel.metadata.create_all(engine)
    text = "Nothing said here."
    store_article(engine, Article(text=text, lang="en"), ParseResult(text, "en", ()))
    init_db(engine)
    with Session(engine) as s:
        assert s.execute(select(func.count()).select_from(ArticleRow)).scalar_one() == 1
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
