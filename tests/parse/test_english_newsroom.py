"""English news shapes met in invented wire, court, sport and science copy: a second 'that' clause of the same
speaker, reports named in or by an outlet, speakers after a copula and a time, 'but' clauses, and coordinated
verbs inside one reported clause."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(c.source, c.kind, c.content) for c in claims("Story.\n\n" + text, "en")]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Vermeulen said the offer was unfair and that workers wanted more money.", "Vermeulen",
     "the offer was unfair and that workers wanted more money"),
    ('The coach said the pitch was "a disgrace" and that players feared injuries.', "The coach",
     'the pitch was "a disgrace" and that players feared injuries'),
    ("Prosecutors argued the files were forged and that the banker knew it.", "Prosecutors",
     "the files were forged and that the banker knew it"),
    ("The ministry said the dam was safe and that engineers expected no leaks.", "The ministry",
     "the dam was safe and that engineers expected no leaks"),
    ("A spokeswoman said the flights were delayed and that crews hoped to leave by noon.", "A spokeswoman",
     "the flights were delayed and that crews hoped to leave by noon"),
    ("Residents told reporters the water was brown and that officials promised tests.", "Residents",
     "the water was brown and that officials promised tests"),
])
def test_and_that_goes_on_with_the_same_speakers_reported_clause(text: str, source: str, content: str) -> None:
    found = _found(text)
    assert found[0][0] == source and found[0][2] == content


@pytest.mark.parametrize(("text", "content"), [
    ("Residents told reporters the water was brown and it smelled.", "the water was brown and it smelled"),
    ("The pilot told investigators the engine was failing and that he had tried to turn back.",
     "the engine was failing and that he had tried to turn back"),
    ("Nurses told the board the ward was full and that patients waited in corridors.",
     "the ward was full and that patients waited in corridors"),
    ("The striker told the BBC he was tired but that he would play on Sunday.",
     "he was tired but that he would play on Sunday"),
    ("Farmers warned ministers the harvest would fail and that prices would soar.",
     "the harvest would fail and that prices would soar"),
])
def test_a_that_after_and_does_not_open_a_told_clause_already_open(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize(("text", "source"), [
    ("Two people familiar with the talks, speaking on condition of anonymity because the negotiations were "
     "private, said the employers had offered a raise.", "Two people familiar with the talks"),
    ("A source close to the club, speaking on condition of anonymity because he was not authorised to speak, "
     "said the deal was done.", "A source close to the club"),
    ("A senior diplomat in Geneva, who spoke on condition of anonymity because the talks were confidential, "
     "said a draft was ready.", "A senior diplomat in Geneva"),
    ("An official at the ministry, speaking on condition of anonymity to discuss internal plans, said the tax "
     "would rise.", "An official at the ministry"),
    ("Three officers with the unit, speaking on condition of anonymity because they feared reprisals, said the "
     "raid was botched.", "Three officers with the unit"),
])
def test_an_anonymity_aside_with_its_reason_between_commas_leaves_the_whole_subject(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("It was the last time Ms Ode spoke to reporters, saying the fight was far from over.", "Ms Ode"),
    ("This is the first time the company has spoken publicly, saying it regrets the delay.", "the company"),
    ("It was the only time the coach faced the press, telling reporters he was sorry.", "the coach"),
    ("It was the second time the senator had visited the border, saying the wall was a waste.", "the senator"),
    ("This was the first time the regulator had acted, arguing that banks had ignored its warnings.",
     "the regulator"),
])
def test_a_participle_after_a_time_head_speaks_for_the_subject_after_time(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "content"), [
    ("They said he graded the papers quickly and talked about the weather.",
     "he graded the papers quickly and talked about the weather"),
    ("Witnesses said she grabbed the bag and shouted at the guard.", "she grabbed the bag and shouted at the guard"),
    ("Police said that he broke the window and threatened the owner.",
     "that he broke the window and threatened the owner"),
    ("Classmates said he skipped lessons and bragged about his car.", "he skipped lessons and bragged about his car"),
    ("Former employees said she ignored complaints and praised the managers.",
     "she ignored complaints and praised the managers"),
])
def test_a_plural_speakers_report_of_his_deeds_goes_on_after_and(text: str, content: str) -> None:
    assert [(f[0] != "", f[2]) for f in _found(text)] == [(True, content)]


@pytest.mark.parametrize(("text", "second"), [
    ("The mayor said he fled and criticized the police.", "the police"),
    ("They said he left early and warned that the plan would fail.", "that the plan would fail"),
    ("Jones said he lost his job and criticized the bank.", "the bank"),
])
def test_a_singular_speaker_or_a_clause_after_and_is_still_the_speakers_next_act(text: str, second: str) -> None:
    assert [f[2] for f in _found(text)][1:] == [second]


@pytest.mark.parametrize(("text", "content"), [
    ("Hale says she hopes to win, but she knows that the race will be close.",
     "she hopes to win, but she knows that the race will be close"),
    ("The coach says he wants a new striker, and he insists that the club can afford one.",
     "he wants a new striker, and he insists that the club can afford one"),
    ("Critics say they fear the worst, but they admit the plan has merit.",
     "they fear the worst, but they admit the plan has merit"),
    ("The author says she writes every morning, but she rarely finishes a page.",
     "she writes every morning, but she rarely finishes a page"),
    ("Okafor says he is ready to fight, and he believes the belt is his.",
     "he is ready to fight, and he believes the belt is his"),
])
def test_a_present_report_goes_on_past_but_with_the_same_pronoun_in_the_present(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize(("text", "content"), [
    ("Hale said she hoped to win, but she knows the race will be close.", "she hoped to win"),
    ("The coach says he wants a striker, but the club has no money.", "he wants a striker, but the club has no money"),
    ("The coach says he wants a striker, but she insists the club has no money.", "he wants a striker"),
])
def test_a_past_report_or_another_pronoun_after_but_keeps_its_own_end(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize(("text", "source"), [
    ("The governor denied a report in The Washington Post that she had met the lobbyist twice.",
     "The Washington Post"),
    ("Officials rejected a report by Reuters that the plant would close next year.", "Reuters"),
    ("The club denied an Associated Press report that its coach had resigned.", "Associated Press"),
    ("The minister confirmed a report from Amnesty International that prisoners had been beaten.",
     "Amnesty International"),
    ("The club denied reports in the Guardian last week that its coach had resigned.", "Guardian"),
    ("The league denied a report on CNN on Monday that the final would move.", "CNN"),
])
def test_a_report_named_by_or_in_an_outlet_is_the_outlets_nested_record(text: str, source: str) -> None:
    found = _found(text)
    assert (source, "indirect") == found[-1][:2] and found[-1][2].startswith("that ")


@pytest.mark.parametrize("text", [
    "The club denied a report by Reuters that was published on Monday.",
    "The club denied a report that its coach had resigned.",
    "A report by Human Rights Watch that documented abuses was cited in court.",
])
def test_a_report_with_no_name_or_a_relative_that_is_no_nested_record(text: str) -> None:
    assert not any(f[0] in ("Reuters", "Human Rights Watch") for f in _found(text))


@pytest.mark.parametrize(("text", "content"), [
    ('The councillor dismissed the mayor as "greedy" and walked out.', 'the mayor as "greedy"'),
    ('The coach dismissed the report as "rubbish."', 'the report as "rubbish."'),
    ('Opponents dismissed the bill as "cosmetic" on Tuesday.', 'the bill as "cosmetic"'),
    ('The senator dismissed the probe as "a witch hunt" and went home.', 'the probe as "a witch hunt"'),
    ('The union dismissed the offer as "insulting" but agreed to keep talking.', 'the offer as "insulting"'),
])
def test_a_one_word_quotation_after_an_object_and_as_is_what_it_was_called(text: str, content: str) -> None:
    assert (_found(text)[0][1], _found(text)[0][2]) == ("mixed", content)


@pytest.mark.parametrize(("text", "content"), [
    ('Crime rose sharply, according to the police, which reported "312 break-ins" last month.', '"312 break-ins"'),
    ('The agency, which reported "record demand" in June, raised its forecast.', '"record demand"'),
    ('Shares fell after the bank, which warned of "tough months ahead," cut its outlook.', None),
    ('The charity, which described "appalling conditions" at the camp, asked for help.', '"appalling conditions"'),
    ('He cited the regulator, which noted "serious failings" in the audit.', '"serious failings"'),
])
def test_a_relative_verb_with_a_quotation_after_it_reports_for_its_noun(text: str, content: str | None) -> None:
    contents = [f[2] for f in _found(text)]
    assert content is None or content in contents


@pytest.mark.parametrize(("text", "source"), [
    ("A strong earthquake struck off the coast on Sunday, the United States Geological Survey (USGS) reported.",
     "the United States Geological Survey (USGS)"),
    ("The storm weakened overnight, the National Oceanic and Atmospheric Administration reported.",
     "the National Oceanic and Atmospheric Administration"),
    ("Unemployment fell to 4 percent, the Bureau of Labor Statistics (BLS) reported on Friday.",
     "the Bureau of Labor Statistics (BLS)"),
    ("Wheat prices jumped 9 percent, the Food and Agriculture Organization (FAO) reported.",
     "the Food and Agriculture Organization (FAO)"),
    ("Rents rose for a tenth month, the Office for National Statistics (ONS) reported.",
     "the Office for National Statistics (ONS)"),
])
def test_a_long_capitalised_name_with_its_acronym_reports_the_clause_before(text: str, source: str) -> None:
    assert [f[0] for f in _found(text)] == [source]


@pytest.mark.parametrize(("text", "canonical"), [
    ("The breach was discovered last month, according to a spokeswoman for the election office. She said no "
     "machines were affected.", "a spokeswoman for the election office"),
    ("The breach was discovered last month, according to Anna Berg, a spokeswoman. She said no machines were "
     "affected.", "Anna Berg"),
    ("The fire started in the kitchen, according to Captain Leo Marsh. He said the family escaped unhurt.",
     "Leo Marsh"),
    ("The talks collapsed at midnight, according to a senior diplomat. He said both sides walked out.",
     "a senior diplomat"),
])
def test_a_person_cited_by_according_to_is_the_next_pronoun(text: str, canonical: str) -> None:
    assert claims("Story.\n\n" + text, "en")[-1].canonical == canonical


@pytest.mark.parametrize("text", [
    "The mayor spoke first. The plant will close, according to Reuters. He said jobs would be lost.",
    "Omar Said spoke first. Prices will rise, according to officials. He said the budget was tight.",
])
def test_an_outlet_or_unnamed_people_cited_by_according_to_are_no_next_pronoun(text: str) -> None:
    assert claims("Story.\n\n" + text, "en")[-1].canonical not in ("Reuters", "officials")


@pytest.mark.parametrize("text", [
    "The deal could be announced next week, one of the people said, asking not to be named.",
    "The deal could be announced next week, a source said, asking not to be identified because the talks were "
    "private.",
    "A source, asking not to be named, said the deal was done.",
    "The bank will cut 500 jobs, an insider said, asking to remain anonymous.",
    "Two aides said the trip was off, requesting anonymity to discuss the schedule.",
])
def test_asking_not_to_be_named_is_no_report_of_its_own(text: str) -> None:
    assert len(_found(text)) == 1


@pytest.mark.parametrize(("text", "source"), [
    ("Country singer Maya Rivers sued her label on Monday, saying it had withheld royalties.",
     "Country singer Maya Rivers"),
    ("Pop singer Maya Rivers has sued her label, accusing it of withholding royalties.", "Pop singer Maya Rivers"),
    ("Tech billionaire Ann Cole bought the paper on Monday, saying it needed investment.",
     "Tech billionaire Ann Cole"),
    ("Hollywood actor Ben Ward quit the film last week, citing creative differences.", "Hollywood actor Ben Ward"),
    ("Police arrest John Smith after a chase, saying he had fled.", "Police"),
])
def test_a_role_word_between_a_capitalised_word_and_a_name_is_part_of_the_subject(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "found"), [
    ("Dunn said he had called Lopez to congratulate her.", 1),
    ("Dunn called Lopez to concede on Tuesday night.", 0),
    ("The mayor called him to apologise.", 0),
    ("The president calls Mr Putin to discuss the grain deal.", 0),
    ('Dunn called Lopez "a fraud" on Tuesday.', 1),
    ("Dunn called the move to cut jobs reckless.", 1),
])
def test_called_with_a_name_and_an_infinitive_is_a_telephone_call(text: str, found: int) -> None:
    assert len(_found(text)) == found


@pytest.mark.parametrize(("text", "canonical"), [
    ('"He panicked," his lawyer, Nina Shah, said.\n\nRosa King told local radio her brother was careful. "He always '
     'wore a helmet," she said.', "Rosa King"),
    ('"We will appeal," Mary Lane said.\n\nAnn Bishop said the club had lied. "It is a scandal," she said.',
     "Ann Bishop"),
    ('"The vote was fair," Tom Reed said.\n\nJoe Prince told reporters the count was wrong. "We will sue," he '
     'said.', "Joe Prince"),
])
def test_a_title_word_as_a_surname_gives_no_gender(text: str, canonical: str) -> None:
    assert claims("Story.\n\n" + text, "en")[-1].canonical == canonical


@pytest.mark.parametrize("text", [
    "The company said it had received 14 reports of rails coming loose.",
    "Regulators logged 1,200 complaints about the app last year.",
    "The hotline took 300 calls on Monday alone.",
])
def test_a_figure_before_an_s_form_makes_it_a_plural_noun(text: str) -> None:
    assert len(_found(text)) <= 1 and all(f[0] not in ("14", "1,200", "300") for f in _found(text))


@pytest.mark.parametrize(("text", "found"), [
    ("The union rejected it without a counter-offer.", []),
    ("The minister denied it on Monday.", []),
    ("The club dismissed them outright.", []),
    ("The ministry denied them after the audit.", []),
    ("The coach rejected it during the break.", []),
    ("The mayor called them liars.", ["them liars"]),
    ('The mayor called it "a disgrace".', ['it "a disgrace"']),
    ("The firm accused them of lying.", ["them of lying"]),
    ("The mayor urged them to leave.", ["them to leave"]),
])
def test_a_pronoun_object_with_an_adjunct_is_nothing_said(text: str, found: list[str]) -> None:
    assert [f[2] for f in _found(text)] == found


@pytest.mark.parametrize(("text", "canonical"), [
    ("Tom Hardy says the river is his office.\n\nHis daughter, Emma, says he has not taken a holiday since 1998. "
     '"He doesn\'t know how to stop," she says.', "Emma"),
    ('John Reed said the ward was full.\n\nThe victim\'s mother, Sam Lee, said he had been ill. "He was a good boy," '
     "she said.", "Sam Lee"),
    ("Ann Ross said the shop was closed.\n\nHer husband, Kim Ross, said she had been unwell. \"She needs rest,\" "
     "he said.", "Kim Ross"),
    ("Mary Cole said the bus was late.\n\nThe driver's son, Alex Ray, told police she had braked hard. \"I saw it "
     'all," he said.', "Alex Ray"),
])
def test_a_description_before_the_name_gives_the_speakers_gender(text: str, canonical: str) -> None:
    assert claims("Story.\n\n" + text, "en")[-1].canonical == canonical


@pytest.mark.parametrize(("text", "canonical"), [
    ('"I see no recession," Janet Moore said.\n\nSenator Bob Kerr, appearing on NBC\'s "Meet the Press," '
     "disagreed. He said families were struggling.", "Bob Kerr"),
    ('"Rates will hold," Ann Lee said.\n\nGovernor Tom Nash, speaking on "Face the Nation," was blunter. He said '
     "the bank had lost its way.", "Tom Nash"),
    ('"We won," Mary Holt said.\n\nCouncillor Dan Price, author of "The Broken City," objected. He said the count '
     "was flawed.", "Dan Price"),
])
def test_a_quoted_title_does_not_stop_the_search_for_the_pronouns_subject(text: str, canonical: str) -> None:
    assert claims("Story.\n\n" + text, "en")[-1].canonical == canonical


def test_a_scare_quoted_word_still_stops_the_search_for_the_pronouns_subject() -> None:
    text = ('Story.\n\nAnn Cole had "met" Rita Diaz online and offered to help. They went to the flat, where she said '
            "she had more gifts.")
    assert claims(text, "en")[-1].canonical != "Ann Cole"


@pytest.mark.parametrize("text", [
    "Story.\n\nTrump spoke first. Half his advice is wrong, according to the top British medical journal. He said "
    "he felt fine.",
    "Story.\n\nDr. Ann Ross said she had seen the scan. According to her account, after the exam, she insisted "
    "that the patient rest.",
])
def test_a_journal_or_an_account_cited_by_according_to_is_no_next_pronoun(text: str) -> None:
    assert claims(text, "en")[-1].canonical not in ("the top British medical journal", "her account")


@pytest.mark.parametrize(("text", "content"), [
    ('Governor Lisa Park called Santos "a giant of the law" and ordered flags to be flown at half-staff.',
     'Santos "a giant of the law"'),
    ('The mayor called the plan "reckless" but voted for it.', 'the plan "reckless"'),
    ('The senator called the deal "a betrayal of workers" and walked out of the chamber.',
     'the deal "a betrayal of workers"'),
    ('The company said it "stands behind every car it builds" and would contest the case.',
     'it "stands behind every car it builds" and would contest the case'),
    ('Fans called the referee "a disgrace" and demanded a replay.', 'the referee "a disgrace"'),
])
def test_what_an_object_was_called_ends_with_the_quotation_before_the_next_verb(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize("text", [
    "The owner did not immediately return calls seeking comment.",
    "The firm will review claims from former staff next month.",
    "The agency did not answer calls on Friday.",
    "Rescuers could not reach homes in the valley after mudslides.",
    "The club will investigate reports of racist chants.",
])
def test_an_s_form_after_a_base_verb_under_a_modal_is_its_object(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("The mayor pleaded not guilty Tuesday to charges that he took kickbacks.", ""),
    ("The bank said Friday that profits rose.", "The bank"),
])
def test_a_day_is_never_the_source(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "content"), [
    ('Novak told reporters her shoulder was "fine."', 'her shoulder was "fine."'),
    ("The coach told reporters his players were tired.", "his players were tired"),
    ("The coach told Reuters her players were tired.", "her players were tired"),
    ("The chairman told shareholders their dividend was safe.", "their dividend was safe"),
    ("The coach told her the team was ready.", "the team was ready"),
])
def test_a_possessive_after_the_addressee_opens_the_told_clause(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize("text", [
    "Four miners remain missing, the agency said, citing local officials.",
    "Ten villages were cut off, the agency reported, citing rescue workers.",
    "The talks will resume on Monday, the agency said, citing two diplomats.",
])
def test_the_agency_citing_a_source_relays_it_in_one_record(text: str) -> None:
    found = _found(text)
    assert len(found) == 1 and found[0][0] not in ("the agency", "")


@pytest.mark.parametrize(("text", "source", "content"), [
    ('Jane Okoro marched on Saturday. In her words, the government had "stopped listening."', "her",
     'the government had "stopped listening."'),
    ("In the minister's words, the deal was dead.", "the minister", "the deal was dead"),
    ("In his words, the club had been robbed.", "his", "the club had been robbed"),
])
def test_in_someones_words_is_an_according_phrase(text: str, source: str, content: str) -> None:
    assert [(f[0], f[2]) for f in _found(text)] == [(source, content)]


def test_in_other_words_is_no_according_phrase() -> None:
    assert _found("In other words, the plan failed.") == []


def test_a_woman_found_by_she_is_not_the_next_he() -> None:
    text = ("Story.\n\nJane Okoro, 34, a teacher from Leeds, had never been to a protest before Saturday.\n\n"
            '"I just felt I had to do something," she said.\n\nHer husband, a nurse, agreed. "We can\'t go on like '
            'this," he said.')
    assert claims(text, "en")[-1].canonical != "Jane Okoro"


@pytest.mark.parametrize("text", [
    "Wikinews was unable to independently confirm the figure.",
    "The firm failed to explain the delay.",
    "Reporters were unable to verify the claims.",
])
def test_a_failed_report_reports_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("The ferry sank near the port, reported the Jakarta Post.", "the Jakarta Post"),
    ("The ferry sank near the port, reported Reuters.", "Reuters"),
    ("The ferry sank near the port, reported the BBC.", "the BBC"),
    ("The ferry had no licence, reported the Jakarta Globe.", "the Jakarta Globe"),
])
def test_an_inverted_report_closing_the_sentence_names_its_outlet(text: str, source: str) -> None:
    assert [f[0] for f in _found(text)] == [source]


def test_an_inverted_report_never_takes_the_clause_subject_for_its_source() -> None:
    assert all(f[0] != "Turnout" for f in _found("Turnout was high, reported the Sydney Morning Herald."))


@pytest.mark.parametrize(("text", "source"), [
    ('Speaking to supporters in Melbourne, Shaw thanked voters and promised to "get on with the job."', "Shaw"),
    ("Speaking on Monday, the minister denied the claims and said the report was false.", "the minister"),
    ("Addressing the crowd, Mayor Ruiz praised the police and warned that more protests were planned.",
     "Mayor Ruiz"),
])
def test_a_second_verb_after_an_opening_participle_phrase_goes_on_with_the_main_subject(text: str,
                                                                                       source: str) -> None:
    assert _found(text)[-1][0] == source


def test_a_wikinews_label_over_a_headline_names_no_speaker() -> None:
    text = "Wikinews: Australian state election won by Labor\n\nThe Labor Party won the election, the ABC said."
    assert [c.source for c in claims(text, "en")] == ["the ABC"]
