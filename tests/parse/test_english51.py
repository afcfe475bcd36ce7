"""English nested, chained, belief and document attributions: plural document heads that are subjects, not verbs
('Documents show …', 'notes from the meeting show …'), a document by an office holder that is no unnamed
speaker ('A report by the inspector general found …'), and an addressee a possessive opens after a verb of
telling ('told his partner the money …'). Texts are written for these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(a.source_text, a.cue.text if a.cue else "", a.content.text) for a in parse(text, "en").attributions]


_BEFORE: str = "The inquiry opened in March. "


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    ("Documents obtained by the Guardian show that the ministry knew of the risk.", "Documents", "show",
     "that the ministry knew of the risk"),
    ("Documents show the ministry ignored the warning.", "Documents", "show", "the ministry ignored the warning"),
    ("Court documents filed Monday show that the bank had been warned.", "Court documents filed Monday", "show",
     "that the bank had been warned"),
    ("Handwritten notes obtained by the committee show that the aide was present.", "Handwritten notes", "show",
     "that the aide was present"),
    ("Notes from the meeting show that the chairman objected.", "Notes from the meeting", "show",
     "that the chairman objected"),
])
def test_a_plural_document_head_before_a_plural_verb_is_the_subject_not_a_cue(
        sentence: str, source: str, cue: str, content: str) -> None:
    for text in (sentence, _BEFORE + sentence):
        assert _found(text) == [(source, cue, content)]
    for text, verb_source, verb_content in _STILL_VERBS:  # (near misses: the verb before its object or clause)
        assert [(f[0], f[2]) for f in _found(text)] == [(verb_source, verb_content)]


_STILL_VERBS: list[tuple[str, str, str]] = [
    ("The report documents abuses at three prisons.", "The report", "abuses at three prisons"),
    ("The film documents the rise of the movement.", "The film", "the rise of the movement"),
    ("She notes that the plan was approved in May.", "She", "that the plan was approved in May"),
    ("The report notes from the outset that funding was short.", "The report", "that funding was short"),
]


@pytest.mark.parametrize("text", [
    "A report by the inspector general found that the agency wasted millions.",
    "A report by the surgeon general warns that vaping harms teenagers.",
    "A letter from the attorney general says the law is unconstitutional.",
    "A report by the comptroller concluded that the program lacked oversight.",
])
def test_a_document_by_an_office_holder_is_a_named_document_not_an_unnamed_speaker(text: str) -> None:
    (a,) = parse(text, "en").attributions
    assert (a.source_type, a.anonymous) == ("document", False)
    for unnamed in ("A minister said the talks had failed.", "A union representative said the talks had failed.",
                    "Another senior diplomat said the talks had failed."):  # (near misses: unnamed office holders)
        assert all(b.anonymous for b in parse(unnamed, "en").attributions)


@pytest.mark.parametrize(("text", "content"), [
    ("The defendant told his partner the money was hidden abroad.", "the money was hidden abroad"),
    ("He told his brother-in-law the account was empty.", "the account was empty"),
    ("The coach told his players the season was not over.", "the season was not over"),
    ("The union told its members the strike would go ahead.", "the strike would go ahead"),
    ("The senator told his campaign staff the race was tightening.", "the race was tightening"),
    ("The suspect told police officers he had acted alone.", "he had acted alone"),
])
def test_an_addressee_a_possessive_opens_is_left_out_of_what_was_told(text: str, content: str) -> None:
    assert [f[2] for f in _found(text)] == [content]
    for told, told_content in (("He told his aides he would resign.", "he would resign"),  # (near misses)
                               ("He told reporters the plan would fail.", "the plan would fail"),
                               ("She told her lawyer the documents were forged.", "the documents were forged"),
                               ("He told his wife, who was ill, that he would stay.", "that he would stay")):
        assert [f[2] for f in _found(told)] == [told_content]


@pytest.mark.parametrize(("text", "content"), [
    ("A study shows in detail how companies avoid taxes.", "how companies avoid taxes"),
    ("The minister explained in detail why the plan failed.", "why the plan failed"),
    ("The memo describes in detail how the agency hid the losses.", "how the agency hid the losses"),
    ("The study shows in great detail whether the drug works.", "whether the drug works"),
    ("The coach explained at length why the team lost.", "why the team lost"),
])
def test_a_question_after_a_manner_phrase_is_what_was_shown_or_explained(text: str, content: str) -> None:
    assert [f[2] for f in _found(text)] == [content]
    for near, near_content in (("He said at the plant where he works that jobs were safe.", "that jobs were safe"),
                               ("The minister explained why the plan failed.", "why the plan failed"),
                               ("Another voter wanted to know whether the mayor would resign.",
                                "to know whether the mayor would resign")):  # (near misses: unchanged)
        assert [f[2] for f in _found(near)] == [near_content]


@pytest.mark.parametrize(("text", "source_type"), [
    ("Notes from a meeting in May show that the chairman objected.", "document"),
    ("Handwritten notes from the trial show that the juror had doubts.", "document"),
    ("The shipyard said in a statement that its boats met every standard.", "organization"),
    ("Fire broke out at the dock. The shipyard said no one was hurt.", "organization"),
])
def test_notes_are_a_written_source_and_a_shipyard_a_company(text: str, source_type: str) -> None:
    assert [a.source_type for a in parse(text, "en").attributions] == [source_type]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The White House is wary that the vote could slip.", "The White House", "that the vote could slip"),
    ("Analysts remain wary that the rally could fade.", "Analysts", "that the rally could fade"),
    ("Residents were fearful that the dam would fail.", "Residents", "that the dam would fail"),
    ("Parents are anxious that schools will close again.", "Parents", "that schools will close again"),
])
def test_wary_fearful_and_anxious_report_a_belief_after_be(text: str, source: str, content: str) -> None:
    assert [(f[0], f[2]) for f in _found(text)] == [(source, content)]
    for near in ("Residents were wary of the new plan.", "Parents were anxious to get home."):  # (near misses)
        assert _found(near) == []
