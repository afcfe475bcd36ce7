"""The write side of ingest: parse results become rows, one transaction per article.

- An article is unique by `content_hash` (sha256 of its NFC text): ``INSERT … ON CONFLICT DO NOTHING``
  on SQLite and PostgreSQL alike, so a re-ingest, or two ingests racing, never duplicate it.
- Each speaker and each conduit resolves to a `SourceRow` by normalized key, through the alias table
  first, then the source table, else a new source (again ON CONFLICT DO NOTHING, then read back, so
  concurrent writers agree on one row). The mention as written is added as an alias.
- Attributions and links are bulk-inserted; any failure rolls the whole article back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, select
from sqlalchemy.dialects import postgresql, sqlite

from attribution.errors import AttributionError, InputError
from attribution.ingest import ReadOptions, read_articles
from attribution.model import Article, Attribution, ParseResult
from attribution.storage.engine import storage_errors
from attribution.storage.tables import AliasRow, ArticleRow, AttributionRow, AttributionSourceRow, SourceRow
from attribution.textnorm import normalize_key

ARTICLE: Table = ArticleRow.__table__  # type: ignore[attr-defined]
SOURCE: Table = SourceRow.__table__  # type: ignore[attr-defined]
ALIAS: Table = AliasRow.__table__  # type: ignore[attr-defined]
ATTRIBUTION: Table = AttributionRow.__table__  # type: ignore[attr-defined]
LINK: Table = AttributionSourceRow.__table__  # type: ignore[attr-defined]
CONDUIT_TYPE = "media"


@dataclass(frozen=True)
class StoreOutcome:
    status: Literal["inserted", "duplicate"]
    article_id: int
    attributions: int = 0


@dataclass
class IngestSummary:
    articles: int = 0
    attributions: int = 0
    duplicates: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class SourceSpec:
    """What is known about a source when it is first met."""

    name: str
    type: str = "other"
    anonymous: bool = False
    builtin: bool = False
    aliases: tuple[str, ...] = ()
    lang: str | None = None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _insert(conn: Connection, table: Table) -> Any:
    """The dialect's INSERT, which has ``on_conflict_do_nothing`` on both SQLite and PostgreSQL."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


# ---------------------------------------------------------------- sources


def _source_id_by_key(conn: Connection, key: str) -> int | None:
    by_alias = select(ALIAS.c.source_id).where(ALIAS.c.key == key).order_by(ALIAS.c.source_id).limit(1)
    found = conn.execute(by_alias).scalar()
    if found is None:
        found = conn.execute(select(SOURCE.c.id).where(SOURCE.c.key == key)).scalar()
    return found


def _source_values(spec: SourceSpec, key: str) -> dict[str, Any]:
    return {
        "canonical": spec.name.strip(),
        "key": key,
        "type": spec.type,
        "anonymous": spec.anonymous,
        "builtin": spec.builtin,
    }


def _alias_values(source_id: int, names: Iterable[str], lang: str | None = None) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for name in names:
        key = normalize_key(name)
        if key and key not in rows:
            rows[key] = {"source_id": source_id, "alias": name.strip(), "key": key, "lang": lang}
    return list(rows.values())


def _create_source(conn: Connection, spec: SourceSpec, key: str) -> int:
    stmt = _insert(conn, SOURCE).values(**_source_values(spec, key)).on_conflict_do_nothing(index_elements=["key"])
    conn.execute(stmt)
    return int(conn.execute(select(SOURCE.c.id).where(SOURCE.c.key == key)).scalar_one())


def add_aliases(conn: Connection, source_id: int, names: Iterable[str], lang: str | None = None) -> None:
    """Record each surface form of a source once (unique per source and key)."""
    rows = _alias_values(source_id, names, lang)
    if rows:
        conn.execute(_insert(conn, ALIAS).on_conflict_do_nothing(index_elements=["source_id", "key"]), rows)


def resolve_source(conn: Connection, spec: SourceSpec) -> int | None:
    """The id of the source `spec` names (found by alias or key, else created); None for no name."""
    key = normalize_key(spec.name)
    if not key:
        return None
    source_id = _source_id_by_key(conn, key)
    if source_id is None:
        source_id = _create_source(conn, spec, key)
    add_aliases(conn, source_id, (spec.name, *spec.aliases), spec.lang)
    return source_id


class SourceCache:
    """Per-article memo of name → source id, so a source named ten times is looked up once.

    With a `registry`, a name it recognizes (also by spelling variant) is stored under the registry's
    canonical name, so "Reuter" and "رويترز" land on the Reuters row.
    """

    def __init__(self, conn: Connection, registry: Any = None) -> None:
        self.conn = conn
        self.registry = registry
        self.ids: dict[tuple[str, tuple[str, ...]], int | None] = {}

    def canonical(self, spec: SourceSpec) -> SourceSpec:
        entry = self.registry.match(spec.name) if self.registry is not None and spec.name.strip() else None
        if entry is None or entry.canonical == spec.name:
            return spec
        return replace(
            spec,
            name=entry.canonical,
            type=entry.type,
            anonymous=entry.anonymous,
            aliases=(*spec.aliases, spec.name),
        )

    def resolve(self, spec: SourceSpec) -> int | None:
        memo = (normalize_key(spec.name), tuple(normalize_key(a) for a in spec.aliases))
        if memo not in self.ids:
            self.ids[memo] = resolve_source(self.conn, self.canonical(spec))
        return self.ids[memo]


def speaker_spec(attribution: Attribution, lang: str) -> SourceSpec:
    name = attribution.source_canonical.strip() or attribution.source_text.strip()
    mention = (attribution.source_text,) if attribution.source_text.strip() else ()
    return SourceSpec(name, attribution.source_type, attribution.anonymous, aliases=mention, lang=lang)


# ---------------------------------------------------------------- registry seed


def _entry_spec(entry: Any) -> SourceSpec:
    """A registry `SourceEntry` (canonical, type, anonymous, aliases) as a builtin source."""
    return SourceSpec(entry.canonical, entry.type, entry.anonymous, builtin=True, aliases=tuple(entry.aliases))


def seed_registry(engine: Engine, registry: Any = None) -> int:
    """Insert the shipped registry's sources and aliases (builtin), once; returns how many entries.

    Three bulk statements whatever the registry's size: sources (ON CONFLICT DO NOTHING), their ids
    read back by key, aliases (ON CONFLICT DO NOTHING).
    """
    if registry is None:
        from attribution.registry import Registry

        registry = Registry.default()
    specs = {key: spec for spec in map(_entry_spec, registry.entries()) if (key := normalize_key(spec.name))}
    if not specs:
        return 0
    with storage_errors(engine), engine.begin() as conn:
        sources = _insert(conn, SOURCE).on_conflict_do_nothing(index_elements=["key"])
        conn.execute(sources, [_source_values(spec, key) for key, spec in specs.items()])
        ids = dict(conn.execute(select(SOURCE.c.key, SOURCE.c.id).where(SOURCE.c.key.in_(list(specs)))).all())
        aliases = [row for key, spec in specs.items() for row in _alias_values(ids[key], (spec.name, *spec.aliases))]
        conn.execute(_insert(conn, ALIAS).on_conflict_do_nothing(index_elements=["source_id", "key"]), aliases)
    return len(specs)


# ---------------------------------------------------------------- articles


def parse_published(value: str | None) -> datetime | None:
    """An ISO date or date-time as an aware UTC datetime (naive ones are taken as UTC), else None."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def article_values(article: Article, lang: str) -> dict[str, Any]:
    return {
        "content_hash": content_hash(article.text),
        "external_id": article.id[:512],
        "title": article.title,
        "url": article.url,
        "outlet": (article.outlet or None) and article.outlet[:255],
        "published": parse_published(article.published),
        "lang": lang,
        "text": article.text,
        "origin": article.origin,
        "ingested_at": datetime.now(UTC),
    }


def _insert_article(conn: Connection, values: dict[str, Any]) -> int | None:
    """The new article's id, or None when an article with the same text is already stored."""
    stmt = (
        _insert(conn, ARTICLE)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["content_hash"])
        .returning(ARTICLE.c.id)
    )
    return conn.execute(stmt).scalar()


def _existing_article(conn: Connection, digest: str) -> int:
    return int(conn.execute(select(ARTICLE.c.id).where(ARTICLE.c.content_hash == digest)).scalar_one())


def attribution_values(article_id: int, seq: int, a: Attribution, speaker_id: int | None) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "seq": seq,
        "kind": a.kind,
        "content_start": a.content.start,
        "content_end": a.content.end,
        "content_text": a.content.text,
        "content_key": normalize_key(a.content.text),
        "cue_start": a.cue.start if a.cue else None,
        "cue_end": a.cue.end if a.cue else None,
        "cue_text": a.cue.text[:512] if a.cue else "",
        "source_start": a.source.start if a.source else None,
        "source_end": a.source.end if a.source else None,
        "source_text": a.source_text,
        "speaker_id": speaker_id,
        "source_canonical": a.source_canonical[:512],
        "source_type": a.source_type,
        "anonymous": a.anonymous,
    }


def _insert_attributions(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        conn.execute(ATTRIBUTION.insert(), list(rows))


def _claim_ids(conn: Connection, article_id: int) -> dict[int, int]:
    stmt = select(ATTRIBUTION.c.seq, ATTRIBUTION.c.id).where(ATTRIBUTION.c.article_id == article_id)
    return {seq: claim_id for seq, claim_id in conn.execute(stmt)}


def _link_rows(claim_id: int, speaker_id: int | None, conduit_ids: Iterable[int | None]) -> list[dict[str, Any]]:
    links = {(speaker_id, "speaker")} if speaker_id is not None else set()
    links |= {(cid, "conduit") for cid in conduit_ids if cid is not None}
    return [{"attribution_id": claim_id, "source_id": sid, "role": role} for sid, role in sorted(links)]


def _store_claims(conn: Connection, article_id: int, result: ParseResult, registry: Any) -> int:
    cache = SourceCache(conn, registry)
    speakers = [cache.resolve(speaker_spec(a, result.lang)) for a in result.attributions]
    conduits = [
        [cache.resolve(SourceSpec(c, CONDUIT_TYPE, lang=result.lang)) for c in a.conduits] for a in result.attributions
    ]
    _insert_attributions(
        conn,
        [attribution_values(article_id, seq, a, speakers[seq]) for seq, a in enumerate(result.attributions)],
    )
    ids = _claim_ids(conn, article_id)
    links = [
        row for seq in range(len(result.attributions)) for row in _link_rows(ids[seq], speakers[seq], conduits[seq])
    ]
    if links:
        conn.execute(LINK.insert(), links)
    return len(result.attributions)


def store_article(engine: Engine, article: Article, result: ParseResult, registry: Any = None) -> StoreOutcome:
    """Store `article` and its parse `result` in one transaction; a stored text is a "duplicate".

    Sources are resolved through the database's alias table (seeded from the registry by `init_db`);
    with a `registry`, names it recognizes are first mapped to its canonical names.
    """
    if result.text != article.text:
        raise InputError(article.origin or article.id, "parse result is for a different text")
    values = article_values(article, result.lang)
    with storage_errors(engine), engine.begin() as conn:
        article_id = _insert_article(conn, values)
        if article_id is None:
            return StoreOutcome("duplicate", _existing_article(conn, values["content_hash"]))
        return StoreOutcome("inserted", article_id, _store_claims(conn, article_id, result, registry))


# ---------------------------------------------------------------- batches

Progress = Callable[[str], None]


def _record(summary: IngestSummary, outcome: StoreOutcome) -> None:
    if outcome.status == "duplicate":
        summary.duplicates += 1
    else:
        summary.articles += 1
        summary.attributions += outcome.attributions


def ingest_paths(
    engine: Engine,
    paths: Iterable[str],
    *,
    lang: str | None = None,
    progress: Progress | None = None,
    registry: Any = None,
    options: ReadOptions | None = None,
) -> IngestSummary:
    """Read, parse and store every article under `paths`; bad inputs are collected, not raised."""
    from attribution.parse import parse
    from attribution.registry import Registry

    registry = registry or Registry.default()
    summary = IngestSummary()
    for item in read_articles(paths, options or ReadOptions(lang=lang)):
        if isinstance(item, InputError):
            summary.errors.append((item.origin, item.reason))
        else:
            _ingest_one(engine, item, registry, summary, parse)
        if progress:
            progress(item.origin)
    return summary


def _ingest_one(engine: Engine, article: Article, registry: Any, summary: IngestSummary, parse: Any) -> None:
    try:
        result = parse(article.text, article.lang, registry=registry)
    except (AttributionError, ValueError) as exc:
        summary.errors.append((article.origin, f"cannot parse: {exc}"))
        return
    _record(summary, store_article(engine, article, result, registry))
