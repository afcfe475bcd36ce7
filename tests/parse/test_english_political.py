"""English political news not seen before: documents and polls as sources, titles before names, beliefs and
stances, and speakers carried over across sentences."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nAccording to court documents filed Monday, the state ignored repeated warnings.",
     "court documents filed Monday", "the state ignored repeated warnings"),
    ("Story.\n\nAccording to police reports, the driver was not wearing a seat belt.",
     "police reports", "the driver was not wearing a seat belt"),
    ("Story.\n\nThe company lost $2 million last year, according to campaign finance reports.",
     "campaign finance reports", "The company lost $2 million last year"),
    ("Story.\n\nAccording to federal court filings, the firm owed creditors $40 million.",
     "federal court filings", "the firm owed creditors $40 million"),
    ("Story.\n\nAccording to state election records, turnout doubled in the county.",
     "state election records", "turnout doubled in the county"),
])
def test_plural_after_according_to_is_the_phrases_noun_not_a_verb(text: str, source: str, content: str) -> None:
    assert [(c.source, c.content, c.kind) for c in claims(text, "en")] == [(source, content, "indirect")]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nState Attorney General Roy Cooper said he would not appeal the decision.",
     "State Attorney General Roy Cooper"),
    ("Story.\n\nState Sen. Maria Lopez said the bill would pass next week.", "State Sen. Maria Lopez"),
    ("Story.\n\nState Department officials said the embassy would reopen on Monday.", "State Department officials"),
    ("Story.\n\nFormer Governor Jim Hale said the deal was a mistake.", "Former Governor Jim Hale"),
])
def test_a_title_modifier_opening_a_name_is_no_cue(text: str, source: str) -> None:
    [c] = claims(text, "en")
    assert c.source == source and c.content[:1].islower()


@pytest.mark.parametrize(("text", "source", "content"), [
    ('Story.\n\nU.S. District Judge Amy Rowe wrote in her opinion that the law targeted poor voters '
     '"with surgical precision."', "U.S. District Judge Amy Rowe",
     'that the law targeted poor voters "with surgical precision."'),
    ("Story.\n\nThe justice wrote in his dissent that the court had overstepped its role.", "The justice",
     "that the court had overstepped its role"),
    ("Story.\n\nThe senator said in his opinion piece that the tariffs would hurt farmers.", "The senator",
     "that the tariffs would hurt farmers"),
    ("Story.\n\nThe governor wrote in her memoir that she nearly quit politics in 2009.", "The governor",
     "that she nearly quit politics in 2009"),
    ("Story.\n\nThe mayor argued in his letter that the budget left the city exposed.", "The mayor",
     "that the budget left the city exposed"),
])
def test_in_a_possessed_document_after_a_verb_the_verb_reports(text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "en")] == [(source, content)]


def test_a_possessed_claim_still_reports_on_its_own() -> None:
    text = "Story.\n\nReporters seized on Trump's claim that crime had doubled."
    assert ("that crime had doubled", "Trump") in [(c.content, c.source) for c in claims(text, "en")]
    assert all(a.content.text for a in parse(text, "en").attributions)


@pytest.mark.parametrize(("text", "he_or_she", "canonical"), [
    ("Story.\n\nMayor Robert Finley and Council President Janet Oduya clashed on Monday.\n\n"
     "The mayor argued that response times had doubled.\n\nThe council president countered that crime had fallen."
     "\n\nHe said he would veto the budget.", "He", "Robert Finley"),
    ("Story.\n\nCoach David Amos and Athletic Director Karen Bell met the press.\n\n"
     "The coach said the team was ready.\n\nThe athletic director said the new stadium was on schedule.\n\n"
     "He added that two players were injured.", "He", "David Amos"),
    ("Story.\n\nJudge Susan Hart and prosecutor Michael Dean sparred in court.\n\n"
     "Dean said the evidence was overwhelming.\n\nThe judge said the jury would decide.\n\n"
     "He said he would appeal any acquittal.", "He", "Michael Dean"),
    ("Story.\n\nSenator Paul Wade and Governor Anne Cole spoke after the vote.\n\n"
     "The governor said the bill would help farmers.\n\nWade said it would raise prices.\n\n"
     "She said the critics were wrong.", "She", "Anne Cole"),
])
def test_a_pronoun_skips_a_speaker_whose_first_name_is_of_the_other_gender(
        text: str, he_or_she: str, canonical: str) -> None:
    last = claims(text, "en")[-1]
    assert last.source == he_or_she and canonical in last.canonical


@pytest.mark.parametrize(("text", "title", "canonical"), [
    ("Story.\n\nRep. Jason Hale, the chairman of the oversight committee, pressed the director on the case.\n\n"
     '"It seems there is a double standard," the chairman said.', "the chairman", "Jason Hale"),
    ("Story.\n\nSenator Mark Dunn opposed the bill on Tuesday.\n\nThe senator said it would raise taxes.",
     "The senator", "Mark Dunn"),
    ("Story.\n\nThe proposal came from Ruth Abel, the treasurer of the county, last spring.\n\n"
     "The treasurer said on Monday that the reserves were nearly gone.", "The treasurer", "Ruth Abel"),
    ("Story.\n\nGovernor Ellen Marsh signed the order late on Friday.\n\n"
     '"We had no choice," the governor said.', "the governor", "Ellen Marsh"),
    ("Story.\n\nThe motion was filed by Tom Reyes, the district attorney, in May.\n\n"
     "The district attorney said the case would go to trial.", "The district attorney", "Tom Reyes"),
])
def test_a_bare_title_no_speaker_holds_refers_to_the_name_written_with_it(
        text: str, title: str, canonical: str) -> None:
    [c] = claims(text, "en")
    assert c.source == title and canonical in c.canonical


def test_a_bare_title_with_no_name_written_with_it_stays_as_written() -> None:
    text = "Story.\n\nThe council met on Monday.\n\nThe chairman said the vote would wait."
    assert claims(text, "en")[0].canonical == "The chairman"


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe poll also found that a majority of Republicans and Democrats say their leaders have failed them.",
     "that a majority of Republicans and Democrats say their leaders have failed them"),
    ("Story.\n\nThe poll found that most voters and independents believe the party has lost its way.",
     "that most voters and independents believe the party has lost its way"),
    ("Story.\n\nThe survey found that 60 percent of men and women think the economy is weak.",
     "that 60 percent of men and women think the economy is weak"),
    ("Story.\n\nThe study found that many nurses and doctors say they are exhausted.",
     "that many nurses and doctors say they are exhausted"),
    ("Story.\n\nThe report found that half of Democrats and a third of Republicans trust the media.",
     "that half of Democrats and a third of Republicans trust the media"),
])
def test_and_inside_the_subject_of_a_reported_clause_starts_no_second_report(text: str, content: str) -> None:
    assert claims(text, "en")[0].content == content


def test_and_after_a_reported_clause_with_its_own_verb_still_starts_a_second_report() -> None:
    text = "Story.\n\nThe study found that prices fell and economists say the worst is over."
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("that prices fell", "The study"), ("the worst is over", "economists")]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nA spokesman for the committee, Andrea Bozek, declined to comment on the memo but said the party "
     "remained confident.", "Andrea Bozek"),
    ("Story.\n\nA lawyer for the family, Tom Reed, declined to comment but said a suit was likely.", "Tom Reed"),
    ("Story.\n\nAn aide to the governor, Sara Lin, left the room and said the talks had stalled.", "Sara Lin"),
    ("Story.\n\nA spokeswoman for the airline, Kim Ortiz, did not give details but said flights would resume.",
     "Kim Ortiz"),
    ("Story.\n\nA friend of the victim, Joe Park, wept and said she had been a kind neighbor.", "Joe Park"),
])
def test_a_description_with_its_phrase_then_a_name_between_commas_speaks_by_the_name(text: str, source: str) -> None:
    [c] = claims(text, "en")
    assert c.source == source and not c.canonical.startswith(("A ", "An "))


def test_a_subject_with_its_own_verb_before_and_said_stays_the_subject() -> None:
    text = "Story.\n\nThe mayor toured the plant, the city's largest, and said it would reopen."
    assert claims(text, "en")[0].source == "The mayor"


@pytest.mark.parametrize("text", [
    "Story.\n\nThe memo confirmed what her party had been saying for months.",
    "Story.\n\nThe audit backs up what the mayor said on Monday.",
    "Story.\n\nThe figures contradict what the governor claimed during the campaign.",
    "Story.\n\nNobody knows exactly what the senator told donors.",
    "Story.\n\nThe video shows what witnesses described in court.",
])
def test_a_cue_after_what_and_its_subject_with_only_a_phrase_after_it_reports_nothing(text: str) -> None:
    assert all(c.content not in ("for months", "on Monday", "during the campaign", "donors", "in court")
               for c in claims(text, "en"))


def test_a_cue_after_what_with_a_quotation_still_reports() -> None:
    text = 'Story.\n\nShe repeated what she told reporters: "We will win."'
    assert '"We will win."' in [c.content for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nA confidential memo circulated among Republican donors warns that the party could lose the Senate.",
     "A confidential memo circulated among Republican donors"),
    ("Story.\n\nA letter sent to residents says that the water is safe to drink.", "A letter sent to residents"),
    ("Story.\n\nA survey of 500 doctors found that most were overworked.", "A survey of 500 doctors"),
    ("Story.\n\nAn email to employees said that the plant would close in May.", "An email to employees"),
])
def test_a_document_sent_to_or_about_unnamed_people_is_not_anonymous(text: str, source: str) -> None:
    [a] = [a for a in parse(text, "en").attributions if a.source_text == source]
    assert not a.anonymous


def test_unnamed_people_named_before_a_document_stay_anonymous() -> None:
    text = "Story.\n\nSeveral officials said in a statement that the road would reopen."
    assert parse(text, "en").attributions[0].anonymous


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nThe campaign released a letter from her doctor stating that she is healthy and fit to serve.",
     "a letter from her doctor"),
    ("Story.\n\nReporters obtained a memo from the agency saying that the plant had failed two inspections.",
     "a memo from the agency"),
    ("Story.\n\nThe court unsealed a report by the inspector general saying the warden had lied.",
     "a report by the inspector general"),
    ("Story.\n\nThe paper published a statement from the family saying they were grateful for the support.",
     "a statement from the family"),
    ("Story.\n\nLawyers filed a letter from the coach saying that he had never seen the video.",
     "a letter from the coach"),
])
def test_a_participle_after_a_document_and_whom_it_is_from_reports_that_document(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")][:1] == [source]


def test_issuing_a_statement_from_an_office_still_gives_the_issuer() -> None:
    text = "Story.\n\nThe mayor issued a statement from his office saying the road would reopen."
    assert claims(text, "en")[0].source == "The mayor"


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nIn a filing last week, they said he had answered questions to the best of his recollection.",
     "he had answered questions to the best of his recollection"),
    ("Story.\n\nThe lawyers said she had answered questions for six hours.",
     "she had answered questions for six hours"),
    ("Story.\n\nPolice said they had denied reports of a second shooting.",
     "they had denied reports of a second shooting"),
    ("Story.\n\nHe told reporters he had answered questions from the committee.",
     "he had answered questions from the committee"),
])
def test_said_before_a_pronoun_and_two_cue_words_is_still_the_verb(text: str, content: str) -> None:
    assert claims(text, "en")[0].content == content


def test_a_report_noun_before_a_gapped_relative_is_still_a_noun() -> None:
    text = "Story.\n\nThe audit report she cited said the fund was short."
    assert [(c.source, c.content) for c in claims(text, "en")] == [("The audit report", "the fund was short")]


@pytest.mark.parametrize(("text", "canonical"), [
    ("Q&A: The mayor on housing\n\nMayor Lena Torres sat down with the Tribune to talk about housing.\n\n"
     "Q: What went wrong?\n\nA: We did not build enough homes for a growing city.", "Lena Torres"),
    ("Interview\n\nThe Herald spoke to Senator Ruth Kagame about the budget last week.\n\n"
     "Q: Will the bill pass?\n\nA: I think it will, but it will be close.", "Ruth Kagame"),
    ("Five questions\n\nCoach Dale Mercer talked to us before the final on Sunday morning.\n\n"
     "Q: Are you nervous?\n\nA: Not at all. We have prepared for this all year.", "Dale Mercer"),
])
def test_an_answer_in_an_interview_with_no_speaker_quoted_before_is_the_titled_person_named_first(
        text: str, canonical: str) -> None:
    answers = [a for a in parse(text, "en").attributions if a.source_text == ""]
    assert answers and all(a.source_canonical == canonical for a in answers)


@pytest.mark.parametrize("text", [
    "Story.\n\nFor decades, the city said no to new housing, and now families pay the price.",
    "Story.\n\nVoters said yes to the school levy on Tuesday.",
    "Story.\n\nThe board says no to every request for a variance.",
    "Story.\n\nParents are saying no to the new bus routes.",
])
def test_saying_no_or_yes_to_something_is_no_report(text: str) -> None:
    assert claims(text, "en") == []


def test_a_quoted_no_after_said_is_still_reported() -> None:
    assert claims('Story.\n\nShe said: "No to war."', "en")[0].content == '"No to war."'


def test_a_participle_after_by_reports_for_the_clause_subject_not_a_document_before_it() -> None:
    text = "Story.\n\nOn Tuesday they published the results of their check by announcing that the claim was true."
    assert claims(text, "en")[0].source == "they"


def test_a_cue_after_what_with_quoted_words_after_it_reports_them() -> None:
    text = 'Story.\n\nThe losses stemmed from what lawmakers called "fraud" at the bank.'
    assert [c.source for c in claims(text, "en")] == ["lawmakers"]


@pytest.mark.parametrize(("text", "canonical"), [
    ('Story.\n\nSmith said the plan was dead. "It is over," he said.\n\nKowalczyk said the plan could be saved. '
     '"We can still win," she said.\n\nHe added that the vote would come in May.', "Smith"),
    ('Story.\n\nOkafor said the fund was empty. "There is nothing left," she said.\n\nBrandt said the audit was '
     'wrong. "The money is there," he said.\n\nShe said she would ask for a recount.', "Okafor"),
    ('Story.\n\nDr. Reyes said the drug worked. "The data are clear," she said.\n\nPatel said more trials were '
     'needed. "It is too early," he told reporters.\n\nShe said the agency would decide by June.', "Dr. Reyes"),
    ('Story.\n\nNakamura said the tower was safe. "We checked every floor," he said.\n\nLevesque said the '
     'inspection was rushed. "They missed the cracks," she said.\n\nHe said a second review was planned.',
     "Nakamura"),
])
def test_a_pronoun_right_after_a_speaker_gives_that_speaker_its_gender(text: str, canonical: str) -> None:
    assert claims(text, "en")[-1].canonical == canonical


@pytest.mark.parametrize("text", [
    "Story.\n\nMany legal scholars think the ban will reach the Supreme Court.",
    "Story.\n\nConstitutional scholars say the order is unlawful.",
    "Story.\n\nA scholar who studies the court said the ruling was narrow.",
])
def test_unnamed_scholars_are_anonymous(text: str) -> None:
    assert parse(text, "en").attributions[0].anonymous


def test_a_named_scholar_is_not_anonymous() -> None:
    assert not parse("Story.\n\nA scholar at Yale, Ann Kim, said the order was lawful.", "en").attributions[0].anonymous


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nA judge ruled that a lawsuit accusing the school of defrauding students can go to trial.",
     "the school of defrauding students"),
    ("Story.\n\nA lawsuit accusing the city of racial bias was dismissed on Monday.", "the city of racial bias"),
    ("Story.\n\nA report blaming the utility for the fire has been sent to regulators.", "the utility for the fire"),
    ("Story.\n\nA motion accusing the prosecutor of misconduct will be heard in May.",
     "the prosecutor of misconduct"),
    ("Story.\n\nAn ad criticizing the senator for his votes is airing in three states.",
     "the senator for his votes"),
])
def test_a_charging_participle_inside_a_subject_ends_before_the_main_verb(text: str, content: str) -> None:
    assert content in [c.content for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nShe sent a letter accusing him of saying the plan was flawed.", "him of saying the plan was flawed"),
    ("Story.\n\nHe is accusing the firm of hiding losses that were large.",
     "the firm of hiding losses that were large"),
])
def test_a_charge_with_a_clause_of_its_own_keeps_its_verbs(text: str, content: str) -> None:
    assert content in [c.content for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nThe candidate, for his part, believes voters care more about jobs.", "The candidate",
     "voters care more about jobs"),
    ("Story.\n\nThe mayor, however, said the voters care about jobs.", "The mayor", "the voters care about jobs"),
    ("Story.\n\nThe governor, meanwhile, thinks the deficit will shrink.", "The governor",
     "the deficit will shrink"),
    ("Story.\n\nThe company, in turn, said sales were up.", "The company", "sales were up"),
    ("Story.\n\nSenator Hale, too, argued the bill went too far.", "Senator Hale", "the bill went too far"),
])
def test_a_subject_then_an_adverb_aside_before_the_cue_speaks(text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "en")] == [(source, content)]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nPrices will rise, said the analyst.", "the analyst"),
    ('Story.\n\n"Prices will rise, however," said the analyst.', "the analyst"),
])
def test_an_inverted_source_after_the_cue_still_speaks(text: str, source: str) -> None:
    assert claims(text, "en")[0].source == source
