"""Interactions found while merging the twenty-fifth round's branches, each fixed and kept here."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from attribution.registry import Registry


@pytest.mark.parametrize(("text", "canonical", "kind"), [
    ("Story.\n\nPort owner Halden Group said the terminal would close.", "Port owner Halden Group", "organization"),
    ("Story.\n\nStadium owner Brightwater Group said fees would rise.", "Stadium owner Brightwater Group",
     "organization"),
    ("Story.\n\nGreen Bay coach Mike McCarthy said the team was ready.", "Mike McCarthy", "person"),
])
def test_a_title_before_a_named_body_keeps_the_body_whole_and_an_organization(text: str, canonical: str,
                                                                               kind: str) -> None:
    found = parse(text, "en").attributions
    assert [(a.source_canonical, a.source_type) for a in found] == [(canonical, kind)]


def test_its_report_noun_after_a_voicing_verb_inside_a_report_is_still_reported() -> None:
    found = parse("Story.\n\nOfficials said the council repeated its warning that the bridge was unsafe.",
                  "en").attributions
    assert [(a.content.text, a.source_text) for a in found] == [
        ("the council repeated its warning that the bridge was unsafe", "Officials"),
        ("that the bridge was unsafe", "the council")]


@pytest.mark.parametrize("mention", ["Ghana's health ministry", "Ghana's Health Ministry"])
def test_a_country_two_letters_off_a_known_one_is_not_its_misspelling(mention: str) -> None:
    assert Registry.default().match(mention) is None


@pytest.mark.parametrize(("mention", "canonical"), [("Gaza's Health Ministry", "Gaza Health Ministry"),
                                                    ("Gazza's Health Ministry", "Gaza Health Ministry"),
                                                    ("وكالة فرانس بريس", "AFP")])
def test_a_one_letter_misspelling_of_a_known_name_still_matches(mention: str, canonical: str) -> None:
    found = Registry.default().match(mention)
    assert found is not None and found.canonical == canonical
