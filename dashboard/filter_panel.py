"""The shared claim filter panel in the sidebar, seeded from and written back to the URL."""

from __future__ import annotations

import streamlit as st

from attribution.storage.queries import ClaimFilter
from dashboard import data
from dashboard.filters import FILTER_KEYS, current_params, filter_from_params, filter_to_params, filter_widgets

REMEMBERED = "remembered_filter"  # session key: the last filter chosen, without its article


def sidebar_filter() -> ClaimFilter:
    """Draw the filters in the sidebar and return the chosen filter. They start from the URL; a page opened
    from the sidebar menu (whose URL carries no filter) gets back the filter last chosen in this session."""
    params = current_params()
    remembered = st.session_state.get(REMEMBERED)
    if remembered and not FILTER_KEYS & params.keys():
        params = {**remembered, **params}
        st.query_params.from_dict(params)  # the address shows the filter again, so it can be shared
    start = filter_from_params(params)
    with st.sidebar:
        st.header("Filters")
        chosen = filter_widgets(data.sources(), data.outlets(), start)
        if start.article_id is not None:
            st.caption(f"Only article #{start.article_id}")
    st.session_state[REMEMBERED] = {k: v for k, v in filter_to_params(chosen).items() if k in FILTER_KEYS}
    return chosen


def int_param(name: str) -> int | None:
    value = st.query_params.get(name, "")
    return int(value) if value.isdigit() else None
