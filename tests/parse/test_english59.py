"""English reporting frames (round 59): how often or when something was said between the verb and 'that', a
hearer and a time adjunct before a clause opened without 'that', agreeing to take part in an event, and a
newspaper whose first word the registry's outlet lacks."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from attribution.registry import Registry
from tests.parse.conftest import offsets_hold


def _records(text: str) -> list[tuple[str, str, str]]:
    """(cue, source as written, content) of every record, offsets checked."""
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.cue.text if a.cue else "", a.source_text, a.content.text) for a in result.attributions]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Senator Ines Varga has said repeatedly in recent weeks that the tariff would hurt farmers.",
     "Senator Ines Varga", "that the tariff would hurt farmers"),
    ("The harbour master said twice in a radio interview that the channel was safe.",
     "The harbour master", "that the channel was safe"),
    ("Coach Emeka Obi has insisted repeatedly during the season that his squad can win the league.",
     "Coach Emeka Obi", "that his squad can win the league"),
    ("The central bank has stated repeatedly in recent months that lending would slow.",
     "The central bank", "that lending would slow"),
    ("The park authority said repeatedly on Thursday the trail would stay closed.",
     "The park authority", "the trail would stay closed"),
])
def test_how_often_and_when_between_the_verb_and_that_stay_out_of_the_content(
        text: str, speaker: str, content: str) -> None:
    assert [(source, said) for _, source, said in _records(text)] == [(speaker, content)]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The finance minister told parliament in the afternoon the deficit would narrow.",
     "The finance minister", "the deficit would narrow"),
    ("Chief Inspector Lowe told the inquiry in the morning the logs had been altered.",
     "Chief Inspector Lowe", "the logs had been altered"),
    ("The ferry operator told passengers at the weekend the crossing would resume.",
     "The ferry operator", "the crossing would resume"),
    ("Dr Amal Haddad told the committee during the hearing the samples were contaminated.",
     "Dr Amal Haddad", "the samples were contaminated"),
    ("The school board told families later in the day the building was unsafe.",
     "The school board", "the building was unsafe"),
])
def test_a_hearer_and_a_time_adjunct_stay_out_of_a_clause_opened_without_that(
        text: str, speaker: str, content: str) -> None:
    found = _records(text)
    assert [(source, said) for _, source, said in found] == [(speaker, content)]


def test_a_time_phrase_with_the_part_of_the_day_opens_a_clause_without_that() -> None:
    assert _records("The governor said in the evening the curfew would end.") == [
        ("said", "The governor", "the curfew would end")]


@pytest.mark.parametrize("text", [
    "The former treasurer agreed to testify before the ethics panel.",
    "The two presidents agreed to meet again in the spring.",
    "The striker agreed to appear at the disciplinary hearing next week.",
    "Both delegations agreed to take part in the second round.",
])
def test_agreeing_to_take_part_in_an_event_makes_no_record(text: str) -> None:
    assert _records(text) == []


def test_agreeing_to_speak_on_condition_of_anonymity_leaves_only_the_report() -> None:
    found = _records("A diplomat, who agreed to speak on condition of anonymity, said the ceasefire was fragile.")
    assert [(cue, said) for cue, _, said in found] == [("said", "the ceasefire was fragile")]


@pytest.mark.parametrize(("text", "content"), [
    ("The utility agreed to pay a penalty of $2 million.", "to pay a penalty of $2 million"),
    ("The auditor agreed that the accounts were incomplete.", "that the accounts were incomplete"),
])
def test_agreeing_to_a_commitment_or_a_proposition_still_reports(text: str, content: str) -> None:
    assert [said for _, _, said in _records(text)] == [content]


@pytest.mark.parametrize(("text", "outlet"), [
    ("Garcia told the Coastal Observer that the cannery would close.", "Coastal Observer"),
    ("The plant will close, the union leader told the Kingston Guardian.", "Kingston Guardian"),
    ("Reyes told the Daily Observer that the bridge was unsafe.", "Daily Observer"),
    ("Mendes told the Long Beach Observer that rents would rise.", "Long Beach Observer"),
])
def test_an_outlet_with_a_first_word_the_registry_lacks_is_another_outlet(text: str, outlet: str) -> None:
    found = parse(text, "en").attributions
    assert [a.conduits for a in found] == [(outlet,)]


@pytest.mark.parametrize(("text", "outlet"), [
    ("Garcia told the Observer that the cannery would close.", "The Observer"),
    ("Garcia told the Guardian that the cannery would close.", "The Guardian"),
])
def test_the_registrys_own_outlet_is_still_named(text: str, outlet: str) -> None:
    assert [a.conduits for a in parse(text, "en").attributions] == [(outlet,)]


@pytest.mark.parametrize("mention", ["the Coastal Observer", "The Daily Observer", "the Riverside Daily News"])
def test_the_registry_matches_no_outlet_whose_first_words_it_lacks(mention: str) -> None:
    registry = Registry.default()
    assert registry.match(mention) is None
    assert registry.find_in(mention) == []


@pytest.mark.parametrize(("mention", "canonical"), [
    ("the Observer", "The Observer"), ("the Saudi Press Agency", "Saudi Press Agency"),
    ("the Qatari Al Jazeera", "Al Jazeera"), ("the New York Daily News", "New York Daily News"),
])
def test_the_registry_still_matches_an_outlet_after_the_or_a_descriptor(mention: str, canonical: str) -> None:
    found = Registry.default().match(mention)
    assert found is not None and found.canonical == canonical


_STORY = "The county closed two clinics on Friday.\n\nHealth director Ruth Ames said the closures were temporary.\n\n"


def _records_after_story(line: str) -> list[tuple[str, str, str]]:
    """The records of `line` set as a paragraph after a short story (and one sentence after it)."""
    text = _STORY + line + "\n\nThe clinics will reopen in May."
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.cue.text if a.cue else "", a.source_text, a.content.text) for a in result.attributions
            if a.content.start >= len(_STORY)]


@pytest.mark.parametrize("line", [
    "Follow Priya Nair on Twitter, where she says what she thinks about county politics.",
    "Follow the health desk on Instagram, where our reporters explain why clinics close.",
    "Priya Nair covers health. Follow her on X, where she says the budget is the story.",
    "For more, follow Priya Nair on Bluesky, where she writes that the county is short of nurses.",
    "Want the briefing? Sign up for our newsletter, where the editors explain why the vote matters.",
    "Get our morning email, where the editors say what the county will do next.",
    "Follow @priyanair, who says the clinics will stay shut.",
])
def test_a_sentence_prompting_the_reader_to_follow_or_sign_up_is_no_attribution(line: str) -> None:
    assert _records_after_story(line) == []


@pytest.mark.parametrize(("line", "said"), [
    ("Follow the money, the auditor said.", "Follow the money"),
    ("\"Sign up before the deadline,\" the registrar urged.", "\"Sign up before the deadline,\""),
    ("“Follow us on Twitter,” the campaign said in a message to supporters.", "“Follow us on Twitter,”"),
])
def test_a_prompt_someone_said_is_still_reported(line: str, said: str) -> None:
    assert [content for _, _, content in _records_after_story(line)] == [said]


@pytest.mark.parametrize(("text", "judge", "judged"), [
    ("Critics said the refinery leaked benzene, a claim the company denied.", "the company",
     "Critics said the refinery leaked benzene"),
    ("The coach was accused of bullying players, a charge the club denied.", "the club",
     "The coach was accused of bullying players"),
    ("The ferry sank near the reef, a version that the navy disputed on Friday.", "the navy",
     "The ferry sank near the reef"),
    ("Farmers said the dam had dried the valley, a contention that the water board rejected.", "the water board",
     "Farmers said the dam had dried the valley"),
])
def test_a_claim_noun_after_a_comma_with_a_past_verb_names_its_judge_as_with_the_present(
        text: str, judge: str, judged: str) -> None:
    assert [said for _, source, said in _records(text) if source == judge] == [judged]


@pytest.mark.parametrize("text", [
    "The council approved a plan the mayor proposed last year.",
    "The fund bought a claim the insurer rejected.",
])
def test_a_noun_with_a_relative_clause_and_no_comma_is_no_judged_claim(text: str) -> None:
    assert _records(text) == []
