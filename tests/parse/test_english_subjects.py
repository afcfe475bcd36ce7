"""English: where the subject read leftwards from a cue begins and ends (an opening participle's place, a date
before a pronoun, an inner report's cue). Texts are written for these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "source"), [
    ("Speaking outside Central Station Delgado said the trains would run late.", "Delgado"),
    ("Speaking inside City Hall Maria Lopez said the budget was fair.", "Maria Lopez"),
    ("Speaking beside the Thames Ann Moss said the water was rising.", "Ann Moss"),
    ("Standing outside Union Station Priya Nair said the strike would end soon.", "Priya Nair"),
    ("Speaking inside Memorial Hospital Dr. Karl Voss said the ward was full.", "Dr. Karl Voss"),
    ("Speaking outside the courthouse Hart said the verdict was unjust.", "Hart"),
])
def test_outside_inside_beside_open_the_place_of_an_opening_participle_not_the_speaker(
        text: str, source: str) -> None:
    assert _found(text)[0][:2] == (source, "said")


@pytest.mark.parametrize(("text", "source"), [
    ("Outside experts said the plan would fail.", "Outside experts"),
    ("Inside sources said the deal was close.", "Inside sources"),
])
def test_an_opening_outside_or_inside_as_an_adjective_stays_in_the_subject(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("On March 6 he wrote a letter to the board, arguing that taxes must rise.", "he"),
    ("In early April she published a memo, warning that the dam could fail.", "she"),
    ("On Tuesday they issued a statement, insisting that the vote was fair.", "they"),
    ("On June 2 we filed a complaint, arguing that the rules were broken.", "we"),
    ("Late in 2021 he posted a video, claiming that the test was rigged.", "he"),
])
def test_a_date_before_a_pronoun_is_no_part_of_the_participles_speaker(text: str, source: str) -> None:
    assert [(a.source.text if a.source else "", a.cue.text if a.cue else "")
            for a in parse(text, "en").attributions][-1] == (source, text.split(", ")[1].split()[0])


@pytest.mark.parametrize("text", [
    "On June 2 it said profits fell by a third.",
    "On Tuesday it announced that the plant in Akron would close.",
    "In early May it warned that the harvest would be poor.",
])
def test_it_after_only_a_date_is_the_whole_subject(text: str) -> None:
    assert _found(text)[0][0] == "it"


@pytest.mark.parametrize(("text", "outer", "inner"), [
    ("The mayor said the city, which has cut 200 jobs, warned that more cuts were coming.",
     "The mayor", "the city"),
    ("Officials said that the company, which employs 900 people, denied that it had broken the law.",
     "Officials", "the company"),
    ("Reed said the agency, which was founded in 1990, claimed the data was wrong.", "Reed", "the agency"),
    ("Ann Ray said the coach, who joined in May, told players the season was over.", "Ann Ray", "the coach"),
    ("The lawyer said her client, who is 42, insisted that he was at home that night.",
     "The lawyer", "her client"),
])
def test_a_subject_before_a_relative_clause_stops_at_the_outer_cue_and_the_outer_report_holds_it(
        text: str, outer: str, inner: str) -> None:
    found = _found(text)
    assert [f[0] for f in found] == [outer, inner]
    assert found[0][2].endswith(found[1][2])


def test_a_relative_clause_before_a_plain_verb_still_ends_at_its_own_content() -> None:
    found = _found("The mayor said the bill, which passed Monday, was fair, adding that it would help.")
    assert [(f[0], f[2]) for f in found] == [("The mayor", "the bill, which passed Monday, was fair"),
                                             ("The mayor", "that it would help")]


@pytest.mark.parametrize(("text", "source", "content"), [
    ('"Is this fair?" the senator\'s aide, Tom Reed, asked.', "the senator's aide, Tom Reed", '"Is this fair?"'),
    ('"Why now?" a city spokesman, Ed Vance, asked.', "a city spokesman, Ed Vance", '"Why now?"'),
    ('"Where is the money?" the town\'s chief planner, Rita Cole, asked.', "the town's chief planner, Rita Cole",
     '"Where is the money?"'),
    ('"Enough!" the club\'s head coach, Sam Ortiz, shouted.', "the club's head coach, Sam Ortiz", '"Enough!"'),
    ('"Who pays?" the union\'s new leader, Kay Bell, asked reporters.', "the union's new leader, Kay Bell",
     '"Who pays?"'),
])
def test_a_description_and_a_name_between_commas_after_a_closing_quotation_is_the_source(
        text: str, source: str, content: str) -> None:
    assert _found(text)[0] == (source, text.split(", ")[-1].split()[0].rstrip("."), content)


@pytest.mark.parametrize(("text", "source"), [
    ("The mayor and the governor said the plan was reckless.", "The mayor and the governor"),
    ("The coach and his captain say the team is ready.", "The coach and his captain"),
    ("The senator and the mayor agreed that the road must be fixed.", "The senator and the mayor"),
    ("But the minister and the president insist that talks will go on.", "the minister and the president"),
    ("On Monday, the chairman and the treasurer said the club was solvent.", "the chairman and the treasurer"),
])
def test_two_titles_joined_by_and_before_the_cue_are_one_source(text: str, source: str) -> None:
    found = parse(text, "en").attributions
    assert [(a.source.text if a.source else "", a.source_canonical)
            for a in found] == [(source, source)]


def test_a_title_after_and_that_follows_another_verb_is_a_new_clause() -> None:
    assert _found("The plan angered the mayor and the governor said it was reckless.")[0][0] == "the governor"


@pytest.mark.parametrize(("text", "source"), [
    ("Opponents charge that the law is unfair.", "Opponents"),
    ("Critics charge that the merger will raise fares.", "Critics"),
    ("We charge that the count was wrong.", "We"),
    ("Neighbours charge that the plant leaks at night.", "Neighbours"),
    ("Both unions charge that the bonus scheme is a bribe.", "Both unions"),
])
def test_the_base_form_charge_before_that_reports(text: str, source: str) -> None:
    assert _found(text)[0][:2] == (source, "charge")


@pytest.mark.parametrize("text", [
    "Police will charge the driver.",
    "Activists charge the company with hiding the data.",
    "They face a charge that carries ten years.",
])
def test_charge_without_a_clause_after_it_reports_nothing(text: str) -> None:
    assert _found(text) == []
