"""English: a clause opened without 'that' after a time phrase wins over a later relative 'that', and a first
sentence whose cue stands before a colon is no headline label."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims, offsets_hold


@pytest.mark.parametrize(("sentence", "content"), [
    ("The dockers' union said on Friday it would fight a ruling that banned its walkout.",
     "it would fight a ruling that banned its walkout"),
    ("The dockers' union said Tuesday it would fight a ruling that banned its walkout.",
     "it would fight a ruling that banned its walkout"),
    ("The governor told CNN on Sunday she would veto a bill that cut school funds.",
     "she would veto a bill that cut school funds"),
    ("The firm said in a statement Friday it would shut a mill that employs 400 people.",
     "it would shut a mill that employs 400 people"),
    ("The firm said in a statement on Monday it would shut a mill that employs 400 people.",
     "it would shut a mill that employs 400 people"),
    ("The council said last week the town would sell a field that it bought in 1998.",
     "the town would sell a field that it bought in 1998"),
    ("Officers said on Sunday three men were held after a search that followed a tip.",
     "three men were held after a search that followed a tip"),
])
def test_a_clause_without_that_after_a_time_phrase_wins_over_a_later_relative_that(sentence: str,
                                                                                     content: str) -> None:
    text = "Story.\n\n" + sentence
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, sentence.split(" said")[0].split(
        " told")[0])]


def test_the_later_relative_that_loses_but_a_that_right_after_the_time_phrase_still_opens_the_content() -> None:
    text = "Story.\n\nThe council said on Monday the town would sell a field that it bought in 1998."
    assert [c.content for c in claims(text, "en")] == ["the town would sell a field that it bought in 1998"]
    for sentence in ("The council said on Monday that the town would sell a field that it bought in 1998.",
                     "The council said last week that the town would sell a field that it bought in 1998.",
                     "The firm told investors on Thursday that profits would fall."):
        [c] = claims("Story.\n\n" + sentence, "en")
        assert c.content.startswith("that ")


def test_a_first_sentence_with_a_cue_before_its_colon_gives_the_quotation_one_record() -> None:
    text = 'The captain told reporters: "We let ourselves down today."\nThe side lost 2-0 at home on Sunday.'
    result = parse(text, "en")
    assert [(a.source_text, a.cue.text if a.cue else None, a.content.text) for a in result.attributions] == [
        ("The captain", "told", '"We let ourselves down today."')]
    assert offsets_hold(result)
    headline = 'Senator Hits Out at Regulator: "Do Your Job"\nSenator Jane Roe criticised the agency on Monday.'
    assert ("Senator Hits Out at Regulator", '"Do Your Job"') in [(c.source, c.content)
                                                                  for c in claims(headline, "en")]  # (a label)


@pytest.mark.parametrize("opening", [
    'The captain said Tuesday: "We let ourselves down today."',
    'The captain told the BBC on Sunday: "We let ourselves down today."',
    'The club said in a statement Friday: "We let ourselves down today."',
])
def test_a_first_sentence_with_a_time_phrase_before_its_colon_gives_one_record(opening: str) -> None:
    [c] = claims(opening + "\nThe side lost 2-0 at home on Sunday.", "en")
    assert c.content == '"We let ourselves down today."'


@pytest.mark.parametrize(("sentence", "content"), [
    ("The central bank said on Tuesday inflation was easing.", "inflation was easing"),
    ("The retailer said last week demand had slowed in its stores.", "demand had slowed in its stores"),
    ("The agency said in June traffic would be diverted.", "traffic would be diverted"),
    ("The central bank said on Tuesday inflation would stay high for a year that began badly.",
     "inflation would stay high for a year that began badly"),
])
def test_a_bare_noun_and_its_auxiliary_after_a_time_phrase_open_the_content(sentence: str, content: str) -> None:
    assert [c.content for c in claims("Story.\n\n" + sentence, "en")] == [content]


def test_an_adverb_after_the_time_phrase_is_no_subject() -> None:
    text = "Story.\n\nThe central bank said on Tuesday also that inflation was easing."
    assert [c.content for c in claims(text, "en")] == ["that inflation was easing"]
    assert [c.content for c in claims("Story.\n\nThe shop said on Monday sales were up.", "en")] == ["sales were up"]
