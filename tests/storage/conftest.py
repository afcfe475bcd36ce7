"""Hand-made parse results (no parser needed) and a small bilingual corpus stored through `store_article`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from attribution.model import Article, Attribution, ParseResult, Span
from attribution.storage.store import store_article

AR_TEXT = (
    'قال وزير الخارجية فؤاد حسين إن "المحادثات مستمرة". وأعلن مسؤولون أمريكيون أن القوات ستبقى في البلاد، بحسب رويترز.'
)
EN_TEXT = '"We will not leave," said Fuad Hussein. Officials told Reuters that the talks would resume soon.'


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, start, start + len(part))


def claim(
    text: str,
    kind: str,
    content: str,
    source: str | None,
    canonical: str,
    source_type: str = "person",
    *,
    anonymous: bool = False,
    cue: str | None = None,
    conduits: tuple[str, ...] = (),
) -> Attribution:
    return Attribution(
        kind=kind,  # type: ignore[arg-type]
        content=span(text, content),
        cue=span(text, cue) if cue else None,
        source=span(text, source) if source else None,
        source_canonical=canonical,
        source_type=source_type,
        anonymous=anonymous,
        conduits=conduits,
    )


def ar_result() -> ParseResult:
    return ParseResult(
        AR_TEXT,
        "ar",
        (
            claim(
                AR_TEXT,
                "mixed",
                'إن "المحادثات مستمرة"',
                "وزير الخارجية فؤاد حسين",
                "Fuad Hussein",
                "official",
                cue="قال",
            ),
            claim(
                AR_TEXT,
                "indirect",
                "أن القوات ستبقى في البلاد",
                "مسؤولون أمريكيون",
                "US officials (unnamed)",
                "anonymous",
                anonymous=True,
                cue="وأعلن",
                conduits=("Reuters",),
            ),
        ),
    )


def en_result() -> ParseResult:
    return ParseResult(
        EN_TEXT,
        "en",
        (
            claim(
                EN_TEXT,
                "direct",
                '"We will not leave,"',
                "Fuad Hussein",
                "Fuad Hussein",
                "official",
                cue="said",
            ),
            claim(
                EN_TEXT,
                "indirect",
                "that the talks would resume soon",
                "Officials",
                "officials (unnamed)",
                "anonymous",
                anonymous=True,
                cue="told",
                conduits=("Reuters",),
            ),
        ),
    )


AR_ARTICLE = Article(
    text=AR_TEXT,
    id="ar-1",
    title="محادثات",
    outlet="Al-Test",
    published="2024-01-05",
    lang="ar",
    origin="ar-1.txt",
)
EN_ARTICLE = Article(
    text=EN_TEXT,
    id="en-1",
    title="Talks",
    outlet="Daily Test",
    published="2024-01-06T10:30:00Z",
    lang="en",
    origin="en-1.txt",
)


class Samples:
    """The sample texts, articles and hand-made results, handed to tests by the `samples` fixture."""

    ar_text = AR_TEXT
    en_text = EN_TEXT
    ar_article = AR_ARTICLE
    en_article = EN_ARTICLE
    ar_result = staticmethod(ar_result)
    en_result = staticmethod(en_result)
    claim = staticmethod(claim)


@pytest.fixture
def samples() -> type[Samples]:
    return Samples


@dataclass(frozen=True)
class Corpus:
    ar_id: int
    en_id: int


@pytest.fixture
def corpus(engine: Engine) -> Corpus:
    """One Arabic and one English article, two claims each, stored on `engine`."""
    ar = store_article(engine, AR_ARTICLE, ar_result())
    en = store_article(engine, EN_ARTICLE, en_result())
    return Corpus(ar.article_id, en.article_id)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def blank_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database (no tables): an SQLite file, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'blank.db'}"
    return str(request.getfixturevalue("blank_pg_url"))
