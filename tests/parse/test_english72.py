"""English: a name set off by commas after a short description of the speaker ("The port's harbour master, Ivo
Grant, said, however, that …") is an appositive, not a clause set off before the cue: the description is nothing
reported. Texts are written for these tests."""

from __future__ import annotations

from attribution.parse import parse

from .conftest import offsets_hold


def _pairs(text: str) -> list[tuple[str, str]]:
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.source_text, a.content.text) for a in result.attributions]


def test_a_description_before_a_name_and_an_aside_after_said_reports_nothing() -> None:
    assert _pairs("Norway's fisheries minister, Ivo Grant, said, however, that the quota would rise.") == [
        ("Norway's fisheries minister, Ivo Grant", "that the quota would rise")]


def test_a_description_before_a_name_reports_nothing_before_added() -> None:
    assert _pairs("Norway's fisheries minister, Ivo Grant, added, however, that the quota would rise.") == [
        ("Norway's fisheries minister, Ivo Grant", "that the quota would rise")]


def test_a_description_before_a_name_reports_nothing_before_wrote_with_a_phrase_aside() -> None:
    assert _pairs("Norway's fisheries minister, Ivo Grant, wrote, in a memo, that the quota would rise.") == [
        ("Norway's fisheries minister, Ivo Grant", "that the quota would rise")]


def test_a_description_before_a_name_reports_nothing_after_a_dateline() -> None:
    assert _pairs("BERGEN, March 3 - Norway's fisheries minister, Ivo Grant, said, however, that the quota would "
                  "rise.") == [("Norway's fisheries minister, Ivo Grant", "that the quota would rise")]


def test_a_description_before_a_name_reports_nothing_before_a_trailing_according_to() -> None:
    pairs = _pairs("Norway's fisheries minister, Ivo Grant, said, however, that the quota would rise, according to "
                   "two aides.")
    assert all(c != "Norway's fisheries minister" for _, c in pairs)
    assert ("Norway's fisheries minister, Ivo Grant", "that the quota would rise") in pairs



def test_a_connective_closing_the_sentence_after_a_set_off_cue_reports_nothing() -> None:
    assert _pairs("The quota would rise, Ivo Grant said, however.") == [("Ivo Grant", "The quota would rise")]
