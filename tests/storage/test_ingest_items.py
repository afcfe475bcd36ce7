"""`ingest_items`, the one ingest path: parallel parsing, batched writes, and failures confined to one article."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from attribution.errors import InputError
from attribution.ingest import Item
from attribution.model import Article, ParseResult
from attribution.storage import parsing, store
from attribution.storage.engine import init_db, make_engine
from attribution.storage.store import IngestSummary, SourceIds, ingest_items, write_batch
from attribution.storage.tables import ArticleRow, AttributionRow, AttributionSourceRow
from attribution.textnorm import normalize_key

EN = [
    "The interior minister said on Sunday that the border would reopen on Monday.",
    '"We are ready," the governor told reporters. Officials said the roads were clear, according to Reuters.',
    "Police said three people were hurt. The mayor added that the bridge would stay closed.",
]
AR = [
    "قال وزير الداخلية إن الحدود ستفتح يوم الاثنين.",
    'وأكد المتحدث باسم الحكومة أن "الطرق آمنة"، بحسب رويترز.',
]


def articles(n_copies: int = 3) -> list[Article]:
    """Distinct articles (a numbered sentence makes each text unique), Arabic and English."""
    texts = [(f"{t} Item {i}.", lang) for i in range(n_copies) for lang, ts in (("en", EN), ("ar", AR)) for t in ts]
    return [Article(text=t, id=f"a{k}", lang=lang, origin=f"a{k}.txt") for k, (t, lang) in enumerate(texts)]


def claims_per_article(engine: Engine) -> dict[str, tuple[int, int]]:
    """external id → (claims, links): what a clean ingest must produce for every article."""
    with Session(engine) as s:
        claims = select(ArticleRow.external_id, func.count(AttributionRow.id)).outerjoin(
            AttributionRow, AttributionRow.article_id == ArticleRow.id
        )
        n_claims = dict(s.execute(claims.group_by(ArticleRow.external_id)).all())
        links = (
            select(ArticleRow.external_id, func.count())
            .join(AttributionRow, AttributionRow.article_id == ArticleRow.id)
            .join(AttributionSourceRow, AttributionSourceRow.attribution_id == AttributionRow.id)
        )
        n_links = dict(s.execute(links.group_by(ArticleRow.external_id)).all())
    return {k: (int(v), int(n_links.get(k, 0))) for k, v in n_claims.items()}


@pytest.fixture
def reference(tmp_path: Path) -> Iterator[Engine]:
    """A second SQLite database, for a one-worker ingest to compare against."""
    engine = make_engine(f"sqlite:///{tmp_path / 'reference.db'}")
    init_db(engine)
    yield engine
    engine.dispose()


def test_parallel_workers_store_exactly_what_one_worker_stores(engine: Engine, reference: Engine) -> None:
    one = ingest_items(reference, articles(), workers=1)
    seen: list[str] = []
    many = ingest_items(engine, articles(), workers=2, batch_size=4, chunk=2, progress=seen.append)
    assert (many.articles, many.attributions, many.errors) == (one.articles, one.attributions, [])
    assert one.attributions > 0
    assert claims_per_article(engine) == claims_per_article(reference)
    assert seen == [a.origin for a in articles()]


def test_one_worker_parsing_beside_the_writer_stores_what_parsing_in_the_writer_stores(
    engine: Engine, reference: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:  # parser_process=False must never start a process
        m.setattr(parsing, "run_chunks", lambda *args, **kwargs: pytest.fail("started a worker process"))
        here = ingest_items(reference, articles(8), workers=1, chunk=4, parser_process=False)
    seen: list[str] = []
    aside = ingest_items(engine, articles(8), workers=1, chunk=4, batch_size=8, progress=seen.append)
    assert (aside.articles, aside.attributions, aside.errors) == (here.articles, here.attributions, [])
    assert here.articles == len(articles(8)) > 4
    assert claims_per_article(engine) == claims_per_article(reference)
    assert seen == [a.origin for a in articles(8)]


@pytest.mark.parametrize("workers", [1, 2])
def test_each_claim_is_stored_with_its_contents_search_key_whichever_process_computed_it(
    engine: Engine, workers: int
) -> None:
    summary = ingest_items(engine, articles(4), workers=workers, chunk=2, batch_size=4)
    with Session(engine) as s:
        stored = s.execute(select(AttributionRow.content_text, AttributionRow.content_key)).all()
    assert len(stored) == summary.attributions > 0
    assert all(key == normalize_key(text) for text, key in stored)


def test_results_parsed_in_a_worker_carry_search_keys_only_when_asked() -> None:
    batch = articles(2)
    keyed = list(parsing.parse_items(batch, workers=1, background=True, chunk=2))
    plain = list(parsing.parse_items(batch, workers=1, background=True, chunk=2, keyed=False))
    assert all(isinstance(r, parsing.KeyedResult) for _, r in keyed)
    assert not any(isinstance(r, parsing.KeyedResult) for _, r in plain)
    assert [r.attributions for _, r in plain] == [r.attributions for _, r in keyed]  # type: ignore[union-attr]
    assert [list(r.content_keys) for _, r in keyed] == [  # type: ignore[union-attr]
        [normalize_key(a.content.text) for a in r.attributions] for _, r in plain  # type: ignore[union-attr]
    ]


def test_a_second_run_counts_every_article_as_a_duplicate(engine: Engine) -> None:
    first = ingest_items(engine, articles(), workers=2, batch_size=3)
    again = ingest_items(engine, articles(), workers=2, batch_size=3)
    assert (again.articles, again.duplicates, again.attributions) == (0, first.articles, 0)


@pytest.mark.parametrize("workers", [1, 2])
def test_read_errors_are_reported_in_order_and_the_rest_lands(engine: Engine, workers: int) -> None:
    good = articles(3)
    items: list[Item] = [good[0], InputError("broken.txt", "binary file"), *good[1:9], InputError("b.txt", "empty")]
    items += good[9:]
    summary = ingest_items(engine, items, workers=workers, chunk=2)
    assert summary.errors == [("broken.txt", "binary file"), ("b.txt", "empty")]
    assert summary.articles == len(good)


def _doubled_slowly(numbers: list[int]) -> list[int]:
    time.sleep(0.3)
    return [2 * n for n in numbers]


def test_the_consumer_does_the_next_chunks_itself_while_the_worker_is_busy_and_order_is_kept() -> None:
    done_here: list[list[int]] = []

    def here(numbers: list[Any]) -> list[int]:
        done_here.append(numbers)
        return [2 * n for n in numbers]

    parts = [[n, n + 1] for n in range(0, 24, 2)]
    results = parsing.run_chunks(
        parts, _doubled_slowly, list, workers=1, ahead=2, initializer=parsing._init_worker, initargs=(None,), here=here
    )
    assert [(part, result) for part, result in results] == [(part, [2 * n for n in part]) for part in parts]
    assert 0 < len(done_here) < len(parts)  # the worker did some, this process the others


def test_a_bad_article_in_a_batch_is_reported_alone_and_never_half_written(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = articles(1)
    poisoned = batch[2].text
    real = store.attribution_row
    text_at = store.CLAIM_KEYS.index("content_text")

    def values(claim_id: int, article_id: int, seq: int, a: Any, *rest: Any) -> tuple[Any, ...]:
        row = real(claim_id, article_id, seq, a, *rest)
        poison = a.content.text in poisoned and seq == 1
        return (*row[:text_at], None, *row[text_at + 1 :]) if poison else row

    from attribution.storage.parsing import default_registry, parse_article

    pairs = [(a, parse_article(a, default_registry())) for a in batch]
    assert isinstance(pairs[2][1], ParseResult) and len(pairs[2][1].attributions) >= 2
    monkeypatch.setattr(store, "attribution_row", values)
    summary = IngestSummary()
    write_batch(engine, pairs, SourceIds(default_registry()), summary)  # type: ignore[arg-type]
    assert [origin for origin, _ in summary.errors] == [batch[2].origin]
    assert "cannot store" in summary.errors[0][1]
    stored = claims_per_article(engine)
    assert batch[2].id not in stored
    assert set(stored) == {a.id for a in batch} - {batch[2].id}


def test_collections_are_fewer_while_parsing_and_as_before_afterwards() -> None:
    before = gc.get_threshold()
    with parsing.fewer_collections():
        assert gc.get_threshold() == parsing.PARSING_GC_THRESHOLDS
    assert gc.get_threshold() == before


def test_the_writer_collects_less_while_parsing_runs_beside_it_and_as_before_afterwards(
    engine: Engine, reference: Engine
) -> None:
    before = gc.get_threshold()
    beside: list[tuple[int, int, int]] = []
    ingest_items(engine, articles(4), workers=1, chunk=2, progress=lambda _: beside.append(gc.get_threshold()))
    assert set(beside) == {parsing.PARSING_GC_THRESHOLDS}
    assert gc.get_threshold() == before
    here: list[tuple[int, int, int]] = []  # a threaded server's ingest leaves the process's thresholds alone
    ingest_items(reference, articles(1), parser_process=False, progress=lambda _: here.append(gc.get_threshold()))
    assert set(here) == {before}


def test_a_text_given_twice_in_one_batch_is_stored_once_and_then_counted_a_duplicate(engine: Engine) -> None:
    batch = articles(1)
    twice = [*batch, batch[0], batch[1]]
    summary = ingest_items(engine, twice, workers=1, batch_size=len(twice))
    assert (summary.articles, summary.duplicates, summary.errors) == (len(batch), 2, [])
    stored = claims_per_article(engine)
    assert set(stored) == {a.id for a in batch}
    again = ingest_items(engine, [batch[0]], workers=1)
    assert (again.articles, again.duplicates) == (0, 1)
