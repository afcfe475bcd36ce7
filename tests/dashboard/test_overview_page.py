from __future__ import annotations

from dashboard_harness import Seeded, metric, no_errors, open_page


def test_overview_counts_articles_claims_kinds_and_anonymity(seeded: Seeded) -> None:
    at = no_errors(open_page("views/overview.py"))
    assert metric(at, "Articles") == "3"
    assert metric(at, "Attributions") == "8"
    assert (metric(at, "Direct"), metric(at, "Indirect"), metric(at, "Mixed")) == ("3", "5", "0")
    assert (metric(at, "Named"), metric(at, "Anonymous")) == ("6", "2")


def test_overview_language_switch_changes_the_counts(seeded: Seeded) -> None:
    at = no_errors(open_page("views/overview.py"))
    at.segmented_control(key="ov_lang").set_value("ar").run()
    assert metric(no_errors(at), "Attributions") == "3"
    assert metric(at, "Articles") == "1"
