"""A tiny corpus written for these tests: three articles with hand-made parse results.

The parse results are built here, not by the parser, so the dashboard tests do not move when the
parser improves. Offsets are found with `str.index` and cut with `Span.of`, so they are always right.
"""

from __future__ import annotations

from sqlalchemy import Engine

from attribution.model import Article, Attribution, ParseResult, Span
from attribution.storage.store import store_article

AR_TEXT = (
    "قال وزير الخارجية أحمد سالم إن المفاوضات ستستأنف الأسبوع المقبل. "
    "وأضاف مصدر مطلع أن الوفد سيصل غدا. "
    "ونقلت وكالة الأنباء عن المتحدث باسم الحكومة قوله: «لن نقبل بأي شروط مسبقة»."
)
EN_TEXT = (
    "Foreign Minister Ahmed Salem said talks would resume next week. "
    '"We are ready to talk," Salem told Reuters. '
    "An official who asked not to be named said the delegation would arrive on Monday."
)
HOSTILE_TEXT = (
    'The spokesman said "<script>window.__pwned=1</script> is not code". '
    'A critic said <img src=x onerror="window.__pwned=2"> and **bold** [click](javascript:alert(3)) '
    "<b>bold html</b> were harmless."
)
HOSTILE_TITLE = "<i>Injected</i> **title**"


def _span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span.of(text, start, start + len(needle))


def _claim(
    text: str,
    kind: str,
    content: str,
    cue: str,
    source: str,
    canonical: str,
    source_type: str,
    *,
    anonymous: bool = False,
    conduits: tuple[str, ...] = (),
) -> Attribution:
    return Attribution(
        kind=kind,  # type: ignore[arg-type]
        content=_span(text, content),
        cue=_span(text, cue),
        source=_span(text, source),
        source_canonical=canonical,
        source_type=source_type,
        anonymous=anonymous,
        conduits=conduits,
    )


def arabic() -> tuple[Article, ParseResult]:
    t = AR_TEXT
    claims = (
        _claim(
            t,
            "indirect",
            "المفاوضات ستستأنف الأسبوع المقبل",
            "قال",
            "وزير الخارجية أحمد سالم",
            "أحمد سالم",
            "official",
        ),
        _claim(t, "indirect", "الوفد سيصل غدا", "وأضاف", "مصدر مطلع", "مصدر مطلع", "anonymous", anonymous=True),
        _claim(
            t,
            "direct",
            "لن نقبل بأي شروط مسبقة",
            "قوله",
            "المتحدث باسم الحكومة",
            "المتحدث باسم الحكومة",
            "official",
            conduits=("وكالة الأنباء",),
        ),
    )
    article = Article(
        text=t,
        id="ar-1",
        title="المفاوضات تستأنف",
        url="https://example.org/ar/1",
        outlet="صحيفة المثال",
        published="2024-03-01",
        lang="ar",
        origin="corpus:ar-1",
    )
    return article, ParseResult(t, "ar", claims)


def english() -> tuple[Article, ParseResult]:
    t = EN_TEXT
    claims = (
        _claim(
            t,
            "indirect",
            "talks would resume next week",
            "said",
            "Foreign Minister Ahmed Salem",
            "Ahmed Salem",
            "official",
        ),
        _claim(
            t,
            "direct",
            "We are ready to talk,",
            "told",
            "Salem",
            "Ahmed Salem",
            "official",
            conduits=("Reuters",),
        ),
        Attribution(
            "indirect",
            _span(t, "the delegation would arrive on Monday"),
            _span(t, "said", 100),
            _span(t, "An official who asked not to be named"),
            "unnamed official",
            "anonymous",
            True,
        ),
    )
    article = Article(
        text=t,
        id="en-1",
        title="Talks to resume",
        url="https://example.org/en/1",
        outlet="Daily Example",
        published="2024-03-02",
        lang="en",
        origin="corpus:en-1",
    )
    return article, ParseResult(t, "en", claims)


def hostile() -> tuple[Article, ParseResult]:
    t = HOSTILE_TEXT
    claims = (
        _claim(
            t,
            "direct",
            "<script>window.__pwned=1</script> is not code",
            "said",
            "The spokesman",
            "The spokesman",
            "official",
        ),
        Attribution(
            "indirect",
            _span(t, '<img src=x onerror="window.__pwned=2"> and **bold**'),
            _span(t, "said", 60),
            _span(t, "A critic"),
            "A critic",
            "person",
            False,
        ),
    )
    article = Article(
        text=t,
        id="evil-1",
        title=HOSTILE_TITLE,
        url="javascript:alert(4)",
        outlet="Daily Example",
        published="2024-03-03",
        lang="en",
        origin="corpus:evil-1",
    )
    return article, ParseResult(t, "en", claims)


def seed(engine: Engine) -> dict[str, int]:
    """Store the three articles; returns their ids by external id."""
    ids = {}
    for build in (arabic, english, hostile):
        article, result = build()
        ids[article.id] = store_article(engine, article, result).article_id
    return ids
