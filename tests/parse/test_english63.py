"""English bodies (round 63): a definite body noun ('the company', 'the airline', 'the commission') goes back to
the latest named source of its kind, past a body of another kind or a person quoted between; a body's canonical
name drops the description written before it ('the state water utility Aquaterra') and a long name's article; a
possessive before a title set off after a name ('the ministry's director general') makes an official, at the end
of a sentence too; a comma list inside a body's name stays in the source; 'state TV' keeps its 'state'."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import offsets_hold


def _records(text: str) -> list[tuple[str, str, str, str]]:
    """(source as written, canonical, type, content) of every record, offsets checked."""
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.source_text, a.source_canonical, a.source_type, a.content.text) for a in result.attributions]


def _record_for(text: str, content_start: str) -> tuple[str, str, str, str]:
    found = [r for r in _records(text) if r[3].startswith(content_start)]
    assert len(found) == 1, _records(text)
    return found[0]


def test_company_goes_back_past_a_body_of_another_kind() -> None:
    text = ("Pellow Shipping said the coast guard had confirmed the order. "
            "The company said the first hull would be launched in May.")
    assert _record_for(text, "the first hull")[1] == "Pellow Shipping"


def test_firm_goes_back_past_a_person_quoted_between() -> None:
    text = ("Dunmere Textiles said orders fell in the third quarter. Its chief executive, Lena Fisk, said costs "
            "had risen sharply. The firm said it would close a plant in Ashby.")
    assert _record_for(text, "it would close")[1] == "Dunmere Textiles"
    unnamed = ("The lawsuit says the maker hid the fault, a claim the firm denies. \"They knew,\" said Omar Beck, a "
               "lawyer for the families. In a statement, the company said it would fight the case.")
    assert _record_for(unnamed, "it would fight")[1] == "the company"  # (no name: not 'the firm' further back)


def test_airline_goes_back_to_a_one_word_name_read_as_a_person() -> None:
    text = ("Skyvane, which said it had cancelled 40 flights, blamed the strike. "
            "Refunds would be paid within a week, the airline said.")
    source, canonical, kind, _ = _record_for(text, "Refunds")
    assert (source, canonical, kind) == ("the airline", "Skyvane", "organization")


@pytest.mark.parametrize(("text", "canonical"), [
    ("The state water utility Aquaterra said supplies were safe.", "Aquaterra"),
    ("Cybersecurity firm Norlock said the breach had been contained.", "Norlock"),
    ("The opposition Civic Union said the count was flawed.", "Civic Union"),
    ("The Manitoba Grain Commission said stocks were low.", "Manitoba Grain Commission"),
])
def test_body_canonical_drops_the_description_before_its_name(text: str, canonical: str) -> None:
    assert _records(text)[0][1] == canonical
    kept = _records("The Bank of Elandia said rates would hold. The health ministry said clinics would reopen.")
    assert [r[1] for r in kept] == ["Bank of Elandia", "The health ministry"]  # (a preposition's name; no name)


def test_article_and_later_bare_noun_share_one_body() -> None:
    text = ("The Manitoba Grain Commission said stocks were low. The mayor said farmers were worried. "
            "The commission has said rationing is possible.")
    assert _record_for(text, "rationing")[1] == _record_for(text, "stocks")[1] == "Manitoba Grain Commission"


@pytest.mark.parametrize("text", [
    "Water would be rationed from June, said Dr. Ilse Brandt, the ministry's director general.",
    "\"We have no reserves left,\" said Ilse Brandt, the Water Ministry's deputy director.",
])
def test_possessive_before_a_title_set_off_after_a_name_makes_an_official(text: str) -> None:
    assert _records(text)[0][2] == "official"
    assert _records("The claim was false, said Omar Beck, the family's lawyer.")[0][2] == "person"  # (private)


@pytest.mark.parametrize(("text", "source"), [
    ("The Ghana Nurses, Midwives and Carers Union said the strike would go on.",
     "The Ghana Nurses, Midwives and Carers Union"),
    ("The Federation of Millers, Bakers and Grain Traders said flour prices would rise.",
     "The Federation of Millers, Bakers and Grain Traders"),
    ("Flour prices would rise, said the Federation of Millers, Bakers and Grain Traders.",
     "the Federation of Millers, Bakers and Grain Traders"),
])
def test_comma_list_inside_a_body_name_stays_in_the_source(text: str, source: str) -> None:
    assert _records(text)[0][0] == source
    opening = _records("In Accra, Nurses and Carers Union said the strike would go on.")
    assert opening[0][0] == "Nurses and Carers Union"  # (the place opening the sentence is no part of it)


def test_state_tv_keeps_its_modifier() -> None:
    text = "She said state TV showed the convoy crossing the border."
    assert _record_for(text, "the convoy")[0] == "state TV"
