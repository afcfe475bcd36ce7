"""Claims carry their article's language, outlet and day; tally tables for the overview and source list.

- ``attribution.lang``, ``.outlet`` ("" for none) and ``.day`` ("YYYY-MM-DD" UTC, "" undated), filled
  from each claim's article, with an index on (lang, kind, anonymous, article_id) and one on day;
- ``tally_claim``, ``tally_article``, ``tally_speaker``, ``tally_source``, filled from the existing rows
  (`attribution.storage.tallies.rebuild`);
- then ANALYZE. On PostgreSQL the copy rewrites every claim row: a ``VACUUM ANALYZE`` after upgrading a
  large database (or autovacuum, later) reclaims the old row versions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from attribution.storage import tallies

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TALLIES = ("tally_claim", "tally_article", "tally_speaker", "tally_source")


def _copy_article_columns() -> None:
    """One UPDATE … FROM (SQLite ≥ 3.33, PostgreSQL); the day as `tallies.day_of` computes it."""
    if op.get_bind().dialect.name == "postgresql":
        day = "to_char(a.published AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
    else:
        day = "substr(a.published, 1, 10)"  # SQLite stores UTC date-times as text
    op.execute(
        "UPDATE attribution SET lang = a.lang, outlet = coalesce(a.outlet, ''), "
        f"day = coalesce({day}, '') FROM article AS a WHERE a.id = attribution.article_id"
    )


def _create_tallies() -> None:
    dims: dict[str, list[tuple[str, int | None]]] = {
        "tally_claim": [("day", 10), ("lang", 8), ("outlet", 255), ("kind", 16), ("anonymous", None)],
        "tally_article": [("day", 10), ("lang", 8), ("outlet", 255)],
        "tally_speaker": [("speaker_id", 0), ("source_type", 32), ("lang", 8), ("kind", 16), ("anonymous", None)],
        "tally_source": [("source_id", 0), ("role", 16)],
    }
    for name, columns in dims.items():
        op.create_table(
            name,
            *(sa.Column(c, _type(size), nullable=False) for c, size in columns),
            sa.Column("n", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint(*(c for c, _ in columns)),
        )


def _type(size: int | None) -> sa.types.TypeEngine[Any]:
    if size is None:
        return sa.Boolean()
    return sa.Integer() if size == 0 else sa.String(length=size)


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lang", sa.String(length=8), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("outlet", sa.String(length=255), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("day", sa.String(length=10), nullable=False, server_default=""))
    _copy_article_columns()
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.create_index("ix_attribution_lang_kind", ["lang", "kind", "anonymous", "article_id"], unique=False)
        batch_op.create_index("ix_attribution_day", ["day"], unique=False)
    _create_tallies()
    tallies.rebuild(op.get_bind())
    op.execute("ANALYZE")  # planner statistics for the new indexes (SQLite has none until analyzed)


def downgrade() -> None:
    """Downgrade schema."""
    for name in TALLIES:
        op.drop_table(name)
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.drop_index("ix_attribution_day")
        batch_op.drop_index("ix_attribution_lang_kind")
        batch_op.drop_column("day")
        batch_op.drop_column("outlet")
        batch_op.drop_column("lang")
