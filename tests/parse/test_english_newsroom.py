"""English news shapes met in invented wire, court, sport and science copy: a second 'that' clause of the same
speaker, reports named in or by an outlet, speakers after a copula and a time, 'but' clauses, and coordinated
verbs inside one reported clause."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(c.source, c.kind, c.content) for c in claims("Story.\n\n" + text, "en")]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Vermeulen said the offer was unfair and that workers wanted more money.", "Vermeulen",
     "the offer was unfair and that workers wanted more money"),
    ('The coach said the pitch was "a disgrace" and that players feared injuries.', "The coach",
     'the pitch was "a disgrace" and that players feared injuries'),
    ("Prosecutors argued the files were forged and that the banker knew it.", "Prosecutors",
     "the files were forged and that the banker knew it"),
    ("The ministry said the dam was safe and that engineers expected no leaks.", "The ministry",
     "the dam was safe and that engineers expected no leaks"),
    ("A spokeswoman said the flights were delayed and that crews hoped to leave by noon.", "A spokeswoman",
     "the flights were delayed and that crews hoped to leave by noon"),
    ("Residents told reporters the water was brown and that officials promised tests.", "Residents",
     "the water was brown and that officials promised tests"),
])
def test_and_that_goes_on_with_the_same_speakers_reported_clause(text: str, source: str, content: str) -> None:
    found = _found(text)
    assert found[0][0] == source and found[0][2] == content


@pytest.mark.parametrize(("text", "content"), [
    ("Residents told reporters the water was brown and it smelled.", "the water was brown and it smelled"),
    ("The pilot told investigators the engine was failing and that he had tried to turn back.",
     "the engine was failing and that he had tried to turn back"),
    ("Nurses told the board the ward was full and that patients waited in corridors.",
     "the ward was full and that patients waited in corridors"),
    ("The striker told the BBC he was tired but that he would play on Sunday.",
     "he was tired but that he would play on Sunday"),
    ("Farmers warned ministers the harvest would fail and that prices would soar.",
     "the harvest would fail and that prices would soar"),
])
def test_a_that_after_and_does_not_open_a_told_clause_already_open(text: str, content: str) -> None:
    assert _found(text)[0][2] == content
