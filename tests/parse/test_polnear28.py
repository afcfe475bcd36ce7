"""PolNeAR recall (polnear28): verbs of taking a position toward a person, a plan or a claim, written with the
preposition that opens what they report ('agreed with', 'pointed to', 'bragged about', 'apologized for', 'is
critical of', 'advocates for', 'expressed concern about', 'made the case for', 'ruled against') — each with texts
of the project's own and their near misses."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


def _pairs(sentence: str) -> list[tuple[str, str]]:
    return [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Councillor Brandt disagrees with the zoning board.", [("the zoning board", "Councillor Brandt")]),
    ("The coach agreed with the referee about the penalty.",
     [("the referee about the penalty", "The coach")]),
    ("Most growers agree with the new quota.", [("the new quota", "Most growers")]),
    ("Mayor Alvarez pointed to the closing of the mill as proof of the decline.",
     [("the closing of the mill as proof of the decline", "Mayor Alvarez")]),
    ("Planners pointed to the new rail line.", [("the new rail line", "Planners")]),
])
def test_agreeing_or_pointing_reports_what_follows_its_preposition(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The senator boasted about her fundraising.", [("her fundraising", "The senator")]),
    ("Ferrante often brags about his record in the league.", [("his record in the league", "Ferrante")]),
    ("The airline apologized for the delays.", [("the delays", "The airline")]),
    ("Director Okafor is critical of the new budget.", [("the new budget", "Director Okafor")]),
    ("The farmers union advocated for lower fuel taxes.", [("lower fuel taxes", "The farmers union")]),
    ("The group is advocating for new bike lanes.", [("new bike lanes", "The group")]),
    ("Teachers expressed concern about the new schedule.", [("the new schedule", "Teachers")]),
])
def test_boasting_apologizing_or_a_critical_stance_reports_its_object(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The mayor has made the case for a new stadium.", [("a new stadium", "The mayor")]),
    ("A federal judge ruled against the county's map.", [("the county's map", "A federal judge")]),
    ("The court ruled in favor of the tenants.", [("the tenants", "The court")]),
])
def test_arguing_for_or_ruling_against_reports_its_object(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "She made a good point to the panel about rents.",
    "The index gained 40 points to 1,250 on Monday.",
    "The pension fund was critical to the deal.",
    "He is a dedicated advocate for children.",
    "Advocates for the homeless met on Friday.",
    "The arrows point to the new bus stops.",
    "Signs at the school pointed the way to the bus stops.",
])
def test_a_point_or_an_advocate_as_a_noun_reports_nothing(sentence: str) -> None:
    assert _pairs(f"{sentence} Councillor Brandt disagrees with the zoning board.") == [
        ("the zoning board", "Councillor Brandt")]  # (only the second sentence reports)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The mayor cited a city study showing crime at a ten-year low.",
     [("a city study showing crime at a ten-year low", "The mayor"),
      ("crime at a ten-year low", "a city study")]),
    ("Dr. Amari praised a report suggesting that clinics need more nurses.",
     [("a report suggesting that clinics need more nurses", "Dr. Amari"),
      ("that clinics need more nurses", "a report")]),
])
def test_a_participle_after_a_document_in_an_object_describes_the_document(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(_pairs(sentence)) == sorted(expected)


def test_a_participle_after_a_person_in_an_object_still_ends_it() -> None:
    pairs = _pairs("The senator criticized the choice of speakers accusing the board of bias. "
                   "The mayor cited a city study showing crime at a ten-year low.")
    assert pairs[0] == ("the choice of speakers", "The senator")  # (the speakers accuse: not the senator's words)
    assert ("a city study showing crime at a ten-year low", "The mayor") in pairs


def test_advocates_for_a_group_opening_a_sentence_is_its_subject() -> None:
    assert _pairs("Advocates for the homeless said the shelter was full. The group is advocating for new beds.") \
        == [("the shelter was full", "Advocates for the homeless"), ("new beds", "The group")]
