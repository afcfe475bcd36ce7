"""English: the leftovers of speaker resolution — a lone surname that acts before a quotation, an appositive
name after a possessed title, a title that refers back to a titled name, and 'who' after a plural noun. Texts
are written for these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _canonicals(text: str) -> list[str]:
    return [a.source_canonical for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Trump, for his part, took to Twitter. "The deal is dead," he tweeted.', "Trump"),
    ('Smith said the talks went well. Jones, for his part, left the room early. "Nothing was agreed," he said.',
     "Jones"),
    ('Novak said the vote was fair. Ruiz, for her part, stayed home. "I had a cold," she said.', "Ruiz"),
    ('Becker, in his own way, made peace with the board. "We moved on," he said.', "Becker"),
    ('Alvarez, after her defeat, returned to her farm. "I am happier here," she told reporters.', "Alvarez"),
])
def test_a_lone_surname_with_an_aside_of_the_pronouns_gender_is_the_speaker(text: str, speaker: str) -> None:
    assert _canonicals(text)[-1].endswith(speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    ('Webb apologized in court. "I am sorry for what I did," he said.', "Webb"),
    ('Harris resigned on Friday. "It was time to go," she said.', "Harris"),
    ('Moreno pleaded guilty on Monday. "I take full responsibility," he said.', "Moreno"),
    ('Okafor returned to training after a month out. "My knee feels fine," he said.', "Okafor"),
    ('Lindqvist collapsed near the finish line. "I could not breathe," she said.', "Lindqvist"),
])
def test_a_lone_surname_named_once_before_a_quotation_is_the_speaker(text: str, speaker: str) -> None:
    assert _canonicals(text) == [speaker]


@pytest.mark.parametrize(("text", "not_speaker"), [
    ('Smith said the talks went well. Jones, for her part, left early. "Nothing was agreed," he said.', "Jones"),
    ('Smith, for his part, took questions. "No comment," she said.', "Smith"),
    ('Google declined to comment. "We are reviewing it," he said.', "Google"),
    ('Parliament adjourned early. "We will be back," he said.', "Parliament"),
    ('Kowalski said the plan was sound. Brandt resigned. "I had no choice," he said.', "Brandt"),
])
def test_a_lone_name_of_the_other_gender_no_person_or_after_a_speaker_is_not_taken(text: str, not_speaker: str) -> None:
    assert not _canonicals(text)[-1].endswith(not_speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Senator Hargrove said the ad was fair. Hargrove's campaign manager, Ben Kroll, dismissed the claim. "
     "He said the figures were invented.", "Ben Kroll"),
    ('Senator Hargrove said the ad was fair. Hargrove\'s campaign manager, Ben Kroll, dismissed the claim. '
     '"It is invented," he said.', "Ben Kroll"),
    ("Ann Pike said sales fell. Apple's chief executive, Tim Cook, shrugged off the drop. He said demand was strong.",
     "Tim Cook"),
    ("Warren's press secretary, Eli Stone, pushed back. He said the ad was misleading.", "Eli Stone"),
    ("Jean Moss's daughter, Carla Moss, runs the farm now. She said the harvest was late.", "Carla Moss"),
    ("Britain's prime minister, Keir Starmer, met the king. He said the talks were warm.", "Keir Starmer"),
])
def test_the_name_between_commas_after_a_possessed_title_is_the_person(text: str, speaker: str) -> None:
    assert _canonicals(text)[-1] == speaker


def test_a_body_named_after_a_possessed_noun_is_no_he() -> None:
    assert _canonicals("Hargrove's campaign, Win Ohio, raised funds. He said the totals were good.") == ["He"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Gov. Lisa Fontaine signed the bill on Tuesday. The governor said it would cut costs.", "Lisa Fontaine"),
    ('Gov. Lisa Fontaine vetoed the measure. "It is reckless," the governor said.', "Lisa Fontaine"),
    ("Sen. Mark Ellis voted against the plan. The senator said it was rushed.", "Mark Ellis"),
    ("Gov. Lisa Fontaine spoke first. Rep. Dan Moss said the bill was weak. The governor said she disagreed.",
     "Lisa Fontaine"),
    ("Gen. Tomas Brill toured the base. Soldiers cheered. The general said the unit was ready.", "Tomas Brill"),
    ("Sen Ada Quist left the chamber early. The senator later said she had felt unwell.", "Ada Quist"),
    ("Gov. Lisa Fontaine's plan drew fire. The governor said it was fair.", "Lisa Fontaine"),
    ("Governor Omar Haddad's budget passed. The governor said schools would gain.", "Omar Haddad"),
])
def test_a_bare_title_refers_back_to_a_name_written_with_its_abbreviation(text: str, speaker: str) -> None:
    assert _canonicals(text)[-1] == speaker


def test_an_abbreviated_title_of_another_office_is_not_taken() -> None:
    text = "Sen. Mark Ellis voted against the plan. The governor said it was rushed."
    assert _canonicals(text) == ["Mark Ellis", "The governor"]  # (the senator's vote is a record of his own)


def _who(text: str) -> str:
    return next(a.source_canonical for a in parse(text, "en").attributions if a.source_text == "who")


@pytest.mark.parametrize(("text", "group"), [
    ("The fire spread quickly, according to several downtown business owners who said they saw smoke.",
     "several downtown business owners"),
    ("Mayor Ortiz praised the plan. But economists who say the tax is too low are not convinced.", "economists"),
    ("John Reed defended the merger. Analysts who say it will raise prices are skeptical.", "Analysts"),
    ("Senator Hale backed the bill. Critics who say it goes too far plan to sue.", "Critics"),
    ("Dr. Amy Roth opened the clinic. Many local residents who said they had waited years welcomed it.",
     "Many local residents"),
    ("The ban angered the many small farmers who say it will ruin them.", "many small farmers"),
])
def test_who_right_after_an_unnamed_group_noun_refers_to_that_group(text: str, group: str) -> None:
    assert _who(text) == group


def test_who_after_a_named_person_and_a_comma_still_refers_to_that_person() -> None:
    assert _who("The plan was drafted by Nora Beck, who said it would save money.") == "Nora Beck"
