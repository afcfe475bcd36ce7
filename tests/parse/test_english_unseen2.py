"""English shapes met in a second round of unseen news copy (courts, earnings, science, disasters, sport, councils,
campaigns, foreign news, features): passive asides put to a subject who then does something other than speak,
'warning' as a noun after 'little', things added after a modal, relative pronouns after a party tag or
after a clause, and a description of an according-to source between two commas."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(a.source_text, a.cue.text if a.cue else "", a.content.text) for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nLind, asked if his team could win the title, smiled.", "if his team could win the title"),
    ("Story.\n\nThe mayor, asked whether she would run again, laughed and left the room.",
     "whether she would run again"),
    ("Story.\n\nThe coach, asked why the team had collapsed, shrugged.", "why the team had collapsed"),
    ("Story.\n\nThe goalkeeper, asked what had gone wrong, walked off without a word.", "what had gone wrong"),
    ("Story.\n\nOkafor, asked how long the trial would take, would not give a date.",
     "how long the trial would take"),
])
def test_a_passive_aside_put_to_a_subject_who_does_not_speak_has_no_named_asker(text: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text) == ("", content)


def test_an_active_question_after_an_appositive_is_still_the_subjects() -> None:
    text = "Story.\n\nSmith, a lawyer, asked whether the court had jurisdiction."
    assert _records(text) == [("Smith", "asked", "whether the court had jurisdiction")]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nResidents described a wall of water arriving with little warning shortly after dawn.",
     "a wall of water arriving with little warning shortly after dawn"),
    ("Story.\n\nThe plant shut with little warning in March, workers said.",
     "The plant shut with little warning in March"),
    ("Story.\n\nThe bank closed its branches with very little warning last year, customers said.",
     "The bank closed its branches with very little warning last year"),
])
def test_warning_after_little_is_a_noun_not_a_cue(text: str, content: str) -> None:
    assert [c for (_, cue, c) in _records(text) if cue == "warning"] == []
    assert content in [c for (_, _, c) in _records(text)]


@pytest.mark.parametrize("text", [
    "Story.\n\nShe said the city would add short-term parking on side streets.",
    "Story.\n\nThe mayor said the council could add bike lanes on three more streets next year.",
    "Story.\n\nThe chief executive said the chain would add organic produce to every store.",
])
def test_a_modal_then_add_then_a_plain_object_adds_a_thing(text: str) -> None:
    assert [cue for (_, cue, _) in _records(text)] == ["said"]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nHe would add only that the talks had been useful.", "only that the talks had been useful"),
    ("Story.\n\nThe minister would add later that the plan had failed.", "that the plan had failed"),
])
def test_a_modal_then_add_then_a_clause_still_reports(text: str, content: str) -> None:
    assert content in [c for (_, cue, c) in _records(text) if cue == "add"]


@pytest.mark.parametrize(("text", "who"), [
    ("Story.\n\nDwyer was joined on the trail by Sen. Harold Pike, R-Ind., who said the race was close.",
     "Harold Pike"),
    ("Story.\n\nThe bill was backed by Rep. Ann Lee, D-Calif., who argued that it would save money.", "Ann Lee"),
    ("Story.\n\nThe ruling angered Gov. Tom Hart, R-Ariz., who said he would appeal.", "Tom Hart"),
])
def test_a_who_after_a_party_tag_refers_to_the_lawmaker_before_it(text: str, who: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.source_text == "who" and who in (a.source_canonical or "")


@pytest.mark.parametrize(("text", "clause"), [
    ("Story.\n\nThe ruling angered local farmers, who said the river was theirs.", "the ruling"),
    ("Story.\n\nThe storm flooded old mills along the river, which said they would close.", "the storm"),
    ("Story.\n\nThe plan drew protests from retired miners, who said they had not been consulted.", "the plan"),
])
def test_a_who_after_a_clause_does_not_refer_to_the_whole_clause(text: str, clause: str) -> None:
    [a] = parse(text, "en").attributions
    assert not (a.source_canonical or "").lower().startswith(clause)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nAccording to World Athletics, the sport's governing body, the record still needs approval.",
     "World Athletics", "the record still needs approval"),
    ("Story.\n\nAccording to Dana Ruiz, the club's treasurer, the accounts were in order.",
     "Dana Ruiz", "the accounts were in order"),
    ("Story.\n\nAccording to Oxfam, a charity, food prices doubled in the region.",
     "Oxfam", "food prices doubled in the region"),
    ("Story.\n\nAccording to Fitch, the ratings agency, the lender has enough capital.",
     "Fitch", "the lender has enough capital"),
])
def test_a_description_of_an_according_source_is_not_part_of_the_content(
        text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "en")] == [(source, content)]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nAccording to police, the driver, a 34-year-old man, was not hurt.",
     "the driver, a 34-year-old man, was not hurt"),
    ("Story.\n\nAccording to the survey, the city's economy, once booming, has stalled.",
     "the city's economy, once booming, has stalled"),
    ("Story.\n\nAccording to the ministry, the country's largest lender, Banco Sur, is solvent.",
     "the country's largest lender, Banco Sur, is solvent"),
])
def test_a_subject_with_its_own_aside_after_an_according_phrase_stays_in_the_content(
        text: str, content: str) -> None:
    assert [c.content for c in claims(text, "en")] == [content]


@pytest.mark.parametrize(("text", "who"), [
    ('Story.\n\nFor 38 years, Agnes Merrow has climbed the steps of the lighthouse every evening.\n\n'
     '"People ask me why," she said.', "Agnes Merrow"),
    ('Story.\n\nFor three decades, Tom Reilly has fixed bicycles in the same shop. "It never gets boring," he said.',
     "Tom Reilly"),
    ('Story.\n\nFor most of her life, Maria Costa has repaired violins.\n\n'
     '"Every one has a voice," she said.', "Maria Costa"),
    ('Story.\n\nDuring the war, Hana Sato nursed wounded soldiers. "We slept in shifts," she said.', "Hana Sato"),
])
def test_a_pronoun_refers_to_the_subject_named_after_an_opening_phrase(text: str, who: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.source_canonical == who


def test_a_pronoun_of_the_other_gender_after_an_opening_phrase_stays_unresolved() -> None:
    text = 'Story.\n\nAfter the flood, Tom Reilly rebuilt the shop. "It never gets boring," she said.'
    [a] = parse(text, "en").attributions
    assert a.source_canonical != "Tom Reilly"


@pytest.mark.parametrize(("text", "company"), [
    ("Story.\n\nBrightwell Foods Inc reported a higher profit on Tuesday. Shares of the Chicago-based company rose 6%. "
     "Net income rose to $412 million, the company said in a statement.", "Brightwell Foods Inc"),
    ("Story.\n\nNorvale Steel Corp posted a loss. The Ohio-based company's shares fell 3%. "
     "Demand was weak, the company said.", "Norvale Steel Corp"),
    ("Story.\n\nPellway Holdings raised its forecast. Analysts had expected less from the Dublin-based company. "
     "Orders were strong, the company said on Thursday.", "Pellway Holdings"),
])
def test_a_placed_adjective_before_company_names_no_company(text: str, company: str) -> None:
    assert [c.canonical for c in claims(text, "en") if c.source == "the company"] == [company]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nThe jury deliberated for six hours before finding him guilty.", "The jury", "him guilty"),
    ("Story.\n\nThe board deliberated briefly before announcing that the chief executive would step down.",
     "The board", "that the chief executive would step down"),
    ("Story.\n\nThe minister paused for a moment before adding that no decision had been made.",
     "The minister", "that no decision had been made"),
    ("Story.\n\nThe senator listened quietly before telling reporters that she would vote no.",
     "The senator", "that she would vote no"),
])
def test_the_main_verb_before_a_participle_after_before_is_not_part_of_its_subject(
        text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "en")] == [(source, content)]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nThe Resolution Foundation think tank said wages were still below their 2008 level.",
     "The Resolution Foundation think tank"),
    ("Story.\n\nThink tanks across Washington argued that the plan would fail.", "Think tanks across Washington"),
    ("Story.\n\nA researcher at the Halden think-tank said the tariff would raise prices.",
     "A researcher at the Halden think-tank"),
])
def test_think_in_think_tank_is_part_of_a_noun_not_a_cue(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")] == [source]


@pytest.mark.parametrize("text", [
    "Story.\n\nA Pentagon official said the drill was routine.",
    "Story.\n\nA State Department official said the visit had been postponed.",
    "Story.\n\nTwo Bank of England officials said rates would stay on hold.",
    "Story.\n\nA Ministry of Justice spokesperson said the figures were being reviewed.",
    "Story.\n\nA Department of Health spokeswoman said the vaccine was safe.",
])
def test_an_unnamed_official_of_a_named_body_is_anonymous(text: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.anonymous


@pytest.mark.parametrize("text", [
    "Story.\n\nThe Pentagon said the drill was routine.",
    "Story.\n\nThe Federation of Small Businesses said costs were rising.",
    "Story.\n\nState Department spokesman Ned Olsen said the visit had been postponed.",
])
def test_a_named_body_or_a_named_official_is_not_anonymous(text: str) -> None:
    [a] = parse(text, "en").attributions
    assert not a.anonymous


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nA Brooklyn man who prosecutors say helped rob seven pharmacies was sentenced on Wednesday.",
     "prosecutors", "helped rob seven pharmacies"),
    ("Story.\n\nOfficers arrested a woman who witnesses said had set the fire.", "witnesses", "had set the fire"),
    ("Story.\n\nA drug which researchers say could slow the disease will be tested on 500 patients.",
     "researchers", "could slow the disease"),
    ("Story.\n\nA man who police say had been drinking and was driving too fast is in custody.",
     "police", "had been drinking and was driving too fast"),
    ("Story.\n\nThe company which analysts say is worth $2 billion has hired advisers.",
     "analysts", "is worth $2 billion"),
])
def test_the_speaker_inside_a_relative_clause_without_commas_speaks_up_to_the_main_verb(
        text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "en")] == [(source, content)]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nOfficials who spoke on condition of anonymity said the talks had stalled.",
     "Officials who spoke on condition of anonymity"),
    ("Story.\n\nPeople who know him say he is shy.", "People who know him"),
    ("Story.\n\nVoters who backed the mayor in 2020 said they felt let down.", "Voters who backed the mayor in 2020"),
])
def test_a_relative_clause_with_its_own_verb_stays_in_the_source(text: str, source: str) -> None:
    assert claims(text, "en")[0].source == source


def test_a_report_after_in_which_keeps_its_own_clause() -> None:
    text = "Story.\n\nCritics seized on the interview, in which he said he was skeptical of the findings."
    assert [c.content for c in claims(text, "en")] == ["he was skeptical of the findings"]


@pytest.mark.parametrize(("text", "who"), [
    ("Story.\n\nDefense lawyer Tim Ross said his client was innocent. Prosecutors had sought 15 years. "
     "In a sentencing memo, they wrote that he had been the driving force.", "Prosecutors"),
    ("Story.\n\nMayor Ann Cole said the fire was under control. Investigators searched the house on Monday. "
     "They said no weapons were found.", "Investigators"),
    ("Story.\n\nMayor Ann Cole said the fire was under control. The investigators searched the house on Monday, "
     "and they said no weapons were found.", "The investigators"),
    ("Story.\n\nCoach Ida Berg said the team was tired. Two officials were at the match.\n\n"
     "They said the referee had been right.", "Two officials"),
])
def test_they_refers_to_the_unnamed_group_opening_the_sentence_before_not_to_a_person(text: str, who: str) -> None:
    assert claims(text, "en")[-1].canonical == who

