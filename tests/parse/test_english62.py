"""English reported clauses (round 62): the speaker's next act after a modal's bare verb ('would reopen … and
pointed to …'), the writer's time clause after ', as' with a bare plural subject, the writer's own comparison
('compared with our …'), and the holders of an office in two or more named places ('The foreign ministers of
Chile and Peru') as named sources, typed official as a plural of any office title is."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse import parse
from attribution.parse.resolve import guess_type, is_anonymous
from tests.parse.conftest import offsets_hold


def _records(text: str) -> list[tuple[str, str]]:
    """(source as written, content) of every record, offsets checked."""
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.source_text, a.content.text) for a in result.attributions]


@pytest.mark.parametrize(("text", "speaker", "content", "kept"), [
    ("The mayor said the ferry would restart in June and toured the pier with the crew.", "The mayor",
     "the ferry would restart in June",
     "The engineer said the tunnel would be drained and inspected over the winter."),
    ("The governor said the county could not afford the levee and sought federal help.", "The governor",
     "the county could not afford the levee",
     "The firm said it has closed two depots and trimmed its fleet."),
    ("The union vowed to fight the verdict and appealed to the labour court.", "The union", "to fight the verdict",
     "The senator said she would vote for it because it lowered fares and helped commuters."),
    ("Ms. Okafor said the clinic will stay open and thanked the volunteers who kept it running.", "Ms. Okafor",
     "the clinic will stay open", "The engineer said the tunnel would be drained and inspected over the winter."),
])
def test_a_past_after_a_modal_and_its_bare_verb_is_the_speakers_next_act(
        text: str, speaker: str, content: str, kept: str) -> None:
    """The past after a passive, a perfect or inside a subordinate clause (`kept`) stays in the content."""
    assert _records(text) == [(speaker, content)]
    assert [said for _, said in _records(kept)] == [kept.split(" said ", 1)[1].rstrip(".")]


@pytest.mark.parametrize(("text", "content", "kept"), [
    ("Officials said the blaze was contained, as crews began clearing the ash.", "the blaze was contained",
     "The bank said loans would grow, as deposits rise faster than spending."),
    ("The police said the highway was shut, as divers searched the river.", "the highway was shut",
     "The board said the merger worked, as expected."),
    ("The port authority said the pier was safe, as its engineers began a second survey.", "the pier was safe",
     "The bank said loans would grow, as deposits rise faster than spending."),
    ("The coastguard said two sailors were missing, as rescue teams combed the bay.", "two sailors were missing",
     "The board said the merger worked, as expected."),
])
def test_a_time_clause_after_as_with_a_bare_plural_subject_is_the_writers(text: str, content: str, kept: str) -> None:
    """'as' with a present after its subject, or with none (`kept`), stays in the content."""
    assert [said for _, said in _records(text)] == [content]
    assert [said for _, said in _records(kept)] == [kept.split(" said ", 1)[1].rstrip(".")]


def test_the_writers_own_comparison_with_our_figure_ends_the_content() -> None:
    text = "The ministry estimates that 3 million tenants could qualify compared with our 2.4 million figure."
    assert _records(text) == [("The ministry", "that 3 million tenants could qualify")]
    own = "The ministry said rents rose 4 percent compared with last spring."  # the speaker's own comparison
    assert _records(own) == [("The ministry", "rents rose 4 percent compared with last spring")]


@pytest.mark.parametrize(("mention", "unnamed"), [
    ("The foreign ministers of Chile and Peru", "The foreign ministers of Chile"),
    ("The trade ministers of Canada and the United States", "Ministers of Canada and the United States"),
    ("The governors of Utah, Idaho and Nevada", "The ministers of the EU"),
    ("The defence ministers of Norway and Denmark", "The finance ministers of the two countries"),
])
def test_holders_of_an_office_in_named_places_are_named(mention: str, unnamed: str) -> None:
    """One place, no article or no names (`unnamed`) leave the holders unnamed."""
    assert not is_anonymous(mention, lexicon_for("en"))
    assert is_anonymous(unnamed, lexicon_for("en"))


def test_the_ministers_of_two_named_countries_speak_as_a_named_source() -> None:
    result = parse("The defence ministers of Norway and Denmark said the patrols would continue.", "en")
    assert [(a.source_text, a.anonymous) for a in result.attributions] == [
        ("The defence ministers of Norway and Denmark", False)]


@pytest.mark.parametrize("mention", ["The defence ministers of Norway and Denmark", "Regional governors",
                                     "the two mayors"])
def test_a_plural_of_an_office_title_is_typed_official(mention: str) -> None:
    assert guess_type(mention, lexicon_for("en")) == "official"
    assert guess_type("Club coaches", lexicon_for("en")) != "official"  # (a title of no office)


@pytest.mark.parametrize(("text", "private"), [
    ("Ines Marlow, a senior adviser to the premier, said the budget was balanced.",
     "Ines Marlow, a retired nurse, said the budget was balanced."),
    ("Ravi Desai, the harbour commission chair, said the offer was weak.",
     "Ravi Desai, a lawyer for the crew, said the offer was weak."),
    ("Ola Berg, 47, a spokeswoman for the ferry operator, said the boats were safe.",
     "Ola Berg, 47, a deckhand on the night crossing, said the boats were safe."),
])
def test_a_title_of_office_in_apposition_types_the_named_speaker_official(text: str, private: str) -> None:
    """A private title or a trade that is no title (`private`) leaves the speaker a person."""
    assert [a.source_type for a in parse(text, "en").attributions] == ["official"]
    assert [a.source_type for a in parse(private, "en").attributions] == ["person"]


@pytest.mark.parametrize(("text", "kept"), [
    ("They said Hale's move to sell the farm shows he has given up on the vineyard.",
     "Analysts said the survey shows the vineyard is losing money."),
    ("Rivals say the mayor's refusal to debate showed she feared the questions.",
     "Rivals say the data shows the mayor feared the questions."),
])
def test_a_deed_that_shows_something_inside_a_report_is_no_report_of_its_own(text: str, kept: str) -> None:
    """A document's or a poll's finding inside the report (`kept`) stays a record of its own."""
    assert len(_records(text)) == 1
    assert len(_records(kept)) == 2


@pytest.mark.parametrize(("text", "kept"), [
    ("Few will forget the harsh findings from a separate inquiry called a budget review that was far less kind.",
     'A senior aide called the deal "a disaster".'),
    ("Voters remember the promises from a campaign called a fresh start that faded quickly.",
     'A former minister called the plan "a betrayal".'),
])
def test_an_indefinite_thing_called_an_indefinite_name_is_naming_not_speech(text: str, kept: str) -> None:
    """A person calling something a name (`kept`) still speaks."""
    assert _records(text) == []
    assert len(_records(kept)) == 1
