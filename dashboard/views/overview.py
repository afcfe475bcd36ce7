"""Overview: how many articles, claims and sources; who is quoted, how, and how often anonymously."""

from __future__ import annotations

import streamlit as st

from attribution.model import KINDS
from attribution.storage.queries import ClaimFilter, Overview
from dashboard import data
from dashboard.filters import LANGS

TOP_N = 15


def _metrics(ov: Overview) -> None:
    cols = st.columns(8)
    values = [("Articles", ov.articles), ("Attributions", ov.attributions)]
    values += [(kind.capitalize(), ov.by_kind.get(kind, 0)) for kind in KINDS]
    values += [("Named", ov.named), ("Anonymous", ov.anonymous), ("Sources", ov.sources)]
    for col, (label, value) in zip(cols, values, strict=True):
        col.metric(label, value)


def _bar(title: str, labels: list[str], values: list[float], value_name: str = "claims") -> None:
    st.markdown(f"**{title}**")
    if not labels:
        st.caption("Nothing yet.")
        return
    st.bar_chart(
        {"label": labels, value_name: values},
        x="label",
        y=value_name,
        horizontal=True,
        sort=f"-{value_name}",
        x_label=value_name,
        y_label="",
    )


def _charts(ov: Overview) -> None:
    left, right = st.columns(2)
    with left:
        _bar(f"Top {TOP_N} sources", [n for n, _ in ov.top_sources], [c for _, c in ov.top_sources])
        _bar("By kind", list(ov.by_kind), list(ov.by_kind.values()))
    with right:
        _bar("By source type", list(ov.by_source_type), list(ov.by_source_type.values()))
        outlets = [o for o in ov.by_outlet if o.claims]
        _bar(
            "Anonymous share per outlet",
            [o.outlet or "(unknown)" for o in outlets],
            [round(o.share, 3) for o in outlets],
            value_name="share",
        )
    st.markdown("**Attributions over time** (by article publication date)")
    if ov.by_day:
        st.line_chart({"day": [d for d, _ in ov.by_day], "claims": [c for _, c in ov.by_day]}, x="day", y="claims")
    else:
        st.caption("No dated articles yet.")


st.title("Overview")
langs = st.segmented_control("Language", ["all", *LANGS], default="all", key="ov_lang")
f = ClaimFilter(langs=(langs,) if langs in LANGS else ())
ov = data.overview(f, TOP_N)
_metrics(ov)
if not ov.attributions:
    st.info("No claims yet: ingest articles on the Ingest page or with `attribution ingest`.")
_charts(ov)
