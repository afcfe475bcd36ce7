"""The review workflow and registry curation: the only writes the dashboard makes.

- `record_review` appends a `ReviewEventRow` (who, when, from, to, note). Events are never updated or
  deleted; the latest event of a claim is its current status, so two reviewers changing the same claim
  at once both leave their event in the history.
- `rename_source`, `retype_source` and `merge_sources` curate the source registry. A merge moves every
  attribution, conduit link and alias of one source to another and deletes the emptied source. Retype
  and merge move the source's tallies (`attribution.storage.tallies`) in the same transaction.

Every write function is one transaction: it commits on success and rolls back on any error, so a
failed merge leaves the database exactly as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session

from attribution.errors import StorageError
from attribution.model import SOURCE_TYPES
from attribution.storage import tallies
from attribution.storage.tables import (
    ALIAS_TABLE as ALIASES,
    ATTRIBUTION_TABLE as ATTRIBUTION,
    LINK_TABLE as LINKS,
    REVIEW_STATUSES,
    AliasRow,
    AttributionRow,
    AttributionSourceRow,
    ReviewEventRow,
    SourceRow,
)
from attribution.textnorm import normalize_key

T = TypeVar("T")
EVENT = ReviewEventRow.__table__.c  # type: ignore[attr-defined]
SRC = SourceRow.__table__.c  # type: ignore[attr-defined]
ALIAS = AliasRow.__table__.c  # type: ignore[attr-defined]
ATTR = AttributionRow.__table__.c  # type: ignore[attr-defined]
LINK = AttributionSourceRow.__table__.c  # type: ignore[attr-defined]
UNREVIEWED = "unreviewed"


@dataclass(frozen=True)
class MergeResult:
    """What a merge moved from the dropped source to the kept one."""

    kept_id: int
    dropped_id: int
    speakers_moved: int
    links_moved: int
    aliases_moved: int


def _in_transaction(session: Session, work: Callable[[], T]) -> T:
    """Run `work`, then commit; roll back and re-raise on any error."""
    try:
        result = work()
        session.commit()
    except Exception:
        session.rollback()
        raise
    return result


def current_status(session: Session, attribution_id: int) -> str:
    """The status of the latest review event of a claim, or "unreviewed"."""
    stmt = select(EVENT.to_status).where(EVENT.attribution_id == attribution_id).order_by(EVENT.id.desc()).limit(1)
    return session.execute(stmt).scalar_one_or_none() or UNREVIEWED


def review_history(session: Session, attribution_id: int) -> list[ReviewEventRow]:
    """All review events of a claim, oldest first."""
    stmt = select(ReviewEventRow).where(EVENT.attribution_id == attribution_id).order_by(EVENT.id)
    return list(session.execute(stmt).scalars())


def latest_review_times(session: Session, attribution_ids: Iterable[int]) -> dict[int, datetime]:
    """When each of these claims was last reviewed (claims never reviewed are absent)."""
    ids = list(attribution_ids)
    if not ids:
        return {}
    stmt = select(EVENT.attribution_id, func.max(EVENT.at)).where(EVENT.attribution_id.in_(ids))
    stmt = stmt.group_by(EVENT.attribution_id)
    return {int(aid): at for aid, at in session.execute(stmt).all()}


def validate_status(status: str) -> str:
    if status not in REVIEW_STATUSES:
        raise ValueError(f"unknown review status {status!r}; expected one of {', '.join(REVIEW_STATUSES)}")
    return status


def record_review(
    session: Session, attribution_id: int, *, to_status: str, reviewer: str, note: str = ""
) -> ReviewEventRow:
    """Append a review event moving a claim from its current status to `to_status`."""
    validate_status(to_status)
    reviewer = reviewer.strip()
    if not reviewer:
        raise ValueError("a review needs a reviewer name")
    if session.get(AttributionRow, attribution_id) is None:
        raise StorageError(f"no attribution with id {attribution_id}")

    def work() -> ReviewEventRow:
        event = ReviewEventRow(
            attribution_id=attribution_id,
            reviewer=reviewer,
            from_status=current_status(session, attribution_id),
            to_status=to_status,
            note=note.strip(),
            at=datetime.now(UTC),  # tables.utcnow is naive; sqlmodel's UTCDateTime wants aware
        )
        session.add(event)
        session.flush()
        return event

    event = _in_transaction(session, work)
    session.refresh(event)
    return event


def _source(session: Session, source_id: int) -> SourceRow:
    row = session.get(SourceRow, source_id)
    if row is None:
        raise StorageError(f"no source with id {source_id}")
    return row


def _alias_keys(session: Session, source_id: int) -> set[str]:
    stmt = select(ALIAS.key).where(ALIAS.source_id == source_id)
    return set(session.execute(stmt).scalars())


def _add_alias(session: Session, source_id: int, alias: str, lang: str | None = None) -> bool:
    """Add `alias` to a source unless it already has one with the same key."""
    key = normalize_key(alias)
    if not key or key in _alias_keys(session, source_id):
        return False
    session.add(AliasRow(source_id=source_id, alias=alias, key=key, lang=lang))
    return True


def rename_source(session: Session, source_id: int, new_name: str) -> SourceRow:
    """Give a source a new canonical name; the old name stays as an alias so matching still finds it."""
    new_name = " ".join(new_name.split())
    key = normalize_key(new_name)
    if not key:
        raise ValueError("a source name cannot be empty")
    source = _source(session, source_id)
    clash = session.execute(select(SRC.id).where(SRC.key == key, SRC.id != source_id)).scalar_one_or_none()
    if clash is not None:
        raise StorageError(f"another source (id {clash}) is already named {new_name!r}; merge them instead")

    def work() -> SourceRow:
        _add_alias(session, source_id, source.canonical)
        _add_alias(session, source_id, new_name)
        source.canonical = new_name
        source.key = key
        session.add(source)
        session.flush()
        return source

    renamed = _in_transaction(session, work)
    session.refresh(renamed)
    return renamed


def retype_source(session: Session, source_id: int, new_type: str) -> SourceRow:
    """Change a source's type, and the denormalized type of the claims it is the speaker of."""
    if new_type not in SOURCE_TYPES:
        raise ValueError(f"unknown source type {new_type!r}; expected one of {', '.join(SOURCE_TYPES)}")
    source = _source(session, source_id)

    def work() -> SourceRow:
        source.type = new_type
        session.add(source)
        session.execute(update(ATTRIBUTION).where(ATTR.speaker_id == source_id).values(source_type=new_type))
        tallies.retype_speaker(session.connection(), source_id, new_type)
        session.flush()
        return source

    retyped = _in_transaction(session, work)
    session.refresh(retyped)
    return retyped


def _move_links(session: Session, keep_id: int, drop_id: int) -> int:
    """Point the dropped source's attribution_source links at the kept one, without duplicate keys."""

    def links_of(source_id: int) -> dict[tuple[int, str], bool]:
        stmt = select(LINK.attribution_id, LINK.role, LINK.anonymous).where(LINK.source_id == source_id)
        return {(int(claim), str(role)): bool(anonymous) for claim, role, anonymous in session.execute(stmt)}

    moving, existing = links_of(drop_id), links_of(keep_id)
    session.execute(delete(LINKS).where(LINK.source_id == drop_id))
    rows = [
        {"attribution_id": a, "source_id": keep_id, "role": r, "anonymous": moving[a, r]}
        for a, r in sorted(moving.keys() - existing.keys())
    ]
    if rows:
        session.execute(insert(LINKS), rows)
    tallies.move_source_links(session.connection(), drop_id, keep_id, Counter(str(r["role"]) for r in rows))
    return len(moving)


def _move_aliases(session: Session, keep_id: int, drop: SourceRow) -> int:
    """Move the dropped source's aliases (and its canonical name, as an alias) to the kept source."""
    moved = session.execute(select(ALIAS.alias, ALIAS.lang).where(ALIAS.source_id == drop.id)).all()
    session.execute(delete(ALIASES).where(ALIAS.source_id == drop.id))
    session.flush()
    count = 0
    for alias, lang in moved:
        count += _add_alias(session, keep_id, alias, lang)
        session.flush()
    _add_alias(session, keep_id, drop.canonical)
    return count


def merge_sources(session: Session, keep_id: int, drop_id: int) -> MergeResult:
    """Fold source `drop_id` into `keep_id`: claims, conduit links and aliases move; `drop_id` is deleted."""
    if keep_id == drop_id:
        raise ValueError("cannot merge a source into itself")
    keep = _source(session, keep_id)
    drop = _source(session, drop_id)

    def work() -> MergeResult:
        claims = select(func.count()).select_from(ATTRIBUTION).where(ATTR.speaker_id == drop_id)
        speakers = int(session.execute(claims).scalar_one())
        moved = update(ATTRIBUTION).where(ATTR.speaker_id == drop_id)
        session.execute(moved.values(speaker_id=keep_id, source_type=keep.type))
        tallies.move_speaker(session.connection(), drop_id, keep_id, keep.type)
        links = _move_links(session, keep_id, drop_id)
        aliases = _move_aliases(session, keep_id, drop)
        session.flush()
        session.delete(drop)
        session.flush()
        return MergeResult(keep_id, drop_id, speakers, links, aliases)

    return _in_transaction(session, work)
