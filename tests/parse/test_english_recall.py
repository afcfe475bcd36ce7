"""English constructions of reporting found by PolNeAR's missed records, each with texts of the project's own."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The former treasurer was accused of moving $2 million into a private account.",
     [("The former treasurer was accused of moving $2 million into a private account", "")]),
    ("Aid convoys have been blamed for spreading the fever to three villages, killing 40 people.",
     [("Aid convoys have been blamed for spreading the fever to three villages", "")]),
    ("Since then, the regulator has been harshly criticized for its slow response to the leak.",
     [("the regulator has been harshly criticized for its slow response to the leak", "")]),
    ("The coalition has often been faulted for acting too late, reflecting deep divisions among its members.",
     [("The coalition has often been faulted for acting too late", "")]),
    ("Ms. Okafor was praised for her handling of the floods.",
     [("Ms. Okafor was praised for her handling of the floods", "")]),
    ("The peacekeepers have sometimes been accused of abusing residents, with complaints filed in two provinces.",
     [("The peacekeepers have sometimes been accused of abusing residents", "")]),
    ("The new levy is being criticized as a tax on the poor.",
     [("The new levy is being criticized as a tax on the poor", "")]),
])
def test_a_passive_verb_of_charging_reports_its_clause_for_no_one_named(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    assert [(c.content, c.source) for c in found] == expected
    assert all(c.canonical == "" for c in found)  # the subject is the target: nobody is resolved as speaker


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Most of the governor's claims (61 of 90) were rated as false.",
     [("Most of the governor's claims (61 of 90) were rated as false", "")]),
    ("The new stadium has been portrayed as a giveaway to developers.",
     [("The new stadium has been portrayed as a giveaway to developers", "")]),
    ("The gunman was branded as a coward by neighbors.", [("The gunman was branded as a coward", "neighbors")]),
    ("His condition was described as stable.", []),  # (a hospital's formula, no verdict)
    ("The merger was widely touted as a rescue for the ailing chain.",
     [("The merger was widely touted as a rescue for the ailing chain", "")]),
    ("The elevator was rated for 12 passengers.", []),
    ("The patient was described by staff at the clinic.", []),
])
def test_a_passive_verb_of_describing_or_rating_reports_its_clause_only_with_as(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thousands were struck off the rolls in what is being criticized as a purge of poor voters.",
     [("a purge of poor voters", "")]),
    ("The driver, who was accused of fleeing the scene, appeared in court on Monday.",
     [("fleeing the scene", "")]),
])
def test_a_passive_charge_after_a_relative_reports_only_what_follows_its_preposition(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The striker was mocked for his miss by Rangers supporters on Sunday.",
     [("The striker was mocked for his miss", "Rangers supporters")]),
    ("The ruling was denounced as unlawful by the Law Society.",
     [("The ruling was denounced as unlawful", "the Law Society")]),
])
def test_a_passive_charge_with_an_agent_is_the_agent_s(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Workers were praised for their bravery, the mayor said.",
     [("Workers were praised for their bravery", "the mayor")]),
    ("The rules were denounced as an attack on free speech, according to the union.",
     [("The rules were denounced as an attack on free speech", "the union")]),
    ("The old mill was condemned for demolition last year.", []),
    ("The figures were reported by the Associated Press and confirmed by the state.",
     [("The figures", "the Associated Press")]),
    ("The deal was confirmed by two people familiar with the talks.",
     [("The deal", "two people familiar with the talks")]),
])
def test_a_passive_reported_by_another_cue_is_that_cue_s_and_an_agent_stops_at_the_next_predicate(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Prosecutors said the mayor was accused of taking bribes.",
     [("the mayor was accused of taking bribes", "Prosecutors")]),
    ("The senator accused the agency of hiding the report.", [("the agency of hiding the report", "The senator")]),
    ("The bridge was slammed for hours by heavy waves.", []),
    ("Two men accused of arson were released on bail.", []),
])
def test_no_passive_charge_where_another_cue_reports_it_or_nothing_is_charged(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mr. Adeyemi spoke emotionally of his years in the refugee camp.",
     [("his years in the refugee camp", "Mr. Adeyemi")]),
    ("The coach talked openly about his struggle with injuries.", [("his struggle with injuries", "The coach")]),
    ("The council leader called repeatedly for a review of the contract.",
     [("a review of the contract", "The council leader")]),
    ("Residents spoke angrily about the closure of the clinic.", [("the closure of the clinic", "Residents")]),
    ("The minister spoke briefly of the risks before leaving.", [("the risks", "The minister")]),
])
def test_an_ly_adverb_between_a_verb_and_its_preposition_is_part_of_the_cue(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize("sentence", [
    "The family spoke early about moving abroad.",
    "The pastor spoke daily about forgiveness.",
])
def test_an_ly_word_that_is_no_manner_adverb_is_not_taken_into_the_cue(sentence: str) -> None:
    assert claims(f"Story.\n\n{sentence}", "en") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Her death was confirmed by police on Sunday.", [("Her death", "police")]),
    ("The figures were first reported by The Harbour Gazette.", [("The figures", "The Harbour Gazette")]),
    ("His warnings were echoed by a number of economists.", [("His warnings", "a number of economists")]),
    ("The closure was announced by the ministry on Friday.", [("The closure", "the ministry")]),
    ("A different account of the crash was being told by Mr. Osei.",
     [("A different account of the crash", "Mr. Osei")]),
    ("The report was denied by a spokesman for the army.", [("The report", "a spokesman for the army")]),
])
def test_a_passive_of_saying_with_people_after_by_reports_its_subject_for_them(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The bridge was defended by soldiers.", []),  # (a deed: 'defended' is no agent passive)
    ("The results were confirmed by the tests.", []),  # (no people nor body after 'by')
    ("It was confirmed by police.", []),  # (a pronoun says nothing of what was confirmed)
    ("Officials said the figures were disputed by the Treasury.",
     [("the figures were disputed by the Treasury", "Officials")]),
])
def test_no_agent_passive_for_a_deed_a_thing_a_pronoun_or_under_another_cue(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Several backbench members have spoken against the levy.", [("the levy", "Several backbench members")]),
    ("Two bishops have spoken out against the new law.", [("the new law", "Two bishops")]),
    ("The union's leader speaks out against the cuts in every speech.", [("the cuts", "The union's leader")]),
    ("He spoke against the bronze backdrop of the museum.", []),  # (where he stood: no report)
])
def test_spoken_against_reports_its_object(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She's so frustrated that the state keeps cutting funds.",
     [("that the state keeps cutting funds", "She")]),
    ("The council is very confident that the bridge will open in May.",
     [("that the bridge will open in May", "The council")]),
    ("The general came away convinced that the ceasefire would hold.",
     [("that the ceasefire would hold", "The general")]),
    ("The farmers remain convinced that the dam caused the flood.",
     [("that the dam caused the flood", "The farmers")]),
    ("The union seemed hopeful that the strike would end soon.",
     [("that the strike would end soon", "The union")]),
    ("They're increasingly pessimistic that a deal can be reached.",
     [("that a deal can be reached", "They")]),
    ("The nurses were not sure that the new rota would work.",
     [("that the new rota would work", "The nurses")]),
    ("Growers grew skeptical that the subsidy would ever arrive.",
     [("that the subsidy would ever arrive", "Growers")]),
])
def test_an_adjective_of_belief_after_a_linking_verb_or_a_degree_word_reports_its_that_clause(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize("sentence", [
    "They were so tired that they slept on the floor.",  # (no adjective of belief: a result clause)
    "Everyone was angry that day.",  # ('that day': no clause)
    "He will sign only if he can be convinced that the deal is fair.",  # (a passive: someone convinces him)
    "The certain outcome was clear that morning.",
    "A sure sign that prices were rising came in May.",  # (no linking verb before the adjective)
])
def test_an_adjective_of_belief_reports_nothing_without_a_linking_verb_and_a_clause(sentence: str) -> None:
    assert claims(f"Story.\n\n{sentence}", "en") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The administration attempted to make the case to members of both parties that the bill is a bad idea.",
     [("that the bill is a bad idea", "The administration")]),
    ("The envoy explained to leaders of the three factions that the truce would begin at dawn.",
     [("that the truce would begin at dawn", "The envoy")]),
    ("The coach complained to officials of the league that the pitch was unsafe.",
     [("that the pitch was unsafe", "The coach")]),
    ("The firm wrote to holders of its bonds that payments would resume in June.",
     [("that payments would resume in June", "The firm")]),
    ("The union has tried to argue to members of the board that the cuts are illegal.",
     [("that the cuts are illegal", "The union")]),
])
def test_an_addressee_with_an_of_phrase_after_to_lets_the_that_clause_be_reported(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize("sentence", [
    "She tried to explain to voters the plan that she drafted.",  # (the 'that' of a relative clause)
    "The council voted to raise fees of members that joined after May.",
])
def test_a_that_far_after_to_and_an_object_opens_no_report(sentence: str) -> None:
    # (a vote reports what was voted for, from 'to': polnear26; no report opens at the relative 'that')
    assert all(not c.content.startswith("that") for c in claims(f"Story.\n\n{sentence}", "en"))


@pytest.mark.parametrize(("sentence", "expected"), [
    ('"We will win this county!" state Rep. Anne "Annie" Lowe shouted to the crowd.',
     [("direct", '"We will win this county!"', 'state Rep. Anne "Annie" Lowe')]),
    ('Retired Gen. James "Mad Dog" Ellis said the plan was reckless.',
     [("indirect", "the plan was reckless", 'Retired Gen. James "Mad Dog" Ellis')]),
    ('Coach Bill "Big Bill" Parcells told reporters the season was over.',
     [("indirect", "the season was over", 'Coach Bill "Big Bill" Parcells')]),
    ('Mayor Joe "Sonny" Russo said on Monday that the pool would reopen.',
     [("indirect", "that the pool would reopen", 'Mayor Joe "Sonny" Russo')]),
])
def test_a_nickname_in_double_quotation_marks_inside_a_name_is_part_of_the_speaker_not_a_quotation(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.kind, c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected



@pytest.mark.parametrize(("sentence", "expected"), [
    ("Some parents, however, question the wisdom of closing the school.",
     [("the wisdom of closing the school", "Some parents")]),
    ("Critics question whether the dam is safe.", [("whether the dam is safe", "Critics")]),
    ('I had to change my answer: "Of course I was joking."', [('"Of course I was joking."', "I")]),
    ('The coach gave a short answer: "We lost."', [('"We lost."', "The coach")]),
    ('The reporter asked a question: "Will you run again?"', [('"Will you run again?"', "The reporter")]),
])
def test_a_word_both_a_noun_of_saying_and_a_verb_reports_as_the_noun_before_a_colon_else_as_the_verb(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize("sentence", [
    "The question is whether the dam is safe.",
    "They answered questions about the plan.",
    "Voters should question claims in the ad.",  # (no 'the' or wh-word after the verb of doubting)
    "The answer was no.",
])
def test_a_noun_of_saying_without_its_colon_reports_nothing(sentence: str) -> None:
    assert claims(f"Story.\n\n{sentence}", "en") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The coach never missed a chance to remind the crowd he had won three titles.",
     [("he had won three titles", "The coach")]),
    ("The mayor took the opportunity to tell voters she had balanced the budget.",
     [("she had balanced the budget", "The mayor")]),
    ("The striking nurses used the occasion to warn the board they were ready to walk out.",
     [("they were ready to walk out", "The striking nurses")]),
])
def test_an_infinitive_verb_of_telling_after_a_chance_reports_a_clause_without_that_after_its_hearer(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The coach took the opportunity to remind reporters that he had won three titles.",
     [("that he had won three titles", "The coach")]),
    ("The mayor used the occasion to announce that the pool would reopen.",
     [("that the pool would reopen", "The mayor")]),
    ("The senator seized the moment to argue that the tax was unfair.",
     [("that the tax was unfair", "The senator")]),
    ("She welcomed the chance to explain that the plan was legal.", [("that the plan was legal", "She")]),
    ("Local officials have had many opportunities to say that the budget is short.",
     [("that the budget is short", "Local officials")]),
])
def test_the_one_who_takes_a_chance_to_speak_is_the_speaker_not_the_chance(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("As one analyst pointed out with a telling chart, the gap between the two is vast.",
     [("the gap between the two is vast", "one analyst")]),
    ("The budget is tight, as the mayor noted with a sigh.", [("The budget is tight", "the mayor")]),
    ("As the coach explained through an interpreter, the team was exhausted.",
     [("the team was exhausted", "the coach")]),
    ("The bridge will close for a month, as the agency announced via Twitter.",
     [("The bridge will close for a month", "the agency")]),
])
def test_an_as_comment_with_a_means_adverbial_still_reports_the_writers_clause(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Leaders met on Friday amid growing concerns that the bloc is too weak.",
     [("that the bloc is too weak", "")]),
    ("For years, the doctor has been dogged by charges that he sold useless pills.",
     [("that he sold useless pills", "")]),
    ("Amid fears that the bank would fail, investors sold their shares.", [("that the bank would fail", "")]),
    ("The drought forced a recognition that the reservoirs were too small.",
     [("that the reservoirs were too small", "")]),
    ("Democrats persisted in arguments that the panel is biased.", [("that the panel is biased", "Democrats")]),
    ("Tenant groups raised concerns that the new rules favor landlords.",
     [("that the new rules favor landlords", "Tenant groups")]),
    ("His remarks carried a tacit acknowledgment that he may be the last hope of the party.",
     [("that he may be the last hope of the party", "His remarks")]),
    ("The letter made a plea for calm, and a quiet acknowledgment that the party had lost its way.",
     [("that the party had lost its way", "The letter")]),
])
def test_a_report_noun_without_a_possessor_reports_its_that_clause_for_whoever_voiced_it(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")] == expected


@pytest.mark.parametrize("sentence", [
    "The plan reinforced concerns that give voters pause.",  # (a relative clause: a verb right after 'that')
    "The state controls the account that Mr. Hale uses to pay for repairs.",  # (no report noun)
    "It was the greatest fear that I have ever felt.",  # (after a superlative: a relative clause)
])
def test_a_report_noun_before_a_relative_that_reports_nothing(sentence: str) -> None:
    assert claims(f"Story.\n\n{sentence}", "en") == []


def test_a_verb_of_worrying_after_its_plural_subject_is_no_report_noun() -> None:
    found = claims("Story.\n\nSome investors worry that the shares are too dear.", "en")
    assert [(c.content, c.source) for c in found] == [("that the shares are too dear", "Some investors")]
