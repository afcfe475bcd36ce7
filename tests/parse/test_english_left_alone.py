"""English: sources and contents the parser used to get wrong in a known way — a writer's connective opening a
content with no comma, ... Texts are written for these tests."""

from __future__ import annotations

import re
from typing import Final

import pytest
from hypothesis import given, settings, strategies as st

from attribution.parse import parse
from attribution.parse.resolve import _alternation, _case_blind_matches, _marker_before, _matches_after, _name_pattern
from attribution.textnorm import literal_matches


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "content"), [
    ("However the budget was tight, the mayor said.", "the budget was tight"),
    ("The treasurer said however the pension fund would run dry by 2031.", "the pension fund would run dry by 2031"),
    ("Nevertheless Ms Ortega would run again, her campaign manager said.", "Ms Ortega would run again"),
    ("Union leaders said however they would not call a strike before May.", "they would not call a strike before May"),
    ("The coach said meanwhile the squad had two injured strikers.", "the squad had two injured strikers"),
    ("The ministry said however, the border crossings would stay shut.", "the border crossings would stay shut"),
    ("Moreover Halvorsen Shipping had ignored three warnings, the inspectors found.",
     "Halvorsen Shipping had ignored three warnings"),
    ("However the city's own figures show little progress, according to a review by the Tribune.",
     "the city's own figures show little progress"),
])
def test_a_connective_opening_a_content_without_a_comma_is_the_writers(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor said however much she tried the budget stayed tight.",
     "however much she tried the budget stayed tight"),
    ("However laudable the goal, the plan would fail, the senator said.",
     "However laudable the goal, the plan would fail"),
])
def test_a_however_before_an_adjective_or_adverb_opens_the_reported_clause(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize("text", [
    "Other senators said the deal was weak.",
    "Some governors warned that the grants would run out by spring.",
    "Two judges on the panel said the ruling went too far.",
    "Several mayors told the committee the housing money never arrived.",
    "Other ambassadors said the summit had been a failure.",
    "Three commissioners said the port authority had hidden the losses.",
])
def test_office_holders_in_the_plural_with_no_name_are_unnamed(text: str) -> None:
    first = parse(text, "en").attributions[0]
    assert (first.anonymous, first.source_type) == (True, "anonymous")


@pytest.mark.parametrize(("text", "source"), [
    ("Still others, like Gov. Maria Lopez of Nevada, said the plan would fail.", "others"),
    ("Many others, like Rep. Joe Hill of Ohio, said the tariffs would hurt farmers.", "Many others"),
    ("Some lawmakers, like Sen. Ann Ford and Rep. Kay Lum, said the bill was rushed.", "Some lawmakers"),
    ("Critics, like Dr. Omar Farouk of Leeds, argued that the drug was unsafe.", "Critics"),
    ("Retailers, like Brightmart and Olsen Foods, said the new tax would raise prices.", "Retailers"),
    ("Still others, like analyst Jonas Feld, said the regulator's tone was sharp.", "others"),
    ("Economists, like professor Hana Ito of Kyoto, warned that the yen would fall.", "Economists"),
    ("Still others, like council member Beatriz Lane, said the mayor had been slow.", "others"),
])
def test_people_named_as_an_example_after_like_are_not_the_speakers(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("Rep. Tom Hale and others said the bill was dead.", "Rep. Tom Hale and others"),
    ("Mayor Lin Okafor and several others told reporters the cuts were illegal.",
     "Mayor Lin Okafor and several others"),
    ("The prosecutor and others argued that the witness had lied.", "The prosecutor and others"),
    ("Judge Amal Reyes and two others wrote that the statute was vague.", "Judge Amal Reyes and two others"),
    ("Greta Lindqvist and others told the board the audit was incomplete.", "Greta Lindqvist and others"),
])
def test_a_name_and_others_is_one_subject_the_whole_coordination(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("Speaking to reporters in Ohio Smith said the vote would happen Tuesday.", "Smith"),
    ("Speaking at a rally in Dayton Governor Ann Ray said taxes would fall.", "Governor Ann Ray"),
    ("Speaking on CNN Sen. Ann Ray said the shutdown would end soon.", "Sen. Ann Ray"),
    ("Writing in the Atlantic the historian argued that the war was avoidable.", "the historian"),
    ("Speaking in New York Mayor Eric Adams said crime had fallen.", "Mayor Eric Adams"),
    ("Campaigning in Iowa Ann Ray said farmers were hurting.", "Ann Ray"),
    ("Testifying before Congress Dr. Lena Fisk warned that the vaccine supply was short.", "Dr. Lena Fisk"),
    ("Speaking to reporters in the Capitol rotunda Vick said she had promised nothing.", "Vick"),
    ("Standing on the courthouse steps Okafor said the verdict would be appealed.", "Okafor"),
    ("Speaking outside the courthouse Hart said the fight was not over.", "Hart"),
])
def test_an_opening_participle_phrase_with_no_comma_leaves_its_object_out_of_the_subject(
        text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("Accounting firm Barrow and Lane said the audit was complete.", "Accounting firm Barrow and Lane"),
    ("Consulting group Marsh and Ibarra said the merger would close in June.", "Consulting group Marsh and Ibarra"),
    ("Mining company Tarrant and Hale said the new shaft would open next year.", "Mining company Tarrant and Hale"),
    ("Investment bank Corley and Vance said profits rose in the third quarter.", "Investment bank Corley and Vance"),
    ("The law firm Hatch and Dunmore said its client was innocent.", "The law firm Hatch and Dunmore"),
    ("Shipping firm Oduya and Brandt told investors the fleet would shrink.", "Shipping firm Oduya and Brandt"),
])
def test_a_company_name_with_and_after_a_company_head_noun_is_one_source(text: str, source: str) -> None:
    first = parse(text, "en").attributions[0]
    assert (first.source_text, first.source_type) == (source, "organization")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The bridge was closed, said a driver who saw the crash.", "a driver who saw the crash",
     "The bridge was closed"),
    ("Prices will rise again next spring, said an economist who studies housing.",
     "an economist who studies housing", "Prices will rise again next spring"),
    ("The plant will close in March, said a worker whose shift ended at noon.",
     "a worker whose shift ended at noon", "The plant will close in March"),
    ("The fire started in the kitchen, said a neighbor who lives across the street.",
     "a neighbor who lives across the street", "The fire started in the kitchen"),
    ("Nobody was hurt, said a guard who works at the gate.", "a guard who works at the gate", "Nobody was hurt"),
])
def test_a_source_after_a_trailing_said_keeps_its_relative_clause_and_the_content_runs_back(
        text: str, source: str, content: str) -> None:
    assert _found(text)[0] == (source, "said", content)


def test_a_relative_clause_with_its_own_report_is_not_read_into_the_inverted_source() -> None:
    assert ("a driver who said the crash was awful", "said", "The bridge was closed") not in _found(
        "The bridge was closed, said a driver who said the crash was awful.")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The minister dismissed reports that the army had retreated.", "The minister",
     "reports that the army had retreated"),
    ("The club dismissed media reports that its coach had resigned.", "The club",
     "media reports that its coach had resigned"),
    ("The senator dismissed the claims that she had lied to investors.", "The senator",
     "the claims that she had lied to investors"),
    ("The chief executive dismissed rumors that the bank would be sold.", "The chief executive",
     "rumors that the bank would be sold"),
    ("Ms Adeyemi dismissed the allegations that her office had leaked the memo.", "Ms Adeyemi",
     "the allegations that her office had leaked the memo"),
])
def test_dismissing_reports_that_reports_them_as_denying_does(text: str, source: str, content: str) -> None:
    assert _found(text)[0] == (source, "dismissed", content)


def test_the_claims_dismissed_are_the_object_not_a_cue_verb() -> None:
    found = _found("The minister dismissed claims that the depot would close.")
    assert [cue for _, cue, _ in found] == ["dismissed"]


def test_dismissing_a_thing_with_a_relative_clause_reports_nothing() -> None:
    assert _found("The judge dismissed the case that prosecutors had built.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Wells Fargo said it would repay customers. Sen. Elizabeth Warren questioned the bank's chief executive. "
     "Wells Fargo said in a statement that it had fired 5,300 workers. She said the bank had failed its "
     "customers. Wells Fargo's chief executive declined to comment.", "Wells Fargo"),
    ("Harlow Mutual said it would cut jobs. Analyst Ana Ruiz said the plan was late. Shares of Harlow Mutual "
     "fell 4 percent. She said the plan was necessary.", "Harlow Mutual"),
    ("Dunmore Brands said sales had slowed. Dunmore Brands' board met on Monday. Investor Kay Lum said the "
     "board was divided. She said she would vote against the chairman.", "Dunmore Brands"),
    ("Orla Freight said the port strike had cost it millions. Orla Freight's CEO, Tomas Berg, said talks "
     "would resume. He said the union had been unreasonable.", "Orla Freight"),
    ("Kestrel Valley said the mine was safe. Reporter Ida Moss asked the chief executive of Kestrel Valley about "
     "the leak. She said she had seen the reports.", "Kestrel Valley"),
    ("Fairway Provisions said the deal would close in May. Fairway chief executive Ines Vardy said prices would "
     "fall. She said no stores would shut.", "Fairway Provisions"),
])
def test_a_name_the_article_writes_with_a_chief_executive_or_shares_is_a_body_never_he_or_she(
        text: str, name: str) -> None:
    found = parse(text, "en").attributions
    assert found[0].source_type == "organization"
    assert all(a.source_canonical != name for a in found if a.source_text in ("He", "She"))


@pytest.mark.parametrize("text", [
    "Senator Slams Bank CEO\n\nThe senator said the bank had failed its customers.",
    "Mayor Blasts Council Over Budget\n\nThe mayor said the council had failed the city.",
    "Governor Praises Nurses At Rally\n\nThe governor said nurses had saved lives.",
    "Senator Hammers Bank CEO Over Fake Accounts\n\nThe senator said the bank had misled regulators.",
])
def test_a_title_case_headline_of_attack_or_praise_is_no_record_and_names_no_one(text: str) -> None:
    found = parse(text, "en").attributions
    assert [(a.source_text, a.source_canonical) for a in found] == [(found[0].source_text, found[0].source_text)]


def test_a_person_who_shares_a_view_is_still_a_person() -> None:
    text = "Kofi Reese said the ruling was unfair. Reese shares the view of his lawyers. He said he would appeal."
    found = parse(text, "en").attributions
    assert found[0].source_type == "person" and found[-1].source_canonical == "Kofi Reese"


def test_a_company_written_before_its_chief_executive_s_name_is_never_she() -> None:
    text = ("Norcross Bank said it would pay the fines. Senator Ada Quist grilled Norcross Bank CEO Paul Tamm on "
            "Tuesday. Norcross Bank said its staff had been retrained. She said the bank had cheated thousands.")
    found = parse(text, "en").attributions
    assert found[-1].source_text == "She" and found[-1].source_canonical != "Norcross Bank"



@pytest.mark.parametrize(("text", "source"), [
    ("The union representing 40,000 grocery staff said it wanted more pay.",
     "The union representing 40,000 grocery staff"),
    ("A coalition of 1,200 farmers told the ministry the subsidy was too small.", "A coalition of 1,200 farmers"),
    ("The fund, with 3,500 members, said the vote was rigged.", "The fund"),
])
def test_a_thousands_comma_inside_a_subject_does_not_end_it(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


def test_a_relative_clause_with_an_auxiliary_after_an_inverted_source_is_part_of_it() -> None:
    text = "The money will arrive too late for this winter, said a driver who has worked the night routes for years."
    assert _found(text)[0][:2] == ("a driver who has worked the night routes for years", "said")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The governor will sign the bill next week, his spokeswoman, Hana Brook, said on Friday.",
     "his spokeswoman, Hana Brook", "The governor will sign the bill next week"),
    ("The plant will close in June, Tarrow's chief executive, Ed Marsh, told the court.",
     "Tarrow's chief executive, Ed Marsh", "The plant will close in June"),
    ("The senator has no plans to resign, her spokesman, Kwame Osei, said in a statement.",
     "her spokesman, Kwame Osei", "The senator has no plans to resign"),
    ("The report will be published in May, the agency's director, Lena Park, told lawmakers.",
     "the agency's director, Lena Park", "The report will be published in May"),
    ("The club will appeal the ban, its chairman, Rui Costa, said.", "its chairman, Rui Costa",
     "The club will appeal the ban"),
])
def test_a_description_set_off_before_the_speakers_name_belongs_to_the_source_not_the_content(
        text: str, source: str, content: str) -> None:
    first = _found(text)[0]
    assert (first[0], first[2]) == (source, content)


@pytest.mark.parametrize(("text", "source"), [
    ("More than 300 residents said the water was unsafe.", "More than 300 residents"),
    ("Fewer than 20 nurses told the inquiry that the ward was safe.", "Fewer than 20 nurses"),
    ("But more than 40 doctors warned that the drug was unsafe.", "more than 40 doctors"),
])
def test_a_count_opened_by_more_than_is_the_subject_not_a_comparison(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


def test_a_comparison_with_than_before_its_subject_still_reports_nothing() -> None:
    assert _found("The storm hit earlier than many scientists had thought.") == []



_BODY_WORDS: Final = ["shares", "stock", "board", "chief executive", "CEO", "of", "at", "the", "The", "Harlow",
                      "Mutual", "harlow", "MUTUAL", "-", "x", "'s", ",", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BODY_WORDS), max_size=30), st.sampled_from(["", " ", "-"]))
def test_a_marker_before_a_name_is_found_where_a_search_of_the_whole_text_finds_it(words: list[str],
                                                                                    joiner: str) -> None:
    # the windowed search before each place of the name agrees with one case-blind search of the whole text
    text = (joiner or " ").join(words)
    markers = _alternation(frozenset(["shares", "stock", "board", "chief executive", "ceo"]))
    whole = re.compile(rf"(?<![\w-])(?:{markers}) (?:of|at) (?:the )?{re.escape('Harlow Mutual')}\b", re.IGNORECASE)
    before, reach = _marker_before(markers)
    windowed = any(before.search(text, max(0, m.start() - reach), m.start()) is not None
                   for m in _case_blind_matches(_name_pattern("Harlow Mutual"), text, "Harlow Mutual"))
    assert windowed == (whole.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BODY_WORDS), max_size=30), st.sampled_from(["", " ", "'", "’"]),
       st.sampled_from(["Harlow Mutual", "Harlow", "harlow", "MUTUAL"]))
def test_a_marker_after_a_name_is_found_as_the_pattern_of_name_and_marker_finds_it(words: list[str], joiner: str,
                                                                                     written: str) -> None:
    # the marker's pattern tried right after each place the name is written, no pattern per name: the same
    # matches, groups and ends as the name's own pattern tried where the name is written
    text = (joiner or " ").join(words)
    markers = _alternation(frozenset(["shares", "stock", "board", "chief executive", "ceo"]))
    whole = re.compile(rf"{re.escape(written)}(['’]s?)? ({markers})\b", re.IGNORECASE)
    after = re.compile(rf"(['’]s?)? ({markers})\b", re.IGNORECASE)
    expected = [(m.end(), m.group(1), m.group(2)) for m in literal_matches(whole, text, written)]
    assert [(m.end(), m.group(1), m.group(2)) for m in _matches_after(after, text, written)] == expected
