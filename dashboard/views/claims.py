"""Claims: filter (kept in the URL), page through the table, select a claim to see it in context."""

from __future__ import annotations

import streamlit as st
from sqlmodel import Session

from attribution.storage.queries import ClaimFilter, ClaimRow, get_article, get_claim
from attribution.storage.search import ClaimPage, search_claims
from dashboard import data
from dashboard.claim_view import claim_details
from dashboard.filter_panel import int_param, sidebar_filter
from dashboard.filters import filter_to_params, sync_params

PAGE_SIZE = 25


def _table_rows(rows: list[ClaimRow]) -> dict[str, list[object]]:
    return {
        "id": [r.id for r in rows],
        "kind": [r.kind for r in rows],
        "source": [r.speaker for r in rows],
        "claim": [r.content_text for r in rows],
        "cue": [r.cue_text for r in rows],
        "via": [", ".join(r.conduits) for r in rows],
        "outlet": [r.article_outlet or "" for r in rows],
        "date": [str(r.article_published or "")[:10] for r in rows],
        "lang": [r.article_lang for r in rows],
        "status": [r.review_status for r in rows],
    }


def _selected_id(event: object, rows: list[ClaimRow]) -> int | None:
    picked = getattr(getattr(event, "selection", None), "rows", None) or []
    return rows[picked[0]].id if picked and picked[0] < len(rows) else int_param("claim")


def _pages(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def _pager(page: int, total: int) -> None:
    if "claims_page" in st.session_state:  # a widget gets its value from state or a default, not both
        st.session_state["claims_page"] = page
        st.number_input(f"Page (of {_pages(total)})", 1, _pages(total), key="claims_page")
    else:
        st.number_input(f"Page (of {_pages(total)})", 1, _pages(total), page, key="claims_page")


def _page_of(s: Session, f: ClaimFilter) -> tuple[ClaimPage, int]:
    """The requested page of results (from the pager or the URL), clamped to the pages there are."""
    wanted = int(st.session_state.get("claims_page") or int_param("page") or 1)
    result = search_claims(s, f, limit=PAGE_SIZE, offset=(wanted - 1) * PAGE_SIZE)
    page = min(max(wanted, 1), _pages(result.total))
    if page != wanted:
        result = search_claims(s, f, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return result, page


st.title("Claims")
f = sidebar_filter()
with data.session() as s:
    result, page = _page_of(s, f)
    _pager(page, result.total)
    note = " (fuzzy text match)" if result.fuzzy else ""
    st.markdown(f"**{result.total}** claims match{note}.")
    if result.capped:
        st.warning("Too many claims for fuzzy text matching: exact matches only. Narrow the filters.")
    event = st.dataframe(
        _table_rows(result.rows),
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key="claims_table",
        width="stretch",
    )
    selected = _selected_id(event, result.rows)
    sync_params(f, {"page": str(page) if page > 1 else "", "claim": str(selected or "")})
    export = filter_to_params(f)
    st.page_link("views/export.py", label="Export this selection", icon=":material/download:", query_params=export)
    claim = get_claim(s, selected) if selected else None
    if claim is not None:
        article = get_article(s, claim.article_id)
        claim_details(claim, article.text if article else None)
