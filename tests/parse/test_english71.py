"""English source types, round 2: a document head ('audit', 'minutes of …') types its source as a
document, a lower-case trade noun before a company's name ('brewer', 'oil major') as an organization; 'within
minutes' stays time. Texts are written for these tests."""

from __future__ import annotations

from attribution.model import Attribution
from attribution.parse import parse


def _records(text: str) -> list[Attribution]:
    return list(parse("Local news.\n\n" + text, "en").attributions)


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.source_text, a.source_type) for a in _records(text)]


def test_an_audit_that_found_something_is_a_document() -> None:
    assert _sources("A state audit found that the water board overspent by $2 million.") == [
        ("A state audit", "document")]


def test_minutes_of_a_meeting_are_a_document_as_subject_and_after_according_to() -> None:
    assert _sources("Minutes of the council session show that two members left early.") == [
        ("Minutes of the council session", "document")]
    assert _sources("According to minutes of the hearing, the panel delayed its vote.")[0] == (
        "minutes of the hearing", "document")
    assert _sources("Within minutes, the fire chief said the blaze was under control.") == [
        ("the fire chief", "official")]  # (time, not a record)


def _canonicals(text: str) -> list[tuple[str, str]]:
    return [(a.source_canonical, a.source_type) for a in _records(text)]


def test_a_trade_noun_before_a_name_makes_it_a_company() -> None:
    assert _canonicals("Belgian brewer Oudenhof said exports to Asia doubled.") == [("Oudenhof", "organization")]
    assert _canonicals("Swedish oil major Nordvik Energi said it would sell two refineries.") == [
        ("Nordvik Energi", "organization")]


def test_a_trade_noun_before_a_first_name_is_a_person() -> None:
    assert _canonicals("Coal miner Peter Albright said the shaft had flooded twice.") == [
        ("Coal miner Peter Albright", "person")]


def test_a_document_cited_in_an_aside_before_that_is_evidence_not_a_second_source() -> None:
    assert _sources("The sheriff told the Valley Courier, citing a county report, that arrests had fallen.") == [
        ("The sheriff", "official")]


def test_a_name_after_a_description_may_open_with_a_qualified_abbreviated_title() -> None:
    assert _canonicals('"The bill is dead," said his opponent, state Rep. Dana Whitcomb.') == [
        ("Dana Whitcomb", "official")]
    assert _canonicals('"The bill is dead," said her challenger, former Gov. Lyle Ostrander.') == [
        ("Lyle Ostrander", "official")]


def test_a_bare_judge_is_not_the_witness_named_without_a_title() -> None:
    text = ("Hannah Voss told the court on Tuesday that she had seen the van twice.\n\n"
            "The judge said the recording could be played to the jury.")
    assert _canonicals(text)[-1] == ("The judge", "official")


def test_a_bare_judge_is_the_one_written_with_that_title() -> None:
    text = ("Judge Carmen Ibarra opened the hearing at nine. Hannah Voss told the court that she had seen the van.\n\n"
            "The judge said the recording could be played to the jury.")
    assert _canonicals(text)[-1][0] == "Carmen Ibarra"
