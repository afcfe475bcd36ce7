"""Tallies: the counts behind the overview and the source list, kept exact by every write.

The dashboard's aggregates would otherwise scan every claim (seconds at a million). Four small tables
(`tables.ClaimTallyRow`, `ArticleTallyRow`, `SpeakerTallyRow`, `SourceTallyRow`) hold the counts per
combination of the dimensions the dashboard filters and groups on; the read side (`queries`) sums them.

- Ingest: `Tally` collects the increments of one transaction's new articles, claims and links in Python;
  `apply` upserts them (``INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n``) as the transaction's
  last statements, keys sorted, so concurrent writers add up (row locks, no lost update) without
  deadlocking on each other and hold the hot rows only until their commit.
- Merge and retype (`attribution.storage.review`) move a source's counts with `move_speaker`,
  `retype_speaker` and `move_source_links`, in the same transaction as the rows they change.
- `rebuild` recomputes everything from the claims: migration 0002 fills the tables with it, and the tests
  compare it with what the writes maintained.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, func, literal, select

from attribution.storage.bulk import insert_rows
from attribution.storage.tables import (
    ARTICLE_TALLY_TABLE as ARTICLES,
    CLAIM_TALLY_TABLE as CLAIMS,
    SOURCE_TALLY_TABLE as SOURCES,
    SPEAKER_TALLY_TABLE as SPEAKERS,
    ArticleRow,
    AttributionRow,
    AttributionSourceRow,
)

NO_SPEAKER = 0  # the speaker id tallied for claims without one
ORDER = (ARTICLES, CLAIMS, SPEAKERS, SOURCES)  # every writer upserts in this order: no lock cycles


def day_of(published: datetime | None) -> str:
    """The UTC publication day as "YYYY-MM-DD", "" when undated (naive datetimes are taken as UTC)."""
    if published is None:
        return ""
    aware = published.astimezone(UTC) if published.tzinfo else published
    return aware.date().isoformat()


def _keys(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns]


@dataclass
class Tally:
    """Increments to the tallies, collected while a transaction writes; `apply` writes them."""

    counts: dict[str, Counter[tuple[Any, ...]]] = field(default_factory=lambda: {t.name: Counter() for t in ORDER})

    def article(self, lang: str, outlet: str, day: str) -> None:
        self.counts[ARTICLES.name][(day, lang, outlet)] += 1

    def claims(self, claims: Iterable[tuple[str, str, str, str, bool, int | None, str]]) -> None:
        """Count claims given as (day, lang, outlet, kind, anonymous, speaker id, stored source type)."""
        by_claim, by_speaker = self.counts[CLAIMS.name], self.counts[SPEAKERS.name]
        for day, lang, outlet, kind, anonymous, speaker, source_type in claims:
            by_claim[(day, lang, outlet, kind, bool(anonymous))] += 1
            speaker_key = (speaker if speaker is not None else NO_SPEAKER, source_type, lang, kind, bool(anonymous))
            by_speaker[speaker_key] += 1

    def links(self, links: Iterable[tuple[int, str]]) -> None:
        """Count links given as (source id, role)."""
        self.counts[SOURCES.name].update(links)

    def apply(self, conn: Connection) -> None:
        for table in ORDER:
            add(conn, table, self.counts[table.name])


def _add_to_n(insert: Any) -> Any:
    """``ON CONFLICT (key) DO UPDATE SET n = n + excluded.n``."""
    table = insert.table
    return insert.on_conflict_do_update(index_elements=_keys(table), set_={"n": table.c.n + insert.excluded.n})


def add(conn: Connection, table: Table, counts: Mapping[tuple[Any, ...], int]) -> None:
    """Add `counts` (key tuple in primary-key order → increment) to `table`, in key order."""
    rows = [(*key, n) for key, n in sorted(counts.items()) if n]
    if rows:
        insert_rows(conn, table, [*_keys(table), "n"], _add_to_n).execute(conn, rows)


# ---------------------------------------------------------------- merge and retype


def _take(conn: Connection, table: Table, column: str, value: Any) -> list[Any]:
    """Delete the rows of `table` where `column` == `value`; return them."""
    rows = list(conn.execute(select(table).where(table.c[column] == value)))
    conn.execute(delete(table).where(table.c[column] == value))
    return rows


def move_speaker(conn: Connection, drop_id: int, keep_id: int, keep_type: str) -> None:
    """The dropped source's claims now have `keep_id` as speaker, with the kept source's type."""
    moved: Counter[tuple[Any, ...]] = Counter()
    for r in _take(conn, SPEAKERS, "speaker_id", drop_id):
        moved[(keep_id, keep_type, r.lang, r.kind, bool(r.anonymous))] += r.n
    add(conn, SPEAKERS, moved)


def retype_speaker(conn: Connection, speaker_id: int, new_type: str) -> None:
    """A source's claims now carry `new_type` as their stored source type."""
    move_speaker(conn, speaker_id, speaker_id, new_type)


def move_source_links(conn: Connection, drop_id: int, keep_id: int, added: Mapping[str, int]) -> None:
    """The dropped source's links are gone; `added` (role → count) are the links the kept source gained
    (links it already had are not counted twice)."""
    conn.execute(delete(SOURCES).where(SOURCES.c.source_id == drop_id))
    add(conn, SOURCES, {(keep_id, role): n for role, n in added.items()})


# ---------------------------------------------------------------- rebuild


def rebuild(conn: Connection) -> None:
    """Recompute every tally from the articles, claims and links (the claims' copied columns must be set)."""
    a = AttributionRow.__table__.c  # type: ignore[attr-defined]
    art = ArticleRow.__table__.c  # type: ignore[attr-defined]
    link = AttributionSourceRow.__table__.c  # type: ignore[attr-defined]
    for table in ORDER:
        conn.execute(delete(table))
    day = article_day(conn, art.published)
    outlet = func.coalesce(art.outlet, literal(""))
    n = func.count()
    sources: list[tuple[Table, Any]] = [
        (ARTICLES, select(day, art.lang, outlet, n).group_by(day, art.lang, outlet)),
        (CLAIMS, select(a.day, a.lang, a.outlet, a.kind, a.anonymous, n)
            .group_by(a.day, a.lang, a.outlet, a.kind, a.anonymous)),
        (SPEAKERS, _speaker_select(a)),
        (SOURCES, select(link.source_id, link.role, n).group_by(link.source_id, link.role)),
    ]  # fmt: skip
    for table, query in sources:
        conn.execute(table.insert().from_select([*_keys(table), "n"], query))


def _speaker_select(a: Any) -> Any:
    speaker = func.coalesce(a.speaker_id, literal(NO_SPEAKER))
    return select(speaker, a.source_type, a.lang, a.kind, a.anonymous, func.count()).group_by(
        speaker, a.source_type, a.lang, a.kind, a.anonymous
    )


def article_day(conn: Connection, published: Any) -> Any:
    """SQL for `day_of(published)`: the UTC day as "YYYY-MM-DD", "" when NULL (SQLite stores UTC text)."""
    if conn.dialect.name == "postgresql":
        return func.coalesce(func.to_char(func.timezone("UTC", published), "YYYY-MM-DD"), literal(""))
    return func.coalesce(func.substr(published, 1, 10), literal(""))
