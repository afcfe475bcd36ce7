"""Sources: the registry with counts, types and aliases; rename, retype and merge sources."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st
from sqlmodel import Session

from attribution.errors import AttributionError
from attribution.model import SOURCE_TYPES
from attribution.storage.queries import SourceSummary, count_sources, list_sources
from attribution.storage.review import merge_sources, rename_source, retype_source
from dashboard import data
from dashboard.filters import source_label
from dashboard.paging import page_offset

PAGE_SIZE = 100
CHOICES = 500  # sources offered by the rename, retype and merge forms (most used first)


def _table(sources: list[SourceSummary]) -> None:
    st.dataframe(
        {
            "id": [s.id for s in sources],
            "source": [s.canonical for s in sources],
            "type": [s.type for s in sources],
            "anonymous": [s.anonymous for s in sources],
            "as speaker": [s.n_speaker for s in sources],
            "as conduit": [s.n_conduit for s in sources],
            "aliases": [" / ".join(s.aliases) for s in sources],
        },
        hide_index=True,
        width="stretch",
    )


def _apply(action: str, work: Callable[[Session], str]) -> None:
    """Run a write, clear the caches, and report the outcome on the next run."""
    try:
        with data.session() as s:
            message = work(s)
    except (AttributionError, ValueError) as exc:
        st.error(f"{action} failed: {exc}")
        return
    data.invalidate()
    st.session_state["sources_message"] = message
    st.rerun()


def _rename(sources: list[SourceSummary], label: dict[int, str]) -> None:
    with st.form("rename"):
        st.markdown("**Rename**")
        sid = st.selectbox("Source", [s.id for s in sources], format_func=label.__getitem__, key="rn_src")
        name = st.text_input("New canonical name", key="rn_name")
        if st.form_submit_button("Rename") and sid is not None:
            _apply("Rename", lambda s: f"Renamed to {rename_source(s, sid, name).canonical}.")


def _retype(sources: list[SourceSummary], label: dict[int, str]) -> None:
    with st.form("retype"):
        st.markdown("**Change type**")
        sid = st.selectbox("Source", [s.id for s in sources], format_func=label.__getitem__, key="rt_src")
        kind = st.selectbox("New type", SOURCE_TYPES, key="rt_type")
        if st.form_submit_button("Change type") and sid is not None:
            _apply("Retype", lambda s: f"{retype_source(s, sid, kind).canonical} is now {kind}.")


def _merge(sources: list[SourceSummary], label: dict[int, str]) -> None:
    with st.form("merge"):
        st.markdown("**Merge** (the second source's claims, links and aliases move to the first)")
        ids = [s.id for s in sources]
        keep = st.selectbox("Keep", ids, format_func=label.__getitem__, key="mg_keep")
        drop = st.selectbox("Merge into it and delete", ids, format_func=label.__getitem__, key="mg_drop")
        sure = st.checkbox("I understand the second source will be deleted", key="mg_sure")
        if st.form_submit_button("Merge") and keep is not None and drop is not None:
            if not sure:
                st.error("Tick the box to confirm the merge.")
                return

            def work(s: Session) -> str:
                r = merge_sources(s, keep, drop)
                return (
                    f"Merged: {r.speakers_moved} claims, {r.links_moved} links and "
                    f"{r.aliases_moved} aliases moved to {label[keep]}."
                )

            _apply("Merge", work)


st.title("Sources")
if message := st.session_state.pop("sources_message", None):
    st.success(message)
search = st.text_input("Search sources (any name or alias, Arabic or English)", key="src_search")
with data.session() as s:
    matching, every = count_sources(s, search), count_sources(s)
    offset = page_offset("Page", matching, PAGE_SIZE, key="src_page")
    shown = list_sources(s, search=search, limit=PAGE_SIZE, offset=offset)
    choices = list_sources(s, search=search, limit=CHOICES)
st.caption(f"{matching} of {every} sources" + (f", {offset + 1}–{offset + len(shown)} shown" if shown else ""))
_table(shown)
labels = {s.id: f"#{s.id} {source_label(s)}" for s in choices}
if choices:
    if matching > CHOICES:
        st.caption(f"The forms offer the {CHOICES} most used of these sources: search to reach the others.")
    tabs = st.tabs(["Rename", "Change type", "Merge"])
    with tabs[0]:
        _rename(choices, labels)
    with tabs[1]:
        _retype(choices, labels)
    with tabs[2]:
        _merge(choices, labels)
