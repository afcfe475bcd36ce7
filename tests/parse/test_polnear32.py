"""English cues PolNeAR counts and the shared format agrees on, each with texts of the project's own: the plural
present of 'vow' and 'echo' with the noun phrase they report, a phrase of the writer's reason after a comma that ends
such a noun phrase, 'as X put it' after a reason clause while another cue stands before the reason, and an adjective
of degree inside a cue of a verb and a noun of feeling ('expressed deep concern about')."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Party leaders vow swift consequences.", [("swift consequences", "Party leaders")]),
    ("Both unions vow a long strike if the talks fail.", [("a long strike if the talks fail", "Both unions")]),
    ("Many farmers echo her worries about the new dam.", [("her worries about the new dam", "Many farmers")]),
    ("Several economists echo that warning.", [("that warning", "Several economists")]),
])
def test_the_plural_present_of_vow_and_echo_reports_its_object(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize("sentence", [
    "He made a vow to fight on.",
    "The lawsuit was an echo of earlier fights.",
])
def test_a_vow_or_an_echo_as_a_noun_reports_nothing(sentence: str) -> None:
    assert claims(f"Story.\n\n{sentence}", "en") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Other lawmakers echoed his concerns, partly because the fund lacks audits.",
     [("his concerns", "Other lawmakers")]),
    ("Many farmers echo her worries, in large part because the dam leaks.",
     [("her worries", "Many farmers")]),
    ("The senator criticized the plan, in part because it would cost too much.",
     [("the plan", "The senator")]),
    # the speaker's own clause goes on, and so does a noun phrase before 'because of'
    ("She said the plan failed, in part because the funds ran out.",
     [("the plan failed, in part because the funds ran out", "She")]),
    ("The council rejected the proposal, partly because of its cost.",
     [("the proposal, partly because of its cost", "The council")]),
])
def test_a_phrase_of_the_writers_reason_after_a_comma_ends_a_reported_noun_phrase(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


def test_as_x_put_it_after_a_reason_clause_reports_that_clause_despite_an_earlier_cue() -> None:
    sentence = ('Many growers echoed her worries, largely because while most towns get cheap power, the valley gets '
                '"nothing but floods," as one grower put it.')
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == [
        ("her worries", "Many growers"), ('the valley gets "nothing but floods,"', "one grower")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Civil liberties groups have expressed deep concern about the new law.",
     [("the new law", "Civil liberties groups")]),
    ("The envoy voiced serious doubts that the truce would hold.", [("that the truce would hold", "The envoy")]),
    ("Residents expressed deep anger.", []),
])
def test_an_adjective_of_degree_inside_a_cue_of_a_verb_and_a_noun_of_feeling(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected
