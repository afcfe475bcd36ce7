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


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Staff relied on an assurance by the chief executive, Nora Blake, that no jobs would go.",
     "the chief executive, Nora Blake", "that no jobs would go"),
    ("There was a warning from the regulator, Ofgem, that bills would rise.",
     "the regulator, Ofgem", "that bills would rise"),
    ("Despite a pledge from the club's owner, Dara Quinn, that the ground would stay, fans were uneasy.",
     "the club's owner, Dara Quinn", "that the ground would stay"),
    ("Residents recalled a promise by the developer, Harbour Homes, that the park would be kept.",
     "the developer, Harbour Homes", "that the park would be kept"),
    ("Nobody believed a claim by the coach, Sam Ortiz, that the squad was fit.",
     "the coach, Sam Ortiz", "that the squad was fit"),
])
def test_a_report_noun_takes_an_agent_with_a_name_set_off_by_commas(text: str, speaker: str, content: str) -> None:
    found = [(source, said) for cue, source, said in _records(text) if cue in text.split(" by ")[0].split(" from ")[0]]
    assert (speaker, content) in found


@pytest.mark.parametrize("text", [
    "She kept a statement from the bank that her husband had signed.",
    "He found a statement from the council that his neighbour had written.",
    "Police recovered an assurance from the gang that the victim had kept.",
    "She framed a statement from the club that the whole squad signed in 2019.",
    "They photocopied an announcement from the landlord that the tenants had received.",
])
def test_a_relative_clause_whose_verb_handles_the_paper_reports_nothing(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Reporters saw a warning from the regulator that the deal was signed.", "that the deal was signed"),
    ("There was a claim by the mayor that crime had fallen.", "that crime had fallen"),
    ("Critics cited a claim by the firm that it had signed the agreement.", "that it had signed the agreement"),
])
def test_a_clause_after_a_report_noun_with_its_own_verb_still_reports(text: str, content: str) -> None:
    assert content in [said for _, _, said in _records(text)]


@pytest.mark.parametrize("text", [
    "She wrote individual reports on each of the schools she visited.",
    "He wrote detailed notes on every patient he treated.",
    "The inspector wrote reports about the farms she toured, and the council filed them.",
    "The auditor added new figures on the firms he audited.",
    "He wrote long memos to the staff he managed.",
])
def test_writing_papers_about_something_reports_nothing(text: str) -> None:
    assert _records(text) == []


def test_a_paper_noun_opening_a_clause_after_wrote_still_reports() -> None:
    assert _records("The paper wrote the report on the farms was wrong.") == [
        ("wrote", "The paper", "the report on the farms was wrong")]


@pytest.mark.parametrize(("text", "first", "second"), [
    ('The mayor called the scheme "a shambles," as one trader put it.',
     ("called", "the scheme \"a shambles,\""), ("put it", "\"a shambles,\"")),
    ('The board said the forecast was "pure fantasy," as one member put it.',
     ("said", "the forecast was \"pure fantasy,\""), ("put it", "\"pure fantasy,\"")),
    ('The coach described the loss as "a wake-up call," as one fan put it.',
     ("described", "the loss as \"a wake-up call,\""), ("put it", "\"a wake-up call,\"")),
    ('Officials called the storm "a monster," as one forecaster put it.',
     ("called", "the storm \"a monster,\""), ("put it", "\"a monster,\"")),
    ('The minister dismissed the report as "nonsense," as one aide put it.',
     ("dismissed", "the report as \"nonsense,\""), ("put it", "\"nonsense,\"")),
])
def test_as_someone_put_it_after_another_cue_takes_only_the_quoted_words(
        text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    assert [(cue, said) for cue, _, said in _records(text)] == [first, second]


def test_as_someone_put_it_alone_still_takes_the_whole_clause() -> None:
    assert [said for _, _, said in _records('Rents have gone "through the roof," as one tenant put it.')] == [
        'Rents have gone "through the roof,"']


def test_a_verb_before_a_report_noun_keeps_its_agent_name_set_off_by_commas() -> None:
    text = "Tenants recalled a promise by the landlord, Omar Reyes, that the lifts would be fixed."
    assert _records(text)[0] == (
        "recalled", "Tenants", "a promise by the landlord, Omar Reyes, that the lifts would be fixed")
