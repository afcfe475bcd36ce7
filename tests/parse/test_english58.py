"""English leftovers (round 58): a time phrase before a nested belief clause, an '-ed' verb before a named object
in a subject, outlets named with a masthead word, how often something was said, an event before a clause opened
without 'that', and 'the attorney' referring back to a named lawyer."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims, offsets_hold


def _by_cue(text: str, cue: str) -> tuple[str, str, str]:
    """(source as written, canonical source, content) of the one record whose cue is `cue`."""
    result = parse(text, "en")
    assert offsets_hold(result)
    found = [a for a in result.attributions if a.cue is not None and a.cue.text == cue]
    assert len(found) == 1, [(a.cue.text if a.cue else "", a.source_text, a.content.text) for a in found]
    return found[0].source_text, found[0].source_canonical, found[0].content.text


@pytest.mark.parametrize(("text", "speaker", "belief_cue"), [
    ("Mayor Tran said on Monday she's certain the vote will pass.", "Mayor Tran", "certain"),
    ("Councillor Amy Ward said on Tuesday she is confident the budget will balance.", "Councillor Amy Ward",
     "is confident"),
    ("The union said last week they're sure the strike will end soon.", "The union", "sure"),
    ("Governor Pell said on Friday he was certain the bridge would reopen.", "Governor Pell", "was certain"),
    ("Coach Ortega said Sunday she's confident her players will recover.", "Coach Ortega", "confident"),
])
def test_a_time_phrase_after_said_leaves_the_report_and_the_nested_belief_apart(
        text: str, speaker: str, belief_cue: str) -> None:
    assert _by_cue(text, "said")[0] == speaker
    source = _by_cue(text, belief_cue)[0]
    assert source.lower() in ("she", "he", "they")
    assert "on " not in source and "week" not in source


@pytest.mark.parametrize(("text", "source"), [
    ("In a statement, the club thanked Barr for his service and said it would appoint a successor.", "the club"),
    ("On Monday, the ministry thanked Dr Lewis for her work and said it would review the case.", "the ministry"),
    ("The board praised Chief Executive Mark Hale and said it would name a successor.", "The board"),
    ("The council welcomed Judge Amara Osei to the panel and said hearings would resume.", "The council"),
    ("The charity congratulated Nurse Kim Bay on her award and said staffing had improved.", "The charity"),
])
def test_an_ed_verb_before_a_named_object_ends_the_subject(text: str, source: str) -> None:
    assert _by_cue(text, "said")[0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("The newly elected Mayor Ana Ruiz said the budget was tight.", "The newly elected Mayor Ana Ruiz"),
    ("The state's elected Governor said the budget was tight.", "The state's elected Governor"),
])
def test_an_ed_modifier_of_a_name_stays_in_the_subject(text: str, source: str) -> None:
    assert _by_cue(text, "said")[0] == source


@pytest.mark.parametrize(("text", "outlet"), [
    ("Smith told the Southport Echo that the plant would close.", "Southport Echo"),
    ("In an interview with the Morning Star, the minister said talks would resume.", "Morning Star"),
    ("The striker told the Harlow Journal he wanted to stay.", "Harlow Journal"),
    ("The chief executive confirmed the sale to the Valley Mirror on Tuesday.", "Valley Mirror"),
    ("Rivera told the Evening Express that she would not run again.", "Evening Express"),
    ("In an interview with the Coastal Beacon, Dr Kaur said the clinic was full.", "Coastal Beacon"),
])
def test_a_capitalised_name_ending_in_a_masthead_word_is_the_conduit(text: str, outlet: str) -> None:
    found = [a for a in parse(text, "en").attributions if a.cue is not None and a.cue.text in ("told", "said",
                                                                                              "confirmed")]
    assert found and all(a.conduits == (outlet,) for a in found)


@pytest.mark.parametrize("text", [
    "The star told reporters that he was fit.",
    "Smith told the Echo that the plant would close.",
])
def test_a_masthead_word_alone_names_no_outlet(text: str) -> None:
    assert all(a.conduits == () for a in parse(text, "en").attributions)


@pytest.mark.parametrize(("text", "content"), [
    ("Smith said twice that the plant would close.", "that the plant would close"),
    ("The minister has said repeatedly that taxes will not rise.", "that taxes will not rise"),
    ("Jones said once more that the club was not for sale.", "that the club was not for sale"),
    ("The senator said once again that she would vote no.", "that she would vote no"),
    ("The coach said several times last week that the team was tired.", "that the team was tired"),
    ("The regulator said once that the bank had met every rule.", "that the bank had met every rule"),
    ("Police said more than once that the road was unsafe.", "that the road was unsafe"),
])
def test_how_often_it_was_said_stays_out_of_the_content(text: str, content: str) -> None:
    assert _by_cue(text, "said")[2] == content


def test_twice_as_many_stays_in_the_content() -> None:
    assert _by_cue("Smith said twice as many workers would lose jobs.", "said")[2] \
        == "twice as many workers would lose jobs"


@pytest.mark.parametrize(("text", "content"), [
    ("The coach said after the game the tactics that he chose had worked.",
     "the tactics that he chose had worked"),
    ("The senator said after the vote the bill had no chance.", "the bill had no chance"),
    ("The mayor said after the meeting the council would act.", "the council would act"),
    ("Officials said during the storm the levees would hold.", "the levees would hold"),
    ("The striker said after the match the goal that he scored was for his mother.",
     "the goal that he scored was for his mother"),
    ("The chairman said before the hearing his company had done nothing wrong.",
     "his company had done nothing wrong"),
])
def test_an_event_after_said_is_read_like_a_day_before_a_clause(text: str, content: str) -> None:
    assert _by_cue(text, "said")[2] == content


@pytest.mark.parametrize(("text", "canonical"), [
    ("Lawyer Dana Brooks filed the motion on Monday. The lawyer said the ruling was unfair.", "Dana Brooks"),
    ("Lawyer Dana Brooks filed the motion on Monday. The attorney said the ruling was unfair.", "Dana Brooks"),
    ("Dana Brooks, a lawyer for the family, filed the motion. The attorney said the ruling was unfair.",
     "Dana Brooks"),
    ("Attorney Omar Reyes filed the appeal in May. The lawyer said the sentence was too harsh.", "Omar Reyes"),
    ("Defence lawyer Priya Nair spoke to the jury. The attorney said her client was at home.", "Priya Nair"),
    ("Lawyer Tom Hale said the deal was fair. The lawyer added that talks would go on.", "Tom Hale"),
])
def test_the_lawyer_or_the_attorney_refers_back_to_the_named_lawyer(text: str, canonical: str) -> None:
    assert claims(text, "en")[-1].canonical == canonical


def test_a_lawyer_is_a_person_not_an_official() -> None:
    found = parse("Lawyer Dana Brooks said the ruling was unfair.", "en").attributions
    assert [(a.source_canonical, a.source_type) for a in found] == [("Dana Brooks", "person")]


def test_a_lawyer_named_with_a_role_is_not_a_later_secretary() -> None:
    text = ("A lawyer for the two national newspapers, David Ames, said no decision had been made. "
            '"We are pleased," defence lawyer Mark Kerr said. '
            "The secretary said the files would be released in June.")
    assert claims(text, "en")[-1].canonical != "David Ames"
