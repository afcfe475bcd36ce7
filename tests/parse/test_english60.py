"""English reporting frames (round 60): 'late', 'early' or 'last' opening the subject of a clause reported
without 'that', 'this' opening a sentence's subject rather than an adverbial of time, and a time after 'from'
or 'of' kept with the noun it dates."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import offsets_hold


def _records(text: str) -> list[tuple[str, str, str]]:
    """(cue, source as written, content) of every record, offsets checked."""
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.cue.text if a.cue else "", a.source_text, a.content.text) for a in result.attributions]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The lender said late payments would carry a penalty.", "The lender", "late payments would carry a penalty"),
    ("The county clerk said early voting was brisk.", "The county clerk", "early voting was brisk"),
    ("The landlord said last orders were at eleven.", "The landlord", "last orders were at eleven"),
    ("The regulator said late filings had doubled.", "The regulator", "late filings had doubled"),
    ("Officials said early estimates were too low.", "Officials", "early estimates were too low"),
])
def test_a_time_adjective_opens_the_subject_of_a_clause_without_that(text: str, speaker: str, content: str) -> None:
    assert [(source, said) for _, source, said in _records(text)] == [(speaker, content)]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("This panel reviewed the invoices and concluded that the fees were unlawful.",
     "This panel", "that the fees were unlawful"),
    ("This agency studied the figures and reported that exports had fallen.",
     "This agency", "that exports had fallen"),
    ("This inquiry heard from forty witnesses and found that the warnings were ignored.",
     "This inquiry", "that the warnings were ignored"),
    ("This board met twice and decided that the school would close.", "This board", "that the school would close"),
    ("This coroner examined the evidence and ruled that the death was accidental.",
     "This coroner", "that the death was accidental"),
    ("This charity surveyed its members and said most of them were struggling.",
     "This charity", "most of them were struggling"),
])
def test_this_before_a_noun_and_a_verb_opens_the_subject_of_a_later_cue(
        text: str, speaker: str, content: str) -> None:
    assert [(source, said) for _, source, said in _records(text)] == [(speaker, content)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A review from last year found that the pipes were corroded.", "A review from last year"),
    ("The memo from Friday said the depot would close.", "The memo from Friday"),
    ("A survey of last month showed that tenants were unhappy.", "A survey of last month"),
    ("The audit from this week concluded that the accounts were sound.", "The audit from this week"),
    ("The statement of Tuesday said the talks had failed.", "The statement of Tuesday"),
])
def test_a_time_after_from_or_of_stays_with_the_noun_it_dates(text: str, speaker: str) -> None:
    assert [source for _, source, _ in _records(text)] == [speaker]
