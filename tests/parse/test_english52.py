"""English leftovers (english52): a report noun after a verb of voicing and an adjective ('made baseless claims
that …'), unnamed people with a 'who' clause, company names by their shape, outlets described or a news site told,
a 'who' report ending before the main past verb, a body possessor's report after a verb of denial."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims, offsets_hold


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe opposition leader made baseless claims that the vote was rigged.",
     "that the vote was rigged", "The opposition leader"),
    ("Story.\n\nThe senator made false claims that the election was stolen.",
     "that the election was stolen", "The senator"),
    ("Story.\n\nThe opposition made claims that the vote was rigged.", "that the vote was rigged", "The opposition"),
    ("Story.\n\nDemocrats raised serious concerns that the plan would fail.", "that the plan would fail", "Democrats"),
])
def test_a_report_noun_after_a_verb_of_voicing_is_held_by_its_subject(text: str, content: str, source: str) -> None:
    result = parse(text, "en")
    assert [(a.content.text, a.source_text) for a in result.attributions] == [(content, source)]
    assert offsets_hold(result)


@pytest.mark.parametrize("text", [
    "Story.\n\nThe mayor went so far as to claim that the bridge was safe.",
    "Story.\n\nHe claims that the bridge was safe.",
])
def test_a_claim_verb_still_reports_with_its_own_subject(text: str) -> None:
    assert [c.source for c in claims(text, "en")] in (["The mayor"], ["He"])


@pytest.mark.parametrize("text", [
    "Story.\n\nSome who attended said the meeting was tense.",
    "Story.\n\nSeveral who watched the vote said it was chaotic.",
    "Story.\n\nThose who stayed said the shelter was cold.",
    "Story.\n\nSome of those who attended said the meeting was tense.",
])
def test_a_quantifier_with_a_who_clause_is_anonymous(text: str) -> None:
    assert [a.anonymous for a in parse(text, "en").attributions] == [True]


@pytest.mark.parametrize("text", [
    "Story.\n\nMayor Ruiz, who attended, said the speech was long.",
    "Story.\n\nSome of the Smiths who attended said the speech was long.",
])
def test_a_named_speaker_with_a_who_clause_is_not_anonymous(text: str) -> None:
    assert [a.anonymous for a in parse(text, "en").attributions] == [False]


@pytest.mark.parametrize(("text", "kind"), [
    ("Story.\n\nSpirit AeroSystems said it would cut 500 jobs.", "organization"),
    ("Story.\n\nKestrel DataWorks said the trial had failed.", "organization"),
    ("Story.\n\nNational Grid said the outage was caused by a fault.", "organization"),
    ("Story.\n\nWater UK said bills would rise.", "organization"),
    ("Story.\n\nCycling UK said the new lanes were too narrow.", "organization"),
    ("Story.\n\nRon DeSantis said the law was fair.", "person"),
    ("Story.\n\nDouglas MacArthur said he would return.", "person"),
    ("Story.\n\nVann R. Newkirk II said the framing was wrong.", "person"),
    ("Story.\n\nJohn McDonald said the plan was fair.", "person"),
])
def test_a_company_name_by_its_shape_is_an_organization(text: str, kind: str) -> None:
    assert [a.source_type for a in parse(text, "en").attributions] == [kind]


@pytest.mark.parametrize(("text", "conduits"), [
    ("Story.\n\nWitnesses told state television that the blast shook the building.", ("state television",)),
    ("Story.\n\nThe minister told state media the talks had failed.", ("state media",)),
    ("Story.\n\nFishermen told local newspapers that the catch had collapsed.", ("local newspapers",)),
    ("Story.\n\nThe mayor said on local radio that the roads were closed.", ("local radio",)),
    ("Story.\n\nSpeaking to Wikinews, Smith said the project was behind schedule.", ("Wikinews",)),
    ("Story.\n\nThe mayor told GovExec.com the plan was ready.", ("GovExec.com",)),
    ("Story.\n\nThe minister told the local paper that the talks had failed.", ()),
    ("Story.\n\nThe minister told reporters that the talks had failed.", ()),
    ("Story.\n\nSpeaking to Jones, Smith said the project was late.", ()),
    ("Story.\n\nThe minister told his own staff that the talks had failed.", ()),
])
def test_an_outlet_described_or_a_news_site_told_is_a_conduit(text: str, conduits: tuple[str, ...]) -> None:
    assert [a.conduits for a in parse(text, "en").attributions] == [conduits]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nTraders who said prices would rise kept buying.", "prices would rise"),
    ("Story.\n\nResidents who said the water was unsafe demanded tests.", "the water was unsafe"),
    ("Story.\n\nWorkers who said the mine had flooded walked out.", "the mine had flooded"),
    ("Story.\n\nOfficials who said the firm was accused of fraud were overruled.", "the firm was accused of fraud"),
    ("Story.\n\nInvestors who said the company was badly managed sold shares.", "the company was badly managed"),
    ("Story.\n\nInvestors who said the company was a poorly managed firm sold shares.",
     "the company was a poorly managed firm"),
])
def test_a_who_clause_report_ends_before_the_main_past_verb(text: str, content: str) -> None:
    assert next(c.content for c in claims(text, "en")) == content


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe senator made repeated claims that the election was stolen.",
     "that the election was stolen", "The senator"),
    ("Story.\n\nAnalysts made repeated warnings that the supplier relied on one customer.",
     "that the supplier relied on one customer", "Analysts"),
    ("Story.\n\nThe mayor repeated claims that the election was stolen.",
     "claims that the election was stolen", "The mayor"),
])
def test_an_ed_word_between_a_verb_of_voicing_and_its_object_is_no_cue(text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe minister rejected the newspaper's report that the army had withdrawn.",
     "that the army had withdrawn", "the newspaper"),
    ("Story.\n\nThe mayor dismissed the union's claim that pay had fallen.", "that pay had fallen", "the union"),
])
def test_a_body_possessors_report_after_a_verb_of_denial_is_its_own(text: str, content: str, source: str) -> None:
    assert (content, source) in [(c.content, c.source) for c in claims(text, "en")]


def test_a_pronoun_possessors_message_after_a_verb_stays_the_verbs() -> None:
    found = claims("Story.\n\nTrump highlighted his message that jobs were returning.", "en")
    assert [c.source for c in found] == ["Trump"]
