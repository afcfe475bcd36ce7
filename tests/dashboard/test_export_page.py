from __future__ import annotations

from dashboard_harness import Seeded, claim_count, no_errors, open_page
from sqlmodel import Session

from attribution.storage.queries import ClaimFilter, list_claims
from attribution.storage.review import record_review


def test_export_offers_every_format_for_the_filtered_selection(seeded: Seeded) -> None:
    at = no_errors(open_page("views/export.py", lang="ar"))
    assert claim_count(at) == 3
    labels = [b.label for b in at.get("download_button")]
    assert labels[:4] == ["CSV", "JSON", "Markdown report", "HTML report"]
    assert labels[4] == "ClaimReview (0)"


def test_the_claims_page_links_to_export_with_the_same_filter(seeded: Seeded) -> None:
    at = no_errors(open_page("views/claims.py", kind="direct", lang="en"))
    link = next(p for p in at.get("page_link") if "Export" in p.proto.label)
    assert (link.proto.page, link.proto.query_string) == ("export", "kind=direct&lang=en")


def test_claimreview_is_offered_once_a_claim_is_reviewed(seeded: Seeded) -> None:
    with Session(seeded.engine) as s:
        claim = list_claims(s, ClaimFilter(langs=("ar",)), limit=1)[0].id
        record_review(s, claim, to_status="false", reviewer="Huda")
    at = no_errors(open_page("views/export.py", lang="ar"))
    button = next(b for b in at.get("download_button") if b.label.startswith("ClaimReview"))
    assert button.label == "ClaimReview (1)" and not button.proto.disabled
