"""English report nouns whose speaker follows them as an agent ('warnings from his lawyer that …', 'the
allegation by two former aides that …'): the clause after 'that' is reported, the agent is its source."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe council pressed ahead with the bridge despite repeated warnings from its own engineers that the "
     "pylons were cracking.", "that the pylons were cracking", "its own engineers"),
    ("Story.\n\nInvestors shrugged off the assertion by two former directors that the accounts had been inflated.",
     "that the accounts had been inflated", "two former directors"),
    ("Story.\n\nResidents dismissed claims from the water utility that the supply was safe to drink.",
     "that the supply was safe to drink", "the water utility"),
    ("Story.\n\nFarmers welcomed assurances from the Agriculture Ministry that subsidies would continue next year.",
     "that subsidies would continue next year", "the Agriculture Ministry"),
    ("Story.\n\nThe club ignored a suggestion by the mayor of Dunmore that the stadium be sold.",
     "that the stadium be sold", "the mayor of Dunmore"),
])
def test_report_noun_with_from_or_by_agent_reports_the_that_clause_said_by_the_agent(
        text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


def test_agented_report_noun_opening_the_sentence_ends_at_the_passive_main_verb() -> None:
    text = ("Story.\n\nThe claim by the union that wages had fallen for a decade was rejected by the employers' "
            "federation.")
    assert ("that wages had fallen for a decade", "the union") in [(c.content, c.source) for c in claims(text, "en")]


def test_agented_report_noun_content_stops_at_the_comma_closing_the_noun_phrase() -> None:
    text = ("Story.\n\nDespite warnings from the port authority that the dock was unsafe, the ferry kept "
            "sailing.")
    assert [(c.content, c.source) for c in claims(text, "en")] == [("that the dock was unsafe", "the port authority")]


@pytest.mark.parametrize("text", [
    "Story.\n\nThe court upheld the charges from the regulator that were filed last spring.",
    "Story.\n\nThe report by the commission that was published on Monday ran to 400 pages.",
    "Story.\n\nApplicants must fill in the claim form by Friday.",
    "Story.\n\nThe archive holds a statement from 1998 that nobody has read.",
    "Story.\n\nWarnings from forecasters that a storm was coming went unheeded.",
])
def test_agent_phrase_that_is_a_relative_a_time_or_the_sentence_subject_reports_nothing(text: str) -> None:
    assert claims(text, "en") == []


def test_a_verb_after_the_agent_keeps_the_report_with_its_verb() -> None:
    text = "Story.\n\nA new audit by the Tax Board concluded that the levy would raise $117,000 a year, officials said."
    assert ("that the levy would raise $117,000 a year", "A new audit by the Tax Board") \
        in [(c.content, c.source) for c in claims(text, "en")]


def test_a_comma_inside_a_number_does_not_close_an_agented_report() -> None:
    text = "Story.\n\nDespite warnings from the port authority that fees would reach $2,500 a day, the ferry sailed."
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("that fees would reach $2,500 a day", "the port authority")]
