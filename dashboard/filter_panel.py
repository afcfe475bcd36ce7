"""The shared claim filter panel in the sidebar, seeded from and written back to the URL."""

from __future__ import annotations

import streamlit as st

from attribution.storage.queries import ClaimFilter
from dashboard import data
from dashboard.filters import current_params, filter_from_params, filter_widgets


def sidebar_filter() -> ClaimFilter:
    """Draw the filters in the sidebar (first run: from the URL) and return the chosen filter."""
    start = filter_from_params(current_params())
    with st.sidebar:
        st.header("Filters")
        chosen = filter_widgets(data.sources(), data.outlets(), start)
        if start.article_id is not None:
            st.caption(f"Only article #{start.article_id}")
    return chosen


def int_param(name: str) -> int | None:
    value = st.query_params.get(name, "")
    return int(value) if value.isdigit() else None
