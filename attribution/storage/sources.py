"""Sources on the write side: names become `SourceRow` ids, and the shipped registry is seeded.

- Each speaker and each conduit resolves to a `SourceRow` by normalized key, through the alias table
  first, then the source table, else a new source (``INSERT … ON CONFLICT DO NOTHING RETURNING``, the
  ones another writer made meanwhile read back, so concurrent writers agree on one row). The mention as
  written is added as an alias. A whole batch's names resolve together in a handful of statements.
- `SourceIds` memoizes name → id for a whole ingest run. Ids learnt inside a transaction are only kept
  once it commits (`commit`); after a rollback (`forget`) nothing learnt from it is trusted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select
from sqlalchemy.dialects import postgresql, sqlite

from attribution.model import Attribution
from attribution.storage.bulk import insert_rows
from attribution.storage.engine import storage_errors
from attribution.storage.tables import ALIAS_TABLE as ALIAS, SOURCE_TABLE as SOURCE
from attribution.textnorm import normalize_key as _normalize_key

CONDUIT_TYPE = "media"

normalize_key = lru_cache(maxsize=1 << 16)(_normalize_key)  # names recur in every batch: fold each once

NAME_MAX = 512  # the width of the name and key columns of sources and aliases


def fitted(name: str) -> str:
    """A name as stored: cut to the column's width with an ellipsis (a claim keeps its full source text and
    offsets; only the registry's copy of an overlong mention, always a misreading, is shortened)."""
    name = name.strip()
    return name if len(name) <= NAME_MAX else name[:NAME_MAX - 1] + "…"


def source_key(name: str) -> str:
    """The matching key of a name, fitted to the column: an overlong key keeps its start and a digest of the
    whole, so two different long names never share a key."""
    key = normalize_key(name)
    if len(key) <= NAME_MAX:
        return key
    return key[:NAME_MAX - 17] + "#" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class SourceSpec:
    """What is known about a source when it is first met."""

    name: str
    type: str = "other"
    anonymous: bool = False
    builtin: bool = False
    aliases: tuple[str, ...] = ()
    lang: str | None = None


def dialect_insert(conn: Connection, table: Table) -> Any:
    """The dialect's INSERT, which has ``on_conflict_do_nothing`` on both SQLite and PostgreSQL."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def source_values(spec: SourceSpec, key: str) -> dict[str, Any]:
    return {
        "canonical": fitted(spec.name),
        "key": key,
        "type": spec.type,
        "anonymous": spec.anonymous,
        "builtin": spec.builtin,
    }


def alias_values(source_id: int, names: Iterable[str], lang: str | None = None) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for name in names:
        key = source_key(name)
        if key and key not in rows:
            rows[key] = {"source_id": source_id, "alias": fitted(name), "key": key, "lang": lang}
    return list(rows.values())


def add_aliases(conn: Connection, source_id: int, names: Iterable[str], lang: str | None = None) -> None:
    """Record each surface form of a source once (unique per source and key)."""
    rows = alias_values(source_id, names, lang)
    if rows:
        stmt = dialect_insert(conn, ALIAS).on_conflict_do_nothing(index_elements=["source_id", "key"])
        conn.execute(stmt, rows)


def resolve_source(conn: Connection, spec: SourceSpec) -> int | None:
    """The id of the source `spec` names (found by alias or key, else created); None for no name."""
    return resolve_sources(conn, [spec])[0]


def _ids_by_alias(conn: Connection, keys: Sequence[str]) -> dict[str, int]:
    """key → the lowest source id with an alias of that key."""
    stmt = select(ALIAS.c.key, func.min(ALIAS.c.source_id)).where(ALIAS.c.key.in_(keys)).group_by(ALIAS.c.key)
    return {k: int(i) for k, i in conn.execute(stmt)}


def _ids_by_key(conn: Connection, keys: Sequence[str]) -> dict[str, int]:
    return {k: int(i) for k, i in conn.execute(select(SOURCE.c.key, SOURCE.c.id).where(SOURCE.c.key.in_(keys)))}


def _create_sources(conn: Connection, specs: dict[str, SourceSpec]) -> dict[str, int]:
    """Insert the sources (keys sorted, so concurrent writers lock in one order); those another writer
    created meanwhile are read back."""
    rows = [source_values(specs[key], key) for key in sorted(specs)]
    stmt = dialect_insert(conn, SOURCE).on_conflict_do_nothing(index_elements=["key"])
    made = {k: int(i) for k, i in conn.execute(stmt.returning(SOURCE.c.key, SOURCE.c.id), rows)}
    lost = sorted(set(specs) - made.keys())
    return made | (_ids_by_key(conn, lost) if lost else {})


def resolve_sources(conn: Connection, specs: Sequence[SourceSpec]) -> list[int | None]:
    """The ids of the sources `specs` name, in order (None for no name): found by alias, else by key,
    else created; every mention is recorded as an alias. A handful of statements whatever the count."""
    keys = [source_key(spec.name) for spec in specs]
    wanted = sorted({k for k in keys if k})
    ids = _ids_by_alias(conn, wanted) if wanted else {}
    if missing := [k for k in wanted if k not in ids]:
        ids |= _ids_by_key(conn, missing)
    if missing := [k for k in wanted if k not in ids]:
        first = {k: spec for k, spec in zip(keys, specs, strict=True) if k in missing}
        ids |= _create_sources(conn, {k: first[k] for k in missing})
    aliases: dict[tuple[int, str], dict[str, Any]] = {}
    for key, spec in zip(keys, specs, strict=True):
        for row in alias_values(ids[key], (spec.name, *spec.aliases), spec.lang) if key else ():
            aliases.setdefault((row["source_id"], row["key"]), row)
    if aliases:
        rows = [aliases[k] for k in sorted(aliases)]
        statement = insert_rows(conn, ALIAS, ALIAS_KEYS, _alias_conflict)
        statement.execute(conn, [tuple(row[k] for k in ALIAS_KEYS) for row in rows])
    return [ids[k] if k else None for k in keys]


ALIAS_KEYS = ("source_id", "alias", "key", "lang")


def _alias_conflict(insert: Any) -> Any:
    return insert.on_conflict_do_nothing(index_elements=["source_id", "key"])


Memo = tuple[str, tuple[str, ...]]


class SourceIds:
    """Memo of name → source id across an ingest run, trusted only for committed transactions.

    With a `registry`, a name it recognizes (also by spelling variant) is stored under the registry's
    canonical name, so "Reuter" and "رويترز" land on the Reuters row.
    """

    def __init__(self, registry: Any = None) -> None:
        self.registry = registry
        self.known: dict[Memo, int | None] = {}
        self.pending: dict[Memo, int | None] = {}

    def canonical(self, spec: SourceSpec) -> SourceSpec:
        entry = self.registry.match(spec.name) if self.registry is not None and spec.name.strip() else None
        if entry is None or entry.canonical == spec.name:
            return spec
        return replace(
            spec, name=entry.canonical, type=entry.type, anonymous=entry.anonymous, aliases=(*spec.aliases, spec.name)
        )

    def resolve(self, conn: Connection, spec: SourceSpec) -> int | None:
        return self.resolve_all(conn, [spec])[0]

    def resolve_all(self, conn: Connection, specs: Sequence[SourceSpec]) -> list[int | None]:
        """Ids for `specs`, in order: names met before from memory, the rest in a few bulk statements."""
        memos = [(spec.name, spec.aliases) for spec in specs]  # as written: cheaper than normalizing each
        return self.resolve_memos(conn, memos, specs.__getitem__)

    def resolve_memos(
        self, conn: Connection, memos: Sequence[Memo], spec_of: Callable[[int], SourceSpec]
    ) -> list[int | None]:
        """Ids for the sources whose (name, aliases) are `memos`, in order; `spec_of(i)` makes the spec of
        `memos[i]`, asked only for a name not met before (most of a batch's names were)."""
        known, pending = self.known, self.pending
        new: dict[Memo, SourceSpec] = {}
        for i, m in enumerate(memos):
            if m not in known and m not in pending and m not in new:
                new[m] = spec_of(i)
        if new:
            found = resolve_sources(conn, [self.canonical(spec) for spec in new.values()])
            pending.update(zip(new, found, strict=True))
        return [known[m] if m in known else pending[m] for m in memos]

    def commit(self) -> None:
        self.known.update(self.pending)
        self.pending.clear()

    def forget(self) -> None:
        """After a rollback: drop what the failed transaction learnt, and (a source may have been merged
        away meanwhile) everything else too."""
        self.known.clear()
        self.pending.clear()


def speaker_memo(attribution: Attribution) -> Memo:
    """The (name, aliases) of `speaker_spec(attribution, …)`, without making the spec."""
    text = attribution.source.text if attribution.source else ""
    mention = text.strip()
    return attribution.source_canonical.strip() or mention, (text,) if mention else ()


def speaker_spec(attribution: Attribution, lang: str) -> SourceSpec:
    name, mention = speaker_memo(attribution)
    return SourceSpec(name, attribution.source_type, attribution.anonymous, aliases=mention, lang=lang)


def conduit_spec(name: str, lang: str) -> SourceSpec:
    return SourceSpec(name, CONDUIT_TYPE, lang=lang)


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
    specs = {key: spec for spec in map(_entry_spec, registry.entries()) if (key := source_key(spec.name))}
    if not specs:
        return 0
    with storage_errors(engine), engine.begin() as conn:
        sources = dialect_insert(conn, SOURCE).on_conflict_do_nothing(index_elements=["key"])
        conn.execute(sources, [source_values(spec, key) for key, spec in specs.items()])
        ids = dict(conn.execute(select(SOURCE.c.key, SOURCE.c.id).where(SOURCE.c.key.in_(list(specs)))).all())
        aliases = [row for key, spec in specs.items() for row in alias_values(ids[key], (spec.name, *spec.aliases))]
        stmt = dialect_insert(conn, ALIAS).on_conflict_do_nothing(index_elements=["source_id", "key"])
        conn.execute(stmt, aliases)
    return len(specs)
