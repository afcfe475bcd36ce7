"""English content boundaries: where a reported clause goes on past a conjunction and where it stops."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe budget office said the bill would cost $5 billion this year, but would eventually add $12 "
     "billion to revenue by 2030.",
     "the bill would cost $5 billion this year, but would eventually add $12 billion to revenue by 2030"),
    ("Story.\n\nThe think tank estimated the credit would depress revenue at first, but would add $84 billion "
     "over a decade.",
     "the credit would depress revenue at first, but would add $84 billion over a decade"),
    ("Story.\n\nThe carmaker said the plant would close in May, and will add 300 jobs at its Ohio site.",
     "the plant would close in May, and will add 300 jobs at its Ohio site"),
    ("Story.\n\nAnalysts expect the merger to cut costs at first, but could eventually add 2 percent to "
     "earnings.", "the merger to cut costs at first, but could eventually add 2 percent to earnings"),
    ("Story.\n\nThe union said the deal would freeze wages this year and would add £900 to pay next year.",
     "the deal would freeze wages this year and would add £900 to pay next year"),
])
def test_a_modal_verb_of_an_amount_after_the_conjunction_goes_on_the_reported_clause(text: str,
                                                                                    content: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.content.text == content


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Story.\n\nThe minister said the talks went well, but would not say when a deal would come.",
     "the talks went well", "when a deal would come"),
    ("Story.\n\nThe firm said sales fell, and added that 300 jobs would go.", "sales fell",
     "that 300 jobs would go"),
])
def test_a_verb_of_saying_with_a_clause_after_the_conjunction_is_still_the_speakers_own(
        text: str, first: str, second: str) -> None:
    assert [c.content for c in claims(text, "en")] == [first, second]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe mayor said she would meet the families and let them know that the city cares.",
     "she would meet the families and let them know that the city cares"),
    ("Story.\n\nHe said the senator wanted to speak to young voters and help them understand that the race "
     "matters.", "the senator wanted to speak to young voters and help them understand that the race matters"),
    ("Story.\n\nThe coach said he would sit down with the players and let them know where they stand.",
     "he would sit down with the players and let them know where they stand"),
    ("Story.\n\nThe principal said teachers would call parents and help them understand what the new rules "
     "mean.", "teachers would call parents and help them understand what the new rules mean"),
    ("Story.\n\nOfficials said the agency would publish the data and let residents know whether the water is "
     "safe.", "the agency would publish the data and let residents know whether the water is safe"),
])
def test_and_let_them_know_goes_on_the_reported_clause(text: str, content: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.content.text == content


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nThe company let employees know that layoffs were coming.", "The company",
     "that layoffs were coming"),
    ("Story.\n\nThe central bank quietly let the lenders know that rates would rise.", "The central bank",
     "that rates would rise"),
    ("Story.\n\nThe coach helped the players understand that defense wins games.", "The coach",
     "that defense wins games"),
    ("Story.\n\nThe ministry let schools know that exams would go ahead in June.", "The ministry",
     "that exams would go ahead in June"),
])
def test_the_one_who_lets_others_know_is_the_source_not_the_hearers(text: str, source: str,
                                                                    content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text) == (source, content)


def test_let_them_know_after_a_conjunction_gives_no_hearer_as_source() -> None:
    text = "Story.\n\nThe mayor said she would meet the families and let them know that the city cares."
    sources = [a.source_text for a in parse(text, "en").attributions]
    assert "let them" not in sources and all("let" not in (s or "").split() for s in sources)


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nAnd while the senator has railed against loopholes in the tax code, he has sought to protect "
     "breaks for real estate.", "loopholes in the tax code"),
    ("Story.\n\nBut although the mayor insisted the budget was balanced, the deficit grew by a third.",
     "the budget was balanced"),
    ("Story.\n\nAnd when the minister announced that the plant would close, hundreds of workers walked out.",
     "that the plant would close"),
    ("Story.\n\nBut while the company says its drivers are contractors, a court in Leeds ruled otherwise.",
     "its drivers are contractors"),
    ("Story.\n\nAnd although the coach insisted the team was ready, it lost its first three games.",
     "the team was ready"),
])
def test_a_subordinate_clause_after_a_leading_conjunction_ends_its_content_at_its_comma(text: str,
                                                                                      content: str) -> None:
    assert parse(text, "en").attributions[0].content.text == content


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nBut as the governor said, the state cannot afford another bailout.", "the governor",
     "the state cannot afford another bailout"),
    ("Story.\n\nAnd as Clinton noted on Monday, the race is closer than the polls suggest.", "Clinton",
     "the race is closer than the polls suggest"),
    ("Story.\n\nBut as the report pointed out last week, most of the money never reached the schools.",
     "the report", "most of the money never reached the schools"),
])
def test_as_x_said_after_a_leading_conjunction_reports_the_clause_after_its_comma(text: str, source: str,
                                                                                  content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text) == (source, content)


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe moderator asked the candidates to stay on topic, a request not always honored.",
     "the candidates to stay on topic"),
    ("Story.\n\nShe said the company would double its staff, a promise never kept.",
     "the company would double its staff"),
    ("Story.\n\nThe union said the strike would end by Friday, a pledge repeated by its leaders.",
     "the strike would end by Friday"),
    ("Story.\n\nThe mayor asked residents to conserve water, a request largely ignored.",
     "residents to conserve water"),
    ("Story.\n\nHe said the factory would reopen in the spring, a promise never fulfilled.",
     "the factory would reopen in the spring"),
])
def test_a_remark_naming_the_statement_with_a_participle_closes_the_content(text: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.content.text == content


def test_a_claim_noun_with_a_relative_clause_of_its_own_stays_in_the_content() -> None:
    text = "Story.\n\nShe said the tax would fall, a promise that voters remember."
    [a] = parse(text, "en").attributions
    assert a.content.text == "the tax would fall, a promise that voters remember"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nThe administration has promised a veto and attempted to make the case to members that the bill "
     "is a bad idea.", "The administration", "that the bill is a bad idea"),
    ("Story.\n\nThe senator criticized the plan and sought to argue that it would fail.", "The senator",
     "that it would fail"),
    ("Story.\n\nThe governor praised the deal and tried to assure workers that their jobs were safe.",
     "The governor", "that their jobs were safe"),
    ("Story.\n\nThe union rejected the offer and attempted to argue that talks would go on.", "The union",
     "that talks would go on"),
    ("Story.\n\nThe club dismissed the report and refused to confirm that the coach had resigned.", "The club",
     "that the coach had resigned"),
])
def test_a_second_past_verb_before_to_shares_the_subject_of_the_first(text: str, source: str,
                                                                      content: str) -> None:
    assert (source, content) in [(c.source, c.content) for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe average shows the governor ahead by 3.7 points, using the five most recent polls.",
     "the governor ahead by 3.7 points"),
    ("Story.\n\nThe survey found that most voters back the plan, using a sample of 1,200 adults.",
     "that most voters back the plan"),
    ("Story.\n\nThe data show that rents rose 9 percent, going against the national trend.",
     "that rents rose 9 percent"),
    ("Story.\n\nThe study found that the drug cut deaths by a third, doing better than older treatments.",
     "that the drug cut deaths by a third"),
    ("Story.\n\nThe tracker shows the senator leading by six points, using polls of likely voters.",
     "the senator leading by six points"),
])
def test_a_short_participle_after_a_finding_is_the_writers_comment(text: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.content.text == content


@pytest.mark.parametrize("text", [
    "Story.\n\nThe plan — Ruiz said — would fail within a year.",
    "Story.\n\nHe said the plan was a success — a claim the firm denies.",
    "Story.\n\nThe board dismissed the idea as a \"lost cause\" — a phrase it has used before.",
    "Story.\n\nThe council backed the levy — the mayor said on Monday — and will vote again in May.",
    "Story.\n\nShe called for big tax hikes on the rich — lambasting the plan.",
])
def test_a_horizontal_bar_reads_as_an_em_dash(text: str) -> None:
    def shape(t: str) -> list[tuple[str, str, str]]:
        return [(c.kind, c.content.replace("―", "—"), c.source) for c in claims(t, "en")]
    assert shape(text.replace("—", "―")) == shape(text)


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe senator attacked the governor as a fraud, just as he did with his rival in 2012.",
     "the governor as a fraud"),
    ("Story.\n\nThe coach praised the young striker, much as he had praised his brother a decade earlier.",
     "the young striker"),
    ("Story.\n\nCritics slammed the budget as reckless — exactly as they did last year.",
     "the budget as reckless"),
    ("Story.\n\nThe leader has been steadily pounding the premier as a \"con artist\" ― just as he did with "
     "her predecessor.", "the premier as a \"con artist\""),
    ("Story.\n\nThe unions denounced the offer as an insult, just as they did the year before.",
     "the offer as an insult"),
])
def test_a_writers_comparison_after_an_object_closes_it(text: str, content: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.content.text == content


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nThe judge let the witness explain that she had been afraid.", "the witness",
     "that she had been afraid"),
    ("Story.\n\nThe chairman let the auditor argue that the figures were sound.", "the auditor",
     "that the figures were sound"),
    ("Story.\n\nThe club let its captain announce that the coach would stay.", "its captain",
     "that the coach would stay"),
    ("Story.\n\nThe network let the candidate claim that the race was rigged.", "the candidate",
     "that the race was rigged"),
])
def test_after_let_and_its_object_a_verb_of_saying_has_the_object_as_speaker(text: str, source: str,
                                                                             content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text) == (source, content)


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nMany people assumed that the developer had the backing of the bank, but that wasn't the case.",
     "that the developer had the backing of the bank"),
    ("Story.\n\nThe governor claimed the state had balanced its budget, but that is not true.",
     "the state had balanced its budget"),
    ("Story.\n\nShe said the firm had paid its taxes, but it wasn't so.", "the firm had paid its taxes"),
    ("Story.\n\nThe club insisted the striker was fit, yet that was never the case.", "the striker was fit"),
    ("Story.\n\nOfficials said the bridge had passed every inspection, but that's not accurate.",
     "the bridge had passed every inspection"),
])
def test_the_writers_verdict_after_but_closes_the_content(text: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.content.text == content


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nHe said the plan was fair, but that was not the whole story.",
     "the plan was fair, but that was not the whole story"),
    ("Story.\n\nHe said the talks had failed, but that the two sides would meet again.",
     "the talks had failed, but that the two sides would meet again"),
])
def test_a_clause_after_but_that_is_no_verdict_goes_on(text: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.content.text == content


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe candidate admires the president as a \"strong leader,\" comparing him favorably to his rival.",
     "the president as a \"strong leader,\""),
    ("Story.\n\nThe coach praised the rookie as \"fearless,\" pointing to his three goals in the final.",
     "the rookie as \"fearless,\""),
    ("Story.\n\nThe mayor hailed the budget as \"a turning point,\" noting the cut in debt.",
     "the budget as \"a turning point,\""),
    ("Story.\n\nActivists denounced the ruling as “a step backward,” vowing to appeal.",
     "the ruling as “a step backward,”"),
    ("Story.\n\nThe minister praised the deal as “historic,” thanking both delegations.",
     "the deal as “historic,”"),
])
def test_a_participle_after_a_quotation_closed_by_its_comma_ends_an_object(text: str, content: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.content.text == content


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe society viewed the rebels as terrorists and despised them.", "the rebels as terrorists"),
    ("Story.\n\nThe coach praised the young players and thanked them for their effort.", "the young players"),
    ("Story.\n\nThe board criticized the plan and delayed it until June.", "the plan"),
    ("Story.\n\nThe senator blasted the mayor and challenged him to a debate.", "the mayor"),
    ("Story.\n\nThe senator attacked high taxes and increased spending.", "high taxes and increased spending"),
])
def test_a_past_verb_with_its_object_pronoun_after_and_closes_an_object(text: str, content: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.content.text == content


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nHe has an interest in few policies and once he has said his piece, he is ready to move on.",
     "he", "his piece"),
    ("Story.\n\nThe rally ended early because the mayor said the permit had expired, and the crowd went home.",
     "the mayor", "the permit had expired"),
    ("Story.\n\nThe team relaxed once the coach said the match was won, and fans cheered.", "the coach",
     "the match was won"),
    ("Story.\n\nPrices rose when the bank said that rates, which were already high, would climb.", "the bank",
     "that rates, which were already high, would climb"),
    ("Story.\n\nVoters were angry after the state said that about 12,000 voters were ineligible.", "the state",
     "that about 12,000 voters were ineligible"),
    ("Story.\n\nShe was furious when he said that under the old rules, \"nobody was safe.\"", "he",
     "that under the old rules, \"nobody was safe.\""),
])
def test_a_report_inside_a_subordinate_clause_ends_where_the_main_clause_begins(text: str, source: str,
                                                                                  content: str) -> None:
    assert (source, content) in [(c.source, c.content) for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe administration promised a veto and attempted to persuade members to drop the bill.",
     "a veto"),
    ("Story.\n\nThe senator criticized the plan and sought to delay the vote.", "the plan"),
    ("Story.\n\nThe board praised the deal and attempted to calm investors.", "the deal"),
    ("Story.\n\nThe senator attacked the tax cuts and increased spending to the states.",
     "the tax cuts and increased spending to the states"),
])
def test_a_past_verb_with_an_infinitive_after_and_closes_an_object(text: str, content: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.content.text == content


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nShe said fathers would not be eligible for the paid leave, and when pressed on why the plan "
     "leaves out fathers, the 34-year-old mother of three replied that it was a start.",
     "fathers would not be eligible for the paid leave"),
    ("Story.\n\nHe said the bridge was safe, but when asked about the cracks found by engineers in the "
     "north-west tower last spring, the long-serving city engineer declined to comment.",
     "the bridge was safe"),
    ("Story.\n\nHe said the plan would work, and if approved by the full council at its meeting in the "
     "autumn, it would cut costs.",
     "the plan would work, and if approved by the full council at its meeting in the autumn, it would cut "
     "costs"),
])
def test_a_writers_clause_opened_by_and_when_with_a_distant_report_ends_the_content(text: str,
                                                                                    content: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.content.text == content


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nAs the mayor put it in an interview with local radio last week, the city cannot afford another "
     "flood.", "the mayor", "the city cannot afford another flood"),
    ("Story.\n\nAs Dr. Okafor noted in a letter to the board, the clinic has been short of nurses for years.",
     "Dr. Okafor", "the clinic has been short of nurses for years"),
    ("Story.\n\nAs one analyst wrote in a note to clients on Thursday, the bank's bad loans are still climbing.",
     "one analyst", "the bank's bad loans are still climbing"),
    ("Story.\n\nAs the minister explained at a briefing for foreign reporters in Nairobi, the border will reopen "
     "in March.", "the minister", "the border will reopen in March"),
    ("Story.\n\nAs Ms. Lindqvist put it in a statement to my colleague Tom Reyes in June, the museum is \"a home "
     "for everyone.\"", "Ms. Lindqvist", "the museum is \"a home for everyone.\""),
    ("Story.\n\nThe harvest will be the smallest in a decade, as the farm agency warned in its monthly report to "
     "growers across the region.", "the farm agency", "The harvest will be the smallest in a decade"),
])
def test_as_x_put_it_with_a_long_setting_reports_the_writers_clause_not_the_setting(text: str, source: str,
                                                                                     content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text) == (source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nHowever the new tariffs are unlikely to change much, noted trade analyst Rita Moss.", "Rita Moss",
     "the new tariffs are unlikely to change much"),
    ("Story.\n\nHowever debates in and of themselves rarely move voters, a pollster said.", "a pollster",
     "debates in and of themselves rarely move voters"),
    ("Story.\n\nMeanwhile the bridge will stay closed until May, the transport office said.",
     "the transport office", "the bridge will stay closed until May"),
    ("Story.\n\nInstead the council will vote on a smaller plan next month, according to two members.",
     "two members", "the council will vote on a smaller plan next month"),
    ("Story.\n\nMoreover the drought has cut the harvest by a third, farmers say.", "farmers",
     "the drought has cut the harvest by a third"),
])
def test_a_connective_opening_the_sentence_without_a_comma_is_no_part_of_the_content(text: str, source: str,
                                                                                      content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text) == (source, content)


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nHowever hard the team tries, the stadium will not be ready, the architect said.",
     "However hard the team tries, the stadium will not be ready"),
    ("Story.\n\nHowever laudable the goal, the plan costs too much, critics said.",
     "However laudable the goal, the plan costs too much"),
    ("Story.\n\nHowever much it costs, the repairs must go ahead, the mayor said.",
     "However much it costs, the repairs must go ahead"),
])
def test_however_heading_a_clause_of_degree_stays_in_the_content(text: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.content.text == content


@pytest.mark.parametrize(("text", "outer"), [
    ("Story.\n\nCourt records show the mayor warned that the dam was \"not safe at all\", and asked for an "
     "inspection.", "the mayor warned that the dam was \"not safe at all\", and asked for an inspection"),
    ("Story.\n\nCourt records show the mayor warned that the dam was unsafe, and asked the council to act.",
     "the mayor warned that the dam was unsafe, and asked the council to act"),
    ("Story.\n\nThe inquiry found that the coach had told players the drills were optional and urged them to rest.",
     "that the coach had told players the drills were optional and urged them to rest"),
    ("Story.\n\nSealed files show the treasurer warned that the fund was empty, and resigned a week later.",
     "the treasurer warned that the fund was empty, and resigned a week later"),
    ("Story.\n\nThe review found the principal promised to hire tutors and later said the budget was too small.",
     "the principal promised to hire tutors and later said the budget was too small"),
])
def test_a_finding_whose_content_opens_with_a_report_takes_in_that_speakers_next_act(text: str,
                                                                                      outer: str) -> None:
    assert parse(text, "en").attributions[0].content.text == outer


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nMerrill says Machado promised to keep campaigning and said she would ignore the attacks.",
     "Machado promised to keep campaigning"),
    ("Story.\n\nThe mayor said that the city would declare an emergency and suggested that schools could close.",
     "that the city would declare an emergency"),
])
def test_after_a_verb_of_saying_a_second_verb_after_and_is_still_the_speakers_own(text: str, content: str) -> None:
    assert parse(text, "en").attributions[0].content.text == content


@pytest.mark.parametrize(("text", "outer"), [
    ("Story.\n\nPolls show voters said the economy was weak and blamed the president.",
     "voters said the economy was weak and blamed the president"),
    ("Story.\n\nThe study found that doctors said the drug worked and patients agreed.",
     "that doctors said the drug worked and patients agreed"),
    ("Story.\n\nSurveys found most parents said the fees were too high, and asked for a freeze.",
     "most parents said the fees were too high, and asked for a freeze"),
])
def test_a_finding_whose_report_opens_with_a_bare_plural_or_quantifier_goes_on_past_and(text: str,
                                                                                         outer: str) -> None:
    assert parse(text, "en").attributions[0].content.text == outer


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe council called for releasing the budget files, as well, saying voters deserved to see them.",
     "releasing the budget files"),
    ("Story.\n\nThe airline said it would cut fares on short routes, too.", "it would cut fares on short routes"),
    ("Story.\n\nNurses have demanded higher pay for night shifts, as well.", "higher pay for night shifts"),
    ("Story.\n\nThe coach said his players were tired, too.", "his players were tired"),
    ("Story.\n\nThe mayor said the bridge would reopen in May, likewise.", "the bridge would reopen in May"),
])
def test_a_connective_closing_the_sentence_after_a_comma_is_the_writers_not_the_content(text: str,
                                                                                       content: str) -> None:
    assert parse(text, "en").attributions[0].content.text == content


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nHe said the plan, though, was far too costly.", "the plan, though, was far too costly"),
    ("Story.\n\nShe said \"the staff are exhausted, too,\" adding that help was needed.",
     "\"the staff are exhausted, too,\""),
])
def test_a_connective_inside_the_clause_or_a_quotation_stays_in_the_content(text: str, content: str) -> None:
    assert parse(text, "en").attributions[0].content.text == content


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe analyst argued that the tax plan helps the rich more than anyone (which explains why the unions "
     "oppose it).", "that the tax plan helps the rich more than anyone"),
    ("Story.\n\nCritics say the rule favors large farms (which gets little attention in the capital).",
     "the rule favors large farms"),
    ("Story.\n\nThe mayor said the new park would open in June (which surprises nobody who has watched the "
     "builders).", "the new park would open in June"),
])
def test_a_closing_parenthesis_opened_by_a_relative_and_a_present_verb_is_the_writers_aside(text: str,
                                                                                           content: str) -> None:
    assert parse(text, "en").attributions[0].content.text == content


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nVoters said that no matter the setting, no matter the stakes, the senator will insist on being "
     "himself.", "Voters",
     "that no matter the setting, no matter the stakes, the senator will insist on being himself"),
    ("Story.\n\nFans know that whatever the score, the coach will insist on attacking.", "Fans",
     "that whatever the score, the coach will insist on attacking"),
    ("Story.\n\nAnalysts expect that after the vote, the party will talk about cutting taxes.", "Analysts",
     "that after the vote, the party will talk about cutting taxes"),
    ("Story.\n\nNeighbours believe that whatever the council decides, the owners will insist on rebuilding.",
     "Neighbours", "that whatever the council decides, the owners will insist on rebuilding"),
])
def test_a_cue_with_a_gerund_complement_after_a_comma_closes_no_report_of_the_words_before(
        text: str, source: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text) == (source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nThe tax is unfair, the mayor said in passing.", "the mayor", "The tax is unfair"),
    ("Story.\n\nThe union wants a raise, its leader insisted on Friday.", "its leader", "The union wants a raise"),
])
def test_a_closing_report_with_an_adverbial_after_its_cue_still_reports_the_clause_before(
        text: str, source: str, content: str) -> None:
    a = parse(text, "en").attributions[0]
    assert (a.source_text, a.content.text) == (source, content)
