"""PolNeAR recall (polnear21): verbs of likening one thing to another, 'endorse' and 'describing' as cues, and
the subject of a verb after 'and' at the end of a relative clause that follows a quotation — each with texts of
the project's own and their near misses."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


def _pairs(sentence: str) -> list[tuple[str, str]]:
    return [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The senator compared the tax plan to a leaky bucket.",
     [("the tax plan to a leaky bucket", "The senator")]),
    ("The coach compares his young team to the 1990 squad.",
     [("his young team to the 1990 squad", "The coach")]),
    ("Investigators linked the fire to a faulty heater.",
     [("the fire to a faulty heater", "Investigators")]),
    ("Critics have linked the outbreak to the city's water supply.",
     [("the outbreak to the city's water supply", "Critics")]),
    ("The mayor spoke for an hour, comparing the strike to a siege.",
     [("the strike to a siege", "The mayor")]),
    ("Ms. Okafor compared the merger to “a shotgun wedding.”",
     [("the merger to “a shotgun wedding.”", "Ms. Okafor")]),
])
def test_a_verb_of_likening_reports_its_object_and_the_phrase_after_to(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Sales rose 4 percent, compared with a year earlier.",
    "Rents climbed 9 percent compared to 2019.",
    "Researchers tracked prices by comparing receipts to the shelf labels.",
    "The ministers compared notes to see whether the figures matched.",
    "She linked arms with her sister.",
    "Prices are linked to the dollar.",
    "The two towns are linked by a ferry.",
    "Click the link to the video.",
])
def test_likening_without_an_object_and_a_phrase_after_to_reports_nothing(sentence: str) -> None:
    assert _pairs(f"{sentence} The senator compared the tax plan to a leaky bucket.") == [
        ("the tax plan to a leaky bucket", "The senator")]  # (only the second sentence reports)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The teachers' union will endorse the challenger on Monday.",
     [("the challenger", "The teachers' union")]),
    ("Both papers endorse the measure.",
     [("the measure", "Both papers")]),
    ("Three unions are endorsing the measure.",
     [("the measure", "Three unions")]),
    ("Sen. Ana Ruiz (D-Ore.) is endorsing Tom Hale's campaign for governor, the latest chapter in a long feud "
     "between the two.",
     [("Tom Hale's campaign for governor", "Sen. Ana Ruiz (D-Ore.)")]),
])
def test_endorse_reports_whom_it_endorses(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The mayor said the bridge would close, the latest chapter in a long fight over its repairs.",
     [("the bridge would close", "The mayor")]),
    ("The council said the vote would be held in May, another turn in a tangled saga.",
     [("the vote would be held in May", "The council")]),
    ("The union said the strike was over, a new episode in a bitter contract fight.",
     [("the strike was over", "The union")]),
])
def test_a_chapter_turn_or_episode_after_a_comma_is_the_writers_remark_on_the_report(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('The coach is describing the loss as "a wake-up call."',
     [('the loss as "a wake-up call."', "The coach")]),
    ("The minister is describing the cuts as “painful but fair.”",
     [("the cuts as “painful but fair.”", "The minister")]),
])
def test_describing_reports_a_quotation_after_its_object(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "She cried while describing how she found the letters.",
    "He spent an hour describing the flood to visitors.",
])
def test_describing_with_no_quotation_or_complementizer_reports_nothing(sentence: str) -> None:
    assert _pairs(f'{sentence} The coach is describing the loss as "a wake-up call."') == [
        ('the loss as "a wake-up call."', "The coach")]  # (only the second sentence reports)


@pytest.mark.parametrize(("sentence", "expected"), [
    ('"Now is the moment to act," said Jo Fry, who ran the party from 1995 to 1997, during the last recession, '
     'and has endorsed the senator since 2008.',
     [('"Now is the moment to act,"', "Jo Fry"), ("the senator since 2008", "who")]),
    ('"We will not wait," said Ann Bell, who led the union until 2012, in a bitter era, and has endorsed the '
     'mayor ever since.',
     [('"We will not wait,"', "Ann Bell"), ("the mayor ever since", "who")]),
    ('"Times are hard," said the mayor, who spoke for an hour, at the town hall, and endorsed the budget.',
     [('"Times are hard,"', "the mayor"), ("the budget", "who")]),
])
def test_a_verb_after_and_at_the_end_of_a_relative_clause_after_an_aside_has_the_relative_as_subject(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(sentence) == expected


def test_a_quotations_first_word_is_never_the_subject_of_a_verb_after_and() -> None:
    sentence = ('"Now is the moment to act," said Jo Fry, a former chairman of the party, during the last '
                'recession, and has endorsed the senator since 2008.')
    assert _pairs(sentence) == [('"Now is the moment to act,"', "Jo Fry"), ("the senator since 2008", "")]
