"""English source typing and anonymity: a company named without a company word, a title word before a company
noun after 'its', and people a body sends to watch named by that body. Texts are written for these tests."""

from __future__ import annotations

from attribution.model import Attribution
from attribution.parse import parse


def _records(text: str) -> list[Attribution]:
    return list(parse("Business.\n\n" + text, "en").attributions)


def test_a_title_word_before_a_company_noun_after_its_is_a_company() -> None:
    records = _records("Its chief lender said the credit line would be renewed.")
    assert [(a.source_text, a.source_type) for a in records] == [("Its chief lender", "organization")]


def test_observers_from_a_named_body_speak_for_it_and_are_not_anonymous() -> None:
    records = _records("Election monitors from the Halvard Foundation said the count was orderly.")
    assert [(a.source_canonical, a.source_type, a.anonymous) for a in records] == [
        ("Halvard Foundation", "organization", False)]


def test_counted_observers_stay_unnamed_people_but_a_mission_of_them_is_its_body() -> None:
    records = _records("Two observers from the Halvard Foundation said ballots were missing. "
                       "Inspectors of the Halvard Foundation said the seals were intact.")
    assert [(a.source_type, a.anonymous) for a in records] == [("anonymous", True), ("organization", False)]


def test_a_name_opening_a_sentence_with_a_which_relative_is_a_body() -> None:
    text = ("Brevik Sund said orders had slumped in March. Brevik Sund, which builds trawlers, employs 400 people."
            "\n\nOstra Lind said costs were rising. Analysts backed Ostra Lind, which surprised few.")
    assert [(a.source_text, a.source_type) for a in _records(text)] == [
        ("Brevik Sund", "organization"), ("Ostra Lind", "person")]


def test_a_name_written_elsewhere_before_a_company_word_is_that_company() -> None:
    text = "Calder Voss said the plant would close in June. Calder Voss Holdings employs 900 people in the region."
    assert [(a.source_text, a.source_type) for a in _records(text)] == [("Calder Voss", "organization")]


def test_its_opening_the_speakers_own_report_makes_the_name_a_body() -> None:
    records = _records("Merrin Tade said its quarterly sales had fallen by a fifth.")
    assert [(a.source_text, a.source_type) for a in records] == [("Merrin Tade", "organization")]


def test_the_woman_after_an_unnamed_resident_is_that_unnamed_source() -> None:
    text = ('A shopkeeper who asked not to be named said the market had emptied. "Nobody buys," the woman said.')
    assert [(a.source_text, a.source_type, a.anonymous) for a in _records(text)] == [
        ("A shopkeeper who asked not to be named", "anonymous", True), ("the woman", "anonymous", True)]


def test_the_man_with_no_speaker_before_is_unnamed_but_after_a_named_one_is_left_alone() -> None:
    text = ('A crowd gathered outside the depot. "They lied to us," the man said.\n\n'
            'Greta Ekberg said the depot would reopen. "We will be back," the woman said.')
    assert [(a.source_text, a.anonymous) for a in _records(text)] == [
        ("the man", True), ("Greta Ekberg", False), ("the woman", False)]


def test_the_woman_right_after_a_named_man_is_someone_else_left_unnamed() -> None:
    text = 'Tomas Ekberg said the depot would reopen. "We will be back," the woman said.'
    assert [(a.source_text, a.anonymous) for a in _records(text)] == [("Tomas Ekberg", False), ("the woman", True)]


def test_arabic_observers_from_a_named_body_speak_for_it() -> None:
    text = "انتخابات\n\nوقال مراقبون من منظمة الدول الأمريكية إن الفرز جرى بلا عوائق."
    records = list(parse(text, "ar").attributions)
    assert [(a.source_type, a.anonymous) for a in records] == [("organization", False)]


def test_the_company_opening_the_next_sentence_makes_the_name_a_company_unless_he_or_she_speaks() -> None:
    text = ("Harnet Vosk said orders would slow this winter. The company also froze hiring.\n\n"
            "Brekke said he was tired of waiting. The company paid him late.")
    assert [(a.source_text, a.source_type) for a in _records(text)] == [
        ("Harnet Vosk", "organization"), ("Brekke", "person")]
