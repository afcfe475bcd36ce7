"""The initial schema: articles, sources, aliases, attributions, their source links and review events.

A database made by ``SQLModel.metadata.create_all`` before migrations existed is this revision; `init_db`
stamps it as such and upgrades it from here.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("external_id", sa.String(length=512), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(length=255), nullable=True),
        sa.Column("published", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("content_hash"),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index("ix_article_lang", ["lang"], unique=False)
        batch_op.create_index("ix_article_outlet", ["outlet"], unique=False)
        batch_op.create_index("ix_article_published", ["published"], unique=False)

    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical", sa.String(length=512), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key", name="uq_source_key"),
    )
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.create_index("ix_source_type", ["type"], unique=False)

    op.create_table(
        "alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=512), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_id", "key", name="uq_alias_source_key"),
    )
    with op.batch_alter_table("alias", schema=None) as batch_op:
        batch_op.create_index("ix_alias_key", ["key"], unique=False)

    op.create_table(
        "attribution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("content_start", sa.Integer(), nullable=False),
        sa.Column("content_end", sa.Integer(), nullable=False),
        sa.Column("content_text", sa.Text(), nullable=False),
        sa.Column("content_key", sa.Text(), nullable=False),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("cue_text", sa.String(length=512), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("source_end", sa.Integer(), nullable=True),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("source_canonical", sa.String(length=512), nullable=False),
        sa.Column("source_type", sa.String(length=32), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["source.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.create_index("ix_attribution_anonymous", ["anonymous"], unique=False)
        batch_op.create_index("ix_attribution_article", ["article_id", "seq"], unique=False)
        batch_op.create_index("ix_attribution_kind", ["kind"], unique=False)
        batch_op.create_index("ix_attribution_speaker", ["speaker_id"], unique=False)

    op.create_table(
        "attribution_source",
        sa.Column("attribution_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["attribution_id"], ["attribution.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("attribution_id", "source_id", "role"),
    )
    with op.batch_alter_table("attribution_source", schema=None) as batch_op:
        batch_op.create_index("ix_attribution_source_source", ["source_id", "role"], unique=False)

    op.create_table(
        "review_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attribution_id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(length=255), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=False),
        sa.Column("to_status", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["attribution_id"], ["attribution.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review_event", schema=None) as batch_op:
        batch_op.create_index("ix_review_event_attribution", ["attribution_id", "id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("review_event", schema=None) as batch_op:
        batch_op.drop_index("ix_review_event_attribution")

    op.drop_table("review_event")
    with op.batch_alter_table("attribution_source", schema=None) as batch_op:
        batch_op.drop_index("ix_attribution_source_source")

    op.drop_table("attribution_source")
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.drop_index("ix_attribution_speaker")
        batch_op.drop_index("ix_attribution_kind")
        batch_op.drop_index("ix_attribution_article")
        batch_op.drop_index("ix_attribution_anonymous")

    op.drop_table("attribution")
    with op.batch_alter_table("alias", schema=None) as batch_op:
        batch_op.drop_index("ix_alias_key")

    op.drop_table("alias")
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_index("ix_source_type")

    op.drop_table("source")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index("ix_article_published")
        batch_op.drop_index("ix_article_outlet")
        batch_op.drop_index("ix_article_lang")

    op.drop_table("article")
