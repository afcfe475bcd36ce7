"""English records found in unseen text: a cue with only a span of time after it, and a company named by 'its'
and a company noun (issue 4)."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims


@pytest.mark.parametrize("tail", ["for months", "for years", "for the past few weeks", "for decades",
                                  "for a long time"])
def test_a_cue_with_only_a_span_of_time_after_it_is_no_record(tail: str) -> None:
    text = f"Story.\n\nDock workers have complained {tail}. The port authority said wages would rise."
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("wages would rise", "The port authority")]


@pytest.mark.parametrize("head", ["maker", "supplier"])
def test_its_and_a_company_noun_name_an_organization(head: str) -> None:
    text = f"Story.\n\nThe scooter was recalled in June. Its {head} said the batteries were safe."
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.source_type) == (f"Its {head}", "organization")



@pytest.mark.parametrize("person", ["Dr. Lena Fox", "the mayor"])
def test_a_body_and_a_person_joined_by_and_are_one_source(person: str) -> None:
    text = f"Story.\n\nThe harbour board and {person} said the pier would reopen in May."
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text) == (f"The harbour board and {person}", "the pier would reopen in May")



@pytest.mark.parametrize("sentence", ["Parents had hoped for a quick deal.",
                                      "Residents are hoping for a cooler summer."])
def test_a_verb_of_hoping_with_only_for_and_a_noun_is_no_record(sentence: str) -> None:
    text = f"Story.\n\nThe coach said {sentence[0].lower()}{sentence[1:]}"
    assert [(c.source, c.content) for c in claims(text, "en")] == [("The coach", sentence[0].lower() + sentence[1:-1])]


def test_a_name_set_off_after_a_company_noun_is_an_organization() -> None:
    text = "Story.\n\nThe ferry line operator, Coastway, said sailings would resume on Friday."
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.source_type) == ("Coastway", "organization")


def test_the_union_after_a_company_named_since_is_the_union_again() -> None:
    text = ("Story.\n\nThe union said its members rejected the offer.\n\nThe ferry line operator, Coastway, said the "
            "offer was fair. The union denied it.")
    assert [r.source_canonical for r in parse(text, "en").attributions if r.source_text == "The union"] == [
        "The union", "The union"]
