from __future__ import annotations

from dashboard_harness import Seeded, no_errors, open_page
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from attribution.storage.queries import ClaimFilter, count_claims, resolve_source_ids
from attribution.storage.tables import SourceRow


def _id(seeded: Seeded, name: str) -> int:
    with Session(seeded.engine) as s:
        (found,) = resolve_source_ids(s, [name])
    return found


def _submit(at: AppTest, label: str) -> AppTest:
    next(b for b in at.form_submit_button if b.label == label).click().run()
    return no_errors(at)


def test_the_registry_table_searches_aliases_in_both_languages(seeded: Seeded) -> None:
    at = no_errors(open_page("views/sources.py"))
    at.text_input(key="src_search").set_value("وزير الخارجية أحمد سالم").run()
    assert list(no_errors(at).dataframe[0].value["source"]) == ["أحمد سالم"]
    at.text_input(key="src_search").set_value("Ahmed Salem").run()
    assert list(no_errors(at).dataframe[0].value["source"]) == ["Ahmed Salem"]


def test_a_merge_moves_the_attributions_to_the_kept_source(seeded: Seeded) -> None:
    arabic, english = _id(seeded, "أحمد سالم"), _id(seeded, "Ahmed Salem")
    at = no_errors(open_page("views/sources.py"))
    at.selectbox(key="mg_keep").set_value(arabic)
    at.selectbox(key="mg_drop").set_value(english)
    at.checkbox(key="mg_sure").check()
    _submit(at, "Merge")
    assert "Merged: 2 claims" in at.success[0].value
    with Session(seeded.engine) as s:
        assert s.get(SourceRow, english) is None
        assert count_claims(s, ClaimFilter(sources=(arabic,))) == 3
        assert count_claims(s, ClaimFilter(source_names=("Ahmed Salem",))) == 3


def test_a_merge_needs_the_confirmation_box(seeded: Seeded) -> None:
    arabic, english = _id(seeded, "أحمد سالم"), _id(seeded, "Ahmed Salem")
    at = no_errors(open_page("views/sources.py"))
    at.selectbox(key="mg_keep").set_value(arabic)
    at.selectbox(key="mg_drop").set_value(english)
    _submit(at, "Merge")
    assert "Tick the box" in at.error[0].value
    with Session(seeded.engine) as s:
        assert s.get(SourceRow, english) is not None


def test_rename_and_retype_change_the_registry(seeded: Seeded) -> None:
    sid = _id(seeded, "unnamed official")
    at = no_errors(open_page("views/sources.py"))
    at.selectbox(key="rn_src").set_value(sid)
    at.text_input(key="rn_name").set_value("Unnamed official (delegation)")
    _submit(at, "Rename")
    at.selectbox(key="rt_src").set_value(sid)
    at.selectbox(key="rt_type").set_value("official")
    _submit(at, "Change type")
    with Session(seeded.engine) as s:
        row = s.get(SourceRow, sid)
        assert row is not None and (row.canonical, row.type) == ("Unnamed official (delegation)", "official")
        assert count_claims(s, ClaimFilter(source_types=("official",), anonymous=True)) == 1


SOURCES_PAGE = 100  # PAGE_SIZE in dashboard/views/sources.py


def test_the_registry_table_is_paged(seeded: Seeded) -> None:
    from attribution.storage.queries import count_sources

    with Session(seeded.engine) as s:
        total = count_sources(s)
    assert total > SOURCES_PAGE  # the shipped registry alone fills more than one page
    at = no_errors(open_page("views/sources.py"))
    first = list(at.dataframe[0].value["id"])
    assert len(first) == SOURCES_PAGE
    at.number_input(key="src_page").set_value(2).run()
    second = list(no_errors(at).dataframe[0].value["id"])
    assert second and not set(first) & set(second)
    assert f"{total} of {total} sources, {SOURCES_PAGE + 1}–" in no_errors(at).caption[0].value
