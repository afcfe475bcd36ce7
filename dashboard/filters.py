"""Claim filters <-> URL query parameters, so a filtered view can be shared as a link.

The mapping is pure (`filter_from_params`, `filter_to_params`); `filter_sidebar` draws the widgets,
seeded from the URL, and writes the chosen filter back to ``st.query_params``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

import streamlit as st

from attribution.model import KINDS, SOURCE_TYPES
from attribution.storage.queries import ClaimFilter, SourceSummary
from attribution.storage.tables import REVIEW_STATUSES

Params = Mapping[str, Sequence[str]]
LANGS: tuple[str, ...] = ("ar", "en")
ANONYMOUS_CHOICES: dict[str, bool | None] = {"any": None, "named": False, "anonymous": True}

# query parameter -> ClaimFilter field, for the tuple-valued fields
_TUPLE_PARAMS: dict[str, str] = {
    "src": "sources",
    "type": "source_types",
    "kind": "kinds",
    "via": "conduits",
    "lang": "langs",
    "outlet": "outlets",
    "status": "review_statuses",
}
FILTER_KEYS = frozenset(_TUPLE_PARAMS) | {"anon", "from", "to", "q"}  # what a filter writes, its article aside
_INT_FIELDS = {"sources", "conduits"}
_ALLOWED: dict[str, tuple[str, ...]] = {
    "source_types": SOURCE_TYPES,
    "kinds": KINDS,
    "langs": LANGS,
    "review_statuses": REVIEW_STATUSES,
}


def _ints(values: Sequence[str]) -> tuple[int, ...]:
    return tuple(int(v) for v in values if v.strip().isdigit())


def _date(values: Sequence[str]) -> date | None:
    try:
        return date.fromisoformat(values[-1]) if values else None
    except ValueError:
        return None


def _tuple_field(name: str, values: Sequence[str]) -> tuple[Any, ...]:
    if name in _INT_FIELDS:
        return _ints(values)
    allowed = _ALLOWED.get(name)
    return tuple(v for v in values if v and (allowed is None or v in allowed))


def filter_from_params(params: Params) -> ClaimFilter:
    """A ClaimFilter from query parameters; unknown or malformed values are ignored."""
    fields: dict[str, Any] = {name: _tuple_field(name, params.get(key, ())) for key, name in _TUPLE_PARAMS.items()}
    anonymous = (params.get("anon") or [""])[-1]
    fields["anonymous"] = {"1": True, "0": False}.get(anonymous)
    fields["date_from"] = _date(params.get("from", ()))
    fields["date_to"] = _date(params.get("to", ()))
    fields["text"] = (params.get("q") or [""])[-1].strip()
    article = _ints(params.get("article", ()))
    fields["article_id"] = article[-1] if article else None
    return ClaimFilter(**fields)


def filter_to_params(f: ClaimFilter) -> dict[str, list[str]]:
    """Query parameters for a ClaimFilter; empty fields are left out."""
    params: dict[str, list[str]] = {
        key: [str(v) for v in getattr(f, name)] for key, name in _TUPLE_PARAMS.items() if getattr(f, name)
    }
    if f.anonymous is not None:
        params["anon"] = ["1" if f.anonymous else "0"]
    if f.date_from:
        params["from"] = [f.date_from.isoformat()]
    if f.date_to:
        params["to"] = [f.date_to.isoformat()]
    if f.text:
        params["q"] = [f.text]
    if f.article_id is not None:
        params["article"] = [str(f.article_id)]
    return params


def current_params() -> dict[str, list[str]]:
    """The page's query parameters, every value as a list."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def source_label(source: SourceSummary) -> str:
    """A source as shown in a picker: canonical name plus aliases, so typing any of them finds it."""
    others = [a for a in source.aliases if a != source.canonical]
    return f"{source.canonical} — {' / '.join(others)}" if others else source.canonical


def _multiselect(label: str, options: Sequence[Any], chosen: Sequence[Any], **kw: Any) -> list[Any]:
    default = [c for c in chosen if c in options]
    return st.multiselect(label, options, default=default, **kw)


def _labeller(sources: Sequence[SourceSummary]) -> Callable[[int], str]:
    labels = {s.id: source_label(s) for s in sources}
    return lambda i: labels.get(i, f"#{i}")


def filter_widgets(sources: Sequence[SourceSummary], outlets: Sequence[str], start: ClaimFilter) -> ClaimFilter:
    """Draw the filter widgets (in the current container), starting from `start`."""
    ids = [s.id for s in sources]
    label = _labeller(sources)
    picked = _multiselect(
        "Source",
        ids,
        start.sources,
        format_func=label,
        key="f_src",
        placeholder="Any source (type a name in Arabic or English)",
    )
    types = _multiselect("Source type", SOURCE_TYPES, start.source_types, key="f_type")
    kinds = _multiselect("Kind", KINDS, start.kinds, key="f_kind")
    anon_label = next(k for k, v in ANONYMOUS_CHOICES.items() if v == start.anonymous)
    anon = st.radio(
        "Named / anonymous",
        list(ANONYMOUS_CHOICES),
        index=list(ANONYMOUS_CHOICES).index(anon_label),
        horizontal=True,
        key="f_anon",
    )
    conduits = _multiselect("Conduit (via)", ids, start.conduits, format_func=label, key="f_via")
    langs = _multiselect("Language", LANGS, start.langs, key="f_lang")
    outlet = _multiselect("Outlet", list(outlets), start.outlets, key="f_outlet")
    date_from = st.date_input("Published from", value=start.date_from, key="f_from")
    date_to = st.date_input("Published to", value=start.date_to, key="f_to")
    statuses = _multiselect("Review status", REVIEW_STATUSES, start.review_statuses, key="f_status")
    text = st.text_input("Search the claims (tolerates spelling variants)", value=start.text, key="f_q")
    return ClaimFilter(
        sources=tuple(picked),
        source_types=tuple(types),
        kinds=tuple(kinds),
        anonymous=ANONYMOUS_CHOICES[anon],
        conduits=tuple(conduits),
        langs=tuple(langs),
        outlets=tuple(outlet),
        article_id=start.article_id,
        date_from=date_from if isinstance(date_from, date) else None,
        date_to=date_to if isinstance(date_to, date) else None,
        review_statuses=tuple(statuses),
        text=text.strip(),
    )


def sync_params(f: ClaimFilter, extra: Mapping[str, str] | None = None) -> None:
    """Write the filter (and any extra parameters, e.g. page or selected claim) to the URL."""
    params: dict[str, Any] = dict(filter_to_params(f))
    params.update({k: [v] for k, v in (extra or {}).items() if v})
    if params != current_params():
        st.query_params.from_dict(params)
