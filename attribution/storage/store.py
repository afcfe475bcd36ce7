"""The write side of ingest: parse results become rows; `ingest_items` is the one ingest path.

- An article is unique by `content_hash` (sha256 of its NFC text): ``INSERT … ON CONFLICT DO NOTHING``
  on SQLite and PostgreSQL alike, so a re-ingest, or several ingest processes racing on one database,
  never duplicate it; the loser of a race sees the winner's row and counts a duplicate.
- The tallies (`attribution.storage.tallies`) are incremented in the same transaction, as its last statements.
- Sources are resolved by `attribution.storage.sources` (alias table, then source table, else created).
- Rows are written in bulk (`attribution.storage.bulk`): a batch's articles in one multi-row INSERT, its
  claims, links and tally increments in one statement (or one driver ``executemany``, or one PostgreSQL
  ``COPY``) per table, as plain tuples; claim ids are chosen before their rows are sent.
- `ingest_items` parses in worker processes (`attribution.storage.parsing`; with one worker, a process
  beside this one, so parsing and writing overlap, and this process parses the next chunk itself whenever
  it would otherwise wait for the worker) and writes in batches: one transaction per batch of
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
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, bindparam, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from attribution.errors import InputError
from attribution.ingest import Item, ReadOptions, read_articles
from attribution.model import Article, Attribution, ParseResult
from attribution.storage.bulk import Build, Row, insert_rows, prepared
from attribution.storage.engine import make_engine, storage_errors
from attribution.storage.parsing import (
    DEFAULT_CHUNK,
    KeyedResult,
    chunks,
    default_registry,
    fewer_collections,
    parse_article,
    parse_items,
    run_chunks,
)
from attribution.storage.sources import (
    Memo,
    SourceIds,
    SourceSpec,
    add_aliases,
    conduit_spec,
    resolve_source,
    seed_registry,
    speaker_memo,
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
ARTICLES_PER_STATEMENT = 64  # rows of one article INSERT (640 parameters; SQLite allows 32,766, PostgreSQL 65,535)
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


CLAIM_KEYS: tuple[str, ...] = (
    "id", "article_id", "seq", "kind", "content_start", "content_end", "content_text", "content_key",
    "cue_start", "cue_end", "cue_text", "source_start", "source_end", "source_text", "speaker_id",
    "source_canonical", "source_type", "anonymous", "lang", "outlet", "day",
)  # fmt: skip
LINK_KEYS: tuple[str, ...] = ("attribution_id", "source_id", "role", "anonymous")
ARTICLE_KEYS: tuple[str, ...] = (
    "content_hash", "external_id", "title", "url", "outlet", "published", "lang", "text", "origin", "ingested_at",
)  # fmt: skip
Copies = tuple[str, str, str]  # the article's lang, outlet ("" for none), day: the columns its claims carry
# what `Tally.claims` and `Tally.links` count, from a claim's and a link's row
_TALLIED_CLAIM = itemgetter(
    *map(CLAIM_KEYS.index, ("day", "lang", "outlet", "kind", "anonymous", "speaker_id", "source_type"))
)
_TALLIED_LINK = itemgetter(LINK_KEYS.index("source_id"), LINK_KEYS.index("role"))


def attribution_row(
    claim_id: int,
    article_id: int,
    seq: int,
    a: Attribution,
    speaker_id: int | None,
    content_key: str | None,
    copies: Copies,
) -> Row:
    """A claim's row, in the order of `CLAIM_KEYS`; `content_key` is `normalize_key` of its content when
    already computed."""
    content, cue, source = a.content, a.cue, a.source
    return (
        claim_id,
        article_id,
        seq,
        a.kind,
        content.start,
        content.end,
        content.text,
        normalize_key(content.text) if content_key is None else content_key,
        cue.start if cue else None,
        cue.end if cue else None,
        cue.text[:512] if cue else "",
        source.start if source else None,
        source.end if source else None,
        source.text if source else "",
        speaker_id,
        a.source_canonical[:512],
        a.source_type,
        a.anonymous,
        *copies,
    )


def _link_rows(claim_id: int, speaker_id: int | None, conduit_ids: Sequence[int | None], anonymous: bool) -> list[Row]:
    """The claim's links, in the order of `LINK_KEYS`: its speaker and its conduits, each (source, role) once."""
    if not conduit_ids:
        return [] if speaker_id is None else [(claim_id, speaker_id, "speaker", anonymous)]
    links = {(speaker_id, "speaker")} if speaker_id is not None else set()
    links.update((cid, "conduit") for cid in conduit_ids if cid is not None)
    return [(claim_id, sid, role, anonymous) for sid, role in sorted(links)]


# ---------------------------------------------------------------- writing


def _article_insert(count: int) -> Build:
    """``INSERT … VALUES (…), … ON CONFLICT (content_hash) DO NOTHING RETURNING content_hash, id`` of
    `count` articles, parameters named ``<column>_<row>``."""

    def build(dialect: str) -> tuple[Table, Any, Sequence[str]]:
        insert = postgresql.insert(ARTICLE) if dialect == "postgresql" else sqlite.insert(ARTICLE)
        rows = [{k: bindparam(f"{k}_{i}", type_=ARTICLE.c[k].type) for k in ARTICLE_KEYS} for i in range(count)]
        statement = insert.values(rows).on_conflict_do_nothing(index_elements=["content_hash"])
        keys = [f"{k}_{i}" for i in range(count) for k in ARTICLE_KEYS]
        return ARTICLE, statement.returning(ARTICLE.c.content_hash, ARTICLE.c.id), keys

    return build


def _insert_articles(conn: Connection, rows: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Insert the articles (`article_values`) whose text is not stored yet, in order, a few statements of
    many rows each; content hash → id of those inserted (of a text given twice, the first)."""
    made: dict[str, int] = {}
    for start in range(0, len(rows), ARTICLES_PER_STATEMENT):
        part = rows[start : start + ARTICLES_PER_STATEMENT]
        statement = prepared(conn, f"article×{len(part)}", _article_insert(len(part)), ARTICLE_KEYS * len(part))
        flat = tuple(row[k] for row in part for k in ARTICLE_KEYS)
        made.update((digest, int(i)) for digest, i in statement.execute(conn, [flat]))
    return made


def _existing_articles(conn: Connection, digests: Iterable[str]) -> dict[str, int]:
    query = select(ARTICLE.c.content_hash, ARTICLE.c.id).where(ARTICLE.c.content_hash.in_(sorted(digests)))
    return {digest: int(i) for digest, i in conn.execute(query)}


def _claim_ids(conn: Connection, count: int) -> list[int]:
    """Ids for `count` new claims, chosen before they are inserted, so that no row needs a RETURNING of its
    own. PostgreSQL: drawn from the sequence. SQLite: the next ids after the largest, which is stable
    because this transaction already wrote its articles and so holds the database's only write lock until
    it commits."""
    if not count:
        return []
    if conn.dialect.name == "postgresql":
        return sorted(int(i) for i in conn.execute(NEXT_CLAIM_IDS, {"n": count}).scalars())
    first = int(conn.execute(NEXT_SQLITE_CLAIM_ID).scalar_one())
    return list(range(first, first + count))


def _insert_attributions(conn: Connection, rows: Sequence[Row]) -> None:
    """Insert claims (rows in the order of `CLAIM_KEYS`, ids included) in one executemany."""
    if rows:
        insert_rows(conn, ATTRIBUTION, CLAIM_KEYS).execute(conn, rows)


NEXT_CLAIM_IDS = text("SELECT nextval(pg_get_serial_sequence('attribution', 'id')) FROM generate_series(1, :n)")
NEXT_SQLITE_CLAIM_ID = text("SELECT coalesce(max(id), 0) + 1 FROM attribution")


@dataclass
class _Claims:
    """The claims of the new articles of one transaction; their sources are resolved together."""

    articles: list[tuple[int, Copies, ParseResult]] = field(default_factory=list)

    def add(self, article_id: int, copies: Copies, result: ParseResult) -> None:
        self.articles.append((article_id, copies, result))

    def _sources(self, conn: Connection, sources: SourceIds) -> Iterator[tuple[int | None, list[int | None]]]:
        """(speaker id, conduit ids) per claim, in order, from one bulk resolution."""
        memos: list[Memo] = []
        mentions: list[tuple[Attribution, str, str | None]] = []  # per memo: the claim, lang, conduit
        for _, _, result in self.articles:
            lang = result.lang
            for a in result.attributions:
                memos.append(speaker_memo(a))
                mentions.append((a, lang, None))
                for c in a.conduits:
                    memos.append((c, ()))
                    mentions.append((a, lang, c))

        def spec_of(i: int) -> SourceSpec:
            a, lang, conduit = mentions[i]
            return speaker_spec(a, lang) if conduit is None else conduit_spec(conduit, lang)

        ids = iter(sources.resolve_memos(conn, memos, spec_of))
        for _, _, result in self.articles:
            for a in result.attributions:
                yield next(ids), [next(ids) for _ in a.conduits]

    def write(self, conn: Connection, sources: SourceIds, tally: Tally) -> None:
        resolved = iter(list(self._sources(conn, sources)))
        ids = iter(_claim_ids(conn, sum(len(result.attributions) for _, _, result in self.articles)))
        rows: list[Row] = []
        links: list[Row] = []
        for article_id, copies, result in self.articles:
            keys = result.content_keys if isinstance(result, KeyedResult) else None
            for seq, a in enumerate(result.attributions):
                speaker, conduits = next(resolved)
                claim_id = next(ids)
                rows.append(attribution_row(claim_id, article_id, seq, a, speaker, keys[seq] if keys else None, copies))
                links += _link_rows(claim_id, speaker, conduits, a.anonymous)
        _insert_attributions(conn, rows)
        if links:
            insert_rows(conn, LINK, LINK_KEYS).execute(conn, links)
        tally.claims(map(_TALLIED_CLAIM, rows))
        tally.links(map(_TALLIED_LINK, links))


def article_copies(values: dict[str, Any]) -> Copies:
    """The article columns each of its claims carries (see `tables.AttributionRow`): lang, outlet, day."""
    return (values["lang"], values["outlet"] or "", day_of(values["published"]))


def _check(article: Article, result: ParseResult) -> None:
    if result.text != article.text:
        raise InputError(article.origin or article.id, "parse result is for a different text")


def write_articles(
    conn: Connection, pairs: Sequence[tuple[Article, ParseResult]], sources: SourceIds
) -> list[StoreOutcome]:
    """Write articles and their claims inside the caller's transaction; an outcome per article."""
    for article, result in pairs:
        _check(article, result)
    values = [article_values(article, result.lang) for article, result in pairs]
    made = _insert_articles(conn, values)
    unmade = {v["content_hash"] for v in values} - made.keys()
    ids = made | (_existing_articles(conn, unmade) if unmade else {})
    outcomes: list[StoreOutcome] = []
    claims, tally = _Claims(), Tally()
    for (_, result), v in zip(pairs, values, strict=True):
        digest = v["content_hash"]
        if made.pop(digest, None) is None:  # stored before, or earlier in this batch
            outcomes.append(StoreOutcome("duplicate", ids[digest]))
            continue
        copies = article_copies(v)
        tally.article(*copies)
        claims.add(ids[digest], copies, result)
        outcomes.append(StoreOutcome("inserted", ids[digest], len(result.attributions)))
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
    writing overlap, this process parsing a chunk too whenever the worker's is not ready; unless
    `parser_process` is False, for callers that must not start processes, such as a threaded server: then
    one worker parses in this process). Into SQLite (one writer at a time) this
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
    """Parse in worker processes (or here, for a short stream) and write from this process. With parsing
    in `background` (not in a threaded server: the thresholds are the process's), garbage is collected
    at the parsing thresholds meanwhile: at Python's, collections took ~6 % of this process's CPU time.
    With a single worker this process computes the claims' search keys itself, and parses a chunk whenever
    the worker's next one is not ready (parsing needs ~2–3× this process's writing CPU per article: the
    two processes share it); several workers compute the keys."""
    summary, sources = IngestSummary(), SourceIds(registry)
    batch: list[tuple[Article, ParseResult]] = []
    parsed_items = parse_items(
        items, registry=registry, workers=workers, chunk=chunk, background=background, ahead=2 * batch_size,
        keyed=workers > 1,
    )
    with fewer_collections() if background else nullcontext():
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
