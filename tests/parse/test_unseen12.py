"""English in unseen political pieces (rally, poll, hearing, analysis, anonymous sourcing): an opening connective
is no content, 'this' opens a reported clause, a trailing unnamed source keeps its anonymity phrase out of the
content before it, a poll noun after a 'that' clause is no according-phrase, 'Asked by Rep. X whether', a surname
is not the body named after it, 'she' is no bare plural, 'the aide' finds an unnamed aide by its late head noun.
Texts are written for these tests."""

from __future__ import annotations

import pytest

from attribution.model import Attribution
from attribution.parse import parse


def _records(text: str) -> list[Attribution]:
    return list(parse("News.\n\n" + text, "en").attributions)


def _by_cue(records: list[Attribution], cue: str) -> Attribution:
    return next(a for a in records if a.cue is not None and a.cue.text == cue)


@pytest.mark.parametrize("text", [
    "Still, a few donors said.",
    "However, several aides agreed.",
    "In fact, the governor's allies insisted.",
])
def test_an_opening_connective_alone_is_no_content(text: str) -> None:
    assert all(a.content.text.rstrip(",") not in ("Still", "However", "In fact") for a in _records(text))


@pytest.mark.parametrize(("text", "content"), [
    ("Still, many donors believe this contest is winnable.", "this contest is winnable"),
    ("The treasurer said this was a costly error.", "this was a costly error"),
    ("Several mayors think this plan would fail.", "this plan would fail"),
])
def test_this_opens_the_reported_clause(text: str, content: str) -> None:
    assert [a.content.text for a in _records(text)] == [content]


def test_this_week_after_the_cue_stays_an_adverbial() -> None:
    records = _records("The treasurer said this week the levy would pass.")
    assert [a.content.text for a in records] == ["the levy would pass"]


@pytest.mark.parametrize("aside", [
    "who spoke on condition of anonymity",
    "who asked not to be named",
])
def test_inner_report_stops_before_a_trailing_unnamed_source_with_its_aside(aside: str) -> None:
    records = _records(f"The governor has complained that the legislature ignored her budget, a longtime adviser "
                       f"{aside} said.")
    inner = _by_cue(records, "complained")
    assert inner.content.text == "that the legislature ignored her budget"
    outer = _by_cue(records, "said")
    assert outer.source_text == f"a longtime adviser {aside}" and outer.anonymous


def test_poll_noun_inside_a_that_clause_makes_no_according_phrase() -> None:
    records = _records("The received wisdom in Albany holds that endorsements rarely move the polls.")
    assert all(a.cue is None or a.cue.text.lower() != "in" for a in records)


def test_a_surname_is_the_person_not_the_campaign_named_after_him() -> None:
    records = _records("The Marlow campaign disputed the figures. An aide to the governor, Ida Kell, told reporters "
                       "that turnout would be high. Marlow, touring farms on Friday, did not mention Kell. "
                       "But he warned that the party could lose the district.")
    warned = _by_cue(records, "warned")
    assert warned.source_canonical == "Marlow" and warned.source_type in ("person", "official")


def test_the_campaign_named_after_a_person_still_speaks_as_a_body() -> None:
    records = _records("The Marlow campaign disputed the figures. Later the campaign said turnout would be high.")
    assert "Marlow campaign" in _by_cue(records, "said").source_canonical


def test_asked_by_a_titled_member_reports_the_members_question() -> None:
    records = _records("Asked by Sen. Ruth Amado of Nevada whether the agency had erred, the inspector said "
                       "it had not.")
    asked = _by_cue(records, "Asked")
    assert asked.source_canonical == "Ruth Amado" and asked.content.text == "whether the agency had erred"


def test_she_is_not_a_plural_group_cited_before() -> None:
    records = _records("Others insist that the rules are fair. \"Nobody can predict it,\" she said.")
    assert _by_cue(records, "said").source_canonical != "Others"


def test_the_aide_is_the_latest_aide_whose_head_comes_late() -> None:
    records = _records("A junior aide said the talks had stalled. A senior House Democratic aide said members were "
                       "restless. \"We need a deal,\" the aide said.")
    quoted = [a for a in records if a.kind == "direct"]
    assert quoted and quoted[0].source_canonical == "A senior House Democratic aide"
