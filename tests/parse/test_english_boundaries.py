"""English content boundaries: where a reported clause goes on past a conjunction and where it stops."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe budget office said the bill would cost $5 billion this year, but would eventually add $12 "
     "billion to revenue by 2030.",
     "the bill would cost $5 billion this year, but would eventually add $12 billion to revenue by 2030"),
    ("Story.\n\nThe think tank estimated the credit would depress revenue at first, but would add $84 billion "
     "over a decade.",
     "the credit would depress revenue at first, but would add $84 billion over a decade"),
    ("Story.\n\nThe carmaker said the plant would close in May, and will add 300 jobs at its Ohio site.",
     "the plant would close in May, and will add 300 jobs at its Ohio site"),
    ("Story.\n\nAnalysts expect the merger to cut costs at first, but could eventually add 2 percent to "
     "earnings.", "the merger to cut costs at first, but could eventually add 2 percent to earnings"),
    ("Story.\n\nThe union said the deal would freeze wages this year and would add £900 to pay next year.",
     "the deal would freeze wages this year and would add £900 to pay next year"),
])
def test_a_modal_verb_of_an_amount_after_the_conjunction_goes_on_the_reported_clause(text: str,
                                                                                    content: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.content.text == content


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Story.\n\nThe minister said the talks went well, but would not say when a deal would come.",
     "the talks went well", "when a deal would come"),
    ("Story.\n\nThe firm said sales fell, and added that 300 jobs would go.", "sales fell",
     "that 300 jobs would go"),
])
def test_a_verb_of_saying_with_a_clause_after_the_conjunction_is_still_the_speakers_own(
        text: str, first: str, second: str) -> None:
    assert [c.content for c in claims(text, "en")] == [first, second]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe mayor said she would meet the families and let them know that the city cares.",
     "she would meet the families and let them know that the city cares"),
    ("Story.\n\nHe said the senator wanted to speak to young voters and help them understand that the race "
     "matters.", "the senator wanted to speak to young voters and help them understand that the race matters"),
    ("Story.\n\nThe coach said he would sit down with the players and let them know where they stand.",
     "he would sit down with the players and let them know where they stand"),
    ("Story.\n\nThe principal said teachers would call parents and help them understand what the new rules "
     "mean.", "teachers would call parents and help them understand what the new rules mean"),
    ("Story.\n\nOfficials said the agency would publish the data and let residents know whether the water is "
     "safe.", "the agency would publish the data and let residents know whether the water is safe"),
])
def test_and_let_them_know_goes_on_the_reported_clause(text: str, content: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.content.text == content


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nThe company let employees know that layoffs were coming.", "The company",
     "that layoffs were coming"),
    ("Story.\n\nThe central bank quietly let the lenders know that rates would rise.", "The central bank",
     "that rates would rise"),
    ("Story.\n\nThe coach helped the players understand that defense wins games.", "The coach",
     "that defense wins games"),
    ("Story.\n\nThe ministry let schools know that exams would go ahead in June.", "The ministry",
     "that exams would go ahead in June"),
])
def test_the_one_who_lets_others_know_is_the_source_not_the_hearers(text: str, source: str,
                                                                    content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text) == (source, content)


def test_let_them_know_after_a_conjunction_gives_no_hearer_as_source() -> None:
    text = "Story.\n\nThe mayor said she would meet the families and let them know that the city cares."
    sources = [a.source_text for a in parse(text, "en").attributions]
    assert "let them" not in sources and all("let" not in (s or "").split() for s in sources)
