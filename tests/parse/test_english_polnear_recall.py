"""English cues PolNeAR annotates and the parser missed, by construction, each with texts of the project's own."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The archbishop spoke out on Sunday about the treatment of migrant workers.",
     [("the treatment of migrant workers", "The archbishop")]),
    ("Two former ministers have spoken out about the pension reform.",
     [("the pension reform", "Two former ministers")]),
    ("The bishop spoke out forcefully on the closure of the shelter.",
     [("the closure of the shelter", "The bishop")]),
    ("Residents weighed in on Thursday with complaints about the noise.",
     [("complaints about the noise", "Residents")]),
    ("The mayor weighed in about whether the pool should reopen.",
     [("whether the pool should reopen", "The mayor")]),
    ("The union weighs in on the budget dispute.", [("the budget dispute", "The union")]),
    ("The runner spoke out of turn.", []),
    ("The boxer weighed in on Friday at 70 kilograms.", []),
    ("The jets flew out on Monday over the bay.", []),
])
def test_speaking_out_and_weighing_in_report_their_object_with_a_day_between(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Following early reports of the fire, but before the council had weighed in with an explanation, Harbor "
     "Authority chief executive Dana Whitfield said the port would stay open.",
     [("an explanation", "the council"),
      ("the port would stay open", "Harbor Authority chief executive Dana Whitfield")]),
    ("The vote was delayed twice, and only after the regulator had spoken out about the fees, Westfield "
     "Bank chairman Omar Reyes told reporters the merger was dead.",
     [("the fees", "the regulator"), ("the merger was dead", "Westfield Bank chairman Omar Reyes")]),
    ("Lawmakers met because they felt the agency was withholding a full, unedited copy of its report.",
     [("the agency was withholding a full, unedited copy of its report", "they")]),
])
def test_a_report_inside_a_subordinate_clause_ends_where_a_main_clause_with_its_own_cue_begins(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The host pressed him on his refusal to publish the audit.",
     [("his refusal to publish the audit", "The host")]),
    ("Reporters pressed her on whether she would run again.",
     [("whether she would run again", "Reporters")]),
    ("The moderator pressed him on Tuesday about the missing ballots.",
     [("the missing ballots", "The moderator")]),
    ("Council members pressed them about the cost overruns.",
     [("the cost overruns", "Council members")]),
    ("The army pressed on toward the capital.", []),
    ("The senator pressed on Monday for a vote on the bill.", []),
])
def test_pressing_someone_on_a_topic_is_a_question_about_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Activist Mara Dunn talks to Ellison about the history of the prison system.",
     [("the history of the prison system", "Activist Mara Dunn")]),
    ("The coach spoke with reporters about his contract.", [("his contract", "The coach")]),
    ("The minister spoke to the crowd last week about the drought.", [("the drought", "The minister")]),
    ("Residents complained to the council about the noise from the plant.",
     [("the noise from the plant", "Residents")]),
    ("She wrote to Senator Ames about the closures.", [("the closures", "She")]),
    ("He talked with his daughter about college.", [("college", "He")]),
    ("Engineers spoke with about 40 residents.", []),
])
def test_a_verb_of_speaking_about_a_topic_takes_in_the_one_spoken_to(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The mayor said as much in an interview on Thursday.", [("as much", "The mayor")]),
    ("Her lawyer indicated as much in a letter released on Friday.", [("as much", "Her lawyer")]),
    ("The coach admitted as much after the game.", [("as much", "The coach")]),
    ("Two aides have suggested as much, according to the minutes.",
     [("Two aides have suggested as much", "the minutes"), ("as much", "Two aides")]),
    ("The treasurer said as much.", [("as much", "The treasurer")]),
])
def test_said_as_much_reports_the_pro_form_as_its_content(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The band leader called the guests to the stage, singing \"This Is Our Night.\"",
     [("the guests to the stage", "The band leader"), ("\"This Is Our Night.\"", "The band leader")]),
    ("\"Keep your hands where we can see them,\" the singer sings.",
     [("\"Keep your hands where we can see them,\"", "the singer")]),
    ("The boy recited, \"I pledge allegiance to the flag.\"",
     [("\"I pledge allegiance to the flag.\"", "The boy")]),
    ("The choir sang hymns all evening.", []),
    ("Volunteers were singing in the rain.", []),
    ("The senator recited the names of the victims.", []),
])
def test_words_sung_or_recited_are_reported_only_when_quoted(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected
