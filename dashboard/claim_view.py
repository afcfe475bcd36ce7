"""One claim shown in full: source, cue, conduits, and the sentence it sits in, highlighted."""

from __future__ import annotations

import streamlit as st

from attribution.storage.queries import ClaimRow
from dashboard.highlight import excerpt_html, marks_for_claim, sentence_bounds


def _line(label: str, value: str) -> None:
    left, right = st.columns([1, 4])
    left.markdown(f"**{label}**")
    right.text(value or "—")  # st.text: article-derived values are never Markdown


def claim_details(row: ClaimRow, article_text: str | None) -> None:
    """The claim's fields as plain text, and its sentence (escaped HTML) with the spans highlighted."""
    st.subheader(f"Claim #{row.id}")
    anonymous = ", anonymous" if row.anonymous and row.speaker_type != "anonymous" else ""
    _line("Source", f"{row.speaker} ({row.speaker_type}{anonymous})")
    _line("As written", row.source_text)
    _line("Cue", row.cue_text)
    _line("Conduits", ", ".join(row.conduits))
    _line("Kind", row.kind)
    _line(
        "Article",
        " · ".join(
            x
            for x in (
                row.article_title or "",
                row.article_outlet or "",
                str(row.article_published or "")[:10],
            )
            if x
        ),
    )
    _line("Review", f"{row.review_status}" + (f" by {row.reviewer}: {row.review_note}" if row.reviewer else ""))
    if article_text:
        marks = marks_for_claim(row)
        lo = min(m.start for m in marks)
        hi = max(m.end for m in marks)
        start, end = sentence_bounds(article_text, lo, hi)
        st.html(excerpt_html(article_text, marks, start, end, lang=row.article_lang).html)
    links = st.columns(3)
    links[0].page_link(
        "views/article.py",
        label="Open in article",
        icon=":material/article:",
        query_params={"article": str(row.article_id), "claim": str(row.id)},
    )
    review = {"claim": str(row.id)}
    links[1].page_link("views/review.py", label="Review this claim", icon=":material/fact_check:", query_params=review)
