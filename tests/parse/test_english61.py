"""English reporting frames (round 61): a vote or a plan with its day between the verb and 'to', and a verb of
wanting or hoping after 'and'/'but' inside a reported clause opened by a subject pronoun."""

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
    ("The council voted Thursday to close the depot.", "The council", "to close the depot"),
    ("The union votes Friday to accept the pay offer.", "The union", "to accept the pay offer"),
    ("Mayor Lena Ortiz voted yesterday to keep the library open.", "Mayor Lena Ortiz",
     "to keep the library open"),
    ("The school board voted Monday to delay the exams.", "The school board", "to delay the exams"),
    ("The agency plans Tuesday to publish the list.", "The agency", "to publish the list"),
])
def test_a_day_between_a_vote_and_to_leaves_the_infinitive_as_the_content(
        text: str, speaker: str, content: str) -> None:
    assert [(source, said) for _, source, said in _records(text)] == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "The council voted Thursday.",
    "The council voted on the plan to close the depot.",
])
def test_a_vote_with_no_infinitive_after_its_day_reports_nothing(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The senator said he backed the idea but wanted a slower rollout.", "The senator",
     "he backed the idea but wanted a slower rollout"),
    ("The mayor said she liked the design and hoped to see it built by spring.", "The mayor",
     "she liked the design and hoped to see it built by spring"),
    ("The coach says they enjoy the new pitch and want to play there every week.", "The coach",
     "they enjoy the new pitch and want to play there every week"),
    ("Ms. Ruiz said she admired the proposal but wanted it to go further.", "Ms. Ruiz",
     "she admired the proposal but wanted it to go further"),
    ("The striker said he loved the club and hoped to finish his career there.", "The striker",
     "he loved the club and hoped to finish his career there"),
    ("He said he wanted the job and wanted it badly.", "He", "he wanted the job and wanted it badly"),
])
def test_wanting_after_and_inside_a_pronoun_clause_goes_on_with_the_content(
        text: str, speaker: str, content: str) -> None:
    assert [(source, said) for _, source, said in _records(text)] == [(speaker, content)]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The senator said the bill was sound but wanted a slower rollout.", "the bill was sound",
     "a slower rollout"),
    ("The senator said he backed the idea, but wanted a slower rollout.", "he backed the idea",
     "a slower rollout"),
    ("The senator said he was safe and warned that the river was rising.", "he was safe",
     "that the river was rising"),
])
def test_a_named_subject_a_comma_or_a_verb_of_saying_still_ends_the_content(
        text: str, first: str, second: str) -> None:
    assert [said for _, _, said in _records(text)] == [first, second]
