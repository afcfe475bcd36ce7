"""English votes ('The council voted to close the depot', 'she voted against the levy') report the decision of
the subject, as a stated intention does; 'publication' is a news outlet, so it can back someone ('is
supported by several publications')."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe school board voted to close two rural campuses at the end of the year.",
     "to close two rural campuses at the end of the year", "The school board"),
    ("Story.\n\nThe committee voted Friday to send the bill to the full Senate.",
     "to send the bill to the full Senate", "The committee"),
    ("Story.\n\nLawmakers voted Thursday to extend the program for a year.",
     "to extend the program for a year", "Lawmakers"),
    ("Story.\n\nThe union votes to accept the pay offer despite misgivings.",
     "to accept the pay offer despite misgivings", "The union"),
    ("Story.\n\nShareholders voted to replace the chairman after a bruising campaign.",
     "to replace the chairman after a bruising campaign", "Shareholders"),
])
def test_voted_to_reports_the_decision_of_its_subject(text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe senator voted against the farm bill.", "the farm bill", "The senator"),
    ("Story.\n\nLindqvist promptly voted against the new harbour levy.", "the new harbour levy", "Lindqvist"),
])
def test_voted_against_reports_its_object(text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


@pytest.mark.parametrize("text", [
    "Story.\n\nMore than a million people voted in the first round.",
    "Story.\n\nTurnout fell as fewer residents voted this year.",
    "Story.\n\nHe was voted the league's best goalkeeper.",
])
def test_a_vote_with_no_decision_after_it_reports_nothing(text: str) -> None:
    assert claims(text, "en") == []


def test_publications_can_back_a_candidate() -> None:
    text = "Story.\n\nThe mayor, meanwhile, is supported by only two local publications."
    assert [(c.content, c.source) for c in claims(text, "en")] == [("The mayor", "only two local publications")]


@pytest.mark.parametrize("text", [
    "Story.\n\nCouncillor Mara Lind, who voted against the levy, said the port would lose trade.",
    "Story.\n\nThe senators who voted to extend the program for a year were re-elected.",
])
def test_a_vote_in_a_relative_clause_is_the_writers_background(text: str) -> None:
    assert all(c.content not in ("the levy", "to extend the program for a year") for c in claims(text, "en"))


def test_a_publication_is_a_news_outlet() -> None:
    result = parse("Story.\n\nThe publication said the levy was overdue.", "en")
    assert [(a.source_text, a.source_type) for a in result.attributions] == [("The publication", "media")]


def test_a_vote_against_a_pronoun_reports_nothing_of_its_own() -> None:
    text = "Story.\n\nThe mayor called the levy unfair, and two councillors voted against it."
    assert all(c.content != "it" for c in claims(text, "en"))
