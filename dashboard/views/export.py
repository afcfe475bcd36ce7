"""Export: the current filtered selection as CSV, JSON, Markdown and HTML reports, ClaimReview JSON-LD."""

from __future__ import annotations

import streamlit as st

from attribution.export import claims_to_csv, claims_to_json
from attribution.report import (
    ReportMeta,
    claimreview_json,
    claims_to_claimreview,
    claims_to_html,
    claims_to_markdown,
)
from attribution.storage.review import latest_review_times
from attribution.storage.search import all_matching
from dashboard import data
from dashboard.filter_panel import sidebar_filter
from dashboard.filters import sync_params

EXPORT_CAP = 100_000

st.title("Export")
f = sidebar_filter()
sync_params(f)
with data.session() as s:
    rows = all_matching(s, f, cap=EXPORT_CAP)
    reviewed_at = latest_review_times(s, [r.id for r in rows if r.review_status != "unreviewed"])
st.markdown(f"**{len(rows)}** claims in the current selection.")
with st.expander("Report settings"):
    title = st.text_input("Report title", "Citation report")
    organization = st.text_input("Fact-checking organization (ClaimReview author)", "attribution")
    review_url = st.text_input("Public URL of the reviews (ClaimReview url)", "https://example.org/claims")
meta = ReportMeta(title=title, organization=organization, review_url=review_url)
reviews = claims_to_claimreview(rows, meta, reviewed_at)
cols = st.columns(5)
cols[0].download_button("CSV", claims_to_csv(rows), "claims.csv", "text/csv", key="dl_csv")
cols[1].download_button("JSON", claims_to_json(rows), "claims.json", "application/json", key="dl_json")
cols[2].download_button("Markdown report", claims_to_markdown(rows, meta), "claims.md", "text/markdown", key="dl_md")
cols[3].download_button("HTML report", claims_to_html(rows, meta), "claims.html", "text/html", key="dl_html")
cols[4].download_button(
    f"ClaimReview ({len(reviews)})",
    claimreview_json(reviews),
    "claimreview.jsonld",
    "application/ld+json",
    key="dl_claimreview",
    disabled=not reviews,
)
st.caption("ClaimReview covers only reviewed claims (status other than unreviewed).")
