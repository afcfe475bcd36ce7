"""The tallies behind the overview and the source list stay exact: after ingests, merges and retypes they
equal a rebuild from the claims, and every tallied count equals the same count over the claims."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from attribution.model import Article, ParseResult
from attribution.storage import queries
from attribution.storage.queries import ClaimFilter
from attribution.storage.review import merge_sources, retype_source
from attribution.storage.store import store_article
from attribution.storage.tables import AttributionRow, AttributionSourceRow, SourceRow
from attribution.storage.tallies import day_of
from tests.storage.tally_check import rebuilt, tally_rows

FILTERS = [
    ClaimFilter(),
    ClaimFilter(langs=("ar",)),
    ClaimFilter(langs=("en",), kinds=("direct",)),
    ClaimFilter(anonymous=True),
    ClaimFilter(outlets=("Al-Test",)),
    ClaimFilter(date_from=date(2024, 1, 6)),
    ClaimFilter(date_to=date(2024, 1, 5), kinds=("mixed", "indirect")),
]


def undated(samples: Any, n: int) -> tuple[Article, ParseResult]:
    """The English sample again with another last line, and no outlet or date."""
    text = samples.en_text + f" Line {n}."
    result = samples.en_result()
    return Article(text=text, id=f"u{n}", lang="en"), ParseResult(text, "en", result.attributions)


def source_id(session: Session, canonical: str) -> int:
    return int(session.execute(select(SourceRow.id).where(SourceRow.canonical == canonical)).scalar_one())


def assert_exact(engine: Engine) -> None:
    with Session(engine) as s:
        assert tally_rows(s) == rebuilt(engine)
        for f in FILTERS:
            assert queries.overview(s, f, top=5) == queries.overview(s, f, top=5, tallied=False), f
            assert queries.count_claims(s, f) == len(queries.list_claims(s, f, limit=1000)), f
        links = select(AttributionSourceRow.source_id, AttributionSourceRow.role, func.count())
        counted = s.execute(links.group_by(AttributionSourceRow.source_id, AttributionSourceRow.role)).all()
        listed = {src.id: src for src in queries.list_sources(s)}
        for sid, role, n in counted:
            assert (listed[sid].n_speaker if role == "speaker" else listed[sid].n_conduit) == n
        assert_links_carry_claim_anonymity(s)


def assert_links_carry_claim_anonymity(s: Session) -> None:
    """Every link has its claim's anonymity, and a source's claims filtered by anonymity are exactly those
    of its claims that have it."""
    link, claim = AttributionSourceRow, AttributionRow
    differ = select(func.count()).select_from(link).join(claim, claim.id == link.attribution_id)
    assert s.execute(differ.where(link.anonymous != claim.anonymous)).scalar_one() == 0
    for name in ("Reuters", "Fuad Hussein", "officials"):
        every = queries.list_claims(s, ClaimFilter(source_names=(name,)), limit=1000)
        for anonymous in (True, False):
            f = ClaimFilter(source_names=(name,), anonymous=anonymous)
            assert [c.id for c in queries.list_claims(s, f, limit=1000)] == [
                c.id for c in every if c.anonymous == anonymous
            ], f
            assert queries.count_claims(s, f) == sum(c.anonymous == anonymous for c in every)


def test_tallies_follow_ingests_merges_and_retypes(engine: Engine, samples: Any, corpus: Any) -> None:
    store_article(engine, *undated(samples, 1))
    assert_exact(engine)
    with Session(engine) as s:
        ov = queries.overview(s)
        assert (ov.articles, ov.attributions, ov.anonymous) == (3, 6, 3)
        assert ov.by_day == ((date(2024, 1, 5), 2), (date(2024, 1, 6), 2))
        merge_sources(s, source_id(s, "officials (unnamed)"), source_id(s, "US officials (unnamed)"))
    assert_exact(engine)
    with Session(engine) as s:
        retype_source(s, source_id(s, "Fuad Hussein"), "person")
        merge_sources(s, source_id(s, "Fuad Hussein"), source_id(s, "Reuters"))  # a speaker gains conduit links
    assert_exact(engine)
    with Session(engine) as s:
        assert queries.overview(s).by_source_type["person"] == 3


def test_tallies_add_up_under_concurrent_writers(engine: Engine, samples: Any) -> None:
    """Eight threads store articles sharing every tally key at once; no increment is lost."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def store(worker: int) -> None:
        barrier.wait()
        try:
            for n in range(worker * 5, worker * 5 + 5):
                store_article(engine, *undated(samples, n))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=store, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert_exact(engine)
    with Session(engine) as s:
        assert queries.overview(s).attributions == 80


@pytest.mark.parametrize(
    ("published", "day"),
    [(None, ""), ("2024-01-05T23:30:00+00:00", "2024-01-05"), ("2024-01-05T23:30:00-02:00", "2024-01-06")],
)
def test_the_tallied_day_is_the_utc_publication_day(published: str | None, day: str) -> None:
    from datetime import datetime

    assert day_of(datetime.fromisoformat(published) if published else None) == day
