"""English gaps left by earlier rounds: sentences that end on a dotted abbreviation, a counted subject whose verb
is an irregular past, base forms of asking and calling."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe bill was sponsored by Sen. Amy Holt of N.Y. Her aides said it would pass.",
     "it would pass", "Her aides"),
    ("Story.\n\nThe plant is owned by Harlan Co. The company said it would close the site in May.",
     "it would close the site in May", "The company"),
    ("Story.\n\nThe march ended in Washington, D.C. The organizers said about 40,000 people took part.",
     "about 40,000 people took part", "The organizers"),
    ("Story.\n\nThe shipment left the U.S. It arrived in Lagos a week later, port officials said.",
     "It arrived in Lagos a week later", "port officials"),
    ("Story.\n\nThe meeting ended at 11 p.m. The mayor told reporters the talks would resume.",
     "the talks would resume", "The mayor"),
    ("Story.\n\nShe grew up in Raleigh, N.C. Her brother said she never planned to leave.",
     "she never planned to leave", "Her brother"),
])
def test_a_dotted_abbreviation_before_a_clause_opener_ends_the_sentence(text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


@pytest.mark.parametrize("text", [
    "Story.\n\nThe U.S. Senate passed the bill, the senator said.",
    "Story.\n\nThe U.S. Attorney said the case was closed.",
    "Story.\n\n\"We left the U.S. It was hard,\" she said.",
    "Story.\n\nDr. He Jiankui said the work was safe.",
])
def test_a_dotted_abbreviation_inside_a_name_or_a_quotation_ends_nothing(text: str) -> None:
    assert len(claims(text, "en")) == 1


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nOfficials said 40 people took part.", "40 people took part"),
    ("Story.\n\nThe organizers said 40,000 marchers came.", "40,000 marchers came"),
    ("Story.\n\nRescuers said 20 miners spoke to them.", "20 miners spoke to them"),
    ("Story.\n\nThe exchange said 300 stocks fell.", "300 stocks fell"),
    ("Story.\n\nThe ministry said 12 inmates ran away.", "12 inmates ran away"),
])
def test_a_counted_subject_with_an_irregular_past_after_said_is_the_content(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "en")] == [content]



@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThey ask whether the money will ever be repaid.", "whether the money will ever be repaid", "They"),
    ("Story.\n\nResidents ask why the road is still closed.", "why the road is still closed", "Residents"),
    ("Story.\n\nMany parents ask whether the schools are safe.", "whether the schools are safe", "Many parents"),
    ("Story.\n\nVoters ask if the mayor will run again.", "if the mayor will run again", "Voters"),
    ("Story.\n\nCritics ask how the city will pay for the stadium.", "how the city will pay for the stadium",
     "Critics"),
    ("Story.\n\nTeachers often ask what the new rules mean for them.", "what the new rules mean for them",
     "Teachers"),
])
def test_the_base_form_ask_before_a_question_word_reports_the_question(text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


@pytest.mark.parametrize(("text", "records"), [
    ("Story.\n\nDemocrats call the plan a giveaway to the rich.", [("the plan a giveaway to the rich", "Democrats")]),
    ("Story.\n\nCritics call it a betrayal of voters.", [("it a betrayal of voters", "Critics")]),
    ("Story.\n\nMany economists call the tariffs a tax on consumers.",
     [("the tariffs a tax on consumers", "Many economists")]),
    ("Story.\n\nResidents call the new tower an eyesore.", [("the new tower an eyesore", "Residents")]),
    ("Story.\n\nSupporters call him a reformer, but opponents call him a fraud.",
     [("him a reformer", "Supporters"), ("him a fraud", "opponents")]),
    ("Story.\n\nThe senator went so far as to call the plan a giveaway to donors.",
     [("the plan a giveaway to donors", "The senator")]),
    ("Story.\n\nCritics will call it a betrayal.", [("it a betrayal", "Critics")]),
    ("Story.\n\nFishermen call the plan a threat to the shellfish beds.",
     [("the plan a threat to the shellfish beds", "Fishermen")]),
    ("Story.\n\nThe women call the program a lifeline.", [("the program a lifeline", "The women")]),
    ("Story.\n\nMany people call the tax a scam.", [("the tax a scam", "Many people")]),
])
def test_a_present_naming_with_call_reports_the_object_and_its_name(
        text: str, records: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == records


@pytest.mark.parametrize("text", [
    "Story.\n\nParents ask for help with school fees.",
    "Story.\n\nThe tenants ask the court to halt the eviction.",
    "Story.\n\nThe union will call a strike if talks fail.",
    "Story.\n\nThey call the police a lot.",
    "Story.\n\nNeighbors call the hotline every day.",
    "Story.\n\nParents call their children a few times a day.",
    "Story.\n\nShe decided to call the office a second time.",
    "Story.\n\nHe had to call the company a week later.",
    "Story.\n\nI will call my mother a little later.",
])
def test_asking_for_something_and_calling_someone_report_nothing(text: str) -> None:
    assert claims(text, "en") == []


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nThe new ad features a Boston Globe report from last month that the senator skipped dozens of votes.",
     "Boston Globe"),
    ("Story.\n\nThe spot features an Associated Press report from over the weekend that the plant would close.",
     "Associated Press"),
    ("Story.\n\nThe film draws on a BBC report from 2019 that the factory used child labour.", "BBC"),
    ("Story.\n\nThe campaign aired a Reuters report from Monday that the deal had collapsed.", "Reuters"),
])
def test_a_time_phrase_between_a_named_report_and_its_that_keeps_the_outlet_as_source(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")] == [source]


@pytest.mark.parametrize(("text", "records"), [
    ("Story.\n\nThe company denied Greenpeace's claim that it dumped waste.",
     [("Greenpeace's claim that it dumped waste", "The company"), ("that it dumped waste", "Greenpeace")]),
    ("Story.\n\nThe minister rejected Moscow's earlier assertion that the strikes were defensive.",
     [("Moscow's earlier assertion that the strikes were defensive", "The minister"),
      ("that the strikes were defensive", "Moscow")]),
    ("Story.\n\nOfficials dismissed Amnesty's allegation that prisoners were tortured.",
     [("Amnesty's allegation that prisoners were tortured", "Officials"), ("that prisoners were tortured", "Amnesty")]),
    ("Story.\n\nThe coach mocked Dalton's prediction that the club would be relegated.",
     [("Dalton's prediction that the club would be relegated", "The coach"),
      ("that the club would be relegated", "Dalton")]),
])
def test_a_named_possessor_of_a_report_noun_after_a_verb_is_its_own_source(
        text: str, records: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == records


@pytest.mark.parametrize(("text", "records"), [
    ("Story.\n\nShe told Greenpeace's lawyers that the site was clean.", [("that the site was clean", "She")]),
    ("Story.\n\nThe mayor said in Tuesday's statement that the park would close.",
     [("that the park would close", "The mayor")]),
    ("Story.\n\nThe senator highlighted his warning that the bridge was unsafe.",
     [("his warning that the bridge was unsafe", "The senator")]),
])
def test_an_addressee_an_occasion_or_the_speakers_own_report_keeps_one_record(
        text: str, records: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == records


@pytest.mark.parametrize(("text", "canonical"), [
    ("Story.\n\nThe decision was welcomed by environmental groups, who said it would protect the river.",
     "environmental groups"),
    ("Story.\n\nThe plan was backed by farmers, who said it would save water.", "farmers"),
    ("Story.\n\nThe mayor met residents, who said the park was dirty.", "residents"),
    ("Story.\n\nMost visas go to wealthy Chinese investors, who say the program is fair.",
     "wealthy Chinese investors"),
    ("Story.\n\nThe footage was released by Hale's relatives, who said it proved he was unarmed.", "Hale's relatives"),
    ("Story.\n\nThe mayor met the local residents, who said the park was dirty.", "the local residents"),
])
def test_who_after_a_plural_without_an_article_refers_to_that_plural(text: str, canonical: str) -> None:
    assert [(c.source, c.canonical) for c in claims(text, "en")][-1] == ("who", canonical)


def test_who_after_a_possessed_noun_refers_to_it_not_to_the_last_speaker() -> None:
    text = ("Story.\n\nPolice said the woman had lied to her husband. According to officers, she had not told her "
            "brother, who still believed she was at work.")
    assert ("she was at work", "who", "her brother") in [(c.content, c.source, c.canonical)
                                                         for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe attack happened at 3 a.m. Police said two men were arrested.", "two men were arrested", "Police"),
    ("Story.\n\nThe fire started around 11 p.m. Neighbors said they heard an explosion.",
     "they heard an explosion", "Neighbors"),
    ("Story.\n\nThe polls open at 7 a.m. Tuesday in most states, officials said.",
     "The polls open at 7 a.m. Tuesday in most states", "officials"),
    ("Story.\n\nThe launch is set for 9 a.m. Eastern time, NASA said.", "The launch is set for 9 a.m. Eastern time",
     "NASA"),
])
def test_a_time_of_day_before_a_capitalised_subject_ends_the_sentence_but_not_before_a_day_or_zone(
        text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nHundreds of fans lined the streets, many saying they had waited for hours.", "many"),
    ("Story.\n\nSeveral witnesses came forward, some saying they saw a second car.", "some"),
    ("Story.\n\nDozens of nurses walked out, most saying they had not been paid in weeks.", "most"),
])
def test_a_share_of_the_people_just_named_before_a_participle_is_its_source(text: str, source: str) -> None:
    assert [(c.source, c.canonical) for c in claims(text, "en")] == [(source, source)]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nSen. Dick Durbin of Ill. said the bill was dead.", "Sen. Dick Durbin of Ill."),
    ("Story.\n\nRep. Ann Kuster of Mass. told reporters the vote was close.", "Rep. Ann Kuster of Mass."),
    ("Story.\n\nGov. Tina Kotek of Ore. said fires were spreading.", "Gov. Tina Kotek of Ore."),
    ("Story.\n\nThe firm, Halvorsen Bros., said it would appeal.", "Halvorsen Bros."),
])
def test_a_short_capitalised_abbreviation_before_a_lower_case_verb_stays_in_the_name(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")] == [source]


def test_a_word_that_ends_a_sentence_before_a_capitalised_subject_still_ends_it() -> None:
    text = "Story.\n\nThe patient fell ill. Doctors said she recovered."
    assert [(c.content, c.source) for c in claims(text, "en")] == [("she recovered", "Doctors")]
