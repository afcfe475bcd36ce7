"""The query layer: every filter, pagination, source lists and overview figures, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from attribution.model import Article, ParseResult
from attribution.storage import queries
from attribution.storage.queries import ClaimFilter
from attribution.storage.store import store_article
from attribution.storage.tables import ReviewEventRow


def contents(engine: Engine, f: ClaimFilter, **page: int) -> list[str]:
    with Session(engine) as s:
        return [r.content_text for r in queries.list_claims(s, f, **page)]


def test_no_filter_lists_every_claim_in_article_order(engine: Engine, corpus: Any) -> None:
    assert contents(engine, ClaimFilter()) == [
        'إن "المحادثات مستمرة"',
        "أن القوات ستبقى في البلاد",
        '"We will not leave,"',
        "that the talks would resume soon",
    ]


@pytest.mark.parametrize(
    ("claim_filter", "expected"),
    [
        (ClaimFilter(kinds=("direct",)), ['"We will not leave,"']),
        (ClaimFilter(kinds=("direct", "mixed")), ['إن "المحادثات مستمرة"', '"We will not leave,"']),
        (ClaimFilter(anonymous=True), ["أن القوات ستبقى في البلاد", "that the talks would resume soon"]),
        (ClaimFilter(anonymous=False, langs=("en",)), ['"We will not leave,"']),
        (ClaimFilter(langs=("ar",), kinds=("direct",)), []),
        (ClaimFilter(outlets=("Daily Test",), anonymous=True), ["that the talks would resume soon"]),
        (ClaimFilter(source_types=("official",)), ['إن "المحادثات مستمرة"', '"We will not leave,"']),
        (ClaimFilter(date_from=date(2024, 1, 6)), ['"We will not leave,"', "that the talks would resume soon"]),
        (ClaimFilter(date_to=date(2024, 1, 5)), ['إن "المحادثات مستمرة"', "أن القوات ستبقى في البلاد"]),
        (ClaimFilter(date_from=date(2024, 1, 7)), []),
        (ClaimFilter(source_names=("Fuad Hussein",)), ['إن "المحادثات مستمرة"', '"We will not leave,"']),
        (ClaimFilter(source_names=("فؤاد حسين",)), ['إن "المحادثات مستمرة"', '"We will not leave,"']),
        (ClaimFilter(source_names=("Reuters",)), ["أن القوات ستبقى في البلاد", "that the talks would resume soon"]),
        (ClaimFilter(source_names=("رويترز",)), ["أن القوات ستبقى في البلاد", "that the talks would resume soon"]),
        (ClaimFilter(source_names=("Nobody Known",)), []),
        (ClaimFilter(text="المحادثات"), ['إن "المحادثات مستمرة"']),
        (ClaimFilter(text="ستبقي"), ["أن القوات ستبقى في البلاد"]),  # ى and ي fold together
        (ClaimFilter(text="TALKS would"), ["that the talks would resume soon"]),
        (ClaimFilter(text="100%"), []),
        (ClaimFilter(review_statuses=("unreviewed",), kinds=("direct",)), ['"We will not leave,"']),
        (ClaimFilter(review_statuses=("verified",)), []),
    ],
)
def test_each_filter_is_applied(engine: Engine, corpus: Any, claim_filter: ClaimFilter, expected: list[str]) -> None:
    assert contents(engine, claim_filter) == expected
    with Session(engine) as s:
        assert queries.count_claims(s, claim_filter) == len(expected)


def test_article_filter_keeps_one_article(engine: Engine, corpus: Any) -> None:
    assert len(contents(engine, ClaimFilter(article_id=corpus.en_id))) == 2


def test_source_and_conduit_ids_filter(engine: Engine, corpus: Any) -> None:
    with Session(engine) as s:
        [reuters] = queries.resolve_source_ids(s, ["Reuters"])
        [hussein] = queries.resolve_source_ids(s, ["Fuad Hussein"])
    assert contents(engine, ClaimFilter(conduits=(reuters,), langs=("en",))) == ["that the talks would resume soon"]
    assert contents(engine, ClaimFilter(sources=(hussein,), kinds=("direct",))) == ['"We will not leave,"']
    assert len(contents(engine, ClaimFilter(sources=(hussein, reuters)))) == 4


def test_latest_review_event_is_the_current_status(engine: Engine, corpus: Any) -> None:
    with Session(engine) as s:
        first = queries.list_claims(s, ClaimFilter(), limit=1)[0]
        for status in ("disputed", "verified"):
            at = datetime.now(UTC)
            s.add(
                ReviewEventRow(
                    attribution_id=first.id,
                    reviewer="mona",
                    from_status="x",
                    to_status=status,
                    note=f"now {status}",
                    at=at,
                )
            )
            s.commit()
        [row] = queries.list_claims(s, ClaimFilter(review_statuses=("verified",)))
        assert queries.count_claims(s, ClaimFilter(review_statuses=("disputed",))) == 0
        assert queries.count_claims(s, ClaimFilter(review_statuses=("unreviewed",))) == 3
    assert (row.id, row.review_status, row.review_note, row.reviewer) == (first.id, "verified", "now verified", "mona")


def test_pages_do_not_overlap_and_cover_everything(engine: Engine, corpus: Any) -> None:
    pages = [contents(engine, ClaimFilter(), limit=3, offset=o) for o in (0, 3, 6)]
    assert [len(p) for p in pages] == [3, 1, 0]
    assert pages[0] + pages[1] == contents(engine, ClaimFilter())


def test_claim_rows_carry_article_and_speaker(engine: Engine, corpus: Any) -> None:
    with Session(engine) as s:
        [row] = queries.list_claims(s, ClaimFilter(kinds=("direct",)))
    assert (row.speaker, row.speaker_type, row.article_lang, row.article_outlet) == (
        "Fuad Hussein",
        "official",
        "en",
        "Daily Test",
    )
    assert (row.article_external_id, row.article_title, row.cue_text) == ("en-1", "Talks", "said")
    assert row.article_published == datetime(2024, 1, 6, 10, 30, tzinfo=UTC)
    assert row.review_status == "unreviewed"


def test_list_sources_counts_speaker_and_conduit_roles(engine: Engine, corpus: Any) -> None:
    with Session(engine) as s:
        used = {x.canonical: x for x in queries.list_sources(s, used_only=True)}
        everything = queries.list_sources(s)
    assert (used["Fuad Hussein"].n_speaker, used["Fuad Hussein"].n_conduit) == (2, 0)
    assert (used["Reuters"].n_speaker, used["Reuters"].n_conduit) == (0, 2)
    assert "وزير الخارجية فؤاد حسين" in used["Fuad Hussein"].aliases
    assert len(everything) >= len(used)
    assert all(x.n_speaker + x.n_conduit > 0 for x in used.values())


def test_list_sources_searches_names_and_aliases(engine: Engine, corpus: Any) -> None:
    with Session(engine) as s:
        by_arabic = [x.canonical for x in queries.list_sources(s, search="فؤاد")]
        limited = queries.list_sources(s, limit=1)
    assert by_arabic == ["Fuad Hussein"]
    assert len(limited) == 1


def test_overview_figures(engine: Engine, corpus: Any) -> None:
    with Session(engine) as s:
        o = queries.overview(s)
    assert (o.articles, o.attributions, o.named, o.anonymous) == (2, 4, 2, 2)
    assert o.by_kind == {"mixed": 1, "indirect": 2, "direct": 1}
    assert o.top_sources[0] == ("Fuad Hussein", 2)
    assert o.by_source_type == {"official": 2, "anonymous": 2}
    assert {(x.outlet, x.claims, x.anonymous, x.share) for x in o.by_outlet} == {
        ("Al-Test", 2, 1, 0.5),
        ("Daily Test", 2, 1, 0.5),
    }
    assert o.by_day == ((date(2024, 1, 5), 2), (date(2024, 1, 6), 2))
    assert o.sources == 3


def test_overview_follows_the_filter(engine: Engine, corpus: Any) -> None:
    with Session(engine) as s:
        o = queries.overview(s, ClaimFilter(langs=("ar",), anonymous=True))
    assert (o.articles, o.attributions, o.anonymous, o.named) == (1, 1, 1, 0)
    assert o.by_day == ((date(2024, 1, 5), 1),)


def test_articles_without_claims_count_in_the_overview(engine: Engine, corpus: Any) -> None:
    text = "A quiet day with nothing said."
    store_article(engine, Article(text=text, lang="en", id="quiet"), ParseResult(text, "en", ()))
    with Session(engine) as s:
        assert queries.overview(s).articles == 3
        assert queries.overview(s, ClaimFilter(langs=("en",))).articles == 2
        articles = queries.list_articles(s)
    assert [a.external_id for a in articles] == ["en-1", "ar-1", "quiet"]
    assert [a.claims for a in articles] == [2, 2, 0]


def test_get_article_returns_the_stored_text(engine: Engine, corpus: Any, samples: Any) -> None:
    with Session(engine) as s:
        article = queries.get_article(s, corpus.ar_id)
        missing = queries.get_article(s, 10_000)
    assert article is not None and article.text == samples.ar_text
    assert missing is None


def test_like_wildcards_in_search_text_are_literal() -> None:
    assert queries.like_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"


def test_data_version_changes_on_ingest_and_review_and_not_on_reads(engine: Engine, samples: Any) -> None:
    from attribution.storage.review import record_review

    with Session(engine) as s:
        empty = queries.data_version(s)
        assert queries.data_version(s) == empty
    store_article(engine, samples.ar_article, samples.ar_result())
    with Session(engine) as s:
        stored = queries.data_version(s)
        claim = queries.list_claims(s, queries.ClaimFilter(), limit=1)[0]
        record_review(s, claim.id, to_status="verified", reviewer="amal")
        reviewed = queries.data_version(s)
    assert len({empty, stored, reviewed}) == 3


def test_sources_are_counted_and_listed_by_search_and_by_id(engine: Engine, corpus: Any) -> None:
    with Session(engine) as s:
        found = queries.list_sources(s, search="رويترز")
        assert [src.canonical for src in found] == ["Reuters"]
        assert queries.count_sources(s, "رويترز") == 1
        assert queries.count_sources(s) == queries.count_sources(s, " ") == len(queries.list_sources(s))
        by_id = queries.list_sources(s, ids=[found[0].id])
        assert by_id == found


def test_article_pages_are_newest_first_with_claim_counts(engine: Engine, corpus: Any) -> None:
    with Session(engine) as s:
        first, second = queries.list_articles(s, limit=1), queries.list_articles(s, limit=1, offset=1)
    assert [(a.id, a.claims) for a in first + second] == [(corpus.en_id, 2), (corpus.ar_id, 2)]
