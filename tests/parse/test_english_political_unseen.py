"""English political news not seen before: campaign coverage written for these tests (surrogates on TV, polls,
tweets, spokespeople, leaks, rebuttals), and the constructions its errors came from."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "owner", "content"), [
    ("Story.\n\nThe senator repeated Sanders' claim that the primary was rigged.", "Sanders",
     "that the primary was rigged"),
    ("Story.\n\nAides pushed back on Reuters' account that the candidate would skip the debate.", "Reuters",
     "that the candidate would skip the debate"),
    ("Story.\n\nDemocrats seized on Paul Ames' admission that the bill would raise premiums.", "Paul Ames",
     "that the bill would raise premiums"),
    ("Story.\n\nThe governor mocked Dolores Hughes' warning that the state would go bankrupt.", "Dolores Hughes",
     "that the state would go bankrupt"),
    ("Story.\n\nVoters have heard Mark Jones' promise that taxes would fall before.", "Mark Jones",
     "that taxes would fall before"),
    ("Story.\n\nThe chairman brushed aside Harris' suggestion that the vote be delayed.", "Harris",
     "that the vote be delayed"),
])
def test_a_bare_apostrophe_after_a_name_in_s_is_a_possessor(text: str, owner: str, content: str) -> None:
    assert (owner, content) in [(c.source, c.content) for c in claims(text, "en")]


@pytest.mark.parametrize("text", [
    "Story.\n\nThe senator repeated Sanders' claim that the primary was rigged.",
    "Story.\n\nCritics dismissed Reuters' allegation that the plant had leaked for weeks.",
])
def test_the_verb_before_a_bare_apostrophe_possessor_reports_the_whole_object(text: str) -> None:
    outer = [c for c in claims(text, "en") if c.content.endswith("' claim that the primary was rigged")
             or c.content.endswith("' allegation that the plant had leaked for weeks")]
    assert len(outer) == 1


def test_a_closing_single_quote_is_no_possessive() -> None:
    text = "Story.\n\nThe senator cited the 'Main Streets' claim that rents had doubled, the paper said."
    assert "Main Streets" not in [c.source for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nThe team won, many fans saying the referee had been fair.", "many fans",
     "the referee had been fair"),
    ("Story.\n\nThe bill passed easily, several senators saying it was long overdue.", "several senators",
     "it was long overdue"),
    ("Story.\n\nThe rally ended early, some supporters complaining that the heat was unbearable.",
     "some supporters", "that the heat was unbearable"),
    ("Story.\n\nTurnout fell sharply, two county clerks saying the new rules had confused voters.",
     "two county clerks", "the new rules had confused voters"),
    ("Story.\n\nThe debate drew record ratings, many viewers arguing that it had settled nothing.",
     "many viewers", "that it had settled nothing"),
    ("Story.\n\nThe plan was shelved, most delegates insisting it would cost too much.", "most delegates",
     "it would cost too much"),
])
def test_a_quantified_subject_after_a_comma_is_the_participles_own(text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "en")] == [(source, content)]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nThe minister left early, saying the talks had stalled.", "The minister"),
    ("Story.\n\nSome scientists disagreed, arguing the data were thin.", "Some scientists"),
    ("Story.\n\nTwo experts testified, each saying the bridge was unsafe.", "each"),
])
def test_a_participle_without_its_own_subject_keeps_the_main_one(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")] == [source]
