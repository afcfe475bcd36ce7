"""English wire-copy shapes: documents that read, speakers who give a name, asides that own a clause, conduits,
and first lines that are datelines or topics (issue 4)."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims


def test_a_quotation_before_a_document_that_reads_is_the_documents() -> None:
    text = 'Story.\n\n"Our doors stay open to every caller," a note from the volunteers read.'
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ('"Our doors stay open to every caller,"', "a note from the volunteers")]


def test_a_sentence_ending_on_the_noun_report_after_a_comma_is_no_report() -> None:
    text = "Story.\n\nThey obtained a full, unedited copy of the board's annual report."
    assert claims(text, "en") == []


def test_a_speaker_who_gave_a_name_keeps_the_name_in_the_mention_and_is_named() -> None:
    text = "Story.\n\nA driver who gave his name as Omar said the bridge had been shut since noon."
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text, a.anonymous) == (
        "A driver who gave his name as Omar", "the bridge had been shut since noon", False)


def test_a_request_to_be_identified_by_a_first_name_is_no_report() -> None:
    text = "Story.\n\nA nurse who asked to be identified only by her first name, Dana, said the ward was full."
    assert [c.content for c in claims(text, "en")] == ["the ward was full"]


def test_a_verb_after_a_speech_aside_goes_on_with_what_the_speaker_said() -> None:
    text = "Story.\n\nThe outlook, the port authority said, calls for fewer ships until spring."
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("The outlook", "the port authority"), ("calls for fewer ships until spring", "the port authority")]


def test_a_person_before_a_speech_aside_still_reports_with_the_verb_after_it() -> None:
    text = "Story.\n\nThe coach, aides said, told the players that the season was over."
    assert ("that the season was over", "The coach") in [(c.content, c.source) for c in claims(text, "en")]


def test_a_figure_judged_after_a_comma_is_judged_by_the_people_after_the_noun() -> None:
    text = "Story.\n\nExports rose 7 percent, a figure traders said was inflated by one order."
    assert [(c.content, c.source) for c in claims(text, "en")] == [("was inflated by one order", "traders")]


def test_cannot_after_a_judging_cue_opens_what_was_judged() -> None:
    text = "Story.\n\nRents climbed 12 percent, a pace landlords say cannot last."
    assert [(c.content, c.source) for c in claims(text, "en")] == [("cannot last", "landlords")]


def test_a_bare_title_does_not_mean_a_person_introduced_with_another_role() -> None:
    text = ("Story.\n\nA neighbour, Ruth Kemp, said she heard two shots.\n\n"
            "The magistrate said the hearing would resume on Thursday.")
    assert [c.canonical for c in claims(text, "en")] == ["Ruth Kemp", "The magistrate"]


def test_a_bare_title_still_means_the_one_person_named_without_a_role() -> None:
    text = ("Story.\n\nLeila Haddad said the budget would pass.\n\n"
            "The minister said cuts were not planned.")
    assert [c.canonical for c in claims(text, "en")] == ["Leila Haddad", "Leila Haddad"]


def test_a_second_title_does_not_take_a_person_another_title_already_meant() -> None:
    text = ("Story.\n\nOmar Said said the port would reopen.\n\nThe governor said ships were waiting.\n\n"
            "The president said aid was on its way.")
    assert [c.canonical for c in claims(text, "en")][1:] == ["Omar Said", "The president"]


def test_an_agency_carrying_a_statement_is_its_conduit() -> None:
    text = "Story.\n\nThe cabinet said in a statement carried by the state news agency that fuel prices would fall."
    [a] = parse(text, "en").attributions
    assert a.conduits == ("the state news agency",)


def test_an_adding_participle_keeps_the_outlet_the_same_mention_spoke_to() -> None:
    text = 'Story.\n\n"The roads are closed," the governor told Reuters, adding that "help is coming."'
    assert [a.conduits for a in parse(text, "en").attributions] == [("Reuters",), ("Reuters",)]


def test_an_upper_case_dateline_opening_the_text_is_no_speaker() -> None:
    text = "PUNE: The district council said on Friday that the dam was safe.\n\nEngineers inspected it twice."
    assert [c.source for c in claims(text, "en")] == ["The district council"]


def test_a_one_word_topic_before_a_headline_colon_is_no_speaker() -> None:
    text = "Tariffs: Talks Stall in Geneva\n\nNegotiators met for six hours on Monday."
    assert claims(text, "en") == []


def test_a_one_word_headline_label_the_body_quotes_is_a_speaker() -> None:
    text = "Okoro: We Will Win the Final\n\nThe captain, Ade Okoro, said his side was ready."
    assert ("Okoro", "We Will Win the Final") in [(c.source, c.content) for c in claims(text, "en")]


def test_a_possessive_after_a_day_opens_the_reported_clause() -> None:
    text = "Story.\n\nThe airline said on Thursday its fleet would be grounded until Monday."
    assert [c.content for c in claims(text, "en")] == ["its fleet would be grounded until Monday"]


def test_the_noun_of_an_unnamed_source_alone_refers_back_to_it() -> None:
    text = ('Story.\n\n"The talks are fragile," an envoy told Reuters on condition of anonymity. '
            '"One wrong word could end them," the envoy added.')
    assert [c.canonical for c in claims(text, "en")] == ["an envoy", "an envoy"]


def test_a_past_verb_after_a_judged_figure_opens_what_was_said() -> None:
    text = "Story.\n\nThe board offered a 3 percent raise, a figure nurses said fell short of rising rents."
    assert ("fell short of rising rents", "nurses") in [(c.content, c.source) for c in claims(text, "en")]


def test_a_passive_quoted_by_an_outlet_as_saying_gives_the_subject_the_words_and_the_outlet_the_conduit() -> None:
    text = "Story.\n\nThe defence minister was quoted by the state news agency IRNA as saying the drills would end."
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.content.text, a.conduits) == ("The defence minister", "the drills would end", ("IRNA",))


def test_a_two_word_place_before_a_headline_colon_is_no_speaker() -> None:
    text = "New Delhi: Smog Shuts Schools\n\nAir quality fell to hazardous levels on Monday."
    assert claims(text, "en") == []


def test_a_two_word_headline_label_the_body_gives_words_to_is_a_speaker() -> None:
    text = "Kofi Mensah: I Will Not Resign\n\nMensah said the allegations were false."
    assert ("Kofi Mensah", "I Will Not Resign") in [(c.source, c.content) for c in claims(text, "en")]


def test_figures_from_an_office_closing_the_sentence_report_the_clause_before() -> None:
    text = "Story.\n\nUnemployment fell to 4 percent in May, figures from the labour office showed."
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("Unemployment fell to 4 percent in May", "figures from the labour office")]


def test_a_notice_described_by_a_participle_reads_the_quotation_before_it() -> None:
    text = 'Story.\n\n"Visiting hours are suspended," the notice posted on the ward door read.'
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ('"Visiting hours are suspended,"', "the notice posted on the ward door")]


@pytest.mark.parametrize("body, speaker", [
    ("The captain, Ade Okoro, said his side was ready.", True),  # a first name right before it
    ("Midfielder\tOkoro trained alone on Monday.", True),  # a capitalised word after a tab, opening the sentence
    ("Rain fell. Striker Kofi Okoro trained alone.", True),  # a capitalised word in mid-sentence before it
    ("Rain fell. After Okoro trained, the squad left.", False),  # 'After' opens a sentence: no name
    ("Rain fell.\n\nAfter Okoro trained, the squad left.", False),  # (and a paragraph)
    ("Okoro then said the side was ready.", True),  # the word as the subject of a cue
    ("The squad trained for two hours on Monday.", False),  # the word never written in the body
])
def test_a_one_word_headline_label_is_a_speaker_when_the_body_names_someone_so(body: str, speaker: bool) -> None:
    text = f"Okoro: We Will Win the Final\n\n{body}"
    found = [c.source for c in claims(text, "en")]
    assert ("Okoro" in found) is speaker
