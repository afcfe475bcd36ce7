"""The read side: the only code that builds SQL for claims, sources, articles and overview aggregates.

The CLI and the dashboard call these functions and never write SQL themselves. Every filter of
`ClaimFilter` becomes a WHERE clause, every count a GROUP BY, and every list is paginated, so nothing
loads a whole table into Python.

A claim's current review status is its latest `ReviewEventRow` (highest id), else ``"unreviewed"``.

Article-level filters (language, outlet, publication day) read the copies each claim row carries, so
counting claims never joins the articles. Counts whose filter only names tallied dimensions (language,
outlet, day, kind, anonymity; see `attribution.storage.tallies`) are summed from the tally tables, which
hold a few thousand rows where the claims hold millions; any other filter counts the claims themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    FromClause,
    Select,
    and_,
    case,
    distinct,
    false,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from attribution.storage.tables import (
    AliasRow,
    ArticleRow,
    ArticleTallyRow,
    AttributionRow,
    AttributionSourceRow,
    ClaimTallyRow,
    ReviewEventRow,
    SourceRow,
    SourceTallyRow,
    SpeakerTallyRow,
)
from attribution.textnorm import normalize_key

UNREVIEWED = "unreviewed"
LIKE_ESCAPE = "\\"

A = AttributionRow.__table__.c  # type: ignore[attr-defined]
ART = ArticleRow.__table__.c  # type: ignore[attr-defined]
SRC = SourceRow.__table__.c  # type: ignore[attr-defined]
ALIAS = AliasRow.__table__.c  # type: ignore[attr-defined]
LINK = AttributionSourceRow.__table__.c  # type: ignore[attr-defined]
EVENT = ReviewEventRow.__table__.c  # type: ignore[attr-defined]
CLAIM_TALLY = ClaimTallyRow.__table__  # type: ignore[attr-defined]
ARTICLE_TALLY = ArticleTallyRow.__table__  # type: ignore[attr-defined]
SPEAKER_TALLY = SpeakerTallyRow.__table__  # type: ignore[attr-defined]
SOURCE_TALLY = SourceTallyRow.__table__  # type: ignore[attr-defined]
NO_SPEAKER = 0  # as in attribution.storage.tallies


@dataclass(frozen=True)
class ClaimFilter:
    """What to show. Empty tuples and None mean "no restriction"; all given parts must hold (AND)."""

    sources: tuple[int, ...] = ()  # source ids: claims whose speaker OR a conduit is one of them
    source_names: tuple[str, ...] = ()  # names/aliases in any language, resolved via normalized keys
    source_types: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    anonymous: bool | None = None
    conduits: tuple[int, ...] = ()
    langs: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    article_id: int | None = None
    date_from: date | None = None  # article publication date, inclusive
    date_to: date | None = None  # inclusive
    review_statuses: tuple[str, ...] = ()
    text: str = ""  # free text, matched against the normalized claim content


@dataclass(frozen=True)
class ClaimRow:
    """One claim with everything a table, a report or an export needs."""

    id: int
    article_id: int
    seq: int
    kind: str
    content_text: str
    content_start: int
    content_end: int
    cue_text: str
    cue_start: int | None
    cue_end: int | None
    source_text: str
    source_start: int | None
    source_end: int | None
    speaker_id: int | None
    speaker: str
    speaker_type: str
    anonymous: bool
    conduits: tuple[str, ...]
    article_title: str | None
    article_url: str | None
    article_outlet: str | None
    article_published: datetime | None
    article_lang: str
    article_external_id: str
    review_status: str
    review_note: str
    reviewer: str


@dataclass(frozen=True)
class SourceSummary:
    id: int
    canonical: str
    type: str
    anonymous: bool
    aliases: tuple[str, ...]
    n_speaker: int
    n_conduit: int


@dataclass(frozen=True)
class OutletAnonymity:
    outlet: str
    claims: int
    anonymous: int

    @property
    def share(self) -> float:
        return self.anonymous / self.claims if self.claims else 0.0


@dataclass(frozen=True)
class Overview:
    articles: int
    attributions: int
    by_kind: dict[str, int]
    named: int
    anonymous: int
    sources: int
    top_sources: tuple[tuple[str, int], ...] = ()
    by_source_type: dict[str, int] = field(default_factory=dict)
    by_outlet: tuple[OutletAnonymity, ...] = ()
    by_day: tuple[tuple[date, int], ...] = ()


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    external_id: str
    title: str | None
    outlet: str | None
    published: datetime | None
    lang: str
    claims: int


# ---------------------------------------------------------------- building blocks


LATEST = ReviewEventRow.__table__.alias("latest")  # type: ignore[attr-defined]
SPEAKER = func.coalesce(SRC.canonical, A.source_canonical)
SPEAKER_TYPE = func.coalesce(SRC.type, A.source_type)


def _latest_event_id() -> Any:
    """The id of the claim's latest review event (correlated: one index lookup per claim shown)."""
    return select(func.max(LATEST.c.id)).where(LATEST.c.attribution_id == A.id).scalar_subquery()


STATUS = func.coalesce(EVENT.to_status, UNREVIEWED)


def _claims_from() -> FromClause:
    """attribution ⋈ article ⟕ speaker source ⟕ latest review event — one row per claim, for pages of claims."""
    return (
        AttributionRow.__table__.join(ArticleRow.__table__, ART.id == A.article_id)  # type: ignore[attr-defined]
        .outerjoin(SourceRow.__table__, SRC.id == A.speaker_id)  # type: ignore[attr-defined]
        .outerjoin(ReviewEventRow.__table__, EVENT.id == _latest_event_id())  # type: ignore[attr-defined]
    )


def _filter_from(f: ClaimFilter, *, article: bool = False, source: bool = False) -> FromClause:
    """Only the joins a filter (or a grouping) needs: counting claims by kind never touches articles."""
    joined: FromClause = AttributionRow.__table__  # type: ignore[attr-defined]
    if article:
        joined = joined.join(ArticleRow.__table__, ART.id == A.article_id)  # type: ignore[attr-defined]
    if source or f.source_types:
        joined = joined.outerjoin(SourceRow.__table__, SRC.id == A.speaker_id)  # type: ignore[attr-defined]
    return joined


def _status_in(statuses: Sequence[str]) -> ColumnElement[bool]:
    """Claims whose latest review event moved them to one of `statuses` (never reviewed counts as unreviewed).

    The latest events are found once over the review table (small next to the claims), not per claim.
    """
    latest_ids = select(func.max(LATEST.c.id)).group_by(LATEST.c.attribution_id)
    with_status = select(LATEST.c.attribution_id).where(LATEST.c.id.in_(latest_ids), LATEST.c.to_status.in_(statuses))
    conds = [A.id.in_(with_status)]
    if UNREVIEWED in statuses:
        conds.append(~select(LATEST.c.id).where(LATEST.c.attribution_id == A.id).exists())
    return or_(*conds)


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE wildcards in `text` escaped."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", r"\%").replace("_", r"\_")
    return f"%{escaped}%"


def _contains_words(column: Any, key: str) -> ColumnElement[bool]:
    """`column` holds `key` as whole words: "فؤاد حسين" is in "وزير خارجيه فؤاد حسين"."""
    return (literal(" ") + column + literal(" ")).like(like_pattern(f" {key} "), escape=LIKE_ESCAPE)


def _ids_named(names: Sequence[str]) -> CompoundSelect[Any]:
    """Ids of sources whose canonical key or an alias key contains a name's key as whole words."""
    keys = [k for k in (normalize_key(n) for n in names) if k]
    by_source = or_(false(), *(_contains_words(SRC.key, k) for k in keys))
    by_alias = or_(false(), *(_contains_words(ALIAS.key, k) for k in keys))
    return select(SRC.id).where(by_source).union(select(ALIAS.source_id).where(by_alias))


CLAIM2 = AttributionRow.__table__.alias("by_speaker")  # type: ignore[attr-defined]


def _spoken_or_relayed_by(source_ids: Any, anonymous: bool | None = None) -> ColumnElement[bool]:
    """Claims whose speaker or a linked source is one of `source_ids`: one set of ids from two index
    lookups (an OR of the two would scan every claim). With `anonymous`, only claims of that anonymity,
    which the links carry: the index range of the wanted ones, not every claim of the source tested."""
    by_speaker = select(CLAIM2.c.id).where(CLAIM2.c.speaker_id.in_(source_ids))
    by_link = select(LINK.attribution_id).where(LINK.source_id.in_(source_ids))
    if anonymous is not None:
        by_speaker = by_speaker.where(CLAIM2.c.anonymous == anonymous)
        by_link = by_link.where(LINK.anonymous == anonymous)
    return A.id.in_(by_speaker.union(by_link))


def _linked_to(source_ids: Any, role: str | None = None) -> ColumnElement[bool]:
    links = select(LINK.attribution_id).where(LINK.source_id.in_(source_ids))
    if role:
        links = links.where(LINK.role == role)
    return A.id.in_(links)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _article_conditions(f: ClaimFilter) -> list[ColumnElement[bool]]:
    """On the claim rows' copies of their article's columns."""
    conds = _dimension_conditions(A, f)
    if f.article_id is not None:
        conds.append(A.article_id == f.article_id)
    return conds


def _dimension_conditions(c: Any, f: ClaimFilter) -> list[ColumnElement[bool]]:
    """`f`'s language, outlet, day, kind and anonymity conditions on columns `c` (claims or a tally);
    a filter on a dimension `c` lacks raises KeyError, so a tally never silently ignores one."""
    conds: list[ColumnElement[bool]] = []
    if f.langs:
        conds.append(c["lang"].in_(f.langs))
    if f.outlets:
        conds.append(c["outlet"].in_(f.outlets))
    if f.date_from is not None:
        conds.append(c["day"] >= f.date_from.isoformat())
    if f.date_to is not None:
        conds.append(and_(c["day"] <= f.date_to.isoformat(), c["day"] != ""))
    if f.kinds and c is not A:
        conds.append(c["kind"].in_(f.kinds))
    if f.anonymous is not None and c is not A:
        conds.append(c["anonymous"] == f.anonymous)
    return conds


def _article_row_conditions(f: ClaimFilter) -> list[ColumnElement[bool]]:
    """The same article-level filters on the article table itself."""
    conds: list[ColumnElement[bool]] = []
    if f.langs:
        conds.append(ART.lang.in_(f.langs))
    if f.outlets:
        conds.append(ART.outlet.in_(f.outlets))
    if f.article_id is not None:
        conds.append(ART.id == f.article_id)
    if f.date_from is not None:
        conds.append(ART.published >= _day_start(f.date_from))
    if f.date_to is not None:
        conds.append(ART.published < _day_start(f.date_to + timedelta(days=1)))
    return conds


def _claim_conditions(f: ClaimFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.sources:
        conds.append(_spoken_or_relayed_by(f.sources, f.anonymous))
    if f.source_names:
        conds.append(_spoken_or_relayed_by(_ids_named(f.source_names), f.anonymous))
    if f.source_types:
        conds.append(SPEAKER_TYPE.in_(f.source_types))
    if f.kinds:
        conds.append(A.kind.in_(f.kinds))
    if f.anonymous is not None:
        conds.append(A.anonymous == f.anonymous)
    if f.conduits:
        conds.append(_linked_to(f.conduits, "conduit"))
    if f.review_statuses:
        conds.append(_status_in(f.review_statuses))
    if f.text.strip() and (key := normalize_key(f.text)):
        conds.append(A.content_key.like(like_pattern(key), escape=LIKE_ESCAPE))
    return conds


def _conditions(f: ClaimFilter) -> ColumnElement[bool]:
    return and_(true(), *_article_conditions(f), *_claim_conditions(f))


def _filtered(stmt: Select[Any], f: ClaimFilter, *, article: bool = False, source: bool = False) -> Select[Any]:
    return stmt.select_from(_filter_from(f, article=article, source=source)).where(_conditions(f))


# ---------------------------------------------------------------- claims

_CLAIM_COLUMNS = (
    A.id,
    A.article_id,
    A.seq,
    A.kind,
    A.content_text,
    A.content_start,
    A.content_end,
    A.cue_text,
    A.cue_start,
    A.cue_end,
    A.source_text,
    A.source_start,
    A.source_end,
    A.speaker_id,
    SPEAKER.label("speaker"),
    SPEAKER_TYPE.label("speaker_type"),
    A.anonymous,
    ART.title,
    ART.url,
    ART.outlet,
    ART.published,
    ART.lang,
    ART.external_id,
    STATUS.label("review_status"),
    EVENT.note,
    EVENT.reviewer,
)


def _conduits_of(session: Session, claim_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    if not claim_ids:
        return {}
    stmt = (
        select(LINK.attribution_id, SRC.canonical)
        .join(SourceRow.__table__, SRC.id == LINK.source_id)  # type: ignore[attr-defined]
        .where(LINK.role == "conduit", LINK.attribution_id.in_(claim_ids))
        .order_by(LINK.attribution_id, SRC.canonical)
    )
    found: dict[int, list[str]] = defaultdict(list)
    for claim_id, name in session.execute(stmt):
        found[claim_id].append(name)
    return {k: tuple(v) for k, v in found.items()}


def _claim_row(r: Any, conduits: tuple[str, ...]) -> ClaimRow:
    return ClaimRow(
        id=r.id,
        article_id=r.article_id,
        seq=r.seq,
        kind=r.kind,
        content_text=r.content_text,
        content_start=r.content_start,
        content_end=r.content_end,
        cue_text=r.cue_text,
        cue_start=r.cue_start,
        cue_end=r.cue_end,
        source_text=r.source_text,
        source_start=r.source_start,
        source_end=r.source_end,
        speaker_id=r.speaker_id,
        speaker=r.speaker or "",
        speaker_type=r.speaker_type or "other",
        anonymous=bool(r.anonymous),
        conduits=conduits,
        article_title=r.title,
        article_url=r.url,
        article_outlet=r.outlet,
        article_published=r.published,
        article_lang=r.lang,
        article_external_id=r.external_id,
        review_status=r.review_status,
        review_note=r.note or "",
        reviewer=r.reviewer or "",
    )


def list_claims(session: Session, f: ClaimFilter, *, limit: int = 50, offset: int = 0) -> list[ClaimRow]:
    """One page of the claims matching `f`, ordered by article then position in the article."""
    stmt = select(*_CLAIM_COLUMNS).select_from(_claims_from()).where(_conditions(f))
    stmt = stmt.order_by(A.article_id, A.seq).limit(limit).offset(offset)
    rows = session.execute(stmt).all()
    conduits = _conduits_of(session, [r.id for r in rows])
    return [_claim_row(r, conduits.get(r.id, ())) for r in rows]


def count_claims(session: Session, f: ClaimFilter) -> int:
    if _claim_tally_serves(f):
        stmt = select(func.coalesce(func.sum(CLAIM_TALLY.c.n), 0)).where(*_dimension_conditions(CLAIM_TALLY.c, f))
        return int(session.execute(stmt).scalar_one())
    return int(session.execute(_filtered(select(func.count(A.id)), f)).scalar_one())


def get_claim(session: Session, claim_id: int) -> ClaimRow | None:
    stmt = select(*_CLAIM_COLUMNS).select_from(_claims_from()).where(A.id == claim_id)
    row = session.execute(stmt).first()
    return None if row is None else _claim_row(row, _conduits_of(session, [claim_id]).get(claim_id, ()))


# ---------------------------------------------------------------- sources


def _link_counts() -> Any:
    t = SOURCE_TALLY.c
    return (
        select(
            t.source_id,
            func.sum(case((t.role == "speaker", t.n), else_=0)).label("n_speaker"),
            func.sum(case((t.role == "conduit", t.n), else_=0)).label("n_conduit"),
        )
        .group_by(t.source_id)
        .subquery("link_counts")
    )


def _aliases_of(session: Session, source_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    if not source_ids:
        return {}
    stmt = select(ALIAS.source_id, ALIAS.alias).where(ALIAS.source_id.in_(source_ids)).order_by(ALIAS.id)
    found: dict[int, list[str]] = defaultdict(list)
    for source_id, alias in session.execute(stmt):
        found[source_id].append(alias)
    return {k: tuple(v) for k, v in found.items()}


def _source_search(search: str) -> ColumnElement[bool]:
    pattern = like_pattern(normalize_key(search))
    aliases = select(ALIAS.source_id).where(ALIAS.key.like(pattern, escape=LIKE_ESCAPE))
    return or_(SRC.key.like(pattern, escape=LIKE_ESCAPE), SRC.id.in_(aliases))


def list_sources(
    session: Session,
    *,
    search: str = "",
    limit: int | None = None,
    offset: int = 0,
    used_only: bool = False,
    ids: Sequence[int] | None = None,
) -> list[SourceSummary]:
    """Sources with their aliases and claim counts (as speaker, as conduit), most used first.

    `search` matches the normalized canonical name or any alias; `used_only` drops sources with no claim;
    `ids` keeps only those sources.
    """
    counts = _link_counts()
    n_speaker = func.coalesce(counts.c.n_speaker, 0)
    n_conduit = func.coalesce(counts.c.n_conduit, 0)
    stmt = (
        select(
            SRC.id,
            SRC.canonical,
            SRC.type,
            SRC.anonymous,
            n_speaker.label("n_speaker"),
            n_conduit.label("n_conduit"),
        )
        .select_from(SourceRow.__table__.outerjoin(counts, counts.c.source_id == SRC.id))  # type: ignore[attr-defined]
        .order_by((n_speaker + n_conduit).desc(), SRC.canonical, SRC.id)
        .limit(limit)
        .offset(offset)
    )
    if search.strip() and normalize_key(search):
        stmt = stmt.where(_source_search(search))
    if used_only:
        stmt = stmt.where(n_speaker + n_conduit > 0)
    if ids is not None:
        stmt = stmt.where(SRC.id.in_(list(ids)))
    rows = session.execute(stmt).all()
    aliases = _aliases_of(session, [r.id for r in rows])
    return [
        SourceSummary(
            r.id,
            r.canonical,
            r.type,
            bool(r.anonymous),
            aliases.get(r.id, ()),
            int(r.n_speaker),
            int(r.n_conduit),
        )
        for r in rows
    ]


def resolve_source_ids(session: Session, names: Sequence[str]) -> list[int]:
    """Ids of the sources any of `names` (canonical or alias, any language, whole words) refers to."""
    return sorted(session.execute(_ids_named(names)).scalars())


# ---------------------------------------------------------------- overview


def _grouped(session: Session, f: ClaimFilter, key: Any) -> list[tuple[Any, int]]:
    n = func.count(A.id)
    stmt = _filtered(select(key, n), f).group_by(key).order_by(n.desc(), key)
    return [(k, int(c)) for k, c in session.execute(stmt)]


def _has_claim_conditions(f: ClaimFilter) -> bool:
    return bool(_claim_conditions(f))


def _count_articles(session: Session, f: ClaimFilter, tallied: bool = True) -> int:
    """Articles matching the article-level filters; with claim-level filters, those with a matching claim."""
    if _has_claim_conditions(f):
        return int(session.execute(_filtered(select(func.count(distinct(A.article_id))), f)).scalar_one())
    if tallied and f.article_id is None:
        n = func.coalesce(func.sum(ARTICLE_TALLY.c.n), 0)
        return int(session.execute(select(n).where(*_dimension_conditions(ARTICLE_TALLY.c, f))).scalar_one())
    stmt = select(func.count(ART.id)).where(and_(true(), *_article_row_conditions(f)))
    return int(session.execute(stmt).scalar_one())


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _per_article(f: ClaimFilter) -> Any:
    """Matching claims counted per article first (an index scan), so articles are joined once each."""
    anonymous = func.sum(case((A.anonymous.is_(True), 1), else_=0))
    stmt = _filtered(select(A.article_id, func.count(A.id).label("n"), anonymous.label("anon")), f)
    return stmt.group_by(A.article_id).subquery("per_article")


def _by_article_column(session: Session, f: ClaimFilter, column: Any, *extra: ColumnElement[bool]) -> list[Any]:
    per = _per_article(f)
    n, anon = func.sum(per.c.n), func.sum(per.c.anon)
    stmt = (
        select(column, n, anon)
        .select_from(per.join(ArticleRow.__table__, ART.id == per.c.article_id))  # type: ignore[attr-defined]
        .where(*extra)
        .group_by(column)
    )
    return list(session.execute(stmt))


def _by_outlet(session: Session, f: ClaimFilter) -> tuple[OutletAnonymity, ...]:
    rows = _by_article_column(session, f, ART.outlet)
    ordered = sorted(rows, key=lambda r: (-int(r[1]), r[0] or ""))
    return tuple(OutletAnonymity(o or "", int(c), int(a or 0)) for o, c, a in ordered)


def _by_day(session: Session, f: ClaimFilter) -> tuple[tuple[date, int], ...]:
    rows = _by_article_column(session, f, func.date(ART.published), ART.published.is_not(None))
    return tuple(sorted((_as_date(d), int(c)) for d, c, _ in rows))


def _top_sources(session: Session, f: ClaimFilter, top: int) -> tuple[tuple[str, int], ...]:
    n = func.count(A.id).label("n")
    counted = (
        _filtered(select(A.speaker_id, n), f)
        .where(A.speaker_id.is_not(None))
        .group_by(A.speaker_id)
        .order_by(n.desc())
        .limit(top * 4 + 10)  # ties are broken by name below, so keep more than the top few
        .subquery("counted")
    )
    stmt = select(SRC.canonical, counted.c.n).join(counted, counted.c.speaker_id == SRC.id)
    rows = sorted(session.execute(stmt), key=lambda r: (-int(r[1]), r[0]))
    return tuple((name, int(c)) for name, c in rows[:top])


def _by_source_type(session: Session, f: ClaimFilter) -> dict[str, int]:
    """Speaker types: claims counted per (speaker, type as parsed) first, then the source's type wins."""
    pairs = _filtered(select(A.speaker_id, A.source_type, func.count(A.id).label("n")), f)
    pairs_q = pairs.group_by(A.speaker_id, A.source_type).subquery("pairs")
    kind = func.coalesce(SRC.type, pairs_q.c.source_type)
    stmt = (
        select(kind, func.sum(pairs_q.c.n))
        .select_from(pairs_q.outerjoin(SourceRow.__table__, SRC.id == pairs_q.c.speaker_id))  # type: ignore[attr-defined]
        .group_by(kind)
    )
    rows = sorted(session.execute(stmt), key=lambda r: (-int(r[1]), r[0]))
    return {k: int(c) for k, c in rows}


def overview(session: Session, f: ClaimFilter = ClaimFilter(), *, top: int = 10, tallied: bool = True) -> Overview:
    """Counts for a dashboard's first page, aggregated in SQL over the claims matching `f`: from the
    tallies when `f` only names tallied dimensions (`tallied=False` always counts the claims)."""
    claims = _claim_counts_tallied(session, f) if tallied and _claim_tally_serves(f) else _claim_counts(session, f)
    speakers = (
        _speaker_counts_tallied(session, f, top) if tallied and _speaker_tally_serves(f)
        else _speaker_counts(session, f, top)
    )  # fmt: skip
    return Overview(articles=_count_articles(session, f, tallied), **claims, **speakers)


def _claim_counts(session: Session, f: ClaimFilter) -> dict[str, Any]:
    anon = dict(_grouped(session, f, A.anonymous))
    return {
        "attributions": sum(anon.values()),
        "by_kind": dict(_grouped(session, f, A.kind)),
        "named": sum(c for k, c in anon.items() if not k),
        "anonymous": sum(c for k, c in anon.items() if k),
        "by_outlet": _by_outlet(session, f),
        "by_day": _by_day(session, f),
    }


def _speaker_counts(session: Session, f: ClaimFilter, top: int) -> dict[str, Any]:
    speakers = _filtered(select(func.count(distinct(A.speaker_id))), f)
    return {
        "sources": int(session.execute(speakers).scalar_one()),
        "top_sources": _top_sources(session, f, top),
        "by_source_type": _by_source_type(session, f),
    }


# ---------------------------------------------------------------- overview from the tallies

_UNTALLIED = ("sources", "source_names", "source_types", "conduits", "review_statuses")


def _claim_tally_serves(f: ClaimFilter) -> bool:
    """`f` restricts only language, outlet, day, kind and anonymity (the claim tally's dimensions)."""
    untallied = any(getattr(f, name) for name in _UNTALLIED) or f.article_id is not None
    return not untallied and not normalize_key(f.text)


def _speaker_tally_serves(f: ClaimFilter) -> bool:
    return _claim_tally_serves(f) and not f.outlets and f.date_from is None and f.date_to is None


def _tally_sums(session: Session, table: Any, f: ClaimFilter, *keys: Any) -> list[Any]:
    stmt = select(*keys, func.sum(table.c.n)).where(*_dimension_conditions(table.c, f)).group_by(*keys)
    return list(session.execute(stmt))


def _claim_counts_tallied(session: Session, f: ClaimFilter) -> dict[str, Any]:
    t = CLAIM_TALLY.c
    cells = _tally_sums(session, CLAIM_TALLY, f, t.kind, t.anonymous, t.outlet)
    by_kind: dict[str, int] = defaultdict(int)
    per_outlet: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, anonymous, outlet, n in cells:
        by_kind[kind] += int(n)
        per_outlet[outlet][0] += int(n)
        per_outlet[outlet][1] += int(n) if anonymous else 0
    outlets = sorted(per_outlet.items(), key=lambda kv: (-kv[1][0], kv[0]))
    days = _tally_sums(session, CLAIM_TALLY, f, t.day)
    anonymous = sum(a for _, a in per_outlet.values())
    return {
        "attributions": sum(by_kind.values()),
        "by_kind": dict(sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0]))),
        "named": sum(by_kind.values()) - anonymous,
        "anonymous": anonymous,
        "by_outlet": tuple(OutletAnonymity(o, c, a) for o, (c, a) in outlets),
        "by_day": tuple(sorted((date.fromisoformat(d), int(n)) for d, n in days if d)),
    }


def _speaker_counts_tallied(session: Session, f: ClaimFilter, top: int) -> dict[str, Any]:
    t = SPEAKER_TALLY.c
    cells = _tally_sums(session, SPEAKER_TALLY, f, t.speaker_id, t.source_type)
    per_speaker: dict[int, int] = defaultdict(int)
    for speaker, _, n in cells:
        per_speaker[int(speaker)] += int(n)
    per_speaker.pop(NO_SPEAKER, None)
    named: dict[int, str] = dict(
        session.execute(select(SRC.id, SRC.canonical).where(SRC.id.in_(list(per_speaker)))).all()
    )
    ranked = sorted(((named.get(sid, ""), n) for sid, n in per_speaker.items()), key=lambda r: (-r[1], r[0]))
    types: dict[int, str] = dict(session.execute(select(SRC.id, SRC.type).where(SRC.id.in_(list(per_speaker)))).all())
    by_type: dict[str, int] = defaultdict(int)
    for speaker, source_type, n in cells:
        by_type[types.get(int(speaker), source_type)] += int(n)
    return {
        "sources": len(per_speaker),
        "top_sources": tuple(ranked[:top]),
        "by_source_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


# ---------------------------------------------------------------- articles


def get_article(session: Session, article_id: int) -> ArticleRow | None:
    return session.get(ArticleRow, article_id)


def list_articles(
    session: Session, *, lang: str | None = None, outlet: str | None = None, limit: int = 50, offset: int = 0
) -> list[ArticleSummary]:
    """Articles, newest first (undated last), with their claim counts: the page first, then its counts."""
    stmt = (
        select(ART.id, ART.external_id, ART.title, ART.outlet, ART.published, ART.lang)
        .order_by(ART.published.desc().nulls_last(), ART.id.desc())
        .limit(limit)
        .offset(offset)
    )
    if lang:
        stmt = stmt.where(ART.lang == lang)
    if outlet:
        stmt = stmt.where(ART.outlet == outlet)
    rows = session.execute(stmt).all()
    counted = select(A.article_id, func.count(A.id)).where(A.article_id.in_([r.id for r in rows]))
    claims: dict[int, int] = dict(session.execute(counted.group_by(A.article_id)).all()) if rows else {}
    return [
        ArticleSummary(r.id, r.external_id, r.title, r.outlet, r.published, r.lang, int(claims.get(r.id, 0)))
        for r in rows
    ]


def data_version(session: Session) -> tuple[int, ...]:
    """A cheap fingerprint of the data (largest ids and the number of sources: index lookups only) that
    changes on every ingest, review, rename that adds an alias, and merge, whichever process wrote it;
    caches of aggregates key on it."""
    largest = [select(func.coalesce(func.max(c), 0)) for c in (ART.id, A.id, EVENT.id, ALIAS.id)]
    return (*(int(session.execute(q).scalar_one()) for q in largest), count_sources(session))


def count_sources(session: Session, search: str = "") -> int:
    """All sources, or those whose name or an alias matches `search` (as in `list_sources`)."""
    stmt = select(func.count(SRC.id))
    if search.strip() and normalize_key(search):
        stmt = stmt.where(_source_search(search))
    return int(session.execute(stmt).scalar_one())


def count_articles(session: Session) -> int:
    return int(session.execute(select(func.count(ART.id))).scalar_one())


def list_outlets(session: Session) -> list[str]:
    stmt = select(ART.outlet).distinct().where(ART.outlet.is_not(None)).order_by(ART.outlet)
    return [o for o in session.execute(stmt).scalars() if o]
