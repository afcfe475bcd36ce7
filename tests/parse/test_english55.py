"""English leftovers of english55: a quantifier as the whole subject ('Many said …') is an unnamed source, a year
before a source's noun ('The 2019 report, released …, says') is part of the noun phrase, and a participle cue
after a possessive ("The court's finding that …") is a noun, no participle of report, and a bare plural with a
modal after it opens the clause after a voiced report noun ('issued fresh warnings that strikes would follow')."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims, offsets_hold


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nMany said the plan would fail.", "Many"),
    ("Story.\n\nSeveral told reporters that the bridge was unsafe.", "Several"),
    ("Story.\n\nMost agreed that the fees were too high.", "Most"),
    ("Story.\n\nThousands said the vote had been rigged.", "Thousands"),
    ("Story.\n\nFarmers met in the hall. Two said the dam had flooded their fields.", "Two"),
])
def test_a_quantifier_as_the_whole_subject_is_an_unnamed_source(text: str, source: str) -> None:
    result = parse(text, "en")
    assert [(a.source_text, a.anonymous) for a in result.attributions] == [(source, True)]
    assert offsets_hold(result)


@pytest.mark.parametrize(("text", "source", "anonymous"), [
    ("Story.\n\nMany residents said the plan would fail.", "Many residents", True),
    ("Story.\n\nThe mayor said many would suffer.", "The mayor", False),
    ("Story.\n\nAnn Lee spoke first. Another said the plan would fail.", "Another", True),
])
def test_a_quantifier_with_a_noun_or_in_the_content_keeps_its_reading(text: str, source: str,
                                                                      anonymous: bool) -> None:
    assert [(a.source_text, a.anonymous) for a in parse(text, "en").attributions] == [(source, anonymous)]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe 2019 report, released on Monday, says the river is dying.", "the river is dying",
     "The 2019 report"),
    ("Story.\n\nA 2021 study, published in March, found that the drug works.", "that the drug works",
     "A 2021 study"),
    ("Story.\n\nThe 2020 census, which counted everyone, shows that the town shrank.", "that the town shrank",
     "The 2020 census"),
    ("Story.\n\nThe 1998 survey says the lake is shrinking.", "the lake is shrinking", "The 1998 survey"),
    ("Story.\n\nIn 2019 the report said the river was dying.", "the river was dying", "the report"),
])
def test_a_year_before_the_noun_keeps_the_aside_out_of_the_source(text: str, content: str, source: str) -> None:
    result = parse(text, "en")
    assert [(a.content.text, a.source_text) for a in result.attributions] == [(content, source)]
    assert offsets_hold(result)


@pytest.mark.parametrize("text", [
    "Story.\n\nThe court's finding that the law was void stunned lawyers.",
    "Story.\n\nThe judges' finding that the law was void stunned lawyers.",
    "Story.\n\nThe panel's finding that the rules were broken angered the club.",
])
def test_finding_after_a_possessive_is_a_noun_whose_clause_does_not_run_into_the_main_verb(text: str) -> None:
    assert not any("stunned" in c.content or "angered" in c.content for c in claims(text, "en"))


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe court ruled on Monday, finding that the law was void.", "that the law was void", "The court"),
    ("Story.\n\nThe court's finding that the law was void was disputed by the state.", "that the law was void",
     "The court"),
])
def test_finding_as_a_participle_or_before_a_passive_main_verb_still_reports(text: str, content: str,
                                                                             source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe union issued fresh warnings that strikes would follow.", "that strikes would follow",
     "The union"),
    ("Story.\n\nThe union issued a warning that strikes would follow.", "that strikes would follow", "The union"),
    ("Story.\n\nThe senator made claims that rivals had cheated.", "that rivals had cheated", "The senator"),
    ("Story.\n\nThe firm issued assurances that jobs would be kept.", "that jobs would be kept", "The firm"),
    ("Story.\n\nThe charity sent a message that donors should wait.", "that donors should wait", "The charity"),
    ("Story.\n\nThe agency sent warnings that floods might reach the town.", "that floods might reach the town",
     "The agency"),
])
def test_a_bare_plural_before_a_modal_opens_the_clause_after_a_voiced_report_noun(text: str, content: str,
                                                                                 source: str) -> None:
    result = parse(text, "en")
    assert [(a.content.text, a.source_text) for a in result.attributions] == [(content, source)]
    assert offsets_hold(result)


@pytest.mark.parametrize("text", [
    "Story.\n\nThe union ignored warnings that strikes would follow.",
    "Story.\n\nThe union issued warnings that proved true.",
    "Story.\n\nThe union issued warnings that seemed overblown.",
])
def test_a_report_noun_after_another_verb_or_before_a_relative_clause_reports_nothing(text: str) -> None:
    assert claims(text, "en") == []
