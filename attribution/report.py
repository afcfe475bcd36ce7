"""Citation reports of a selection of claims: Markdown, HTML and schema.org ClaimReview JSON-LD.

Reports group claims by source; each claim carries its kind, cue, conduits, the article's title,
outlet, date and URL, its character offsets and its review status and note. Everything in a claim
came from an untrusted article, so the HTML report escapes every value (`html.escape`) and links only
http(s) URLs, and the Markdown report escapes Markdown punctuation and HTML so nothing in an article
can become markup in the report.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from typing import Any

from attribution.storage.queries import ClaimRow

UNNAMED_SOURCE = "(no source)"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#!|>~<&])")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)

# review status -> (rating value on a 1..5 scale, the verdict's display name for `alternateName`)
RATINGS: Mapping[str, tuple[int, str]] = {
    "verified": (5, "Verified"),
    "needs_context": (3, "Needs context"),
    "disputed": (2, "Disputed"),
    "misattributed": (1, "Misattributed"),
    "false": (1, "False"),
}


@dataclass(frozen=True)
class ReportMeta:
    """Who publishes a report and where its reviews live."""

    title: str = "Citation report"
    organization: str = "attribution"
    review_url: str = "https://example.org/claims"  # a claim's review is at review_url#claim-<id>


def source_name(row: ClaimRow) -> str:
    return row.speaker or row.source_text or UNNAMED_SOURCE


def group_by_source(rows: Iterable[ClaimRow]) -> list[tuple[str, list[ClaimRow]]]:
    """Claims grouped by source name (sources alphabetically, claims in article order)."""
    ordered = sorted(rows, key=lambda r: (source_name(r).casefold(), r.article_id, r.seq))
    return [(name, list(group)) for name, group in groupby(ordered, key=source_name)]


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) URL, else None (no javascript:, data:, or quotes)."""
    return url if url and _SAFE_URL.match(url.strip()) else None


def _day(value: date | datetime | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def _offsets(row: ClaimRow) -> str:
    parts = [f"content {row.content_start}–{row.content_end}"]
    if row.cue_start is not None:
        parts.append(f"cue {row.cue_start}–{row.cue_end}")
    if row.source_start is not None:
        parts.append(f"source {row.source_start}–{row.source_end}")
    return ", ".join(parts)


# ---------------------------------------------------------------- Markdown


def md_escape(text: str) -> str:
    """Text safe inside Markdown: punctuation backslash-escaped, newlines folded to spaces."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _md_claim(row: ClaimRow) -> list[str]:
    article = md_escape(row.article_title or row.article_external_id or f"article {row.article_id}")
    url = safe_url(row.article_url)
    where = ", ".join(
        md_escape(x) for x in (row.article_outlet or "", _day(row.article_published), row.article_lang) if x
    )
    lines = [
        f"- **{md_escape(row.kind)}** claim \\#{row.id}: {md_escape(row.content_text)}",
        f"  - cue: {md_escape(row.cue_text) or '—'}; source as written: {md_escape(row.source_text) or '—'}",
        f"  - conduits: {', '.join(md_escape(c) for c in row.conduits) or '—'}",
        f"  - article: {article}" + (f" ({where})" if where else "") + (f" <{url}>" if url else ""),
        f"  - offsets: {_offsets(row)}",
        f"  - review: {md_escape(row.review_status)}"
        + (f" by {md_escape(row.reviewer)}" if row.reviewer else "")
        + (f" — {md_escape(row.review_note)}" if row.review_note else ""),
    ]
    return lines


def claims_to_markdown(rows: Sequence[ClaimRow], meta: ReportMeta = ReportMeta()) -> str:
    """A Markdown citation report, one section per source."""
    out = [f"# {md_escape(meta.title)}", "", f"{len(rows)} claims.", ""]
    for name, claims in group_by_source(rows):
        out += [f"## {md_escape(name)} ({len(claims)})", ""]
        for row in claims:
            out += _md_claim(row)
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- HTML


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _dir(row: ClaimRow) -> str:
    return "rtl" if row.article_lang == "ar" else "ltr"


def _html_article(row: ClaimRow) -> str:
    title = _e(row.article_title or row.article_external_id or f"article {row.article_id}")
    url = safe_url(row.article_url)
    linked = f'<a href="{_e(url)}" rel="noopener noreferrer">{title}</a>' if url else title
    details = ", ".join(_e(x) for x in (row.article_outlet, _day(row.article_published), row.article_lang) if x)
    return f"{linked} ({details})" if details else linked


def _html_claim(row: ClaimRow) -> str:
    review = _e(row.review_status) + (f" by {_e(row.reviewer)}" if row.reviewer else "")
    note = f'<dd class="note">{_e(row.review_note)}</dd>' if row.review_note else ""
    return (
        f'<li id="claim-{row.id}"><blockquote dir="{_dir(row)}">{_e(row.content_text)}</blockquote>\n'
        f"<dl><dt>kind</dt><dd>{_e(row.kind)}</dd>"
        f"<dt>cue</dt><dd>{_e(row.cue_text) or '—'}</dd>"
        f"<dt>conduits</dt><dd>{_e(', '.join(row.conduits)) or '—'}</dd>"
        f"<dt>article</dt><dd>{_html_article(row)}</dd>"
        f"<dt>offsets</dt><dd>{_e(_offsets(row))}</dd>"
        f"<dt>review</dt><dd>{review}</dd>{note}</dl></li>"
    )


_CSS = (
    "body{font-family:sans-serif;max-width:60em;margin:auto}blockquote{border-left:3px solid #999;"
    "margin:.5em 0;padding-left:.7em}blockquote[dir=rtl]{border-left:0;border-right:3px solid #999;"
    "padding-right:.7em}dl{display:grid;grid-template-columns:max-content auto;gap:0 1em}dt{color:#555}"
)


def claims_to_html(rows: Sequence[ClaimRow], meta: ReportMeta = ReportMeta()) -> str:
    """A standalone HTML citation report, one section per source; every value is escaped."""
    sections = []
    for name, claims in group_by_source(rows):
        items = "\n".join(_html_claim(row) for row in claims)
        sections.append(f"<section><h2>{_e(name)} ({len(claims)})</h2>\n<ol>\n{items}\n</ol></section>")
    body = "\n".join(sections)
    return (
        '<!DOCTYPE html>\n<html lang="mul"><head><meta charset="utf-8">'
        f"<title>{_e(meta.title)}</title><style>{_CSS}</style></head>\n"
        f"<body><h1>{_e(meta.title)}</h1><p>{len(rows)} claims.</p>\n{body}\n</body></html>\n"
    )


# ---------------------------------------------------------------- ClaimReview JSON-LD


def _speaker_type(row: ClaimRow) -> str:
    return "Person" if row.speaker_type in ("person", "official") else "Organization"


def _appearance(row: ClaimRow) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if safe_url(row.article_url):
        work["url"] = row.article_url
    if row.article_title:
        work["headline"] = row.article_title
    if row.article_published:
        work["datePublished"] = _day(row.article_published)
    if row.article_outlet:
        work["publisher"] = {"@type": "Organization", "name": row.article_outlet}
    return work


def claim_review(row: ClaimRow, meta: ReportMeta, reviewed_at: date | datetime | None = None) -> dict[str, Any]:
    """One schema.org ClaimReview for a reviewed claim."""
    value, verdict = RATINGS[row.review_status]
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": {"@type": _speaker_type(row), "name": source_name(row)},
        "appearance": _appearance(row),
    }
    if row.article_published:
        item["datePublished"] = _day(row.article_published)
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{meta.review_url}#claim-{row.id}",
        "claimReviewed": row.content_text,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": meta.organization},
        "datePublished": _day(reviewed_at or date.today()),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": verdict,
        },
    }
    if row.review_note:
        review["reviewBody"] = row.review_note
    return review


def claims_to_claimreview(
    rows: Iterable[ClaimRow],
    meta: ReportMeta = ReportMeta(),
    reviewed_at: Mapping[int, date | datetime] | None = None,
) -> list[dict[str, Any]]:
    """ClaimReview objects for the claims that have a verdict (unreviewed claims are left out)."""
    when = reviewed_at or {}
    return [claim_review(row, meta, when.get(row.id)) for row in rows if row.review_status in RATINGS]


def claimreview_json(reviews: Sequence[Mapping[str, Any]]) -> str:
    """JSON-LD text for a list of ClaimReviews; "</" is escaped so it can sit inside a <script> tag."""
    return json.dumps(list(reviews), ensure_ascii=False, indent=2).replace("</", "<\\/")
