"""Writing parse results: round trips, idempotence, atomicity and source resolution, on both databases."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from attribution.errors import InputError
from attribution.model import Article, Attribution, ParseResult, Span
from attribution.storage import queries, store
from attribution.storage.store import content_hash, ingest_paths, parse_published, store_article
from attribution.storage.tables import AliasRow, ArticleRow, AttributionRow, AttributionSourceRow, SourceRow


def count(engine: Engine, table: type) -> int:
    with Session(engine) as s:
        return int(s.execute(select(func.count()).select_from(table)).scalar_one())


def source_named(engine: Engine, canonical: str) -> list[SourceRow]:
    with Session(engine) as s:
        return list(s.execute(select(SourceRow).where(SourceRow.canonical == canonical)).scalars())


def test_round_trip_keeps_offsets_into_the_stored_text(engine: Engine, samples: Any) -> None:
    outcome = store_article(engine, samples.ar_article, samples.ar_result())
    assert (outcome.status, outcome.attributions) == ("inserted", 2)
    with Session(engine) as s:
        article = queries.get_article(s, outcome.article_id)
        rows = queries.list_claims(s, queries.ClaimFilter(article_id=outcome.article_id))
    assert article is not None and article.text == samples.ar_text
    assert article.content_hash == content_hash(samples.ar_text)
    for row, expected in zip(rows, samples.ar_result().attributions, strict=True):
        assert samples.ar_text[row.content_start : row.content_end] == row.content_text == expected.content.text
        assert expected.source is not None
        assert samples.ar_text[row.source_start : row.source_end] == row.source_text == expected.source.text
        assert (row.kind, row.anonymous, row.seq) == (expected.kind, expected.anonymous, rows.index(row))
    assert rows[1].conduits == ("Reuters",)


def test_storing_the_same_text_again_is_a_duplicate(engine: Engine, samples: Any) -> None:
    first = store_article(engine, samples.ar_article, samples.ar_result())
    again = store_article(engine, samples.ar_article, samples.ar_result())
    assert again.status == "duplicate" and again.article_id == first.article_id
    assert count(engine, ArticleRow) == 1
    assert count(engine, AttributionRow) == 2


def test_failure_mid_article_leaves_nothing(engine: Engine, samples: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    sources_before = count(engine, SourceRow)

    def explode(*_args: object) -> None:
        raise RuntimeError("disk full, say")

    monkeypatch.setattr(store, "_insert_attributions", explode)
    with pytest.raises(RuntimeError):
        store_article(engine, samples.ar_article, samples.ar_result())
    assert count(engine, ArticleRow) == 0
    assert count(engine, SourceRow) == sources_before
    monkeypatch.undo()
    assert store_article(engine, samples.ar_article, samples.ar_result()).status == "inserted"


def test_same_source_in_two_articles_is_one_source_row(engine: Engine, samples: Any) -> None:
    store_article(engine, samples.ar_article, samples.ar_result())
    store_article(engine, samples.en_article, samples.en_result())
    [hussein] = source_named(engine, "Fuad Hussein")
    with Session(engine) as s:
        aliases = set(s.execute(select(AliasRow.alias).where(AliasRow.source_id == hussein.id)).scalars())
        speakers = s.execute(select(AttributionRow.speaker_id).where(AttributionRow.kind != "indirect")).scalars()
        assert set(speakers) == {hussein.id}
    assert {"Fuad Hussein", "وزير الخارجية فؤاد حسين"} <= aliases


def test_spelling_variants_resolve_to_one_source(engine: Engine) -> None:
    text = "قال فؤاد حسين إن المحادثات مستمرة، وأضاف فواد حسين أن الوفد وصل."
    result = ParseResult(
        text,
        "ar",
        (
            _claim(text, "إن المحادثات مستمرة", "فؤاد حسين"),
            _claim(text, "أن الوفد وصل", "فواد حسين"),
        ),
    )
    store_article(engine, Article(text=text, lang="ar"), result)
    with Session(engine) as s:
        speakers = set(s.execute(select(AttributionRow.speaker_id)).scalars())
    assert len(speakers) == 1


def _claim(text: str, content: str, canonical: str) -> Attribution:
    start = text.index(content)
    return Attribution("indirect", Span.of(text, start, start + len(content)), None, None, canonical, "person", False)


def test_speaker_and_conduit_links_have_their_roles(engine: Engine, samples: Any) -> None:
    store_article(engine, samples.ar_article, samples.ar_result())
    [reuters] = source_named(engine, "Reuters") or [None]
    assert reuters is not None
    with Session(engine) as s:
        roles = s.execute(select(AttributionSourceRow.role, func.count()).group_by(AttributionSourceRow.role)).all()
        conduit_of = (
            s.execute(select(AttributionSourceRow.source_id).where(AttributionSourceRow.role == "conduit"))
            .scalars()
            .all()
        )
    assert dict(roles) == {"speaker": 2, "conduit": 1}
    assert conduit_of == [reuters.id]


def test_implicit_subject_without_name_has_no_speaker(engine: Engine) -> None:
    text = "He added that the border would stay open."
    result = ParseResult(text, "en", (_claim(text, "that the border would stay open", ""),))
    store_article(engine, Article(text=text, lang="en"), result)
    with Session(engine) as s:
        [row] = queries.list_claims(s, queries.ClaimFilter())
    assert row.speaker_id is None and row.speaker == ""


def test_result_for_another_text_is_refused(engine: Engine, samples: Any) -> None:
    with pytest.raises(InputError, match="different text"):
        store_article(engine, samples.en_article, samples.ar_result())


def test_concurrent_stores_of_one_article_insert_it_once(engine: Engine, samples: Any) -> None:
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def worker() -> None:
        barrier.wait()
        outcomes.append(store_article(engine, samples.en_article, samples.en_result()).status)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["duplicate"] * 3 + ["inserted"]
    assert count(engine, AttributionRow) == 2
    assert len(source_named(engine, "Fuad Hussein")) == 1


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-01-05", "2024-01-05T00:00:00+00:00"),
        ("2024-01-05T12:00:00+03:00", "2024-01-05T09:00:00+00:00"),
        ("2024-01-05T12:00:00Z", "2024-01-05T12:00:00+00:00"),
        ("last Tuesday", None),
        (None, None),
    ],
)
def test_published_dates_become_utc(given: str | None, expected: str | None) -> None:
    moment = parse_published(given)
    assert (moment.isoformat() if moment else None) == expected


PIECES = st.sampled_from([*'قال إن "نعم" said that. ًٌُ\u200f', "e\u0301", "😀", "\n"])
TEXTS = st.lists(PIECES, min_size=1, max_size=40).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, data=st.data())
def test_any_span_survives_the_round_trip(sqlite_engine: Engine, text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    attribution = Attribution("direct", Span.of(text, start, end), None, None, "X", "person", False)
    outcome = store_article(sqlite_engine, Article(text=text, lang="ar"), ParseResult(text, "ar", (attribution,)))
    with Session(sqlite_engine) as s:
        article = queries.get_article(s, outcome.article_id)
        rows = queries.list_claims(s, queries.ClaimFilter(article_id=outcome.article_id))
    assert article is not None
    assert article.text[rows[0].content_start : rows[0].content_end] == rows[0].content_text


def test_ingest_paths_parses_stores_and_reports_each_input(engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The minister said that the border would reopen on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("قال المتحدث إن الحدود ستفتح يوم الاثنين.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(" ", encoding="utf-8")
    seen: list[str] = []
    summary = ingest_paths(engine, [str(tmp_path)], progress=seen.append)
    again = ingest_paths(engine, [str(tmp_path / "a.txt")])
    assert (summary.articles, summary.duplicates, summary.errors) == (2, 0, [(str(tmp_path / "c.txt"), "empty")])
    assert summary.attributions == count(engine, AttributionRow) > 0
    assert seen == [str(tmp_path / name) for name in ("a.txt", "b.txt", "c.txt")]
    assert (again.articles, again.duplicates) == (0, 1)
    with Session(engine) as s:
        langs = {a.lang for a in queries.list_articles(s)}
    assert langs == {"ar", "en"}


def test_a_batch_resolves_its_new_sources_in_a_few_statements(engine: Engine) -> None:
    from sqlalchemy import event

    from attribution.storage.sources import SourceIds

    texts = [f"Speaker Number{n} said the plan {n} works." for n in range(30)]
    pairs = [
        (
            Article(text=t, id=f"s{n}", lang="en"),
            ParseResult(t, "en", (_claim(t, f"the plan {n} works", f"Speaker Number{n}"),)),
        )
        for n, t in enumerate(texts)
    ]
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(engine, "before_cursor_execute", count)
    try:
        with engine.begin() as conn:
            outcomes = store.write_articles(conn, pairs, SourceIds())
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert [o.status for o in outcomes] == ["inserted"] * 30
    on_sources = [q for q in statements if re.search(r"\b(FROM|INTO) (source|alias)\b", q)]
    assert len(on_sources) <= 4, on_sources  # by alias, by key, create, aliases: not one per source
    with Session(engine) as s:
        names = set(s.execute(select(SourceRow.canonical).where(SourceRow.canonical.like("Speaker Number%"))).scalars())
    assert names == {f"Speaker Number{n}" for n in range(30)}


def test_an_overlong_source_name_is_stored_shortened_on_every_database(engine: Engine) -> None:
    name = "م" * 700  # a misread 'source' longer than the name columns (512): SQLite would take it, PostgreSQL not
    text = f"قال {name} إن المحادثات مستمرة."
    start = text.index(name)
    content = text.index("إن")
    claim = Attribution("indirect", Span.of(text, content, len(text) - 1), None, Span.of(text, start, start + 700),
                        name, "person", False)
    outcome = store_article(engine, Article(text=text, lang="ar"), ParseResult(text, "ar", (claim,)))
    assert outcome.status == "inserted"
    with Session(engine) as s:
        [row] = s.execute(select(AttributionRow.source_text, AttributionRow.source_start)).all()
        [source] = s.execute(select(SourceRow.canonical, SourceRow.key).where(SourceRow.builtin.is_(False))).all()
    assert row.source_text == name and text[row.source_start:row.source_start + 700] == name
    assert len(source.canonical) == 512 and source.canonical.endswith("…") and len(source.key) <= 512
