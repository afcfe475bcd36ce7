"""English: a description set off by commas right before a named speaker ("Chile's mining minister, Rosa Ibarra,
said") belongs to the speaker's mention, at the sentence's start as after the content ("…, the mining
minister, Rosa Ibarra, said"); a lone connective aside closing the sentence after a set-off cue ("…, Ibarra
said, too.") reports nothing. Texts are written for these tests."""

from __future__ import annotations

from attribution.parse import parse

from .conftest import offsets_hold


def _records(text: str) -> list[tuple[str, str, str]]:
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.source_text, a.content.text, a.source_type) for a in result.attributions]


def test_a_possessed_title_before_a_name_is_part_of_the_source() -> None:
    assert _records("Chile's mining minister, Rosa Ibarra, said copper output would climb.") == [
        ("Chile's mining minister, Rosa Ibarra", "copper output would climb", "official")]


def test_an_owner_of_two_words_before_a_title_is_part_of_the_source() -> None:
    assert _records("South Korea's trade minister, Min Park, said exports would slow.") == [
        ("South Korea's trade minister, Min Park", "exports would slow", "official")]


def test_a_description_before_a_name_after_a_dateline_is_part_of_the_source() -> None:
    assert _records("SANTIAGO, June 2 - Chile's mining minister, Rosa Ibarra, said copper output would climb.") == [
        ("Chile's mining minister, Rosa Ibarra", "copper output would climb", "official")]


def test_a_described_speaker_after_the_content_is_no_part_of_the_content() -> None:
    assert _records("Copper output would climb, the mining minister, Rosa Ibarra, said, however.") == [
        ("the mining minister, Rosa Ibarra", "Copper output would climb", "official")]


def test_a_closing_too_after_a_set_off_cue_reports_nothing() -> None:
    assert _records("Copper output would climb, Rosa Ibarra said, too.") == [
        ("Rosa Ibarra", "Copper output would climb", "person")]


def test_a_closing_likewise_after_a_set_off_cue_reports_nothing() -> None:
    assert [r[1] for r in _records("Copper output would climb, Rosa Ibarra said, likewise.")] == [
        "Copper output would climb"]


def test_the_description_is_no_name_for_a_later_body() -> None:
    result = parse("The party's campaign manager, Tomas Reyes, said the vote was close.\n\n"
                   "The campaign said the count would finish on Monday.", "en")
    assert [(a.source_text, a.source_canonical) for a in result.attributions] == [
        ("The party's campaign manager, Tomas Reyes", "Tomas Reyes"), ("The campaign", "The campaign")]
