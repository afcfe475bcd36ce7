"""English quoted fragments that are a piece of a verb's object: after 'reported', 'referenced', 'found' and the
like, a prepositional phrase or a relative clause after the closing quotation mark still belongs to the content,
which is then mixed; a verb of saying, a time phrase or a quotation that is the whole object keep the content at
the closing mark. Texts are written for these tests."""

from __future__ import annotations

from attribution.model import Attribution
from attribution.parse import parse


def _records(sentence: str) -> list[Attribution]:
    return list(parse("Local news.\n\n" + sentence, "en").attributions)


def _contents(sentence: str) -> list[tuple[str, str]]:
    return [(a.content.text, a.kind) for a in _records(sentence)]


def test_a_reported_fragment_goes_on_with_its_prepositional_phrase() -> None:
    assert _contents('The harbor authority reported "1,930 cargo delays" at the northern terminal.') == [
        ('"1,930 cargo delays" at the northern terminal', "mixed")]


def test_a_referenced_fragment_goes_on_with_a_phrase_and_its_relative_clause() -> None:
    sentence = 'The bishop referenced "grave pastoral worries" in a sermon that was broadcast across the diocese.'
    assert _contents(sentence) == [
        ('"grave pastoral worries" in a sermon that was broadcast across the diocese', "mixed")]


def test_a_found_fragment_goes_on_with_a_relative_clause() -> None:
    assert _contents('An inspection found "chronic staff shortages" that managers had never reported.') == [
        ('"chronic staff shortages" that managers had never reported', "mixed")]


def test_a_shown_fragment_goes_on_with_its_place_but_not_past_a_time_phrase() -> None:
    assert _contents('The survey showed "deep frustration" among rural pharmacists.') == [
        ('"deep frustration" among rural pharmacists', "mixed")]
    assert _contents('The survey showed "deep frustration" on Tuesday.') == [('"deep frustration"', "direct")]


def test_a_cited_fragment_goes_on_but_a_said_one_stops_at_its_closing_mark() -> None:
    assert _contents('The union cited "unsafe ladders" on three of the sites.') == [
        ('"unsafe ladders" on three of the sites', "mixed")]
    assert _contents('The foreman said "no comment" in a brief call.') == [('"no comment"', "direct")]


def test_a_highlighted_fragment_goes_on_with_what_it_is_named_as() -> None:
    assert _contents('The inquiry highlighted "lax night patrols" as the main cause of the thefts.') == [
        ('"lax night patrols" as the main cause of the thefts', "mixed")]


def test_a_hearer_after_a_reported_fragment_is_no_part_of_the_content() -> None:
    assert _contents('The guard reported "a strange smell" to the duty manager.') == [('"a strange smell"', "direct")]
