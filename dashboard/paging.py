"""A page picker for long lists (articles, sources): which slice of `total` rows to show."""

from __future__ import annotations

import streamlit as st


def pages(total: int, size: int) -> int:
    return max(1, -(-total // size))


def page_offset(label: str, total: int, size: int, key: str) -> int:
    """Draw "label (of N)" when there is more than one page; the offset of the chosen page's first row."""
    last = pages(total, size)
    if last == 1:
        return 0
    if int(st.session_state.get(key) or 1) > last:  # the list shrank (a new search): back to its last page
        st.session_state[key] = last
    page = st.number_input(f"{label} (of {last})", 1, last, key=key)
    return (int(page) - 1) * size
