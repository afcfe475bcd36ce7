"""English: sources and cues the parser used to get wrong in a known way — a connective set off by commas right
after the cue, a quantity phrase or a name and a plural phrase as one subject, a place name before the speaker's
name, 'admit' letting something in, a place noun speaking for its government. Texts are written for these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor said, however, the budget was tight.", "the budget was tight"),
    ("The coach said, though, his squad had two injured strikers.", "his squad had two injured strikers"),
    ("Officials said, in fact, Route 9 would stay closed until June.", "Route 9 would stay closed until June"),
    ("The senator said, of course, she would vote for the bill.", "she would vote for the bill"),
    ("The ferry operator warned, meanwhile, the crossings would be cut in winter.",
     "the crossings would be cut in winter"),
    ("Ms Adeyemi insisted, however, they had never seen the contract.", "they had never seen the contract"),
])
def test_a_connective_set_off_by_commas_after_the_cue_opens_no_part_of_the_content(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize("text", [
    "The judge admitted the recording as evidence.",
    "The club admitted her as its first female member in 1982.",
    "The hospital admitted them into the trauma ward overnight.",
    "The court admits such letters as proof of a debt.",
    "The academy admitted the two brothers as cadets last spring.",
])
def test_admitting_something_as_or_into_something_is_no_report(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("The minister admitted the plan had failed.", "the plan had failed"),
    ("He admitted that the figures were wrong as the vote closed.", "that the figures were wrong as the vote closed"),
    ("The coach admitted his players were tired as the season ended.", "his players were tired as the season ended"),
    ("She admitted to taking the money.", "to taking the money"),
])
def test_admitting_a_clause_or_to_something_still_reports(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize("text", [
    "The city said the road would reopen in May.",
    "The county said it would appeal the ruling.",
    "The state announced that the funds were frozen.",
    "The town told residents the water was safe to drink.",
    "The province said hospitals would get more money.",
    "The City of Ashford said the bridge was safe.",
])
def test_a_definite_place_noun_speaking_is_a_government(text: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.source_type == "government"


@pytest.mark.parametrize(("text", "source"), [
    ("Speaking in City Hall Vinter said the budget was fine.", "Vinter"),
    ("Speaking at Grace Church Tom Hale said the roof would be fixed.", "Tom Hale"),
    ("Speaking at the Lincoln Center Mark Ruiz said the season would open in May.", "Mark Ruiz"),
    ("Speaking in Union Square Okafor told the crowd the strike would go on.", "Okafor"),
    ("Speaking to reporters in New York Maria Lopez said the talks had stalled.", "Maria Lopez"),
    ("Speaking at the White House Lee said the deal was done.", "Lee"),
])
def test_after_an_opening_participle_without_a_comma_a_place_name_is_not_part_of_the_speaker(
        text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("More than 300 residents filed complaints, saying the water smelled of rust.", "More than 300 residents"),
    ("Nearly half of the staff signed the letter, saying the office was too cold.", "Nearly half of the staff"),
    ("At least two officials left the meeting, saying the vote was rigged.", "At least two officials"),
    ("About 40 nurses walked out, saying the ward was unsafe.", "About 40 nurses"),
    ("Fewer than ten farmers attended, saying the meeting was pointless.", "Fewer than ten farmers"),
    ("Some 200 teachers marched on the capitol, demanding higher pay.", "Some 200 teachers"),
])
def test_a_count_opened_by_an_approximator_is_one_subject_for_a_trailing_participle(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("Lane and two other council members called for a recount.", "Lane and two other council members"),
    ("Mayor Ruiz and several aides said the plan was dead.", "Mayor Ruiz and several aides"),
    ("Okafor and her lawyers told the court the deal was void.", "Okafor and her lawyers"),
    ("Dr. Amy Chen and 12 colleagues wrote that the vaccine was safe.", "Dr. Amy Chen and 12 colleagues"),
    ("Brennan and three other senators argued that the bill was rushed.", "Brennan and three other senators"),
])
def test_a_name_and_a_counted_plural_before_the_cue_are_one_named_source(text: str, source: str) -> None:
    first = parse(text, "en").attributions[0]
    assert (first.source.text if first.source else "", first.anonymous) == (source, False)


@pytest.mark.parametrize("text", [
    "Clinton met Trump and several aides said the talks went well.",
    "The storm hit Lane and two other towns, officials said.",
])
def test_a_name_inside_the_clause_before_and_is_not_joined_to_the_speakers(text: str) -> None:
    assert "and" not in _found(text)[0][0]


@pytest.mark.parametrize("text", [
    "The landlord must give notice in writing before the lease ends.",
    "All complaints must be made in writing to the clerk.",
    "Tenants may appeal in writing within 30 days.",
    "The offer was put in writing last week.",
])
def test_in_writing_with_no_clause_after_it_is_no_cue(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The firm confirmed in writing that the deal was off.", "confirmed", "that the deal was off"),
    ("The council replied in writing that the permit was valid.", "replied", "that the permit was valid"),
    ("Ortega made her case in writing that the county owed her back pay.", "writing",
     "that the county owed her back pay"),
    ("The widow renewed her plea in writing that the insurer had lied.", "writing", "that the insurer had lied"),
])
def test_in_writing_is_the_manner_of_a_cue_before_it_or_the_cue_of_a_written_claim(
        text: str, cue: str, content: str) -> None:
    assert _found(text)[0][1:] == (cue, content)


@pytest.mark.parametrize("text", [
    "Marsh had sold the car and had not told his wife, who was abroad.",
    "The firm closed the plant and told its workers, who were stunned.",
    "The bank froze the account and told them.",
])
def test_a_verb_of_telling_with_only_whom_it_tells_after_it_tells_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("He told her that the deal was off.", "that the deal was off"),
    ("Officials told reporters the road was shut.", "the road was shut"),
    ('"We will win," he told his supporters.', '"We will win,"'),
])
def test_a_verb_of_telling_with_what_it_tells_still_reports(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize(("text", "content"), [
    ("Investigators identified the driver as a 19-year-old student.", "the driver as a 19-year-old student"),
    ("The study identifies the rise in rents as the main cause of homelessness.",
     "the rise in rents as the main cause of homelessness"),
    ("The Harbor Gazette, citing witnesses, identified the swimmer as 42-year-old Ana Ruiz of Dover.",
     "the swimmer as 42-year-old Ana Ruiz of Dover"),
])
def test_identifying_something_as_something_reports_the_naming(text: str, content: str) -> None:
    assert _found(text)[0][1:] == ("identified" if "identified" in text else "identifies", content)


@pytest.mark.parametrize("text", [
    "Police have not identified the victim.",
    "The firm identified a buyer for the plant.",
    "The victim was identified as Joe Hill, 34.",
])
def test_identifying_without_as_or_in_the_passive_reports_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "second"), [
    ("The ferry ran aground near Erie, Pa. It was carrying 40 cars, the coast guard said.",
     "It was carrying 40 cars"),
    ("She grew up in Eugene, Ore. She said the town had changed little.", "the town had changed little"),
    ("The plant is in Dayton, Ohio, and Gary, Ind. They said it would close in May.", "it would close in May"),
])
def test_a_pronoun_and_its_verb_after_an_abbreviations_full_stop_open_a_new_sentence(text: str, second: str) -> None:
    assert [f[2] for f in _found(text)][-1] == second


def test_an_abbreviated_title_before_a_name_spelled_like_a_pronoun_goes_on() -> None:
    assert _found("Dr. He Jiankui said the trial was safe.")[0][0] == "Dr. He Jiankui"


@pytest.mark.parametrize(("text", "source"), [
    ("The mayor dismissed new Republican claims that the budget was broken.", "Republican"),
    ("The council dismissed fresh Green Party claims that the park would be sold.", "Green Party"),
    ("The board dismissed renewed Labour claims that the ward would close.", "Labour"),
])
def test_a_capitalised_owner_of_a_claim_after_a_verb_of_stance_is_the_source_alone(text: str, source: str) -> None:
    assert _found(text)[-1][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ('The pitcher hit Lopez in the first inning. "It was an accident," Marsh said.\n\nWhat did Lopez say after the '
     'game?\n\n"He threw at me twice. I know what I saw, and the umpire saw it too."', "Lopez"),
    ('Ruiz spoke first. "We want a recount," she said.\n\nWhat does the mayor think?\n\n"The count was fair and the '
     'result will stand, whatever they claim."', "the mayor"),
    ('The plant closed in May.\n\nWhat did Ms Okafor say about it?\n\n"We were never told, and nobody has apologised '
     'to the workers since."', "Ms Okafor"),
])
def test_a_quotation_answering_a_question_about_what_someone_said_is_theirs(text: str, source: str) -> None:
    assert _found(text)[-1][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ('Moss added that Ortega stood up after a minute, shouted "I am fine!", and walked off the pitch.', "Ortega"),
    ('Moss said Ortega stood up, shouted "I am fine!" and walked off.', "Ortega"),
    ('The guard said that the driver climbed out, yelled "Get back!" and ran toward the bank.', "the driver"),
])
def test_a_cue_among_the_verbs_of_a_reported_clause_has_that_clauses_subject(text: str, source: str) -> None:
    assert _found(text)[-1][0] == source


@pytest.mark.parametrize(("text", "nested"), [
    ('"The government thinks that by ignoring us they can win," Ms Oduya said.',
     ("The government", "thinks", "that by ignoring us they can win")),
    ('"The ministry claims that the roads are safe," the driver said.',
     ("The ministry", "claims", "that the roads are safe")),
    ('"The council says that the park will stay open," Hale told reporters.',
     ("The council", "says", "that the park will stay open")),
])
def test_a_body_reporting_with_that_inside_a_quotation_is_a_nested_report(
        text: str, nested: tuple[str, str, str]) -> None:
    assert nested in _found(text)


def test_the_speakers_own_belief_inside_a_quotation_is_no_nested_report() -> None:
    assert len(_found('"I think that the plan is fine," Lee said.')) == 1


@pytest.mark.parametrize(("text", "content"), [
    ("The memo urges the board to approve the sale, apparently regardless of the cost to workers.",
     "the board to approve the sale"),
    ("The letter asks the mayor to resign, apparently without any legal basis.", "the mayor to resign"),
    ("The email tells staff to shred the files, seemingly without the manager's knowledge.",
     "staff to shred the files"),
    ("She said the plan, apparently, had failed.", "the plan, apparently, had failed"),
])
def test_the_writers_apparently_after_a_comma_ends_the_content(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize(("text", "source", "content"), [
    ("However in early April she gave way to her aides, agreeing with Tom Reyes, another of her aides, that to "
     "delay would look weak.", "she", "that to delay would look weak"),
    ("Then in late May they closed the plant, saying demand had collapsed.", "they", "demand had collapsed"),
    ("The minister backed the plan, agreeing with her aides that a delay would look weak.", "The minister",
     "that a delay would look weak"),
])
def test_a_trailing_participle_after_a_dated_pronoun_subject_speaks_for_it(
        text: str, source: str, content: str) -> None:
    assert (_found(text)[-1][0], _found(text)[-1][2]) == (source, content)
