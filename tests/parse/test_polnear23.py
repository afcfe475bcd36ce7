"""polnear23: PolNeAR recall outside split quotes — beliefs and feelings whose clause has no 'that' ('Officials
are optimistic the talks will resume'), a finding or a suspicion whose bare clause has a past tense ('suspect
the leak came from …'), and a quotation after a sentence with a belief in it going on with the one who spoke.
Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import Claim, claims


def _one(kind: str, content: str, source: str) -> list[Claim]:
    return [Claim(kind, content, source, source)]


BARE_STANCE_CASES = [
    pytest.param("Officials are optimistic the talks will resume next month.",
                 _one("indirect", "the talks will resume next month", "Officials"), id="optimistic"),
    pytest.param("The coach is hopeful his striker will be fit for Saturday.",
                 _one("indirect", "his striker will be fit for Saturday", "The coach"), id="hopeful-possessive"),
    pytest.param("Economists remain skeptical the rebound will last.",
                 _one("indirect", "the rebound will last", "Economists"), id="linking-verb-skeptical"),
    pytest.param("Investors were worried the bank would collapse.",
                 _one("indirect", "the bank would collapse", "Investors"), id="worried"),
    pytest.param("The judge was adamant the hearing would go ahead.",
                 _one("indirect", "the hearing would go ahead", "The judge"), id="adamant"),
    pytest.param("The senator was sure the bill would pass the committee.",
                 _one("indirect", "the bill would pass the committee", "The senator"), id="sure"),
    pytest.param("Aides were confident Ruiz had the votes.",
                 _one("indirect", "Ruiz had the votes", "Aides"), id="name-then-past"),
    pytest.param("Analysts were not convinced the slump would pass quickly.",
                 _one("indirect", "the slump would pass quickly", "Analysts"), id="negated"),
    pytest.param("We are hopeful it works.", _one("indirect", "it works", "We"), id="pronoun-subject"),
    pytest.param("Growers were upset the ministry scrapped their subsidy.",
                 _one("indirect", "the ministry scrapped their subsidy", "Growers"), id="feeling-regular-past"),
]

BARE_STANCE_NEAR_MISSES = [
    pytest.param("The move is sure to anger Beijing.", [], id="sure-to"),
    pytest.param("Fans were angry the whole afternoon.", [], id="time-phrase-no-verb"),
    pytest.param("Officials are optimistic about the talks.", [], id="preposition"),
    pytest.param("Battleground state Ohio is nearly 3% Hungarian American.", [], id="noun-state-then-name"),
]


@pytest.mark.parametrize(("text", "expected"), BARE_STANCE_CASES)
def test_a_belief_or_feeling_reports_its_clause_without_that(text: str, expected: list[Claim]) -> None:
    assert claims(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), BARE_STANCE_NEAR_MISSES)
def test_a_stance_adjective_without_a_clause_after_it_reports_nothing(text: str, expected: list[Claim]) -> None:
    assert claims(text, "en") == expected


PAST_CLAUSE_CASES = [
    pytest.param("Party officials suspect the leak came from a junior staffer.",
                 _one("indirect", "the leak came from a junior staffer", "Party officials"), id="suspect-came"),
    pytest.param("Inspectors found the kitchen used expired meat.",
                 _one("indirect", "the kitchen used expired meat", "Inspectors"), id="found-regular-past"),
    pytest.param("Geologists discovered the glacier retreated faster than expected.",
                 _one("indirect", "the glacier retreated faster than expected", "Geologists"),
                 id="discovered-regular-past"),
    pytest.param("Auditors suspect the fund spent far more than it reported.",
                 _one("indirect", "the fund spent far more than it reported", "Auditors"), id="suspect-spent"),
    pytest.param("I knew this anger and bitter talk were wrong.",
                 _one("indirect", "this anger and bitter talk were wrong", "I"), id="joined-subject-auxiliary"),
]

PAST_CLAUSE_NEAR_MISSES = [
    pytest.param("Rescuers found the man injured near the river.", [], id="participle-before-preposition"),
    pytest.param("She has assumed a newly created post as chief adviser.", [], id="ly-participle"),
    pytest.param("Deputies saw the video and arrested the driver.", [], id="second-verb-after-and"),
    pytest.param("Witnesses saw the mayor shred the letters.", [], id="shred-is-no-past"),
]


@pytest.mark.parametrize(("text", "expected"), PAST_CLAUSE_CASES)
def test_a_finding_or_suspicion_reports_a_bare_clause_with_a_past_tense(text: str, expected: list[Claim]) -> None:
    assert claims(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), PAST_CLAUSE_NEAR_MISSES)
def test_an_object_with_a_participle_or_a_second_verb_is_no_clause(text: str, expected: list[Claim]) -> None:
    assert claims(text, "en") == expected


def test_a_quotation_after_a_belief_aside_goes_on_with_the_one_who_spoke() -> None:
    text = '"We fought hard," Okafor said, though he was confident the appeal would fail. "Now we wait."'
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ('"We fought hard,"', "Okafor"), ("the appeal would fail", "he"), ('"Now we wait."', "Okafor")]


def test_a_quotation_after_a_relative_with_a_belief_goes_on_with_the_speaker_mention() -> None:
    text = '"It is over," she said of the vote, in which she was sure Ruiz would win. "At least for me."'
    found = claims(text, "en")
    assert [(c.content, c.source) for c in found] == [
        ('"It is over,"', "she"), ("Ruiz would win", "she"), ('"At least for me."', "she")]
    result = parse(text, "en")
    assert result.attributions[2].cue is not None and result.attributions[2].cue.text == "said"


def test_a_quotation_after_a_sentence_with_only_a_belief_still_goes_on_with_it() -> None:
    text = 'Lee said the plan was dead. Ann was sure Ruiz would win. "We will see about that."'
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("the plan was dead", "Lee"), ("Ruiz would win", "Ann"), ('"We will see about that."', "Ann")]


CONTRACTED_BE_CASES = [
    pytest.param("They're convinced that the count was rigged.", ("They", "that the count was rigged"), id="theyre"),
    pytest.param("She’s sure the ferry will run on Sunday.", ("She", "the ferry will run on Sunday"), id="shes-curly"),
    pytest.param("I'm confident the vote will hold.", ("I", "the vote will hold"), id="im"),
    pytest.param("He's claiming that the audit was a sham.", ("He", "that the audit was a sham"), id="hes-verb"),
    pytest.param("We're worried that the clinic will close.", ("We", "that the clinic will close"), id="were"),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACTED_BE_CASES)
def test_a_pronoun_with_a_contracted_be_is_the_source_up_to_the_apostrophe(
        text: str, expected: tuple[str, str]) -> None:
    result = parse(text, "en")
    assert [(a.source_text, a.content.text) for a in result.attributions] == [expected]
    source = result.attributions[0].source
    assert source is not None and text[source.start:source.end] == expected[0]


SUM_IN_SUBJECT_CASES = [
    pytest.param("County commissioners remain skeptical the $40 million levee bond will pass.",
                 _one("indirect", "the $40 million levee bond will pass", "County commissioners"), id="stance-dollar"),
    pytest.param("Investors are confident the €5 billion deal will close.",
                 _one("indirect", "the €5 billion deal will close", "Investors"), id="stance-euro"),
    pytest.param("The panel found the $2 billion program had failed.",
                 _one("indirect", "the $2 billion program had failed", "The panel"), id="found-dollar"),
    pytest.param("Regulators suspect the £300 million fund was mismanaged.",
                 _one("indirect", "the £300 million fund was mismanaged", "Regulators"), id="suspect-pound"),
]


@pytest.mark.parametrize(("text", "expected"), SUM_IN_SUBJECT_CASES)
def test_a_sum_of_money_in_the_bare_clauses_subject_keeps_the_clause(text: str, expected: list[Claim]) -> None:
    assert claims(text, "en") == expected


def test_a_sum_of_money_as_a_plain_object_is_no_clause() -> None:
    assert claims("The mayor found the $5 in her pocket.", "en") == []
