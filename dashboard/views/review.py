"""Review: set a claim's status with a note and a reviewer name; every change is kept in its history."""

from __future__ import annotations

import streamlit as st

from attribution.errors import AttributionError
from attribution.report import md_escape
from attribution.storage.queries import ClaimFilter, get_article, get_claim, list_claims
from attribution.storage.review import record_review, review_history
from attribution.storage.tables import REVIEW_STATUSES
from dashboard import data
from dashboard.claim_view import claim_details
from dashboard.filter_panel import int_param

QUEUE_SIZE = 20


def _queue() -> None:
    """The next unreviewed claims, each a link to review it."""
    with data.session() as s:
        todo = list_claims(s, ClaimFilter(review_statuses=("unreviewed",)), limit=QUEUE_SIZE)
    st.markdown("**Waiting for review**")
    if not todo:
        st.caption("Nothing left to review.")
    for row in todo:
        label = md_escape(f"#{row.id} {row.speaker}: {row.content_text[:80]}")  # a label is Markdown
        st.page_link("views/review.py", label=label, query_params={"claim": str(row.id)})


def _form(claim_id: int, status: str) -> None:
    with st.form("review", clear_on_submit=False):
        to_status = st.selectbox("Status", REVIEW_STATUSES, index=REVIEW_STATUSES.index(status), key="rv_status")
        note = st.text_area("Note", key="rv_note")
        reviewer = st.text_input("Reviewer", value=st.session_state.get("reviewer_name", ""), key="rv_reviewer")
        if st.form_submit_button("Save review"):
            try:
                with data.session() as s:
                    event = record_review(s, claim_id, to_status=to_status, reviewer=reviewer, note=note)
            except (AttributionError, ValueError) as exc:
                st.error(str(exc))
                return
            data.invalidate()
            st.session_state["reviewer_name"] = event.reviewer
            st.session_state["review_message"] = f"Saved: {event.from_status} → {event.to_status}."
            st.rerun()


def _history(claim_id: int) -> None:
    with data.session() as s:
        events = review_history(s, claim_id)
    st.markdown(f"**History** ({len(events)} events, oldest first)")
    st.dataframe(
        {
            "when (UTC)": [e.at.isoformat(sep=" ", timespec="seconds") for e in events],
            "reviewer": [e.reviewer for e in events],
            "from": [e.from_status for e in events],
            "to": [e.to_status for e in events],
            "note": [e.note for e in events],
        },
        hide_index=True,
        width="stretch",
    )


st.title("Review")
if message := st.session_state.pop("review_message", None):
    st.success(message)
wanted = st.number_input("Claim id", min_value=0, value=int_param("claim") or 0, step=1, key="rv_claim")
claim_id = int(wanted) or None
if claim_id is None:
    _queue()
    st.stop()
st.query_params["claim"] = str(claim_id)
with data.session() as s:
    claim = get_claim(s, claim_id)
    article = get_article(s, claim.article_id) if claim else None
if claim is None:
    st.error(f"No claim with id {claim_id}.")
    st.stop()
claim_details(claim, article.text if article else None)
_form(claim_id, claim.review_status)
_history(claim_id)
