"""English bugs of english54: 'worried' as an adjective of stance after 'be' or a linking verb ('Officials grew
increasingly worried that …'), a party tag in brackets after an inverted cue's name ('said Ann Cole (D-Ore.)'),
a number joined to a word in a subject ('The 58-page report, released …, says')."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims, offsets_hold


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nOfficials grew increasingly worried that the dam would fail.", "that the dam would fail", "Officials"),
    ("Story.\n\nInvestors are worried that the bank will collapse.", "that the bank will collapse", "Investors"),
    ("Story.\n\nThe nurses were deeply worried that the ward would close.", "that the ward would close",
     "The nurses"),
    ("Story.\n\nParents became worried that the school was unsafe.", "that the school was unsafe", "Parents"),
    ("Story.\n\nThe coach remained worried that his players were tired.", "that his players were tired",
     "The coach"),
])
def test_worried_after_be_or_a_linking_verb_is_the_subjects_stance(text: str, content: str, source: str) -> None:
    result = parse(text, "en")
    assert [(a.content.text, a.source_text) for a in result.attributions] == [(content, source)]
    assert offsets_hold(result)


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nOfficials worried that the dam would fail.", "that the dam would fail", "Officials"),
    ("Story.\n\nFarmers became concerned that the river was drying up.", "that the river was drying up", "Farmers"),
])
def test_worried_as_a_verb_and_other_stance_adjectives_still_report(text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


def test_worried_before_a_noun_is_part_of_the_subject() -> None:
    text = "Story.\n\nThe worried parents said that the school was unsafe."
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("that the school was unsafe", "The worried parents")]


def test_worried_before_that_day_opens_no_clause() -> None:
    assert claims("Story.\n\nShe was worried that day about the storm.", "en") == []


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\n\"We will fight this,\" said Ann Cole (D-Ore.).", "Ann Cole (D-Ore.)"),
    ("Story.\n\n\"We will fight this,\" said Ann Cole (D-Ore.) on Monday.", "Ann Cole (D-Ore.)"),
    ("Story.\n\n\"We will fight this,\" said Rep. Ann Cole (R-Ky.).", "Rep. Ann Cole (R-Ky.)"),
    ("Story.\n\nThe plan is dead, said Ann Cole (D-Ore.).", "Ann Cole (D-Ore.)"),
    ("Story.\n\n\"We will fight this,\" Ann Cole (D-Ore.) said.", "Ann Cole (D-Ore.)"),
])
def test_a_party_tag_in_brackets_after_an_inverted_cue_is_the_names_whole(text: str, source: str) -> None:
    result = parse(text, "en")
    assert [a.source_text for a in result.attributions] == [source]
    assert offsets_hold(result)


def test_an_aside_in_brackets_after_an_inverted_cue_stays_out_of_the_name() -> None:
    text = "Story.\n\nThe plan is dead, said Ann Cole (a view shared by others)."
    assert [c.source for c in claims(text, "en")] == ["Ann Cole"]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nThe 58-page report, released on Thursday, says the bridge is unsafe.", "The 58-page report"),
    ("Story.\n\nA 10-year-old study, published in 2015, found that the drug works.", "A 10-year-old study"),
    ("Story.\n\nThe 300-member council, elected last year, said the vote was fair.", "The 300-member council"),
    ("Story.\n\nThe 58-page report says the bridge is unsafe.", "The 58-page report"),
])
def test_a_number_joined_to_a_word_is_an_adjective_of_the_subject(text: str, source: str) -> None:
    result = parse(text, "en")
    assert [a.source_text for a in result.attributions] == [source]
    assert offsets_hold(result)


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nResidents who said the water was unsafe demanded tests.", "the water was unsafe"),
    ("Story.\n\nWorkers who said they were unpaid staged a strike.", "they were unpaid"),
    ("Story.\n\nParents who complained the bus was late asked for a new driver.", "the bus was late"),
])
def test_a_clause_a_relative_said_is_no_speaker_of_the_verb_after_it(text: str, content: str) -> None:
    result = parse(text, "en")
    assert [(a.content.text, a.source_canonical) for a in result.attributions] == [(content, text.split()[1])]
    assert offsets_hold(result)


def test_a_person_named_before_a_speech_aside_still_speaks_after_it() -> None:
    text = "Story.\n\nThe mayor, residents said, told the council that the pipes were old."
    assert ("that the pipes were old", "The mayor") in [(c.content, c.source) for c in claims(text, "en")]


def test_a_speaker_of_a_later_sentence_stays() -> None:
    text = "Story.\n\nThe mayor said the water was unsafe, and officials demanded tests."
    assert [c.source for c in claims(text, "en")] == ["The mayor", "officials"]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe mayor questioned the agency's finding that the air was clean.",
     "the agency's finding that the air was clean"),
    ("Story.\n\nThe mayor questioned the state health agency's finding that the air was clean.",
     "the state health agency's finding that the air was clean"),
    ("Story.\n\nThe governor disputed the panel's findings that the dam was sound.",
     "the panel's findings that the dam was sound"),
])
def test_a_possessed_finding_is_the_object_its_verb_reports(text: str, content: str) -> None:
    result = parse(text, "en")
    assert result.attributions[0].content.text == content
    assert all(a.content.text != content.split(" finding")[0] for a in result.attributions)
    assert offsets_hold(result)


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe study, finding that the drug works, was praised.", "that the drug works", "The study"),
    ("Story.\n\nFinding that the drug works, the panel approved it.", "that the drug works", "the panel"),
])
def test_finding_as_a_participle_still_reports_its_clause(text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]
