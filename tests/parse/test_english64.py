"""English clause edges and speakers (round 64): two lower-case modifiers of one plural head joined by 'and' ('The
finance and trade ministers of …'), two bodies joined by 'and' opening the clause, a noun of hearsay as its own
unnamed source beside the verb that answers it, the one thanked or credited as the speaker of a participle after
'for', 'because' ending an object, another pronoun's 'what he called …', and the writer's ', in what is …'."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import offsets_hold


def _records(text: str) -> list[tuple[str, str]]:
    """(source as written, content) of every record, offsets checked."""
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.source_text, a.content.text) for a in result.attributions]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The finance and trade ministers of Chile and Peru said the pact would be signed in May.",
     "The finance and trade ministers of Chile and Peru"),
    ("The energy and mining ministers from Ghana and Togo said prices would rise.",
     "The energy and mining ministers from Ghana and Togo"),
    ("The health and education secretaries said the plan was sound.", "The health and education secretaries"),
])
def test_two_modifiers_joined_by_and_before_one_plural_head_are_one_subject(text: str, speaker: str) -> None:
    """An 'and' inside another verb's object opens no joined subject (no 'the' opening the clause)."""
    assert [source for source, _ in _records(text)] == [speaker]
    assert [source for source, _ in _records("The plan angered the transport and labour ministers said the union.")] \
        == ["labour ministers"]


def test_holders_of_an_office_with_joined_modifiers_in_named_places_are_officials() -> None:
    found = parse("The finance and trade ministers of Chile and Peru said the pact was ready.", "en").attributions
    assert [(a.source_type, a.anonymous) for a in found] == [("official", False)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The union and the company said talks would resume next week.", "The union and the company"),
    ("The Ruiz campaign and the party said the ads would run.", "The Ruiz campaign and the party"),
])
def test_two_bodies_joined_by_and_opening_the_clause_are_one_subject(text: str, speaker: str) -> None:
    assert [source for source, _ in _records(text)] == [speaker]


@pytest.mark.parametrize(("text", "noun", "content"), [
    ("The agency also denied a rumour, spread on Facebook, that the pier had collapsed during the storm.",
     "a rumour", "that the pier had collapsed during the storm"),
    ("The governor dismissed a rumor circulating on social media that the dam had cracked.", "a rumor",
     "that the dam had cracked"),
    ("The council dismissed rumors that the pool would close for good.", "rumors",
     "that the pool would close for good"),
])
def test_a_noun_of_hearsay_is_its_own_unnamed_source_beside_another_cue(text: str, noun: str, content: str) -> None:
    found = parse(text, "en").attributions
    hearsay = [a for a in found if a.source_text == noun]
    assert [(a.content.text, a.anonymous, a.source_type) for a in hearsay] == [(content, True, "anonymous")]
    assert len(found) == 2  # (and the verb that answers it, its object the whole phrase)
    assert _records("The rumors that the mayor would quit proved false.") == []  # (the sentence's subject: none)


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The senator thanked activists for speaking out against the plan.", "activists", "the plan"),
    ("She thanked the volunteers for warning residents about the flood.", "the volunteers",
     "residents about the flood"),
    ("The mayor criticized the firm for saying it would close the plant.", "the firm", "it would close the plant"),
    ("She gives credit to young filmmakers and the Harbor Arts League for speaking out against censorship because "
     "to her, art is speech.", "young filmmakers and the Harbor Arts League", "censorship"),
])
def test_the_one_thanked_or_credited_speaks_in_a_participle_after_for(text: str, speaker: str, content: str) -> None:
    """Not the one after an infinitive's 'to' ('urged Lee to apologize to Mayor Ruiz for accusing …')."""
    assert (speaker, content) in _records(text)
    records = _records("The envoy urged Lee to apologize to Mayor Ruiz for accusing him of lying.")
    assert ("Mayor Ruiz", "him of lying") not in records


def test_a_participle_after_for_stays_in_the_verbs_object() -> None:
    assert ("The mayor", "the firm for saying it would close the plant") in \
        _records("The mayor criticized the firm for saying it would close the plant.")


@pytest.mark.parametrize(("text", "content"), [
    ("Farmers voiced concern about the minister because of the drought.", "the minister"),
    ("Parents criticized the board because of the closures.", "the board"),
])
def test_because_ends_an_object_content(text: str, content: str) -> None:
    """In a reported clause it stays."""
    assert [said for _, said in _records(text)] == [content]
    assert [said for _, said in _records("The mayor said the road was shut because of the flood.")] == [
        "the road was shut because of the flood"]


def test_another_pronouns_naming_inside_a_report_is_a_record_of_its_own() -> None:
    text = "Rep. Dana Ortiz said the audit was flawed. She cited what he called 'a whitewash' in the filing."
    assert ("he", "'a whitewash'") in _records(text)
    assert [s for s, _ in _records("He condemned what he called a 'cynical ploy' by rivals.")] == ["He"]


def test_the_writers_in_what_amounted_to_ends_the_content() -> None:
    assert _records("The mayor said the budget would be cut, in what amounted to a rebuke of the council.") == [
        ("The mayor", "the budget would be cut")]
    assert _records("The senator said the bill was dead, in what she called a win for taxpayers.") == [
        ("The senator", "the bill was dead, in what she called a win for taxpayers")]
