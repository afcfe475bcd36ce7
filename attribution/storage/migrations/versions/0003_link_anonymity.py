"""Claim links carry their claim's anonymity: "claims of a source, anonymous ones only" reads the links alone.

- ``attribution_source.anonymous``, a copy of ``attribution.anonymous`` (which nothing changes after
  ingest; merges move links with it), filled from the claims;
- an index on (source_id, anonymous, attribution_id): the claims citing Reuters anonymously are one index
  range, instead of every claim citing Reuters fetched to test its anonymity;
- then ANALYZE.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("attribution_source", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anonymous", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(  # only the anonymous claims' links change: most rows are written once, by the new column
        "UPDATE attribution_source SET anonymous = a.anonymous FROM attribution AS a "
        "WHERE a.id = attribution_source.attribution_id AND a.anonymous"
    )
    with op.batch_alter_table("attribution_source", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attribution_source_anonymous", ["source_id", "anonymous", "attribution_id"], unique=False
        )
    op.execute("ANALYZE")


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("attribution_source", schema=None) as batch_op:
        batch_op.drop_index("ix_attribution_source_anonymous")
        batch_op.drop_column("anonymous")
