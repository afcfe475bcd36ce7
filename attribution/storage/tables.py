"""The database schema (SQLModel tables). One metadata registry; every table is defined once, here.

- `ArticleRow`       one ingested article, unique by `content_hash` (re-ingesting is a no-op);
- `SourceRow`        a canonical source of the registry (Reuters, al-Sudani, "US officials (unnamed)");
- `AliasRow`         a surface form of a source as written, with its Arabic-normalized matching key;
- `AttributionRow`   one claim with all its spans (offsets into `ArticleRow.text`);
- `AttributionSourceRow`  links a claim to its speaker (role "speaker") and to its conduits (role "conduit"),
                          with a copy of the claim's anonymity (a source's anonymous claims: one index range);
- `ReviewEventRow`   the review history: append-only, the latest event per claim is its current status.
- `ClaimTallyRow`, `ArticleTallyRow`, `SpeakerTallyRow`, `SourceTallyRow`  counts the dashboard's overview
  and source list read instead of scanning the claims; kept exact by every write, in the write's own
  transaction (`attribution.storage.tallies`).

An attribution row carries copies of its article's `lang`, `outlet` ("" when none) and publication `day`
("YYYY-MM-DD" in UTC, "" when undated), so claim filters and counts never join the articles.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, Index, Table, Text, UniqueConstraint, false
from sqlmodel import Field, SQLModel

REVIEW_STATUSES: tuple[str, ...] = (
    "unreviewed", "verified", "disputed", "false", "misattributed", "needs_context",
)
ROLES: tuple[str, ...] = ("speaker", "conduit")


def utcnow() -> datetime:
    return datetime.now(UTC)


class ArticleRow(SQLModel, table=True):
    __tablename__ = "article"
    __table_args__ = (
        Index("ix_article_lang", "lang"),
        Index("ix_article_outlet", "outlet"),
        Index("ix_article_published", "published"),
    )

    id: int | None = Field(default=None, primary_key=True)
    content_hash: str = Field(max_length=64, unique=True, description="sha256 of the text (NFC), hex")
    external_id: str = Field(default="", max_length=512, description="the id given in the input record")
    title: str | None = Field(default=None, sa_column=Column(Text))
    url: str | None = Field(default=None, sa_column=Column(Text))
    outlet: str | None = Field(default=None, max_length=255)
    published: datetime | None = Field(default=None)
    lang: str = Field(max_length=8)
    text: str = Field(sa_column=Column(Text, nullable=False))
    origin: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    ingested_at: datetime = Field(default_factory=utcnow)


class SourceRow(SQLModel, table=True):
    __tablename__ = "source"
    __table_args__ = (UniqueConstraint("key", name="uq_source_key"), Index("ix_source_type", "type"))

    id: int | None = Field(default=None, primary_key=True)
    canonical: str = Field(max_length=512)
    key: str = Field(max_length=512, description="normalized canonical name; one row per key")
    type: str = Field(default="other", max_length=32)
    anonymous: bool = Field(default=False)
    builtin: bool = Field(default=False, description="shipped in the registry data, not learned from articles")


class AliasRow(SQLModel, table=True):
    __tablename__ = "alias"
    __table_args__ = (UniqueConstraint("source_id", "key", name="uq_alias_source_key"), Index("ix_alias_key", "key"))

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", ondelete="CASCADE")
    alias: str = Field(max_length=512, description="as written")
    key: str = Field(max_length=512, description="Arabic-normalized, lower-cased matching key")
    lang: str | None = Field(default=None, max_length=8)


class AttributionRow(SQLModel, table=True):
    __tablename__ = "attribution"
    __table_args__ = (
        Index("ix_attribution_article", "article_id", "seq"),
        Index("ix_attribution_kind", "kind"),
        Index("ix_attribution_speaker", "speaker_id"),
        Index("ix_attribution_anonymous", "anonymous"),
        Index("ix_attribution_lang_kind", "lang", "kind", "anonymous", "article_id"),
        Index("ix_attribution_day", "day"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE")
    seq: int = Field(description="position of the claim in its article, from 0")
    kind: str = Field(max_length=16)
    content_start: int
    content_end: int
    content_text: str = Field(sa_column=Column(Text, nullable=False))
    content_key: str = Field(
        default="", sa_column=Column(Text, nullable=False, default=""),
        description="normalized copy of content_text for free-text search (never shown)",
    )
    cue_start: int | None = None
    cue_end: int | None = None
    cue_text: str = Field(default="", max_length=512)
    source_start: int | None = None
    source_end: int | None = None
    source_text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    speaker_id: int | None = Field(default=None, foreign_key="source.id", description="denormalized speaker")
    source_canonical: str = Field(default="", max_length=512, description="as resolved at parse time")
    source_type: str = Field(default="other", max_length=32)
    anonymous: bool = Field(default=False)
    lang: str = Field(default="", max_length=8, description="the article's language (copy)")
    outlet: str = Field(default="", max_length=255, description="the article's outlet (copy), '' for none")
    day: str = Field(default="", max_length=10, description="the article's UTC publication day, '' if undated")


class AttributionSourceRow(SQLModel, table=True):
    __tablename__ = "attribution_source"
    __table_args__ = (
        Index("ix_attribution_source_source", "source_id", "role"),
        Index("ix_attribution_source_anonymous", "source_id", "anonymous", "attribution_id"),
    )

    attribution_id: int = Field(foreign_key="attribution.id", primary_key=True, ondelete="CASCADE")
    source_id: int = Field(foreign_key="source.id", primary_key=True, ondelete="CASCADE")
    role: str = Field(primary_key=True, max_length=16)
    anonymous: bool = Field(
        default=False, sa_column_kwargs={"server_default": false()}, description="the claim's anonymity (copy)"
    )


class ReviewEventRow(SQLModel, table=True):
    __tablename__ = "review_event"
    __table_args__ = (Index("ix_review_event_attribution", "attribution_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    attribution_id: int = Field(foreign_key="attribution.id", ondelete="CASCADE")
    reviewer: str = Field(max_length=255)
    from_status: str = Field(max_length=32)
    to_status: str = Field(max_length=32)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    at: datetime = Field(default_factory=utcnow)


# ---------------------------------------------------------------- tallies (see attribution.storage.tallies)


class ClaimTallyRow(SQLModel, table=True):
    """Claims per publication day, language, outlet, kind and anonymity."""

    __tablename__ = "tally_claim"

    day: str = Field(primary_key=True, max_length=10)
    lang: str = Field(primary_key=True, max_length=8)
    outlet: str = Field(primary_key=True, max_length=255)
    kind: str = Field(primary_key=True, max_length=16)
    anonymous: bool = Field(primary_key=True)
    n: int = Field(default=0)


class ArticleTallyRow(SQLModel, table=True):
    """Articles per publication day, language and outlet."""

    __tablename__ = "tally_article"

    day: str = Field(primary_key=True, max_length=10)
    lang: str = Field(primary_key=True, max_length=8)
    outlet: str = Field(primary_key=True, max_length=255)
    n: int = Field(default=0)


class SpeakerTallyRow(SQLModel, table=True):
    """Claims per speaker (0: none), the claims' stored source type, language, kind and anonymity."""

    __tablename__ = "tally_speaker"

    speaker_id: int = Field(primary_key=True)
    source_type: str = Field(primary_key=True, max_length=32)
    lang: str = Field(primary_key=True, max_length=8)
    kind: str = Field(primary_key=True, max_length=16)
    anonymous: bool = Field(primary_key=True)
    n: int = Field(default=0)


class SourceTallyRow(SQLModel, table=True):
    """Claim links per source and role (speaker, conduit): the source list's counts."""

    __tablename__ = "tally_source"

    source_id: int = Field(primary_key=True)
    role: str = Field(primary_key=True, max_length=16)
    n: int = Field(default=0)


# Core tables of the models, for the bulk statements of the writers (one place, not one copy per module)
def _core(model: type[SQLModel]) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


ARTICLE_TABLE = _core(ArticleRow)
SOURCE_TABLE = _core(SourceRow)
ALIAS_TABLE = _core(AliasRow)
ATTRIBUTION_TABLE = _core(AttributionRow)
LINK_TABLE = _core(AttributionSourceRow)
EVENT_TABLE = _core(ReviewEventRow)
CLAIM_TALLY_TABLE = _core(ClaimTallyRow)
ARTICLE_TALLY_TABLE = _core(ArticleTallyRow)
SPEAKER_TALLY_TABLE = _core(SpeakerTallyRow)
SOURCE_TALLY_TABLE = _core(SourceTallyRow)
