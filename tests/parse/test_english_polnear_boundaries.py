"""English content boundaries where PolNeAR's gold and the shared format agree, each with texts of the project's own:
the writer's remark after a dash typed as a spaced hyphen, and a name given inside the writer's noun phrase."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("sentence", "expected"), [
    ('Another critic, Maria Gonzalez, likened the tax to "highway robbery" - a charge that stung, since Ms. Gonzalez '
     'had once advised the mayor.',
     [('the tax to "highway robbery"', "Maria Gonzalez")]),
    ('The coach dismissed the rumours as "pure fiction" -- a phrase he has used twice this season.',
     [('the rumours as "pure fiction"', "The coach")]),
    ('Ms. Ortiz described the vote as "a betrayal" - an accusation her rivals brushed aside.',
     [('the vote as "a betrayal"', "Ms. Ortiz")]),
    ('The senator branded the deal "a sellout" – a word she later softened.',
     [('the deal "a sellout"', "The senator")]),
    ('The mayor called the plan "a well-meaning mistake" - a rare rebuke of his own party.',
     [('the plan "a well-meaning mistake"', "The mayor")]),
    ('He described the budget as "bare-bones - but workable" in a memo.',
     [('the budget as "bare-bones - but workable"', "He")]),
    ('The union called the offer "insulting - and late" on Monday.',
     [('the offer "insulting - and late"', "The union")]),
])
def test_a_spaced_hyphen_after_a_quotation_opens_the_writers_remark_as_a_dash_does(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The banker's repeated insistence that only a handful of employees had taken part in what several senators "
     "called “theft” led two of them to demand his resignation.",
     [("“theft”", "several senators")]),
    ("The dispute over what the union called “a betrayal” dragged on for months.",
     [("“a betrayal”", "the union")]),
    ("What critics called a “slush fund” was closed last year.",
     [("a “slush fund”", "critics")]),
    ('Anger over what residents dubbed "the toll of shame" has grown since spring.',
     [('"the toll of shame"', "residents")]),
    ('The plan, which critics called "a giveaway," passed on Tuesday.',
     [('"a giveaway,"', "critics")]),
    ('The law, which its sponsors call "the Clean Streets Act," was signed on Friday.',
     [('"the Clean Streets Act,"', "its sponsors")]),
    ('She returned to what she called "a pattern of neglect" in the agency.',
     [('"a pattern of neglect"', "she")]),
    ('She pointed to what she called "a pattern of neglect" in the agency.',
     [('what she called "a pattern of neglect" in the agency', "She")]),  # ('pointed to' reports its object,
    # polnear28, as 'cited' does: the name given is inside it)
    ('He called the report "a hatchet job" and said it was wrong.',
     [('the report "a hatchet job"', "He"), ("it was wrong", "He")]),
])
def test_a_name_given_inside_the_writers_noun_phrase_ends_with_its_quotation_before_the_main_verb(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('The candidate has repeatedly wondered whether the referees will be "neutral," engaging in what commentators '
     'described as an old trick to lower expectations.',
     [('whether the referees will be "neutral,"', "The candidate")]),
    ('The auditors said the firm had booked the same sales twice, amounting to what regulators called a "shell game" '
     'with investors.',
     [("the firm had booked the same sales twice", "The auditors"),
      ('a "shell game" with investors', "regulators")]),
    ("Ms. Park argued that the levy would fall on renters, echoing what her party has said for years.",
     [("that the levy would fall on renters", "Ms. Park")]),
    ("The minister said the harbor would reopen in June, contradicting what port officials told reporters last week.",
     [("the harbor would reopen in June", "The minister")]),
    ("He insisted the figures were accurate, citing what he said was an independent review.",
     [("the figures were accurate", "He"), ("what he said was an independent review", "He"),
      ("was an independent review", "he")]),
    ("The mayor said the crews were working around the clock, clearing what was left of the bridge.",
     [("the crews were working around the clock, clearing what was left of the bridge", "The mayor")]),
    ("The coach said his players kept fighting, doing what they were asked to do.",
     [("his players kept fighting, doing what they were asked to do", "The coach")]),
])
def test_a_participle_setting_the_words_beside_what_someone_else_said_is_the_writers(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected
