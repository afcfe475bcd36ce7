"""Citation reports (Markdown, HTML), ClaimReview JSON-LD and the CSV export, as pure functions."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from markdown_it import MarkdownIt  # ships with rich

from attribution.export import claims_to_csv
from attribution.report import (
    ReportMeta,
    claim_review,
    claimreview_json,
    claims_to_claimreview,
    claims_to_html,
    claims_to_markdown,
    md_escape,
)
from attribution.storage.queries import ClaimRow

META = ReportMeta(title="Weekly check", organization="Example Checkers", review_url="https://check.example/r")


def claim(**changes: object) -> ClaimRow:
    base = ClaimRow(
        id=7,
        article_id=3,
        seq=0,
        kind="indirect",
        content_text="talks would resume next week",
        content_start=34,
        content_end=62,
        cue_text="said",
        cue_start=29,
        cue_end=33,
        source_text="Foreign Minister Ahmed Salem",
        source_start=0,
        source_end=28,
        speaker_id=1,
        speaker="Ahmed Salem",
        speaker_type="official",
        anonymous=False,
        conduits=("Reuters",),
        article_title="Talks to resume",
        article_url="https://example.org/en/1",
        article_outlet="Daily Example",
        article_published=datetime(2024, 3, 2, tzinfo=UTC),
        article_lang="en",
        article_external_id="en-1",
        review_status="false",
        review_note="the minister denied it",
        reviewer="Huda",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


HOSTILE = claim(
    id=9,
    speaker="<b>Evil</b>",
    content_text="<script>alert(1)</script> [x](javascript:alert(2)) **b**",
    article_title="<img src=x onerror=alert(3)>",
    article_url="javascript:alert(4)",
    review_note="<i>note</i>",
    conduits=("<u>wire</u>",),
)


def test_markdown_report_groups_by_source_with_every_citation_field() -> None:
    rows = [
        claim(),
        claim(
            id=8,
            seq=1,
            speaker="مصدر مطلع",
            content_text="الوفد سيصل غدا",
            review_status="unreviewed",
            review_note="",
            reviewer="",
            article_lang="ar",
        ),
    ]
    text = claims_to_markdown(rows, META)
    assert text.startswith("# Weekly check")
    assert "## Ahmed Salem (1)" in text and "## مصدر مطلع (1)" in text
    for expected in (
        "**indirect**",
        "cue: said",
        "conduits: Reuters",
        "Talks to resume",
        "Daily Example",
        "2024-03-02",
        "<https://example.org/en/1>",
        "content 34–62",
        "cue 29–33",
        "source 0–28",
        "review: false by Huda — the minister denied it",
        "الوفد سيصل غدا",
    ):
        assert expected in text


def test_markdown_report_turns_no_article_text_into_markup() -> None:
    rendered = MarkdownIt("commonmark").render(claims_to_markdown([HOSTILE], META))  # raw HTML allowed
    for tag in ("<script", "<img", "<b>", "<i>", "<u>", "<strong>b", 'href="javascript'):
        assert tag not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(2)) **b**" in rendered
    assert md_escape("[x](y) <b>") == r"\[x\](y) \<b\>"


def test_html_report_escapes_everything_and_links_only_http_urls() -> None:
    page = claims_to_html([claim(), HOSTILE], META)
    assert "<script>" not in page and "<b>Evil" not in page and "<img" not in page and "<u>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page
    assert '<a href="https://example.org/en/1"' in page
    assert 'id="claim-7"' in page and "content 34–62" in page and "the minister denied it" in page


def test_html_report_writes_arabic_claims_right_to_left() -> None:
    page = claims_to_html([claim(article_lang="ar", content_text="الوفد سيصل غدا")], META)
    assert '<blockquote dir="rtl">الوفد سيصل غدا</blockquote>' in page


def test_claimreview_has_the_schema_org_fields() -> None:
    review = claim_review(claim(), META, datetime(2024, 3, 5, 9, 30, tzinfo=UTC))
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "talks would resume next week"
    assert review["url"] == "https://check.example/r#claim-7"
    assert review["datePublished"] == "2024-03-05"
    assert review["author"] == {"@type": "Organization", "name": "Example Checkers"}
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["reviewRating"]["ratingValue"] == 1
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Ahmed Salem"}
    assert item["appearance"]["url"] == "https://example.org/en/1"
    assert item["appearance"]["publisher"]["name"] == "Daily Example"
    assert review["reviewBody"] == "the minister denied it"


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        ("verified", "Verified"),
        ("disputed", "Disputed"),
        ("misattributed", "Misattributed"),
        ("needs_context", "Needs context"),
        ("false", "False"),
    ],
)
def test_every_verdict_has_a_rating_name(status: str, verdict: str) -> None:
    assert claim_review(claim(review_status=status), META)["reviewRating"]["alternateName"] == verdict


def test_claimreview_leaves_out_unreviewed_claims_and_dates_by_last_review() -> None:
    rows = [claim(), claim(id=8, review_status="unreviewed")]
    reviews = claims_to_claimreview(rows, META, {7: date(2024, 4, 1)})
    assert [r["url"] for r in reviews] == ["https://check.example/r#claim-7"]
    assert reviews[0]["datePublished"] == "2024-04-01"


def test_claimreview_json_cannot_close_a_script_tag_and_drops_unsafe_urls() -> None:
    text = claimreview_json(claims_to_claimreview([HOSTILE], META))
    assert "</script>" not in text
    parsed = json.loads(text)
    assert parsed[0]["claimReviewed"].startswith("<script>alert(1)")
    assert "url" not in parsed[0]["itemReviewed"]["appearance"]


def test_csv_export_neutralizes_formulas() -> None:
    rows = [claim(content_text='=HYPERLINK("http://x")', speaker="+cmd", cue_text="@SUM(1)", source_text="-2+3")]
    record = next(csv.DictReader(io.StringIO(claims_to_csv(rows))))
    assert record["content_text"] == '\'=HYPERLINK("http://x")'
    assert record["speaker"] == "'+cmd" and record["cue_text"] == "'@SUM(1)" and record["source_text"] == "'-2+3"
    assert record["content_start"] == "34"
