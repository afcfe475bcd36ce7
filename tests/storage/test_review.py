"""Review history and source curation (rename, retype, merge) against a real database."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from attribution.errors import StorageError
from attribution.model import Article, Attribution, ParseResult, Span
from attribution.storage.queries import ClaimFilter, count_claims, list_claims, list_sources, resolve_source_ids
from attribution.storage.review import (
    current_status,
    latest_review_times,
    merge_sources,
    record_review,
    rename_source,
    retype_source,
    review_history,
)
from attribution.storage.store import store_article
from attribution.storage.tables import AliasRow, AttributionRow, AttributionSourceRow, SourceRow

TEXT = 'Ahmed Salem said talks resume. "We are ready," A. Salem told Reuters. Salem said no more.'


def _span(needle: str, after: int = 0) -> Span:
    start = TEXT.index(needle, after)
    return Span.of(TEXT, start, start + len(needle))


def _claim(content: str, source: str, canonical: str, cue: str, after: int = 0, **kw: object) -> Attribution:
    return Attribution(
        kind="indirect",
        content=_span(content),
        cue=_span(cue, after),
        source=_span(source, after),
        source_canonical=canonical,
        source_type="official",
        anonymous=False,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def db(engine: Engine) -> Engine:
    """The shared engine (SQLite, and PostgreSQL when marked) with one article of three claims."""
    claims = (
        _claim("talks resume", "Ahmed Salem", "Ahmed Salem", "said"),
        _claim("We are ready,", "A. Salem", "A. Salem", "told", conduits=("Reuters", "AFP")),
        _claim("no more", "Salem", "A. Salem", "said", after=60),
    )
    article = Article(TEXT, id="a1", lang="en", outlet="Example")
    store_article(engine, article, ParseResult(TEXT, "en", claims))
    return engine


def _source_id(session: Session, name: str) -> int:
    """The source a name resolves to (the registry may know it under another canonical name)."""
    (found,) = resolve_source_ids(session, [name])
    return found


def _claim_ids(session: Session) -> list[int]:
    return list(session.execute(select(AttributionRow.id).order_by(AttributionRow.seq)).scalars())


def test_a_claim_without_events_is_unreviewed(db: Engine) -> None:
    with Session(db) as s:
        assert current_status(s, _claim_ids(s)[0]) == "unreviewed"


def test_reviews_append_events_with_from_and_to(db: Engine) -> None:
    with Session(db) as s:
        claim = _claim_ids(s)[0]
        first = record_review(s, claim, to_status="disputed", reviewer="Huda", note="one source only")
        second = record_review(s, claim, to_status="verified", reviewer="Sam")
        history = review_history(s, claim)
    assert [(e.from_status, e.to_status, e.reviewer) for e in history] == [
        ("unreviewed", "disputed", "Huda"),
        ("disputed", "verified", "Sam"),
    ]
    assert history[0].note == "one source only"
    assert first.id != second.id


def test_two_reviewers_at_once_both_events_are_kept(db: Engine) -> None:
    with Session(db) as s:
        claim = _claim_ids(s)[1]
    with Session(db) as one, Session(db) as two:
        assert current_status(one, claim) == current_status(two, claim) == "unreviewed"
        record_review(one, claim, to_status="false", reviewer="Huda")
        record_review(two, claim, to_status="verified", reviewer="Sam")
    with Session(db) as s:
        events = review_history(s, claim)
        assert [e.reviewer for e in events] == ["Huda", "Sam"]
        assert current_status(s, claim) == "verified"
        assert list_claims(s, ClaimFilter(review_statuses=("verified",)))[0].id == claim


@pytest.mark.parametrize(
    ("status", "reviewer", "message"),
    [("fake_news", "Huda", "unknown review status"), ("verified", "  ", "reviewer name")],
)
def test_bad_reviews_are_refused_and_write_nothing(db: Engine, status: str, reviewer: str, message: str) -> None:
    with Session(db) as s:
        claim = _claim_ids(s)[0]
        with pytest.raises(ValueError, match=message):
            record_review(s, claim, to_status=status, reviewer=reviewer)
        assert review_history(s, claim) == []


def test_reviewing_a_missing_claim_names_it(db: Engine) -> None:
    with Session(db) as s, pytest.raises(StorageError, match="no attribution with id 999"):
        record_review(s, 999, to_status="verified", reviewer="Huda")


def test_latest_review_times_only_for_reviewed_claims(db: Engine) -> None:
    with Session(db) as s:
        first, second, _ = _claim_ids(s)
        event = record_review(s, first, to_status="verified", reviewer="Huda")
        assert latest_review_times(s, [first, second]) == {first: event.at}


def test_rename_keeps_the_old_name_as_an_alias(db: Engine) -> None:
    with Session(db) as s:
        sid = _source_id(s, "A. Salem")
        renamed = rename_source(s, sid, "  Ahmad   Salim ")
        aliases = set(s.execute(select(AliasRow.alias).where(AliasRow.source_id == sid)).scalars())
        assert renamed.canonical == "Ahmad Salim"
        assert {"A. Salem", "Ahmad Salim"} <= aliases
        assert count_claims(s, ClaimFilter(source_names=("A. Salem",))) == 2


def test_rename_onto_another_sources_name_asks_for_a_merge(db: Engine) -> None:
    with Session(db) as s:
        sid = _source_id(s, "A. Salem")
        with pytest.raises(StorageError, match="merge them instead"):
            rename_source(s, sid, "Ahmed Salem")
        assert s.get(SourceRow, sid).canonical == "A. Salem"  # type: ignore[union-attr]


def test_retype_updates_the_source_and_its_claims(db: Engine) -> None:
    with Session(db) as s:
        sid = _source_id(s, "A. Salem")
        retype_source(s, sid, "person")
        assert count_claims(s, ClaimFilter(sources=(sid,), source_types=("person",))) == 2
        with pytest.raises(ValueError, match="unknown source type"):
            retype_source(s, sid, "wizard")


def _links(session: Session, source_id: int) -> list[tuple[int, str]]:
    stmt = select(AttributionSourceRow.attribution_id, AttributionSourceRow.role).where(
        AttributionSourceRow.source_id == source_id
    )
    return sorted((a, r) for a, r in session.execute(stmt))


def test_merge_moves_claims_links_and_aliases_and_loses_nothing(db: Engine) -> None:
    with Session(db) as s:
        keep, drop = _source_id(s, "Ahmed Salem"), _source_id(s, "A. Salem")
        before_links = _links(s, keep) + _links(s, drop)
        total_claims = count_claims(s, ClaimFilter())
        result = merge_sources(s, keep, drop)
        assert (result.speakers_moved, result.links_moved) == (2, 2)  # two claims, each a speaker link
        assert s.get(SourceRow, drop) is None
        assert count_claims(s, ClaimFilter(sources=(keep,))) == 3
        assert count_claims(s, ClaimFilter()) == total_claims
        assert sorted(_links(s, keep)) == sorted(before_links)
        aliases = set(s.execute(select(AliasRow.alias).where(AliasRow.source_id == keep)).scalars())
        assert {"Ahmed Salem", "A. Salem", "Salem"} <= aliases
        assert s.execute(select(func.count()).select_from(AliasRow).where(AliasRow.source_id == drop)).scalar() == 0
        summary = next(x for x in list_sources(s) if x.id == keep)
        assert summary.n_speaker == 3


def test_merge_keeps_one_link_when_both_sources_were_on_the_same_claim(db: Engine) -> None:
    with Session(db) as s:
        reuters, salem = _source_id(s, "Reuters"), _source_id(s, "A. Salem")
        shared_claim = _claim_ids(s)[1]  # A. Salem speaks, Reuters is the conduit
        merge_sources(s, salem, reuters)
        assert (shared_claim, "conduit") in _links(s, salem)
        assert (shared_claim, "speaker") in _links(s, salem)


def test_merging_two_conduits_of_one_claim_leaves_one_link(db: Engine) -> None:
    with Session(db) as s:
        reuters, afp = _source_id(s, "Reuters"), _source_id(s, "AFP")
        claim = _claim_ids(s)[1]
        merge_sources(s, reuters, afp)
        assert _links(s, reuters) == [(claim, "conduit")]
        assert list_claims(s, ClaimFilter(conduits=(reuters,)))[0].conduits == ("Reuters",)


def test_a_failed_merge_changes_nothing(db: Engine) -> None:
    with Session(db) as s:
        keep = _source_id(s, "Ahmed Salem")
        with pytest.raises(StorageError, match="no source with id 4242"):
            merge_sources(s, keep, 4242)
        with pytest.raises(ValueError, match="into itself"):
            merge_sources(s, keep, keep)
        assert count_claims(s, ClaimFilter(sources=(keep,))) == 1
