"""English sources in unseen text: reduced relatives with a pronoun, a ruling after 'in her', hearers and bare
clauses, company nouns after 'its'. Texts are written for these tests."""

from __future__ import annotations

from attribution.model import Attribution
from attribution.parse import parse


def _records(sentence: str) -> list[Attribution]:
    return list(parse("Business.\n\n" + sentence, "en").attributions)


def test_a_pronoun_after_an_object_noun_is_the_whole_subject_of_its_relative() -> None:
    records = _records("The studio released a film it believes will draw young crowds.")
    assert [(a.source_text, a.content.text) for a in records] == [("it", "will draw young crowds")]


def test_a_ruling_after_in_her_is_a_noun_and_said_is_the_cue() -> None:
    records = _records("Justice Mara Olsen said in her ruling that the contract was void.")
    assert [(a.cue.text if a.cue else "", a.source_text) for a in records] == [("said", "Justice Mara Olsen")]


def test_bare_hearers_then_a_noun_and_auxiliary_open_the_content() -> None:
    records = _records("Farrow told analysts margins would shrink next year.")
    assert [(a.source_text, a.content.text) for a in records] == [("Farrow", "margins would shrink next year")]


def test_a_named_lender_set_off_by_commas_tells_hearers_a_bare_clause() -> None:
    records = _records("Its biggest lender, Corvane, told investors fees will rise.")
    assert [(a.source_text, a.content.text) for a in records] == [("Corvane", "fees will rise")]


def test_its_contractor_is_a_company_not_a_person() -> None:
    records = _records("Its contractor said the tunnel would reopen in April.")
    assert [(a.source_text, a.source_type) for a in records] == [("Its contractor", "organization")]


def test_it_in_a_relative_refers_to_the_company_opening_its_sentence() -> None:
    records = _records("GRANTVILLE — Pellan Dairies has bought a farm it says will double its herd.")
    assert [(a.source_text, a.source_canonical, a.source_type) for a in records] == [
        ("it", "Pellan Dairies", "organization")]


def test_a_name_whose_training_ground_is_mentioned_is_a_club_not_a_person() -> None:
    text = ("Football.\n\nMarbella Athletic confirmed the loan of the winger on Friday. He will report to "
            "Marbella Athletic's training ground next week.")
    records = list(parse(text, "en").attributions)
    assert [(a.source_text, a.source_type) for a in records] == [("Marbella Athletic", "organization")]
