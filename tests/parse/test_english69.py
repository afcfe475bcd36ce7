"""Wire copy's datelines and page furniture: a dateline ('HARTLEY, May 4 -', 'بيروت - (رويترز) -') is no part of
the first report's content, and a photo's caption opening the page names no speaker. Texts are written for these
tests."""

from __future__ import annotations

from attribution.parse import parse

from .conftest import offsets_hold


def _pairs(text: str, lang: str) -> list[tuple[str, str]]:
    result = parse(text, lang)
    assert offsets_hold(result)
    return [(a.source_text, a.content.text) for a in result.attributions]


def test_the_comma_of_a_dated_dateline_sets_off_no_clause_before_the_speaker() -> None:
    assert _pairs("HARTLEY, May 4 - Councillor Omar Betts said, however, that the ferry would run.", "en") == [
        ("Councillor Omar Betts", "that the ferry would run")]


def test_an_aside_after_the_verb_keeps_the_report_after_a_dated_dateline() -> None:
    assert _pairs("HARTLEY, May 4 - Councillor Omar Betts said, in a letter, that the ferry would run.", "en") == [
        ("Councillor Omar Betts", "that the ferry would run")]


def test_a_doubled_dash_closes_a_dateline_with_a_state() -> None:
    assert _pairs("CAPE ORRIN, Wis. -- Fire chief Rosa Lind said, however, the blaze was contained.", "en") == [
        ("Fire chief Rosa Lind", "the blaze was contained")]


def test_an_arabic_agency_in_brackets_after_the_city_belongs_to_the_dateline() -> None:
    assert _pairs("طرابلس - (رويترز) - المعبر سيفتح غدا، بحسب ما قال محافظ المدينة.", "ar") == [
        ("محافظ المدينة", "المعبر سيفتح غدا")]


def test_an_arabic_agency_of_several_letters_belongs_to_the_dateline() -> None:
    assert _pairs("صنعاء – (أ ف ب) – المعبر سيفتح غدا، وفقا لمحافظ المدينة.", "ar") == [
        ("محافظ المدينة", "المعبر سيفتح غدا")]


def test_an_arabic_city_and_country_before_the_outlet_are_a_dateline() -> None:
    assert _pairs("تونس، تونس (CNN)-- المعبر سيفتح غدا، بحسب ما قال محافظ المدينة.", "ar") == [
        ("محافظ المدينة", "المعبر سيفتح غدا")]


def test_a_caption_with_a_wire_photo_credit_opening_the_page_names_no_speaker() -> None:
    text = ("Photo: Fire chief Rosa Lind visits the burned hills. (AP Photo/Dale Moss)\n\n"
            "SALEM, Ore. (AP) - Fire chief Rosa Lind said the blaze was contained.")
    assert _pairs(text, "en") == [("Fire chief Rosa Lind", "the blaze was contained")]


def test_a_wire_photo_credit_in_brackets_makes_a_line_a_caption() -> None:
    text = ("Blaze contained in hills\n\nSALEM, Ore. (AP) - Fire chief Rosa Lind said the blaze was contained.\n\n"
            "Crews say the hills are safe now, residents were told. (AP Photo)\n\n"
            "Lind said crews would stay overnight.")
    assert _pairs(text, "en") == [("Fire chief Rosa Lind", "the blaze was contained"),
                                  ("Lind", "crews would stay overnight")]


def test_a_title_case_place_and_a_date_before_a_dash_are_a_dateline() -> None:
    assert _pairs("Fernhill, Oct 8 - Warden Lena Brook said, however, that the park would stay open.", "en") == [
        ("Warden Lena Brook", "that the park would stay open")]



def test_an_arabic_byline_closing_its_line_after_a_dateline_reports_nothing_but_a_writer_before_a_quote_does() -> None:
    byline = "الجسر يفتح قريبا\n\nالمنامة - كتب خالد رضا:\n\nأعلن محافظ المدينة أن الجسر سيفتح الشهر المقبل."
    writer = "الجسر يفتح قريبا\n\nالمنامة - كتب المحافظ في منشور:\n\n«الجسر سيفتح الشهر المقبل»."
    assert _pairs(byline, "ar") + _pairs(writer, "ar") == [
        ("محافظ المدينة", "أن الجسر سيفتح الشهر المقبل"), ("المحافظ", "«الجسر سيفتح الشهر المقبل»")]
