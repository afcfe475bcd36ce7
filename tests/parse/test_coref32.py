"""Transcripts and statements (coref32): a transcript's speaker label in capitals ('LENA MARSH: …') is recorded
under the name as the article writes it elsewhere ('Lena Marsh'), while a role label ('HOST: …') stays as written;
'it' inside a transcript's turn, standing for what the speaker talks about, makes no record; and 'the statement
said' after 'X issued a statement' is X's. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

from attribution.parse import parse
from tests.parse.conftest import offsets_hold

_TRANSCRIPT = (
    "Councillor Lena Marsh joined a late-night phone-in on Wednesday to discuss the parking rules.\n\n"
    "PRESENTER: Councillor, drivers say the new rules are a tax.\n\n"
    "LENA MARSH: Nobody is being taxed. The rules free up spaces for residents.\n\n"
    "PRESENTER: So why are drivers angry?\n\n"
    "MARSH: Because it asks every driver to buy a permit before they park.\n\n"
    "Ms. Marsh later said the rules would be reviewed in the spring.")


def _records(text: str) -> list[tuple[str, str, str]]:
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.content.text, a.source.text if a.source else "", a.source_canonical) for a in result.attributions]


def test_a_capitals_speaker_label_takes_the_name_as_the_article_writes_it_and_a_role_label_stays() -> None:
    found = {(source, canonical) for _, source, canonical in _records(_TRANSCRIPT)}
    assert {("LENA MARSH", "Lena Marsh"), ("MARSH", "Lena Marsh"), ("Ms. Marsh", "Lena Marsh"),
            ("PRESENTER", "PRESENTER")} <= found


def test_a_capitals_label_opening_with_a_first_name_is_title_cased_though_named_nowhere_else() -> None:
    text = ("SARAH COLLINS: Minister, is the new bridge on time?\n\n"
            "MINISTER: It is, and it will open in May as we promised.")
    found = {(source, canonical) for _, source, canonical in _records(text)}
    assert {("SARAH COLLINS", "Sarah Collins"), ("MINISTER", "MINISTER")} <= found


def test_it_inside_a_transcript_turn_makes_no_record() -> None:
    assert not [r for r in _records(_TRANSCRIPT) if r[1].lower() == "it"]


def test_the_statement_said_is_the_one_who_issued_it() -> None:
    text = ("The Northfield Water Board issued a statement on Friday after the pipe burst.\n\n"
            "Supplies will return to normal by Sunday, the statement said. Bottled water is being handed out at "
            "two schools, the statement added.")
    found = [(content, canonical) for content, _, canonical in _records(text)]
    assert found == [("Supplies will return to normal by Sunday", "Northfield Water Board"),
                     ("Bottled water is being handed out at two schools", "Northfield Water Board")]
    told = ("The Northfield Water Board issued a statement on Friday.\n\nA resident said the statement was too "
            "late.")  # (a statement spoken of inside reported words is no source)
    assert [(content, canonical) for content, _, canonical in _records(told)] == [
        ("the statement was too late", "A resident")]


def test_the_statement_said_after_an_issuer_quoted_in_its_sentence_is_that_issuer() -> None:
    text = ("Mayor Tomas Brandt spoke first. Rail operator Linvale said on Monday that trains would be cut and "
            "issued a statement on the new timetable.\n\nEvening trains will run every hour, the statement said.")
    found = [canonical for content, _, canonical in _records(text) if content.startswith("Evening trains")]
    assert found == ["Linvale"]
