from __future__ import annotations

from dashboard_harness import Seeded, no_errors, open_page
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from attribution.storage.queries import ClaimFilter, list_claims
from attribution.storage.review import review_history


def _first_claim(seeded: Seeded) -> int:
    with Session(seeded.engine) as s:
        return list_claims(s, ClaimFilter(langs=("en",)), limit=1)[0].id


def _review(at: AppTest, status: str, reviewer: str, note: str) -> None:
    at.selectbox(key="rv_status").set_value(status)
    at.text_input(key="rv_reviewer").set_value(reviewer)
    at.text_area(key="rv_note").set_value(note)
    at.form_submit_button[0].click().run()


def test_a_review_appends_history_and_never_overwrites_it(seeded: Seeded) -> None:
    claim = _first_claim(seeded)
    at = no_errors(open_page("views/review.py", claim=str(claim)))
    _review(at, "disputed", "Huda", "only one source")
    _review(no_errors(at), "verified", "Sam", "confirmed by a second outlet")
    assert len(no_errors(at).dataframe[-1].value) == 2
    assert list(at.dataframe[-1].value["to"]) == ["disputed", "verified"]
    with Session(seeded.engine) as s:
        events = review_history(s, claim)
    assert [(e.reviewer, e.from_status, e.to_status, e.note) for e in events] == [
        ("Huda", "unreviewed", "disputed", "only one source"),
        ("Sam", "disputed", "verified", "confirmed by a second outlet"),
    ]


def test_a_review_without_a_reviewer_name_is_refused(seeded: Seeded) -> None:
    claim = _first_claim(seeded)
    at = no_errors(open_page("views/review.py", claim=str(claim)))
    _review(at, "false", "", "")
    assert "reviewer name" in at.error[0].value
    with Session(seeded.engine) as s:
        assert review_history(s, claim) == []


def test_reviewed_claims_are_filtered_by_status_on_the_claims_page(seeded: Seeded) -> None:
    claim = _first_claim(seeded)
    at = no_errors(open_page("views/review.py", claim=str(claim)))
    _review(at, "misattributed", "Huda", "it was the deputy")
    claims = no_errors(open_page("views/claims.py", status="misattributed"))
    assert list(claims.dataframe[0].value["id"]) == [claim]


def test_without_a_claim_the_review_page_lists_the_queue(seeded: Seeded) -> None:
    at = no_errors(open_page("views/review.py"))
    assert "Waiting for review" in "\n".join(m.value for m in at.markdown)
    assert len(at.get("page_link")) == 8
