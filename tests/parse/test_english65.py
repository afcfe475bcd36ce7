"""English leftovers of english65: an outlet told in one sentence is no conduit of the same speaker's fresh
'She said …' in the next (only 'She added' and a quotation's '"…," she said' go on), a title set off by commas
before a name types it as an office-holder the way a title after it does, a verb of proving denied inside
another report's content is no report of its own, 'described' with only a definite noun phrase after it
reports nothing, a pair of sources whose first is a body ('The Okoye campaign and NRSC said') is an
organization, not a person for its last word, and 'the rumours that he spread' is a relative clause (spreading
voices a report noun: voicing_verbs), no rumour's content."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import offsets_hold


def _conduits(text: str) -> list[tuple[str, tuple[str, ...]]]:
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.source_text, a.conduits) for a in result.attributions]


def test_a_fresh_said_in_the_next_sentence_tells_anew_without_the_outlet() -> None:
    text = ("Story.\n\nThe ferry will sail again in June, Lars Holm told the Guardian. "
            "He said the new engines had passed their tests.")
    assert _conduits(text) == [("Lars Holm", ("The Guardian",)), ("He", ())]


@pytest.mark.parametrize("text", [
    "Story.\n\nThe ferry will sail again in June, Lars Holm told the Guardian. He added that the engines were new.",
    "Story.\n\nThe ferry will sail again in June, Lars Holm told the Guardian. \"We are ready,\" he said.",
])
def test_an_added_claim_or_a_quotation_after_it_keeps_the_outlet(text: str) -> None:
    assert [c for _, c in _conduits(text)] == [("The Guardian",), ("The Guardian",)]


@pytest.mark.parametrize(("text", "name"), [
    ("Story.\n\nThe bank cut its forecast. Its deputy governor, Priya Nandakumar, said growth would slow.",
     "Priya Nandakumar"),
    ("Story.\n\nThe union's general secretary, Bruno Keller, said the strike would go ahead.", "Bruno Keller"),
    ("Story.\n\nIn Lisbon, the finance minister, Rita Calado, said the deficit had narrowed.", "Rita Calado"),
])
def test_a_title_set_off_before_the_name_types_an_official(text: str, name: str) -> None:
    found = [(a.source_canonical, a.source_type) for a in parse(text, "en").attributions]
    assert found == [(name, "official")]


def test_a_private_title_set_off_before_the_name_stays_a_person() -> None:
    found = [a.source_type for a in parse("Story.\n\nHer lawyer, Dan Whitby, said the charge was false.",
                                          "en").attributions]
    assert found == ["person"]


@pytest.mark.parametrize("text", [
    "Story.\n\nShe said the trial did not prove that the pill slowed ageing.",
    "Story.\n\nThe inspector said the audit never found that money had gone missing.",
    "Story.\n\nHe said the figures don't show that crime is rising.",
])
def test_a_denied_proof_inside_reported_words_is_no_record_of_its_own(text: str) -> None:
    result = parse(text, "en")
    assert len(result.attributions) == 1
    assert result.attributions[0].source_text in ("She", "The inspector", "He")
    assert offsets_hold(result)


def test_a_proof_not_denied_inside_reported_words_is_still_a_record() -> None:
    found = [a.source_text for a in parse("Story.\n\nShe said the trial proved that the pill slowed ageing.",
                                          "en").attributions]
    assert "the trial" in found


@pytest.mark.parametrize("text", [
    "Story.\n\nA passenger described the crash.",
    "Story.\n\nThe climber described her long descent, then rested.",
])
def test_described_with_only_a_definite_noun_phrase_is_no_claim(text: str) -> None:
    assert not parse(text, "en").attributions


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nA passenger described the landing as terrifying.", "the landing as terrifying"),
    ("Story.\n\nA passenger described how the wing caught fire.", "how the wing caught fire"),
])
def test_described_with_as_or_a_clause_still_reports(text: str, content: str) -> None:
    assert [a.content.text for a in parse(text, "en").attributions] == [content]


@pytest.mark.parametrize("text", [
    "Story.\n\nThe Okoye campaign and NRSC said the ads were misleading.",
    "Story.\n\nThe Hale campaign and the DCCC said the figures were sound.",
])
def test_a_body_named_first_in_a_pair_types_the_pair_an_organization(text: str) -> None:
    assert [a.source_type for a in parse(text, "en").attributions] == ["organization"]


def test_two_people_named_together_stay_persons() -> None:
    text = "Story.\n\nTom Reed and Ana Lopez said the ads were false."
    assert [a.source_type for a in parse(text, "en").attributions] == ["person"]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nThe coach denied the rumours that he spread last season.", "The coach"),
    ("Story.\n\nThe senator dismissed the rumors that she circulated in March.", "The senator"),
])
def test_a_hearsay_noun_with_a_relative_clause_of_spreading_is_no_record(text: str, source: str) -> None:
    result = parse(text, "en")
    assert [a.source_text for a in result.attributions] == [source]
    assert offsets_hold(result)


def test_a_hearsay_noun_with_its_clause_is_still_a_record() -> None:
    found = [a.source_text for a in parse("Story.\n\nThe coach denied rumours that he had resigned.",
                                          "en").attributions]
    assert found == ["The coach", "rumours"]
