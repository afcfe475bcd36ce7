"""English reporting in genres the dev set barely has (english57): sports, business, courts, science, tech and
obituaries. A report noun after a preposition and an adjective ('said in its monthly report that …') is the
verb's occasion; 'said of X, who …: "…"' reads past the relative clause; 'twice' before a verb is no part of its
subject; founders and owners are titles; 'A group of novelists' is one subject; 'writing a book' and 'add to
evidence that …' report nothing; a second 'that' after 'and' goes back to the outer verb; a speaker's next act
after 'and' with a possessive of another number ends the content; a headline's last word is no first name; an
'-ed' aside after 'According to the document,' describes it; 'reported it to police' reports 'it'; unnamed
developers, customers and astronomers are anonymous."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims, offsets_hold


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The energy agency said in its monthly report that it had cut its forecast by 300,000 barrels a day.",
     "The energy agency", "that it had cut its forecast by 300,000 barrels a day"),
    ("The bank said in the annual report that profits rose by 4%.", "The bank", "that profits rose by 4%"),
    ("Halvard Mining said in its latest quarterly report that output fell.", "Halvard Mining", "that output fell"),
    ("The regulator said in its new report that fares were too high.", "The regulator", "that fares were too high"),
    ("The charity said in its final statement that the appeal raised $2m.", "The charity",
     "that the appeal raised $2m"),
    ("The ministry said in their preliminary report that the bridge was sound.", "The ministry",
     "that the bridge was sound"),
    ("Critics of the plan point out that rents keep rising.", "Critics of the plan", "that rents keep rising"),
    ("Handwritten notes from the hearing show that the witness hesitated.", "Handwritten notes from the hearing",
     "that the witness hesitated"),
])
def test_a_report_noun_after_a_preposition_and_an_adjective_is_the_verbs_occasion(text: str, source: str,
                                                                                  content: str) -> None:
    # (the last two: a noun ending a subject before the cue, 'plan', 'hearing', is no adjective)
    result = parse("Story.\n\n" + text, "en")
    assert [(a.source_text, a.content.text) for a in result.attributions] == [(source, content)]
    assert offsets_hold(result)


@pytest.mark.parametrize(("text", "source", "content"), [
    ('Dolan said of his striker Ruben Acosta, who missed a penalty in the first half: "He will be fine."', "Dolan",
     '"He will be fine."'),
    ('The mayor said of the chief, whose contract ends in June after nine years in the job, "She did well."',
     "The mayor", '"She did well."'),
    ('Ortiz said of Ms. Hale, who was sacked on Monday by the board of the company: "I am sad to see her go."',
     "Ortiz", '"I am sad to see her go."'),
    ("Lee said of the scheme, which the council approved in May, that it was a mess.", "Lee", "that it was a mess"),
    ('The coach said of his keeper, who had been out injured for most of the winter: "He was outstanding."',
     "The coach", '"He was outstanding."'),
])
def test_said_of_someone_reads_past_a_relative_clause_to_its_colon(text: str, source: str, content: str) -> None:
    result = parse("Story.\n\n" + text, "en")
    assert [(a.source_text, a.content.text) for a in result.attributions] == [(source, content)]
    assert offsets_hold(result)


@pytest.mark.parametrize(("text", "source"), [
    ("The minister twice warned that the dam could fail.", "The minister"),
    ("Nurses twice told her to sit down.", "Nurses"),
    ("The referee twice said the goal would stand.", "The referee"),
    ("Residents twice complained that the water was brown.", "Residents"),
])
def test_twice_before_the_verb_is_no_part_of_its_subject(text: str, source: str) -> None:
    assert [c.source for c in claims("Story.\n\n" + text, "en")] == [source]


def test_a_founder_named_with_the_company_is_not_the_company() -> None:
    text = ("Story.\n\nKorvex said on Tuesday that it would cut jobs.\n\n"
            "Korvex co-founder Sam Ortiz said the cuts were late.\n\n"
            "Korvex founder Ana Ruiz posted on X that the firm would recover.")
    assert [c.canonical for c in claims(text, "en")] == ["Korvex", "Sam Ortiz", "Ana Ruiz"]


@pytest.mark.parametrize(("text", "source"), [
    ("A group of novelists has sued Lumen Labs, claiming it used their books.", "A group of novelists"),
    ("A team of researchers published a paper on Monday, saying bees can count.", "A team of researchers"),
    ("A coalition of 40 unions staged a march, demanding higher pay.", "A coalition of 40 unions"),
    ("A group of Democratic senators wrote to the agency, urging it to act.", "A group of Democratic senators"),
    ("A panel of experts met on Friday, warning that the river could flood.", "A panel of experts"),
    ("The committee of the House released a report, saying the plan was flawed.", "The committee of the House"),
])
def test_a_body_noun_and_of_with_its_members_is_one_subject(text: str, source: str) -> None:
    assert [c.source for c in claims("Story.\n\n" + text, "en")] == [source]


@pytest.mark.parametrize(("text", "contents"), [
    ("She wrote on her blog that she had spent eight years writing her first novel.",
     ["that she had spent eight years writing her first novel"]),
    ("The pair have been writing a musical about the strike.", []),
    ("After writing three books on the war, Holt turned to fiction.", []),
    ("The judge rejected the appeal, writing that the law was clear.", ["the appeal", "that the law was clear"]),
    ('The judge rejected the appeal, writing the law was "clear."', ["the appeal", 'the law was "clear."']),
    ('The mayor sent a letter to residents, writing: "We will rebuild."', ['"We will rebuild."']),
])
def test_writing_reports_a_clause_not_a_thing_written(text: str, contents: list[str]) -> None:
    assert [c.content for c in claims("Story.\n\n" + text, "en")] == contents


@pytest.mark.parametrize(("text", "contents"), [
    ("Lumen Labs said in a statement that it believed its use of the books was legal and that it would appeal.",
     ["that it believed its use of the books was legal and that it would appeal", "its use of the books was legal"]),
    ("The club said that fans thought the fine was unfair and that it would pay anyway.",
     ["that fans thought the fine was unfair and that it would pay anyway", "the fine was unfair"]),
    ("Mr. Hale said in a letter that he believed the deal was sound and that he would accept it.",
     ["that he believed the deal was sound and that he would accept it", "the deal was sound"]),
    ("The union said that members believed the offer was fair and that a vote would follow in May.",
     ["that members believed the offer was fair and that a vote would follow in May", "the offer was fair"]),
    ("Putney told CNN that the video was unclear, but he said witnesses saw a gun and that one was found.",
     ["that the video was unclear", "witnesses saw a gun and that one was found"]),
])
def test_a_second_that_clause_after_and_is_the_outer_verbs(text: str, contents: list[str]) -> None:
    # (the last: 'but he said' opens a clause of its own, whose 'that' clauses are its own)
    assert [c.content for c in claims("Story.\n\n" + text, "en")] == contents


@pytest.mark.parametrize(("text", "content"), [
    ("Analysts at Kestrel wrote in a note that the warning was the third in two years and lowered their target.",
     "that the warning was the third in two years"),
    ("The bank said that profits fell sharply and cut its dividend.", "that profits fell sharply"),
    ("Traders at Orme said that the rally was over and sold their stakes.", "that the rally was over"),
    ("The carmaker said that sales slumped in May and raised its prices.", "that sales slumped in May"),
    ("The bank said that the firm lost money and cut its dividend.",
     "that the firm lost money and cut its dividend"),
    ("Officials said that residents were angry and sold their homes.",
     "that residents were angry and sold their homes"),
])
def test_the_speakers_next_act_after_and_ends_the_content(text: str, content: str) -> None:
    # (the last two: a possessive agreeing with the reported clause's subject goes on with it)
    assert [c.content for c in claims("Story.\n\n" + text, "en")] == [content]


@pytest.mark.parametrize(("text", "canonical"), [
    ("Patel century rescues Hampshire\n\nRavi Patel scored 131 on Monday.\n\n\"It was hard,\" Patel said.",
     "Ravi Patel"),
    ("Storm batters Kent\n\nJane Moss lost her roof overnight.\n\n\"It just went,\" Moss said.", "Jane Moss"),
    ("Rovers beat Albion\n\nLuis Ortega scored twice.\n\n\"We deserved it,\" Ortega said.", "Luis Ortega"),
])
def test_a_headlines_last_word_is_no_part_of_the_name_opening_the_body(text: str, canonical: str) -> None:
    assert [c.canonical for c in claims(text, "en")] == [canonical]


@pytest.mark.parametrize(("text", "content"), [
    ("According to the indictment, unsealed on Thursday, Crane met the developer eight times.",
     "Crane met the developer eight times"),
    ("According to the report, released on Monday, the river is dying.", "the river is dying"),
    ("According to the complaint, filed in May in federal court, the firm lied to investors.",
     "the firm lied to investors"),
    ("According to court documents, filed on Tuesday, the pair hid $2m.", "the pair hid $2m"),
    ("According to a study, published last week in Nature, bees can count.", "bees can count"),
    ("According to police, trapped in the car for hours, the driver survived.",
     "trapped in the car for hours, the driver survived"),
    ("According to the report, injured passengers were taken to hospital.",
     "injured passengers were taken to hospital"),
])
def test_an_ed_aside_after_an_opening_documents_according_phrase_describes_it(text: str, content: str) -> None:
    # (the last two: after a person the aside may describe the content's subject; a noun after the '-ed' word
    # is the content's own subject)
    result = parse("Story.\n\n" + text, "en")
    assert [a.content.text for a in result.attributions] == [content]
    assert offsets_hold(result)


@pytest.mark.parametrize(("text", "content"), [
    ("The board reported it to regulators.", "it"),
    ("The firm reported it to the FA on Monday.", "it"),
    ("The school reported it to police last week.", "it"),
    ("The mayor asked them to leave the hall.", "them to leave the hall"),
    ("Officials believe it to be the largest fire in decades.", "it to be the largest fire in decades"),
])
def test_a_pronoun_reported_to_someone_ends_before_the_hearer(text: str, content: str) -> None:
    assert [c.content for c in claims("Story.\n\n" + text, "en")] == [content]


@pytest.mark.parametrize(("text", "contents"), [
    ("The findings add to evidence that insects have complex minds.", []),
    ("The strike added to pressure on the government.", []),
    ("The report adds to concerns that the bank is weak.", []),
    ("Prices rose again, adding to fears that rates would climb.", []),
    ("The ruling adds to growing doubts over the merger.", []),
    ("She added to reporters that the bridge was safe.", ["that the bridge was safe"]),
    ("He added to the BBC that the bridge was safe.", ["that the bridge was safe"]),
    ("The mayor added to the committee that funds were low.", ["that funds were low"]),
])
def test_adding_to_a_thing_reports_nothing_adding_to_a_hearer_does(text: str, contents: list[str]) -> None:
    assert [c.content for c in claims("Story.\n\n" + text, "en")] == contents


@pytest.mark.parametrize("text", [
    '"We found out on a video call," one developer wrote.',
    "Customers said the app crashed twice a day.",
    "Astronomers say they have found water on the planet.",
    "An epidemiologist said the figures were worrying.",
    "Two programmers said the code had been copied.",
])
def test_unnamed_developers_customers_and_astronomers_are_anonymous(text: str) -> None:
    assert [c.anonymous for c in parse("Story.\n\n" + text, "en").attributions] == [True]


@pytest.mark.parametrize("text", [
    '"I am paying more for less," one subscriber posted on X.',
    "Viewers said the final episode was rushed.",
    "Listeners complained that the show had been cut.",
])
def test_unnamed_subscribers_viewers_and_listeners_are_anonymous(text: str) -> None:
    assert [c.anonymous for c in parse("Story.\n\n" + text, "en").attributions] == [True]


@pytest.mark.parametrize(("text", "contents"), [
    ("She opened the shelter after finding a girl asleep in a doorway.", []),
    ("Police said the man was arrested after finding a rifle in his van.",
     ["the man was arrested after finding a rifle in his van"]),
    ("The tribunal cleared him, finding that he had acted in good faith.", ["that he had acted in good faith"]),
    ("The judge rejected the appeal, finding the rules had been broken.",
     ["the appeal", "the rules had been broken"]),
])
def test_finding_a_thing_reports_nothing_finding_a_clause_does(text: str, contents: list[str]) -> None:
    assert [c.content for c in claims("Story.\n\n" + text, "en")] == contents


@pytest.mark.parametrize(("text", "content"), [
    ("Flixbox will raise its prices, the company told subscribers in an email on Tuesday.",
     "Flixbox will raise its prices"),
    ("The plant will close, the firm told staff in a memo on Friday.", "The plant will close"),
    ("The depot will shut in May, the council told residents in a letter last week.", "The depot will shut in May"),
    ("Gov. Ann Ruiz urged residents in low-lying areas to stay indoors.",
     "residents in low-lying areas to stay indoors"),
])
def test_unnamed_hearers_after_told_before_a_medium_and_a_day(text: str, content: str) -> None:
    # (the last: what they were urged to do follows the hearers)
    assert [c.content for c in claims("Story.\n\n" + text, "en")] == [content]


@pytest.mark.parametrize(("text", "canonical"), [
    ('Story.\n\nThe founder of a startup says its tutor works.\n\n"It is promising," said Professor Ruth Kemp of '
     'the University of Northfield.', "Ruth Kemp"),  # (names30: the canonical name is the person's)
    ('Story.\n\nThe chairman of a bank says rates will fall.\n\n"That is brave," said Dr. Omar Lee of the '
     'Institute of Finance.', "Omar Lee"),
    ('Story.\n\nThe head of a charity says donations fell.\n\n"We saw it too," said Ana Cruz of the Red Cross.',
     "Ana Cruz"),
])
def test_a_title_of_an_unnamed_body_is_not_a_later_name_with_of(text: str, canonical: str) -> None:
    assert claims(text, "en")[-1].canonical == canonical
