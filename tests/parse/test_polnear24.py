"""English content boundaries (PolNeAR round 24): a report made inside a parenthesis ends where the parenthesis
closes, and 'thought of' / 'thinking about' (remembering, considering) is no second report that ends a content."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import offsets_hold


def _contents(text: str, cue: str) -> list[str]:
    """The contents of the records whose cue is `cue`, offsets checked."""
    result = parse(text, "en")
    assert offsets_hold(result)
    return [a.content.text for a in result.attributions if a.cue is not None and a.cue.text == cue]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Tuition keeps rising (some parents say the grants are too small), but help exists.", "say",
     "the grants are too small"),
    ("The mayor (who said last week that the budget was balanced) resigned on Friday.", "said",
     "that the budget was balanced"),
    ("Ferry fares will rise (the operator says fuel costs doubled) from next month.", "says", "fuel costs doubled"),
    ("Rents are high in Dunmore (tenants claim landlords ignore repairs), and vacancies are rare.", "claim",
     "landlords ignore repairs"),
    ("The old quarry (residents believe it still leaks into the river) will be sealed, the council said.",
     "believe", "it still leaks into the river"),
])
def test_report_inside_a_parenthesis_ends_where_the_parenthesis_closes(text: str, cue: str, content: str) -> None:
    assert _contents(text, cue) == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The mayor said the budget (which passed in May) was balanced.", "said",
     "the budget (which passed in May) was balanced"),
    ("Officials said the bridge, which opened in 1998 (and was widened in 2010), needs repairs.", "said",
     "the bridge, which opened in 1998 (and was widened in 2010), needs repairs"),
])
def test_a_parenthesis_inside_the_content_does_not_end_it(text: str, cue: str, content: str) -> None:
    assert _contents(text, cue) == [content]


def test_a_content_never_ends_on_an_opening_parenthesis() -> None:
    text = "Rents are high, tenants say landlords ignore repairs (and the city agrees) across the district."
    assert _contents(text, "say") == ["landlords ignore repairs"]


@pytest.mark.parametrize(("text", "content"), [
    ("She said she had seen the bridge go up over the river and thought of the summers when her family crossed it "
     "by ferry.",
     "she had seen the bridge go up over the river and thought of the summers when her family crossed it by ferry"),
    ("The coach said the players had trained hard and thought about nothing but the final.",
     "the players had trained hard and thought about nothing but the final"),
    ("Dalton said he had walked the old mill every morning and thought of the workers who built it.",
     "he had walked the old mill every morning and thought of the workers who built it"),
])
def test_thought_of_after_and_goes_on_with_the_reported_clause(text: str, content: str) -> None:
    assert _contents(text, "said") == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("The widow said she reads his letters at night and thinks of the years they spent abroad.",
     "she reads his letters at night and thinks of the years they spent abroad"),
    ("Ms. Farrow said the family had sold the farm and was thinking about a move to the coast.",
     "the family had sold the farm and was thinking about a move to the coast"),
])
def test_present_and_progressive_thinking_of_still_go_on(text: str, content: str) -> None:
    assert _contents(text, "said") == [content]  # (guards: a present after a past, an auxiliary before it)


@pytest.mark.parametrize("text", [
    "He thought of his father when the verdict came in.",
    "Voters are thinking about the economy, not the scandal.",
    "The senator thinks of the bill as a first step.",
])
def test_thought_of_reports_nothing(text: str) -> None:
    assert parse(text, "en").attributions == ()


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("He thinks the deficit is a priority.", "thinks", "the deficit is a priority"),
    ("Officials said the pilot had circled twice and thought the runway was clear.", "thought",
     "the runway was clear"),
])
def test_think_with_a_clause_still_reports(text: str, cue: str, content: str) -> None:
    assert _contents(text, cue) == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Parents are worried about how the loans might affect financial aid.", "are worried about",
     "how the loans might affect financial aid"),
    ("Residents are concerned about whether the water is safe.", "are concerned about", "whether the water is safe"),
    ("Farmers remain anxious about what the tariffs will do to prices.", "remain anxious about",
     "what the tariffs will do to prices"),
    ("Teachers are skeptical about why the district cut the program.", "are skeptical about",
     "why the district cut the program"),
    ("Tuition keeps rising (or you're worried about how that money might affect aid), but grants exist.",
     "worried about", "how that money might affect aid"),
])
def test_stance_adjective_about_a_question_reports_the_question(text: str, cue: str, content: str) -> None:
    assert _contents(text, cue) == [content]


@pytest.mark.parametrize("text", [
    "The board was concerned about the cost.",
    "Investors grew nervous about when the bank would act.",
    "Residents are worried about How Cities Fail, a new documentary.",
])
def test_stance_adjective_about_a_thing_reports_nothing(text: str) -> None:
    assert parse(text, "en").attributions == ()


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The nurses cited her record in contrast to the rival who lacks experience in health care and has attacked "
     "the union.", "cited",
     "her record in contrast to the rival who lacks experience in health care and has attacked the union"),
    ("Critics cited the plan in contrast to the mayor who opposes the tax and has blocked the budget.", "cited",
     "the plan in contrast to the mayor who opposes the tax and has blocked the budget"),
    ("Union leaders praised the driver who stops at every school and is never late.", "praised",
     "the driver who stops at every school and is never late"),
    ("Teachers criticized the superintendent who runs the district and has cut arts funding.", "criticized",
     "the superintendent who runs the district and has cut arts funding"),
])
def test_and_after_a_present_relative_clause_goes_on_with_it(text: str, cue: str, content: str) -> None:
    assert _contents(text, cue) == [content]


def test_and_after_a_present_relative_clause_is_no_second_report() -> None:
    text = ("The nurses cited her record in contrast to the rival who lacks experience in health care and has "
            "attacked the union.")
    assert _contents(text, "attacked") == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The coach criticized the referee who makes such calls and then said the league should act.", "criticized",
     "the referee who makes such calls"),
    ("The mayor said the plan, which he opposes, was costly and has asked the council to vote it down.", "said",
     "the plan, which he opposes, was costly"),
])
def test_a_past_act_or_an_aside_relative_still_ends_the_content(text: str, cue: str, content: str) -> None:
    assert _contents(text, cue) == [content]


@pytest.mark.parametrize(("text", "content"), [
    ('Several farmers oppose the dam, largely because while most towns get cheap power from it, the valley gets '
     '"nothing but floods," as one grower put it.', 'the valley gets "nothing but floods,"'),
    ('The council delayed the vote, because the plan is "a giveaway to developers," as one member put it.',
     'the plan is "a giveaway to developers,"'),
    ('The plant is old, although it is "perfectly safe," as the director put it.', 'it is "perfectly safe,"'),
    ('Although the plant is old, it is "perfectly safe," as the director put it.', 'it is "perfectly safe,"'),
    ('Bus riders are frustrated, since the new timetable is "a mess from start to finish," as one driver put it.',
     'the new timetable is "a mess from start to finish,"'),
])
def test_as_x_put_it_comments_on_the_quoted_clause_after_a_reason_word(text: str, content: str) -> None:
    assert _contents(text, "put it") == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Sales fell because demand weakened, as the company said.", "said", "Sales fell because demand weakened"),
    ("The deal collapsed after the buyers walked away, as the company said in a filing.", "said",
     "The deal collapsed after the buyers walked away"),
    ('The old bridge is "a disaster waiting to happen," as one engineer put it.', "put it",
     'The old bridge is "a disaster waiting to happen,"'),
])
def test_as_x_put_it_without_a_reason_word_before_a_quotation_keeps_the_sentence(
        text: str, cue: str, content: str) -> None:
    assert _contents(text, cue) == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Experts praised the governor's proposals to help small farms, which include a loan fund that would cover "
     "seed costs, which often run to thousands of dollars.", "praised", "the governor's proposals to help small farms"),
    ("The union pledged to repave the road, which crosses the river, which floods each spring.", "pledged",
     "to repave the road"),
    ("Parents applauded the plan to extend the school day, which ends at 2 p.m., which is too early for many.",
     "applauded", "the plan to extend the school day"),
    ("Board members praised the proposals to shorten wait times, which include an express line that would link two "
     "hospitals, which together employ 9,000 people.", "praised", "the proposals to shorten wait times"),
])
def test_a_comment_on_the_writers_comment_still_ends_the_infinitive_object(text: str, cue: str,
                                                                           content: str) -> None:
    assert _contents(text, cue) == [content]


def test_an_aside_before_and_keeps_the_infinitive_object_whole() -> None:
    text = "The mayor wants to widen the program, which is small, and expand it to teenagers."
    assert _contents(text, "wants") == ["to widen the program, which is small, and expand it to teenagers"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Not everyone finds that argument convincing, especially given that the fund lost money last year.", "finds",
     "that argument convincing"),
    ("The mayor said the plan was affordable, particularly given the new state grant.", "said",
     "the plan was affordable"),
    ("Analysts believe the merger will close by June, especially given the regulator's silence.", "believe",
     "the merger will close by June"),
    ("The coach insisted the team was ready, particularly given its record at home.", "insisted",
     "the team was ready"),
])
def test_especially_given_after_a_comma_is_the_writers_reason(text: str, cue: str, content: str) -> None:
    assert _contents(text, cue) == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Economists expect rates to fall, especially in the second half of the year.", "expect",
     "rates to fall, especially in the second half of the year"),
    ('"We are ready, especially given how hard the team trained," the coach said.', "said",
     '"We are ready, especially given how hard the team trained,"'),
])
def test_especially_without_given_or_inside_a_quotation_goes_on(text: str, cue: str, content: str) -> None:
    assert _contents(text, cue) == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Polls show a close race in the county, where 12,000 new voters registered this year.", "show",
     "a close race in the county"),
    ("Officials acknowledged the reality of the shortfall, which reached 1,200 jobs last year.", "acknowledged",
     "the reality of the shortfall"),
    ("The study found a sharp rise in rents, which climbed to $2,400 a month.", "found", "a sharp rise in rents"),
])
def test_a_figures_comma_in_a_closing_relative_is_no_aside(text: str, cue: str, content: str) -> None:
    assert _contents(text, cue) == [content]
