"""Article: the full text with quotes, claims, sources and cues highlighted; Arabic right-to-left.

The text is untrusted: it reaches the page only as `html.escape()`d slices (see dashboard.highlight).
"""

from __future__ import annotations

import html

import streamlit as st

from attribution.storage.queries import (
    ArticleSummary,
    ClaimFilter,
    count_articles,
    get_article,
    list_articles,
    list_claims,
)
from dashboard import data
from dashboard.filter_panel import int_param
from dashboard.highlight import highlight_html, legend_html, marks_for_claim
from dashboard.paging import page_offset

MAX_CLAIMS = 2000
PAGE_SIZE = 100  # articles to pick from, newest first


def _label(a: ArticleSummary) -> str:
    title = a.title or a.external_id or "untitled"
    return f"#{a.id} · {title} · {a.outlet or '?'} · {a.lang} · {a.claims} claims"


def _pick_article() -> int | None:
    with data.session() as s:
        offset = page_offset("Articles page", count_articles(s), PAGE_SIZE, key="art_page")
        articles = list_articles(s, limit=PAGE_SIZE, offset=offset)
    ids = [a.id for a in articles]
    wanted = int_param("article")
    if wanted is not None and wanted not in ids:
        ids.insert(0, wanted)
    labels = {a.id: _label(a) for a in articles}
    index = ids.index(wanted) if wanted in ids else 0
    chosen = st.selectbox("Article", ids, index=index if ids else None, format_func=lambda i: labels.get(i, f"#{i}"))
    return int(chosen) if chosen is not None else None


def _scroll_to(claim_id: int) -> None:
    """Our own script (no article text in it): bring the claim's anchor into view once it is drawn."""
    st.html(
        f"<script>setTimeout(function(){{var e=document.getElementById('claim-{int(claim_id)}');"
        "if(e){e.scrollIntoView({block:'center'});}},400);</script>",
        unsafe_allow_javascript=True,
    )


def _header(title: str | None, meta: list[str], lang: str) -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    heading = f'<h2 dir="{direction}">{html.escape(title or "Untitled article")}</h2>'
    return heading + f'<p style="color:#666">{html.escape(" · ".join(m for m in meta if m))}</p>'


st.title("Article")
article_id = _pick_article()
if article_id is None:
    st.info("No articles yet.")
    st.stop()
with data.session() as s:
    article = get_article(s, article_id)
    claims = list_claims(s, ClaimFilter(article_id=article_id), limit=MAX_CLAIMS) if article else []
if article is None:
    st.error(f"No article with id {article_id}.")
    st.stop()
focus = int_param("claim")
st.query_params["article"] = str(article_id)
st.html(
    _header(
        article.title,
        [article.outlet or "", str(article.published or "")[:10], article.lang, article.url or ""],
        article.lang,
    )
)
st.html(legend_html())
marks = [m for row in claims for m in marks_for_claim(row)]
shown = highlight_html(article.text, marks, lang=article.lang, focus=focus)
if shown.skipped:
    st.warning(f"{len(shown.skipped)} stored spans do not match this text and are not highlighted.")
st.html(shown.html)
st.caption(f"{len(claims)} claims in this article.")
if focus is not None:
    _scroll_to(focus)
