"""Ingest: upload .txt/.html/.jsonl files or paste text; same readers, parser and store as the CLI."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import streamlit as st

from attribution.errors import AttributionError, InputError
from attribution.ingest import DEFAULT_MAX_BYTES, Item, detect_language, items_from_bytes
from attribution.model import Article
from attribution.report import md_escape
from dashboard import data
from dashboard.ingest_run import store_items

SUFFIXES = ["txt", "html", "htm", "jsonl", "json"]


def _uploaded_items(files: list[object], lang: str | None) -> list[Item]:
    items: list[Item] = []
    for f in files:
        name = str(getattr(f, "name", "upload"))
        raw = f.getvalue()  # type: ignore[attr-defined]
        items += items_from_bytes(raw, name, Path(name).suffix.lower(), DEFAULT_MAX_BYTES)
    return [_with_lang(i, lang) for i in items]


def _with_lang(item: Item, lang: str | None) -> Item:
    if isinstance(item, InputError):
        return item
    return replace(item, lang=item.lang or lang or detect_language(item.text))


st.title("Ingest")
lang_choice = st.radio("Language", ["detect", "ar", "en"], horizontal=True, key="in_lang")
lang = None if lang_choice == "detect" else lang_choice
with st.form("ingest", clear_on_submit=True):
    files = st.file_uploader("Files", type=SUFFIXES, accept_multiple_files=True, key="in_files")
    pasted = st.text_area("…or paste an article", height=200, key="in_text")
    title = st.text_input("Title (pasted text)", key="in_title")
    outlet = st.text_input("Outlet (pasted text)", key="in_outlet")
    submitted = st.form_submit_button("Ingest")
if submitted:
    items = _uploaded_items(list(files or []), lang)
    if pasted.strip():
        paste = items_from_bytes(pasted.encode("utf-8"), "<pasted>", ".txt", DEFAULT_MAX_BYTES)
        items += [
            _with_lang(replace(i, title=title or None, outlet=outlet or None) if isinstance(i, Article) else i, lang)
            for i in paste
        ]
    if not items:
        st.warning("Nothing to ingest: choose files or paste text.")
    else:
        try:
            outcome = store_items(data.engine(), items)
        except AttributionError as exc:
            st.error(str(exc))
        else:
            data.invalidate()
            for origin, reason in outcome.errors:
                st.error(md_escape(f"{origin}: {reason}"))  # file names are not Markdown
            st.success(
                f"{outcome.articles} articles stored ({outcome.duplicates} already there), "
                f"{outcome.attributions} claims found, {len(outcome.errors)} errors."
            )
