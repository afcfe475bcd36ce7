"""English wire-copy shapes: documents that read, speakers who give a name, asides that own a clause, conduits,
and first lines that are datelines or topics (issue 4)."""

from __future__ import annotations

from attribution.parse import parse
from tests.parse.conftest import claims


def test_a_quotation_before_a_document_that_reads_is_the_documents() -> None:
    text = 'Story.\n\n"Our doors stay open to every caller," a note from the volunteers read.'
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ('"Our doors stay open to every caller,"', "a note from the volunteers")]


def test_a_sentence_ending_on_the_noun_report_after_a_comma_is_no_report() -> None:
    text = "Story.\n\nThey obtained a full, unedited copy of the board's annual report."
    assert claims(text, "en") == []


def test_a_speaker_who_gave_a_name_keeps_the_name_in_the_mention_and_is_named() -> None:
    text = "Story.\n\nA driver who gave his name as Omar said the bridge had been shut since noon."
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text, a.anonymous) == (
        "A driver who gave his name as Omar", "the bridge had been shut since noon", False)


def test_a_request_to_be_identified_by_a_first_name_is_no_report() -> None:
    text = "Story.\n\nA nurse who asked to be identified only by her first name, Dana, said the ward was full."
    assert [c.content for c in claims(text, "en")] == ["the ward was full"]


def test_a_verb_after_a_speech_aside_goes_on_with_what_the_speaker_said() -> None:
    text = "Story.\n\nThe outlook, the port authority said, calls for fewer ships until spring."
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("The outlook", "the port authority"), ("calls for fewer ships until spring", "the port authority")]


def test_a_person_before_a_speech_aside_still_reports_with_the_verb_after_it() -> None:
    text = "Story.\n\nThe coach, aides said, told the players that the season was over."
    assert ("that the season was over", "The coach") in [(c.content, c.source) for c in claims(text, "en")]
