"""English cues and sources left over in political news: base forms of cues carried over by 'and' or after a
modal, infinitives after 'used … to', section labels, relative clauses after plural report nouns, appositive
speakers with party tags. Texts are written for these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The senator accused the agency of hiding the data and encourage regulators to open an inquiry.",
     "encourage", "regulators to open an inquiry"),
    ("Protesters criticized the council and demand that it reopen the library.",
     "demand", "that it reopen the library"),
    ("The coach praised his players and encourage fans to stay home on Sunday.",
     "encourage", "fans to stay home on Sunday"),
    ("Doctors warned the ministry about shortages and demand new funding for rural clinics.",
     "demand", "new funding for rural clinics"),
    ("Farmers blamed the drought on poor planning and encourage the province to build reservoirs.",
     "encourage", "the province to build reservoirs"),
])
def test_a_base_form_after_and_is_a_second_report_of_the_carried_subject(text: str, cue: str, content: str) -> None:
    found = _found(text)
    assert len(found) == 2
    assert found[1][1:] == (cue, content)
    assert found[1][0] == found[0][0] == " ".join(text.split()[:1 if text.startswith(("Protesters", "Doctors",
                                                                                       "Farmers")) else 2])


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("The moderators will demand more details from both candidates.",
     "The moderators", "demand", "more details from both candidates"),
    ("Teachers would encourage parents to read with their children.",
     "Teachers", "encourage", "parents to read with their children"),
    ("We encourage readers to send us their stories.", "We", "encourage", "readers to send us their stories"),
    ("Tenants demand that the landlord fix the heating.", "Tenants", "demand", "that the landlord fix the heating"),
])
def test_a_base_form_after_a_modal_a_pronoun_or_before_that_reports(
        text: str, source: str, cue: str, content: str) -> None:
    assert _found(text) == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    "Utilities turned to natural gas and demand from China cooled.",
    "Low interest rates encourage borrowing by households.",
    "Clients are beginning to demand diverse legal teams.",
    "The demand for housing rose again in March.",
])
def test_a_base_form_that_is_a_noun_or_a_plain_verb_is_no_cue(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "The regulator has until May to decide whether to approve the deal or demand that the firms sell assets.",
    "The board can accept the offer or demand that the bidder raise it.",
    "Voters will choose whether to keep the tax or demand that it be cut.",
    "The club must decide whether to sell the striker or demand that he sign a new contract.",
    "The union may strike or demand that the talks resume.",
])
def test_a_base_form_before_that_as_one_choice_after_or_is_no_report(text: str) -> None:
    assert _found(text) == []


def test_a_base_form_after_a_modal_inside_a_report_is_part_of_it() -> None:
    found = _found("Analysts said the ruling could encourage other cities to adopt similar fees.")
    assert [(f[0], f[1]) for f in found] == [("Analysts", "said")]


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("Mayor Kim Park used the hearing to accuse the contractor of fraud.",
     "Mayor Kim Park", "accuse", "the contractor of fraud"),
    ("The senator used the hearing to urge regulators to open an inquiry.",
     "The senator", "urge", "regulators to open an inquiry"),
    ("The governor used her speech to warn that the budget would fail.",
     "The governor", "warn", "that the budget would fail"),
    ("Rivera uses his weekly column to denounce the city's parking rules.",
     "Rivera", "denounce", "the city's parking rules"),
    ("The union used a rally in Leeds to demand higher wages for nurses.",
     "The union", "demand", "higher wages for nurses"),
])
def test_who_used_an_occasion_to_speak_is_the_source(text: str, source: str, cue: str, content: str) -> None:
    assert _found(text) == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    "The company used the money to pay its debts.",
    "Engineers used a crane to lift the beams into place.",
])
def test_using_something_to_act_reports_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "cue2", "content2"), [
    ("Trump took to Twitter to accuse the campaign of lying and urge Americans to watch the video.",
     "urge", "Americans to watch the video"),
    ("The minister took to the radio to denounce the strike and encourage workers to return.",
     "encourage", "workers to return"),
    ("Nadia Flores used the debate to accuse the board of fraud and demand a recount.",
     "demand", "a recount"),
])
def test_a_second_cue_after_took_to_or_used_to_has_the_first_speaker(text: str, cue2: str, content2: str) -> None:
    found = _found(text)
    assert found[1][1:] == (cue2, content2)
    assert found[1][0] == found[0][0] == text.split(" took")[0].split(" used")[0]


@pytest.mark.parametrize(("text", "kept"), [
    ("Story.\n\nQUESTIONABLE MEDICAL CLAIMS — The doctor has promoted diet pills on his show.", []),
    ("Story.\n\nWHAT THEY SAID: The mayor said the bridge would reopen.", [("The mayor", "said")]),
    ("Story.\n\nVOTERS WARN OF FRAUD — Election officials in Ohio said the count was fair.",
     [("Election officials in Ohio", "said")]),
    ("Story.\n\nRIVALS ACCUSE HIM - The senator has faced questions for months.", []),
    ("Story.\n\nCRITICS SAY: The plan costs too much, according to the auditor.", [("the auditor", "according to")]),
    ("Story.\n\nTHE COUNCIL DENIES WRONGDOING — Members met in private on Monday.", []),
])
def test_a_label_in_capitals_before_a_dash_or_colon_is_no_cue(text: str, kept: list[tuple[str, str]]) -> None:
    assert [(f[0], f[1]) for f in _found(text)] == kept


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nEDWARD SAID: The book was never finished.", "EDWARD SAID"),
    ("Story.\n\nPENCE: We will carry Ohio.", "PENCE"),
])
def test_a_speaker_label_ending_in_a_name_stays_a_speaker(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize("text", [
    "He has also intensified the personal attacks that have defined his campaign.",
    "He repeated sharp attacks that helped sink the bill.",
    "The group renewed bitter attacks that were aimed at the judge.",
    "Voters are tired of negative attacks that would never pass a fact check.",
    "The ads recycle old attacks that surfaced during the primary.",
])
def test_a_plural_cue_form_before_a_relative_clause_is_a_noun(text: str) -> None:
    assert [f for f in _found(text) if f[1] == "attacks"] == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Trump claims that was a lie.", "Trump", "that was a lie"),
    ("The mayor attacks that plan every week.", "The mayor", "that plan every week"),
    ("She claims that voters were misled.", "She", "that voters were misled"),
])
def test_a_plural_cue_form_after_its_subject_still_reports(text: str, source: str, content: str) -> None:
    assert _found(text)[0][0::2] == (source, content)


@pytest.mark.parametrize(("text", "content"), [
    ("Trump is promising lower taxes and “more jobs, more jobs,” but he has also intensified the warnings.",
     "lower taxes and “more jobs, more jobs,”"),
    ('The senator is promising "a new deal," but she has already dismissed the idea of a tax.', '"a new deal,"'),
    ('The governor praised the "courage" of nurses, but she has been criticized for cuts.',
     'the "courage" of nurses'),
    ('The coach promised "a fresh start," but he has repeatedly benched the same players.', '"a fresh start,"'),
])
def test_a_perfect_clause_of_the_writer_after_a_quoted_comma_ends_the_content(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


def test_backshifted_words_after_a_quoted_comma_stay_in_the_content() -> None:
    assert _found('She said the deal was "fair," and she would sign it.')[0][2] == \
        'the deal was "fair," and she would sign it'


@pytest.mark.parametrize(("text", "source"), [
    ('"It is a dog whistle," Rep. Gwen Moore (D-Wis.) said Friday.', "Rep. Gwen Moore (D-Wis.)"),
    ('"We need roads," Gov. Pat Lowe (R) told reporters.', "Gov. Pat Lowe (R)"),
    ('"We will fight," Sen. Ida Park (D-Vt.), a member of the panel, said.', "Sen. Ida Park (D-Vt.)"),
    ('"This is a big year!" Hale\'s niece, state Del. Mary Price (D-Norfolk), shouted to the crowd.',
     "Hale's niece, state Del. Mary Price (D-Norfolk)"),
    ('"Vote early!" Gov. Ann Roe (D-Maine) yelled to the crowd.', "Gov. Ann Roe (D-Maine)"),
    ('"We are broke," Hale\'s spokesman, Tom Reed, told reporters.', "Hale's spokesman, Tom Reed"),
    ('"We will win this seat," said Sen. Ann Lee (R-Ohio).', "Sen. Ann Lee (R-Ohio)"),
])
def test_a_speaker_after_a_quotation_keeps_a_bracketed_party_tag_and_a_name_after_a_relation(
        text: str, source: str) -> None:
    found = _found(text)
    assert len(found) == 1 and found[0][0] == source


def test_a_bracketed_tag_does_not_keep_an_exclaimed_quotation_from_its_speaker() -> None:
    text = 'Rally.\n\n"Count every vote!" the mayor\'s sister, state Sen. Rosa Diaz (D-Tucson), shouted.'
    assert [(f[0], f[2]) for f in _found(text)] == [
        ("the mayor's sister, state Sen. Rosa Diaz (D-Tucson)", '"Count every vote!"')]


def test_a_nickname_in_the_speakers_name_does_not_keep_an_exclaimed_quotation_from_its_speaker() -> None:
    text = 'Rally.\n\n"We are going to win!" the governor\'s cousin, state Rep. Luis "Lucho" Vega (D-El Paso), yelled.'
    assert [(f[0], f[2]) for f in _found(text)] == [
        ("the governor's cousin, state Rep. Luis \"Lucho\" Vega (D-El Paso)", '"We are going to win!"')]


@pytest.mark.parametrize(("text", "source", "content"), [
    ('Critics call the plan "a giveaway" for the rich.', "Critics", 'the plan "a giveaway" for the rich'),
    ('Unions call the deal "a betrayal."', "Unions", 'the deal "a betrayal."'),
    ('The senator opposed what they call "reform" of the pension system.', "they", '"reform" of the pension system'),
    ('Analysts call it "the worst quarter in a decade."', "Analysts", 'it "the worst quarter in a decade."'),
    ('Fans and players call the new stadium "the fridge."', "Fans and players", 'the new stadium "the fridge."'),
])
def test_a_present_call_with_a_quoted_name_reports_for_its_subject(text: str, source: str, content: str) -> None:
    assert [(f[0], f[1], f[2]) for f in _found(text)] == [(source, "call", content)]


@pytest.mark.parametrize("text", [
    "He will call the office tomorrow.",
    "Voters can call the hotline at any hour.",
])
def test_a_base_call_without_a_quotation_is_no_report(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "cue"), [
    ('The minister condemned what he called a "brazen breach" of the treaty.', "condemned"),
    ('Clinton says she admired the courage of what she calls a "war of words."', "says"),
    ('The council pledged to impose fines to deter what it called "a clear threat to the harbor."', "pledged"),
    ('The coach blasted the referees for what he called "a disgraceful night."', "blasted"),
])
def test_the_speakers_own_naming_after_what_is_part_of_the_report(text: str, cue: str) -> None:
    assert [f[1] for f in _found(text)] == [cue]


def test_another_speakers_naming_after_what_is_a_report_of_its_own() -> None:
    found = _found('Opposition leaders condemned what the foreign minister called "a reckless stunt."')
    assert ("the foreign minister", "called", '"a reckless stunt."') in found


def test_a_base_describe_after_and_is_a_second_report() -> None:
    text = 'The mayor and the governor call them "lone wolves" and describe their acts as crimes.'
    assert [(f[1], f[2]) for f in _found(text)] == [("call", 'them "lone wolves"'),
                                                    ("describe", "their acts as crimes")]


@pytest.mark.parametrize("text", [
    "The company declined to comment.",
    "The mayor's office did not respond to a request for comment.",
    "A spokesman for the campaign did not immediately respond to requests for comment on Friday.",
    "Aides did not return calls seeking comment.",
    "The White House refused to comment on the report.",
])
def test_declining_to_comment_is_no_report(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("A spokeswoman declined to comment, citing the ongoing investigation.", "A spokeswoman",
     "the ongoing investigation"),
    ("The company declined to comment, citing a pending lawsuit.", "The company", "a pending lawsuit"),
    ("The bank refused to release the data, citing privacy rules.", "The bank", "privacy rules"),
    ("Officials declined to discuss the case, citing a court order.", "Officials", "a court order"),
])
def test_citing_after_a_refusal_is_the_reason_the_subject_gave(text: str, source: str, content: str) -> None:
    assert _found(text) == [(source, "citing", content)]


@pytest.mark.parametrize(("text", "source"), [
    ("It became an issue, with Clinton — who has called for tax hikes — lambasting the plan.", "Clinton"),
    ("The vote was close, with the mayor — who had urged a delay — criticizing the council.", "the mayor"),
    ("The hearing turned tense, with Ruiz — who has accused the firm of fraud — demanding answers.", "Ruiz"),
])
def test_a_participle_after_a_dashed_relative_aside_has_the_subject_before_it(text: str, source: str) -> None:
    assert _found(text)[-1][0] == source


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("The study left little doubt that the lake was shrinking.", "The study", "left little doubt",
     "that the lake was shrinking"),
    ("The audit leaves no doubt that the program failed.", "The audit", "leaves no doubt",
     "that the program failed"),
    ("Obama read the papers, which left little doubt that the planet was warming.", "which", "left little doubt",
     "that the planet was warming"),
    ("Her testimony left no doubt that the order came from above.", "Her testimony", "left no doubt",
     "that the order came from above"),
])
def test_leaving_no_doubt_reports_for_its_subject(text: str, source: str, cue: str, content: str) -> None:
    assert _found(text) == [(source, cue, content)]


@pytest.mark.parametrize(("text", "source"), [
    ("Both candidates face questions, particularly after video surfaced showing the senator stumbling.", "video"),
    ("The mayor resigned after footage emerged showing him at the party.", "footage"),
    ("The firm apologized after data leaked showing its fees had doubled.", "data"),
])
def test_a_participle_after_a_bare_noun_and_its_past_verb_in_a_subordinate_clause_has_that_noun(
        text: str, source: str) -> None:
    assert _found(text)[-1][0] == source


@pytest.mark.parametrize(("text", "cue"), [
    ("The FBI director chastised the aide for the leak but did not recommend prosecution.", "recommend"),
    ("The mayor praised the plan and did not say whether she would sign it.", "say"),
    ("The coach blamed the referee but did not urge fans to stay home.", "urge"),
])
def test_a_denied_cue_after_and_or_but_keeps_the_carried_subject(text: str, cue: str) -> None:
    found = _found(text)
    assert found[-1][1] == cue and found[-1][0] == " ".join(text.split()[:2 if text.split()[2] != "director" else 3])


def _resolved(text: str) -> list[tuple[str, str]]:
    return [(a.source_text, a.source_canonical) for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "canonical"), [
    ("Story.\n\nIt is an issue, with Hillary Clinton — who’s called for tax hikes — lambasting the plan.",
     "Hillary Clinton"),
    ("Story.\n\nThe vote was close, with Senator Ana Ruiz — who has urged a delay — opposing it.", "Ana Ruiz"),
    ("Story.\n\nThe board met after Mark Ellis — who had demanded an audit — resigned.", "Mark Ellis"),
])
def test_a_relative_pronoun_after_a_dash_refers_to_the_name_before_it(text: str, canonical: str) -> None:
    assert _resolved(text)[0][1] == canonical


@pytest.mark.parametrize(("text", "source"), [
    ("Perhaps the moderators will demand more details.", "the moderators"),
    ("Maybe the governor will urge lawmakers to wait.", "the governor"),
    ("Perhaps the council will urge the court to intervene.", "the council"),
])
def test_an_opening_adverb_of_doubt_is_no_part_of_the_subject(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize("text", [
    "Story.\n\nAccording to the network, basically.",
    "Story.\n\nAccording to his aides, reportedly.",
    "Story.\n\nThe minister said, essentially.",
])
def test_a_content_that_is_one_adverb_reports_nothing(text: str) -> None:
    assert _found(text) == []


def test_a_quoted_adverb_is_still_said() -> None:
    assert _found('Story.\n\n"Absolutely," the mayor said.') == [("the mayor", "said", '"Absolutely,"')]
