"""The tallies as stored, and as a rebuild from the claims would make them (rolled back afterwards)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from attribution.storage import tallies

Rows = dict[str, set[tuple[Any, ...]]]


def tally_rows(session: Session) -> Rows:
    """Every non-zero tally row, per table."""
    return {t.name: {tuple(r) for r in session.execute(select(t)) if r.n} for t in tallies.ORDER}


def rebuilt(engine: Engine) -> Rows:
    """The tallies recomputed from scratch, inside a transaction that is rolled back."""
    with engine.connect() as conn:
        transaction = conn.begin()
        tallies.rebuild(conn)
        rows = tally_rows(Session(bind=conn))
        transaction.rollback()
    return rows
