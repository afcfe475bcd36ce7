"""Nested attributions whose inner claim ends in a quotation (polnear31), with texts of the project's own: a
trailing 'X said' after a quotation that another cue leads into ('called the decision "a scandal," a club
official said') reports the whole clause, the inner cue and its speaker included, as it does for a clause
without quotation marks; the inner record stays. A pronoun after the quotation ('…,” she said') or a claim noun
('…," a charge X denies') keeps the content at the lead-in cue's."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("sentence", "outer", "inner"), [
    ('The coach called the referee\'s decision "a scandal," a club official said.',
     'The coach called the referee\'s decision "a scandal,"', 'the referee\'s decision "a scandal,"'),
    ('The fans were chanting "we want our club back," a steward said.',
     'The fans were chanting "we want our club back,"', '"we want our club back,"'),
    ('The minister described the levy as "a tax on the poor," two aides said on Friday.',
     'The minister described the levy as "a tax on the poor,"', 'the levy as "a tax on the poor,"'),
])
def test_a_trailing_cue_after_a_quotation_led_in_by_another_cue_reports_the_whole_clause(
        sentence: str, outer: str, inner: str) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    assert [c.content for c in found] == [outer, inner]
    assert found[0].kind == "mixed"


def test_a_quotation_after_a_relative_cue_nests_the_sentence_before_it() -> None:
    text = ('Story.\n\nThe governor urged lawmakers to pass the budget, which she called "overdue," '
            "her spokesman said.")
    found = {c.source: c.content for c in claims(text, "en")}
    assert found["her spokesman"] == ('The governor urged lawmakers to pass the budget, which she called '
                                      '"overdue,"')
    assert found["she"] == '"overdue,"'


def test_a_finding_after_a_speakers_mixed_quotation_reports_the_speaker_saying_it() -> None:
    text = 'Story.\n\nMost tenants said the rent rise was "unfair," the survey found.'
    found = {c.source: c.content for c in claims(text, "en")}
    assert found == {"Most tenants": 'the rent rise was "unfair,"',
                     "the survey": 'Most tenants said the rent rise was "unfair,"'}


@pytest.mark.parametrize(("sentence", "content"), [
    ('The curator said the show mattered because "few visitors know the story," she said.',
     'the show mattered because "few visitors know the story,"'),
    ('Rivera accused the mayor of hiding "the true cost of the stadium," a charge his office denied.',
     'the mayor of hiding "the true cost of the stadium,"'),
    ('"It is over," said Jones, calling the vote "a farce," his aide said.', 'the vote "a farce,"'),
])
def test_a_lone_pronoun_a_claim_noun_or_an_earlier_quotation_keeps_the_content_at_the_lead_in_cue(
        sentence: str, content: str) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    assert [c.content for c in found][-2:] == [content, content]


@pytest.mark.parametrize("sentence", [
    'The water board urged the council to ban hosepipes, which it described as "long overdue," a board aide said.',
    "The water board urged the council to ban hosepipes, which it said was overdue, a board aide said.",
])
def test_it_inside_a_nested_claim_is_the_body_cited_before_it_not_the_speaker_of_the_whole(sentence: str) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    assert [c.canonical for c in found if c.source == "it"] == ["The water board"]
