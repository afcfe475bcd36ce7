"""English leftovers of english56: a relative clause inside a clause reported without 'that' after a time or an
occasion ('said last week the plan that officials drafted was dead', 'said in a statement its review, which began
in May, would end'), a quotation right after a time phrase opening the content, a restrictive 'who said' clause
before a second report by the same people, a verb of naming in a relative clause with no quotation, an aside
participle after a possessed noun ("The report's authors, finding that …, called …"), 'its'/'their' after a verb
of voicing, threats, promises, pledges and vows as report nouns of whoever voices them (not before an object
relative: 'the promises that he made'), and a time phrase after an irregular participle in a source ('A letter
sent to members on Friday said …')."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims, offsets_hold


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe minister said last week the plan that officials drafted was dead.",
     "the plan that officials drafted was dead"),
    ("Story.\n\nThe mayor said on Tuesday the bridge that engineers inspected was safe.",
     "the bridge that engineers inspected was safe"),
    ("Story.\n\nThe senator said Friday the bill that passed the House would fail.",
     "the bill that passed the House would fail"),
    ("Story.\n\nThe firm said on Monday the unit that makes engines would be sold.",
     "the unit that makes engines would be sold"),
    ("Story.\n\nThe governor said in June the tax that voters approved in 2019 had raised $4 million.",
     "the tax that voters approved in 2019 had raised $4 million"),
    ("Story.\n\nThe mayor said this week the pool that the club runs would reopen.",
     "the pool that the club runs would reopen"),
])
def test_a_relative_clause_in_a_subject_after_a_time_phrase_stays_in_the_content(text: str, content: str) -> None:
    result = parse(text, "en")
    assert [a.content.text for a in result.attributions] == [content]
    assert offsets_hold(result)


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe company said in a statement on Monday its review, which began in May, would end in June.",
     "its review, which began in May, would end in June"),
    ("Story.\n\nThe company said on Monday its review, which began in May, would end in June.",
     "its review, which began in May, would end in June"),
    ("Story.\n\nThe council said in a letter its budget, which was cut last year, would rise.",
     "its budget, which was cut last year, would rise"),
    ("Story.\n\nPolice said in a statement on Sunday the driver, who was 42, had died.",
     "the driver, who was 42, had died"),
    ("Story.\n\nThe airline said late Tuesday the flight, which left Oslo at noon, was diverted.",
     "the flight, which left Oslo at noon, was diverted"),
])
def test_a_clause_with_a_relative_aside_after_an_adjunct_is_reported_without_that(text: str, content: str) -> None:
    result = parse(text, "en")
    assert [a.content.text for a in result.attributions] == [content]
    assert offsets_hold(result)


@pytest.mark.parametrize(("text", "content", "kind"), [
    ('Story.\n\nThe coach said on Friday "we are ready" and that the team would travel on Sunday.',
     '"we are ready" and that the team would travel on Sunday', "mixed"),
    ('Story.\n\nThe minister said on Monday "the talks are over" and that no deal was possible.',
     '"the talks are over" and that no deal was possible', "mixed"),
    ('Story.\n\nThe mayor said last week "the city is broke" and that taxes would rise.',
     '"the city is broke" and that taxes would rise', "mixed"),
    ('Story.\n\nThe striker said in March "I want to stay" and that talks were going well.',
     '"I want to stay" and that talks were going well', "mixed"),
    ('Story.\n\nThe judge said on Thursday "the delay is unacceptable."', '"the delay is unacceptable."', "direct"),
])
def test_a_quotation_right_after_a_time_phrase_opens_the_content(text: str, content: str, kind: str) -> None:
    assert [(c.content, c.kind) for c in claims(text, "en")] == [(content, kind)]


@pytest.mark.parametrize(("text", "said", "told", "source"), [
    ("Story.\n\nResidents who said they were sick told reporters that the water smelled of fuel.",
     "they were sick", "that the water smelled of fuel", "Residents"),
    ("Story.\n\nParents who said their children were bullied told the board that staff ignored them.",
     "their children were bullied", "that staff ignored them", "Parents"),
    ("Story.\n\nWorkers who said they had not been paid told the court the firm owed them money.",
     "they had not been paid", "the firm owed them money", "Workers"),
    ("Story.\n\nFans who said the tickets were too expensive told the club they would stay away.",
     "the tickets were too expensive", "they would stay away", "Fans"),
    ("Story.\n\nPatients who said they waited for hours told inspectors the ward was understaffed.",
     "they waited for hours", "the ward was understaffed", "Patients"),
])
def test_a_who_said_clause_and_the_main_report_are_two_records_of_the_same_people(text: str, said: str, told: str,
                                                                                   source: str) -> None:
    result = parse(text, "en")
    assert [(a.content.text, a.source_canonical) for a in result.attributions] == [(said, source), (told, source)]
    assert offsets_hold(result)


@pytest.mark.parametrize("text", [
    "Story.\n\nWorkers said they had rejected a pay offer that management called final.",
    "Story.\n\nResidents opposed a tower that the developer called essential.",
    "Story.\n\nThe plan, which critics called reckless, passed.",
    "Story.\n\nThe bill that the governor called a disaster passed on Monday.",
    "Story.\n\nFans booed a penalty that the referee described as fair.",
])
def test_a_verb_of_naming_in_a_relative_clause_with_no_quotation_reports_nothing(text: str) -> None:
    assert not any(c.content in ("final", "essential", "reckless", "a disaster passed", "as fair", "fair")
                   for c in claims(text, "en"))


@pytest.mark.parametrize(("text", "content"), [
    ('Story.\n\nFans booed a penalty that the referee called "a joke".', '"a joke"'),
    ("Story.\n\nThe mayor called the plan reckless.", "the plan reckless"),
    ("Story.\n\nThe mayor made a remark that wrongly described all cyclists as reckless.",
     "all cyclists as reckless"),
])
def test_a_quoted_name_or_a_main_clause_naming_still_reports(text: str, content: str) -> None:
    assert content in [c.content for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nThe report's authors, finding that the river was polluted, called for a ban.", "The report's authors"),
    ("Story.\n\nThe study's authors, noting that the drug worked, urged more trials.", "The study's authors"),
    ("Story.\n\nThe report authors, finding that the river was polluted, called for a ban.", "The report authors"),
    ("Story.\n\nThe bank's economists, arguing that rates would fall, cut their forecast.",
     "The bank's economists"),
    ("Story.\n\nThe club's owners, saying the stadium was unsafe, closed it.", "The club's owners"),
])
def test_a_participle_aside_before_the_main_verb_keeps_the_whole_noun_phrase(text: str, source: str) -> None:
    assert claims(text, "en")[0].source == source


def test_a_main_verb_before_a_participle_is_still_no_part_of_the_subject() -> None:
    assert claims("Story.\n\nThe minister left, saying the plan had failed.", "en")[0].source == "The minister"


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nThe union repeated its warnings that strikes would follow.", "The union"),
    ("Story.\n\nThe party repeated its claim that the vote was rigged.", "The party"),
    ("Story.\n\nThe firm renewed its pledge that no jobs would go.", "The firm"),
    ("Story.\n\nTenants voiced their fears that rents would double.", "Tenants"),
    ("Story.\n\nOfficials said the council repeated its warning that the bridge was unsafe.", "the council"),
])
def test_its_or_their_after_a_verb_of_voicing_is_its_subject(text: str, source: str) -> None:
    assert claims(text, "en")[-1].source == source


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe rebels issued threats that they would attack the city.", "that they would attack the city",
     "The rebels"),
    ("Story.\n\nThe governor made a promise that taxes would not rise.", "that taxes would not rise",
     "The governor"),
    ("Story.\n\nThe mayor made promises that the park would reopen.", "that the park would reopen", "The mayor"),
    ("Story.\n\nThe president made pledges that he would cut taxes.", "that he would cut taxes", "The president"),
    ("Story.\n\nThe coach made a vow that the team would win.", "that the team would win", "The coach"),
    ("Story.\n\nOfficials issued a threat that they would close the border.", "that they would close the border",
     "Officials"),
    ("Story.\n\nThe minister gave assurances that the plant was safe.", "that the plant was safe", "The minister"),
])
def test_threats_promises_pledges_and_vows_are_report_nouns_of_their_owner(text: str, content: str,
                                                                           source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


@pytest.mark.parametrize("text", [
    "Story.\n\nThe president kept the pledges that he made in 2019.",
    "Story.\n\nThe threats that the rebels issued last week alarmed the town.",
    "Story.\n\nShe broke the promise that she made to voters.",
    "Story.\n\nThe vows that the couple exchanged were short.",
    "Story.\n\nCritics listed the mayor's promises that she made in 2020.",
])
def test_a_report_noun_before_an_object_relative_reports_nothing(text: str) -> None:
    assert claims(text, "en") == []


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nA letter sent to members on Friday said the club would close.",
     "A letter sent to members on Friday"),
    ("Story.\n\nA letter sent on Friday said the club would close.", "A letter sent on Friday"),
    ("Story.\n\nA memo sent to staff last week said the office would move.", "A memo sent to staff last week"),
    ("Story.\n\nA memo sent to staff in March said the office would move.", "A memo sent to staff in March"),
    ("Story.\n\nA statement issued on Tuesday said the minister had resigned.", "A statement issued on Tuesday"),
    ("Story.\n\nThe mayor on Monday said the bridge would close.", "The mayor"),
])
def test_a_time_phrase_after_a_participle_in_the_source_stays_in_it(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")] == [source]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nRebel commanders issued threats on Sunday that they would close the highway.",
     "that they would close the highway", "Rebel commanders"),
    ("Story.\n\nThe union issued a warning last week that strikes would follow.", "that strikes would follow",
     "The union"),
    ("Story.\n\nThe governor made a promise on Friday that taxes would not rise.", "that taxes would not rise",
     "The governor"),
    ("Story.\n\nThe airline gave assurances that all passengers would be compensated.",
     "that all passengers would be compensated", "The airline"),
    ("Story.\n\nThe board gave assurances this week that no branches would close.",
     "that no branches would close", "The board"),
])
def test_a_report_noun_with_a_day_before_its_that_or_all_opening_the_clause_reports(text: str, content: str,
                                                                                    source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nPort owner Halden Group said in a statement on Monday its offer, which included a 4 percent rise, "
     "remained on the table.", "its offer, which included a 4 percent rise, remained on the table"),
    ("Story.\n\nThe firm said on Monday its plant, which employs 300 people, closed in May.",
     "its plant, which employs 300 people, closed in May"),
])
def test_a_past_verb_after_the_relative_aside_is_the_reported_clauses_verb(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "en")] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ('Story.\n\nCouncillor Ian Pruitt told a meeting on Tuesday "the numbers never added up" and that the site '
     "would be sold.", '"the numbers never added up" and that the site would be sold'),
    ('Story.\n\nThe coach told reporters on Friday "we are ready."', '"we are ready."'),
    ('Story.\n\nThe envoy told the council last week "the truce is holding" and that aid was arriving.',
     '"the truce is holding" and that aid was arriving'),
])
def test_a_quotation_after_the_addressee_and_a_time_phrase_opens_the_content(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "en")] == [content]


@pytest.mark.parametrize(("text", "anonymous"), [
    ("Story.\n\nRebel commanders said the road was closed.", True),
    ("Story.\n\nRebels told reporters the town had fallen.", True),
    ("Story.\n\nTwo militants said the convoy had been hit.", True),
    ("Story.\n\nFighters in the hills said they would not disarm.", True),
    ("Story.\n\nCommander Ali Rasa said the road was closed.", False),
])
def test_unnamed_commanders_rebels_militants_and_fighters_are_anonymous(text: str, anonymous: bool) -> None:
    assert [a.anonymous for a in parse(text, "en").attributions] == [anonymous]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nA notice posted on the door said the shop had closed.", "A notice posted on the door"),
    ("Story.\n\nA notice posted on the door on Monday said the shop had closed.",
     "A notice posted on the door on Monday"),
    ("Story.\n\nA leaflet posted through letterboxes claimed the tip would close.",
     "A leaflet posted through letterboxes"),
    ("Story.\n\nA video posted on Facebook showed the crash.", "A video posted on Facebook"),
])
def test_a_participle_cue_inside_an_opening_noun_phrase_is_part_of_the_source(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")] == [source]


def test_a_body_posting_on_a_platform_still_reports() -> None:
    assert [(c.content, c.source) for c in claims("Story.\n\nThe mayor posted on Facebook that the road would close.",
                                                  "en")] == [("that the road would close", "The mayor")]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nSenator Carla Dune made a pledge on Wednesday that she would block the farm bill, which she called "
     "a giveaway to big business.", "that she would block the farm bill", "Senator Carla Dune"),
    ("Story.\n\nThe charity made promises that it would rebuild the school, which critics described as "
     "unrealistic.", "that it would rebuild the school", "The charity"),
    ("Story.\n\nThe rebels issued threats that they would seize the dam, which engineers said was already damaged.",
     "that they would seize the dam", "The rebels"),
])
def test_a_cue_in_a_closing_relative_aside_leaves_the_report_noun_its_record(text: str, content: str,
                                                                             source: str) -> None:
    assert (content, source) in [(c.content, c.source) for c in claims(text, "en")]


def test_a_trailing_cue_still_reports_the_whole_clause_with_the_report_noun() -> None:
    found = claims("Story.\n\nThe union issued a warning that strikes would follow, its leader said.", "en")
    assert [(c.content, c.source) for c in found] == [("The union issued a warning that strikes would follow",
                                                       "its leader")]
