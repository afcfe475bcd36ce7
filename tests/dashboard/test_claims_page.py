from __future__ import annotations

from dashboard_harness import Seeded, claim_count, no_errors, open_page, param
from sqlmodel import Session

from attribution.storage.queries import resolve_source_ids


def test_all_claims_are_listed_without_filters(seeded: Seeded) -> None:
    at = no_errors(open_page("views/claims.py"))
    assert claim_count(at) == 8
    assert len(at.dataframe[0].value) == 8


def test_a_kind_filter_changes_the_count_the_table_and_the_url(seeded: Seeded) -> None:
    at = no_errors(open_page("views/claims.py"))
    at.multiselect(key="f_kind").set_value(["direct"]).run()
    assert claim_count(no_errors(at)) == 3
    assert set(at.dataframe[0].value["kind"]) == {"direct"}
    assert param(at, "kind") == ["direct"]


def test_query_parameters_restore_a_filtered_view(seeded: Seeded) -> None:
    at = no_errors(open_page("views/claims.py", kind="indirect", lang="ar", anon="1"))
    assert claim_count(at) == 1
    assert at.multiselect(key="f_kind").value == ["indirect"]
    assert at.multiselect(key="f_lang").value == ["ar"]
    assert at.radio(key="f_anon").value == "anonymous"
    assert list(at.dataframe[0].value["claim"]) == ["الوفد سيصل غدا"]


def test_a_source_picked_by_id_in_the_url_matches_as_speaker_or_conduit(seeded: Seeded) -> None:
    with Session(seeded.engine) as s:
        (reuters,) = resolve_source_ids(s, ["Reuters"])
    at = no_errors(open_page("views/claims.py", src=str(reuters)))
    assert claim_count(at) == 1
    assert list(at.dataframe[0].value["via"]) == ["Reuters"]


def test_free_text_search_tolerates_arabic_spelling_variants(seeded: Seeded) -> None:
    at = no_errors(open_page("views/claims.py"))
    at.text_input(key="f_q").set_value("المفاوضات ستستانف").run()  # bare alef for أ
    assert claim_count(no_errors(at)) == 1
    at.text_input(key="f_q").set_value("delegaton wuold arrive").run()  # typos
    assert claim_count(no_errors(at)) == 1
    assert param(at, "q") == ["delegaton wuold arrive"]
    at.text_input(key="f_q").set_value("nothing like this anywhere").run()
    assert claim_count(no_errors(at)) == 0


def test_a_selected_claim_shows_its_source_cue_conduits_and_sentence(seeded: Seeded) -> None:
    at = no_errors(open_page("views/claims.py", kind="direct", lang="ar"))
    claim_id = int(at.dataframe[0].value["id"][0])
    at.query_params["claim"] = str(claim_id)
    at.run()
    texts = [t.value for t in no_errors(at).text]
    assert "وكالة الأنباء" in texts and "قوله" in texts and "المتحدث باسم الحكومة" in texts
    sentence = "\n".join(h.value for h in at.get("html"))
    assert 'dir="rtl"' in sentence and "لن نقبل بأي شروط مسبقة" in sentence
