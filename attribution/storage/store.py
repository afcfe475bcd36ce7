"""The write side of ingest: parse results become rows; `ingest_items` is the one ingest path.

- An article is unique by `content_hash` (sha256 of its NFC text): ``INSERT … ON CONFLICT DO NOTHING``
  on SQLite and PostgreSQL alike, so a re-ingest, or several ingest processes racing on one database,
  never duplicate it; the loser of a race sees the winner's row and counts a duplicate.
- The tallies (`attribution.storage.tallies`) are incremented in the same transaction, as its last statements.
- Sources are resolved by `attribution.storage.sources` (alias table, then source table, else created).
- `ingest_items` parses in worker processes (`attribution.storage.parsing`; with one worker, a process
  beside this one, so parsing and writing overlap) and writes in batches: one transaction per batch of
  articles, from this process into SQLite (one writer at a time anyway), from each worker on its own
  connection into PostgreSQL with several workers. A batch that deadlocks with another writer is
  retried; if a batch fails otherwise, it is rolled back and written again one article per
  transaction, so a bad article is reported alone and never leaves half of itself, and the rest of the
  batch lands. A lost database connection stops the run with a `StorageError`; whatever was committed
  before stays, and a rerun skips it as duplicates.
"""

from __future__ import annotations

import hashlib
import multiprocessing.util
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any, Literal

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from attribution.errors import InputError
from attribution.ingest import Item, ReadOptions, read_articles
from attribution.model import Article, Attribution, ParseResult
from attribution.storage.engine import make_engine, storage_errors
from attribution.storage.parsing import (
    DEFAULT_CHUNK,
    KeyedResult,
    chunks,
    default_registry,
    parse_article,
    parse_items,
    run_chunks,
)
from attribution.storage.sources import (
    SourceIds,
    SourceSpec,
    add_aliases,
    conduit_spec,
    resolve_source,
    seed_registry,
    speaker_spec,
)
from attribution.storage.tables import (
    ARTICLE_TABLE as ARTICLE,
    ATTRIBUTION_TABLE as ATTRIBUTION,
    LINK_TABLE as LINK,
)
from attribution.storage.tallies import Tally, day_of
from attribution.textnorm import normalize_key

DEFAULT_BATCH = 64
RETRIES = 5  # per article, for deadlocks and serialization failures between concurrent writers
RETRY_SQLSTATES = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure


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

    def record(self, outcome: StoreOutcome) -> None:
        if outcome.status == "duplicate":
            self.duplicates += 1
        else:
            self.articles += 1
            self.attributions += outcome.attributions


def content_hash(text: str) -> str:
    """sha256 of the NFC form: the same article in composed or decomposed Unicode is one article."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- rows


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


def attribution_values(
    article_id: int, seq: int, a: Attribution, speaker_id: int | None, content_key: str | None = None
) -> dict[str, Any]:
    """A claim's row; `content_key` is `normalize_key` of its content when already computed."""
    return {
        "article_id": article_id,
        "seq": seq,
        "kind": a.kind,
        "content_start": a.content.start,
        "content_end": a.content.end,
        "content_text": a.content.text,
        "content_key": normalize_key(a.content.text) if content_key is None else content_key,
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


def _link_rows(
    claim_id: int, speaker_id: int | None, conduit_ids: Iterable[int | None], anonymous: bool = False
) -> list[dict[str, Any]]:
    links = {(speaker_id, "speaker")} if speaker_id is not None else set()
    links |= {(cid, "conduit") for cid in conduit_ids if cid is not None}
    return [
        {"attribution_id": claim_id, "source_id": sid, "role": role, "anonymous": anonymous}
        for sid, role in sorted(links)
    ]


# ---------------------------------------------------------------- writing


def _insert_article(conn: Connection, values: dict[str, Any]) -> int | None:
    """The new article's id, or None when an article with the same text is already stored."""
    return conn.execute(_article_insert(conn.dialect.name), values).scalar()


@cache
def _article_insert(dialect: str) -> Any:
    """One statement object per dialect, so SQLAlchemy compiles it once (values go as parameters)."""
    insert = postgresql.insert(ARTICLE) if dialect == "postgresql" else sqlite.insert(ARTICLE)
    return insert.on_conflict_do_nothing(index_elements=["content_hash"]).returning(ARTICLE.c.id)


def _existing_article(conn: Connection, digest: str) -> int:
    return int(conn.execute(select(ARTICLE.c.id).where(ARTICLE.c.content_hash == digest)).scalar_one())


def _insert_attributions(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert claims in one executemany; their ids, in the order of `rows`.

    The ids are chosen first and sent with the rows, so no row needs a RETURNING of its own (SQLAlchemy
    would send a statement per row to keep RETURNING in order). PostgreSQL: drawn from the sequence (a
    multi-row INSERT … RETURNING of thousands of parameters costs more in psycopg's query parsing than in
    the database). SQLite: the next ids after the largest, which is stable because this transaction
    already wrote its articles and so holds the database's only write lock until it commits.
    """
    if not rows:
        return []
    if conn.dialect.name == "postgresql":
        ids = sorted(int(i) for i in conn.execute(NEXT_CLAIM_IDS, {"n": len(rows)}).scalars())
    else:
        first = int(conn.execute(NEXT_SQLITE_CLAIM_ID).scalar_one())
        ids = list(range(first, first + len(rows)))
    conn.execute(ATTRIBUTION.insert(), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids


NEXT_CLAIM_IDS = text("SELECT nextval(pg_get_serial_sequence('attribution', 'id')) FROM generate_series(1, :n)")
NEXT_SQLITE_CLAIM_ID = text("SELECT coalesce(max(id), 0) + 1 FROM attribution")


@dataclass
class _Claims:
    """The claims of the new articles of one transaction; their sources are resolved together."""

    articles: list[tuple[int, dict[str, Any], ParseResult]] = field(default_factory=list)

    def add(self, article_id: int, copies: dict[str, Any], result: ParseResult) -> None:
        self.articles.append((article_id, copies, result))

    def _sources(self, conn: Connection, sources: SourceIds) -> Iterator[tuple[int | None, list[int | None]]]:
        """(speaker id, conduit ids) per claim, in order, from one bulk resolution."""
        specs: list[SourceSpec] = []
        for _, _, result in self.articles:
            for a in result.attributions:
                specs += [speaker_spec(a, result.lang), *(conduit_spec(c, result.lang) for c in a.conduits)]
        ids = iter(sources.resolve_all(conn, specs))
        for _, _, result in self.articles:
            for a in result.attributions:
                yield next(ids), [next(ids) for _ in a.conduits]

    def write(self, conn: Connection, sources: SourceIds, tally: Tally) -> None:
        resolved = list(self._sources(conn, sources))
        claims = [
            (article_id, seq, a, copies, keys[seq] if keys else None)
            for article_id, copies, result in self.articles
            for keys in (result.content_keys if isinstance(result, KeyedResult) else None,)
            for seq, a in enumerate(result.attributions)
        ]
        rows = [
            {**attribution_values(article_id, seq, a, speaker, key), **copies}
            for (article_id, seq, a, copies, key), (speaker, _) in zip(claims, resolved, strict=True)
        ]
        ids = _insert_attributions(conn, rows)
        links = [
            link
            for claim_id, (sp, conduits), row in zip(ids, resolved, rows, strict=True)
            for link in _link_rows(claim_id, sp, conduits, row["anonymous"])
        ]
        if links:
            conn.execute(LINK.insert(), links)
        for row in rows:
            tally.claim(row)
        tally.links(links)


def article_copies(values: dict[str, Any]) -> dict[str, Any]:
    """The article columns each of its claims carries (see `tables.AttributionRow`)."""
    return {"lang": values["lang"], "outlet": values["outlet"] or "", "day": day_of(values["published"])}


def _check(article: Article, result: ParseResult) -> None:
    if result.text != article.text:
        raise InputError(article.origin or article.id, "parse result is for a different text")


def write_articles(
    conn: Connection, pairs: Sequence[tuple[Article, ParseResult]], sources: SourceIds
) -> list[StoreOutcome]:
    """Write articles and their claims inside the caller's transaction; an outcome per article."""
    outcomes: list[StoreOutcome] = []
    claims, tally = _Claims(), Tally()
    for article, result in pairs:
        _check(article, result)
        values = article_values(article, result.lang)
        article_id = _insert_article(conn, values)
        if article_id is None:
            outcomes.append(StoreOutcome("duplicate", _existing_article(conn, values["content_hash"])))
            continue
        copies = article_copies(values)
        tally.article(copies)
        claims.add(article_id, copies, result)
        outcomes.append(StoreOutcome("inserted", article_id, len(result.attributions)))
    claims.write(conn, sources, tally)
    tally.apply(conn)  # last: the hot tally rows stay locked only until the commit
    return outcomes


def _in_transaction(
    engine: Engine, pairs: Sequence[tuple[Article, ParseResult]], sources: SourceIds
) -> list[StoreOutcome]:
    try:
        with engine.begin() as conn:
            outcomes = write_articles(conn, pairs, sources)
    except BaseException:
        sources.forget()
        raise
    sources.commit()
    return outcomes


def store_article(engine: Engine, article: Article, result: ParseResult, registry: Any = None) -> StoreOutcome:
    """Store `article` and its parse `result` in one transaction; a stored text is a "duplicate".

    Sources are resolved through the database's alias table (seeded from the registry by `init_db`);
    with a `registry`, names it recognizes are first mapped to its canonical names.
    """
    _check(article, result)
    with storage_errors(engine):
        return _in_transaction(engine, [(article, result)], SourceIds(registry))[0]


# ---------------------------------------------------------------- batches

Progress = Callable[[str], None]


def _connection_lost(exc: DBAPIError) -> bool:
    return isinstance(exc, OperationalError | InterfaceError) or exc.connection_invalidated


def _retryable(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", None) in RETRY_SQLSTATES


def _store_alone(engine: Engine, article: Article, result: ParseResult, sources: SourceIds) -> StoreOutcome | str:
    """One article in its own transaction, retried on deadlocks; the reason when the article is refused."""
    for attempt in range(RETRIES):
        try:
            return _in_transaction(engine, [(article, result)], sources)[0]
        except DBAPIError as exc:
            if _retryable(exc) and attempt + 1 < RETRIES:
                continue
            if _connection_lost(exc) and not _retryable(exc):
                raise
            return f"cannot store: {str(exc.orig).strip().splitlines()[0] if exc.orig else exc}"
    raise AssertionError("unreachable")  # pragma: no cover


def write_outcomes(
    engine: Engine, batch: Sequence[tuple[Article, ParseResult]], sources: SourceIds
) -> list[StoreOutcome | str]:
    """Write a batch in one transaction (again, on deadlocks between concurrent writers); if that fails,
    each article alone, so only bad ones are lost. An outcome, or the reason it was refused, per article."""
    if not batch:
        return []
    for attempt in range(RETRIES):
        try:
            return list(_in_transaction(engine, batch, sources))
        except DBAPIError as exc:
            if not (_retryable(exc) and attempt + 1 < RETRIES):
                break
    return [_store_alone(engine, article, result, sources) for article, result in batch]


def write_batch(
    engine: Engine, batch: Sequence[tuple[Article, ParseResult]], sources: SourceIds, summary: IngestSummary
) -> None:
    """`write_outcomes`, recorded in `summary`."""
    for (article, _), outcome in zip(batch, write_outcomes(engine, batch, sources), strict=True):
        if isinstance(outcome, str):
            summary.errors.append((article.origin or article.id, outcome))
        else:
            summary.record(outcome)


def ingest_items(
    engine: Engine,
    items: Iterable[Item],
    *,
    registry: Any = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    chunk: int = DEFAULT_CHUNK,
    progress: Progress | None = None,
    parser_process: bool = True,
) -> IngestSummary:
    """Parse and store `items` (articles, or read errors to report); the summary of what happened.

    Read and parse failures are collected per input, never raised. Articles are parsed in `workers`
    processes (one worker: a process of its own once the stream is longer than a `chunk`, so parsing and
    writing overlap; unless `parser_process` is False, for callers that must not start processes, such as
    a threaded server: then one worker parses in this process). Into SQLite (one writer at a time) this
    process writes, in transactions of `batch_size` articles; into PostgreSQL with several workers, each
    worker writes its own batches on its own connection. Raises `StorageError` (naming the database) when
    the database cannot be reached.
    """
    registry = registry if registry is not None else default_registry()
    with storage_errors(engine):
        if workers > 1 and engine.dialect.name == "postgresql":
            summary = _ingest_in_workers(engine, items, registry, workers, batch_size, progress)
        else:
            summary = _ingest_here(engine, items, registry, workers, batch_size, chunk, progress, parser_process)
        if summary.articles:
            refresh_statistics(engine)
    return summary


def _ingest_here(
    engine: Engine,
    items: Iterable[Item],
    registry: Any,
    workers: int,
    batch_size: int,
    chunk: int,
    progress: Progress | None,
    background: bool,
) -> IngestSummary:
    """Parse in worker processes (or here, for a short stream) and write from this process."""
    summary, sources = IngestSummary(), SourceIds(registry)
    batch: list[tuple[Article, ParseResult]] = []
    parsed_items = parse_items(
        items, registry=registry, workers=workers, chunk=chunk, background=background, ahead=2 * batch_size
    )
    for item, parsed in parsed_items:
        if isinstance(item, InputError):
            summary.errors.append((item.origin, item.reason))
        elif isinstance(parsed, str):
            summary.errors.append((item.origin, parsed))
        elif parsed is not None:
            batch.append((item, parsed))
        if len(batch) >= batch_size:
            write_batch(engine, batch, sources, summary)
            batch = []
        if progress:
            progress(item.origin)
    write_batch(engine, batch, sources, summary)
    return summary


# ---------------------------------------------------------------- writing workers (PostgreSQL)

Written = StoreOutcome | tuple[str, str]  # per article: what was stored, or (origin, reason) when not


@dataclass
class _Writer:
    engine: Engine
    sources: SourceIds
    registry: Any


_writer: _Writer | None = None


def _init_writer(url: str, registry: Any) -> None:
    """In a worker: its own engine (so its own connections) and its own memo of source ids."""
    global _writer
    engine = make_engine(url)
    _writer = _Writer(engine, SourceIds(registry), registry)
    multiprocessing.util.Finalize(_writer, engine.dispose, exitpriority=10)


def _write_chunk(articles: list[Article]) -> list[Written]:
    """In a worker: parse `articles` and write them in one batch; an outcome per article, in order."""
    assert _writer is not None, "not a writing worker"
    out: list[Written | None] = [None] * len(articles)
    batch: list[tuple[int, Article, ParseResult]] = []
    for i, article in enumerate(articles):
        parsed = parse_article(article, _writer.registry)
        if isinstance(parsed, str):
            out[i] = (article.origin, parsed)
        else:
            batch.append((i, article, parsed))
    with storage_errors(_writer.engine):
        outcomes = write_outcomes(_writer.engine, [(a, r) for _, a, r in batch], _writer.sources)
    for (i, article, _), outcome in zip(batch, outcomes, strict=True):
        out[i] = (article.origin or article.id, outcome) if isinstance(outcome, str) else outcome
    return [o for o in out if o is not None]


def _articles(chunk: list[Item]) -> list[Article]:
    return [item for item in chunk if isinstance(item, Article)]


def _ingest_in_workers(
    engine: Engine,
    items: Iterable[Item],
    registry: Any,
    workers: int,
    batch_size: int,
    progress: Progress | None,
) -> IngestSummary:
    """Each worker parses and writes whole batches on its own connection; this process reads the input
    and adds up what the workers report. Concurrent batches cannot duplicate an article or a source (unique
    content hash and source key, ``ON CONFLICT``), and deadlocks between them are retried."""
    summary = IngestSummary()
    url = engine.url.render_as_string(hide_password=False)
    engine.dispose()  # no open connection of this process is inherited by the workers
    results = run_chunks(
        chunks(items, batch_size),
        _write_chunk,
        _articles,
        workers=workers,
        ahead=2 * workers,
        initializer=_init_writer,
        initargs=(url, registry),
    )
    for part, written in results:
        outcomes = iter(written)
        for item in part:
            if isinstance(item, InputError):
                summary.errors.append((item.origin, item.reason))
            elif isinstance(outcome := next(outcomes), StoreOutcome):
                summary.record(outcome)
            else:
                summary.errors.append(outcome)
            if progress:
                progress(item.origin)
    return summary


def refresh_statistics(engine: Engine) -> None:
    """SQLite keeps no planner statistics of its own: ``PRAGMA optimize`` re-analyzes tables that grew a
    lot (cheap when none did), so claim queries keep choosing the right index. PostgreSQL's autovacuum
    does this itself."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")


def ingest_paths(
    engine: Engine,
    paths: Iterable[str],
    *,
    lang: str | None = None,
    progress: Progress | None = None,
    registry: Any = None,
    options: ReadOptions | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
) -> IngestSummary:
    """Read every article under `paths` (files, folders, URLs, ``-``) and `ingest_items` them."""
    items = read_articles(paths, options or ReadOptions(lang=lang))
    return ingest_items(engine, items, registry=registry, workers=workers, batch_size=batch_size, progress=progress)


__all__ = [
    "IngestSummary",
    "SourceSpec",
    "StoreOutcome",
    "add_aliases",
    "content_hash",
    "ingest_items",
    "ingest_paths",
    "resolve_source",
    "seed_registry",
    "store_article",
    "write_articles",
    "write_batch",
]
