"""Content boundaries on PolNeAR-like English (polnear33), with texts of the project's own: after a cue in the
past, a clause joined by ', and' or ', but' whose own subject (a noun phrase, no pronoun) takes a present 'is',
'are', 'has' or 'have' is the writer's, not the speaker's backshifted words; a modal or a past there, or a cue in
the present, keeps the clause in the content."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("sentence", "content"), [
    ("The agency announced Tuesday that it is cutting its forecast for growth this year, and the cut is weighing "
     "on the outlook for rich economies.", "that it is cutting its forecast for growth this year"),
    ("The regulator said that the bank had misled its clients, but many rival lenders have faced the same "
     "charges in the past.", "that the bank had misled its clients"),
    ("Ms. Ortiz told reporters the mill would close in March, and the town's largest employer is now the "
     "hospital.", "the mill would close in March"),
])
def test_a_present_clause_after_a_past_report_is_the_writers(sentence: str, content: str) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    assert [c.content for c in found] == [content]


@pytest.mark.parametrize(("sentence", "content"), [
    ("The minister said the port would reopen next week, and the ferries would run again.",
     "the port would reopen next week, and the ferries would run again"),
    ("Critics say the plan is flawed, and the costs are far too high.",
     "the plan is flawed, and the costs are far too high"),
    ("The coach said the team was tired, and the schedule was brutal.",
     "the team was tired, and the schedule was brutal"),
])
def test_a_backshifted_or_present_report_goes_on_past_the_comma(sentence: str, content: str) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    assert [c.content for c in found] == [content]


@pytest.mark.parametrize(("sentence", "content"), [
    ("The senator continues to argue, most recently in a radio interview with a local station, that the "
     "pipeline is safe.", "that the pipeline is safe"),
    ("Ms. Haddad has repeated, most recently at a forum in Toledo, that the contract was signed in good faith.",
     "that the contract was signed in good faith"),
    ("The union claims, in a complaint filed with the labor board in April, that the firings were illegal.",
     "that the firings were illegal"),
])
def test_an_adverbial_aside_between_cue_and_that_is_skipped(sentence: str, content: str) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    assert [c.content for c in found] == [content]


@pytest.mark.parametrize(("sentence", "content"), [
    ("The mayor insisted that he really, really wants the stadium built downtown.",
     "that he really, really wants the stadium built downtown"),
    ("She said that she really, really hoped the vote would pass.",
     "that she really, really hoped the vote would pass"),
])
def test_a_word_said_twice_around_a_comma_does_not_end_the_content(sentence: str, content: str) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    assert found[0].content == content
