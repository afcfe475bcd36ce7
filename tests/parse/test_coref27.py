"""Speakers carried across sentences and paragraphs: an honorific and a surname after the full name, 'the Democrat'
and 'the 45-year-old …' referring back, a quotation paragraph with no cue after a report that nests another
speaker, an unnamed officer, and an Arabic masculine implicit cue after a woman's words. Texts are written for
these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _speakers(text: str, lang: str) -> list[tuple[str, str, bool]]:
    return [(a.source_text, a.source_canonical, a.anonymous) for a in parse(text, lang).attributions]


@pytest.mark.parametrize(("text", "canonical"), [
    ("Mayor Daniel Price said on Monday that the bridge was safe.\n\nMr. Price also said the city would review "
     "its contracts.", "Daniel Price"),
    ("Daniel Price said on Monday that the bridge was safe.\n\nMr Price said the city would review its contracts.",
     "Daniel Price"),
    ("Vice President Joseph R. Biden Jr. said the plan was fair.\n\nMr. Biden said it would pass the Senate.",
     "Joseph R. Biden Jr."),
    ("Helen Okafor, the transport minister, said the dredging would wait.\n\nMs. Okafor said the fish came first.",
     "Helen Okafor"),
])
def test_an_honorific_and_a_surname_is_the_person_named_in_full_before(text: str, canonical: str) -> None:
    assert _speakers(text, "en")[-1][1] == canonical


def test_an_honorific_of_the_other_gender_is_not_the_person_named_before() -> None:
    text = ("Mayor Daniel Price said on Monday that the bridge was safe. Grace Price, his wife, said she was proud."
            "\n\nMr Price said the city would review its contracts.\n\nMrs. Price said she would attend the opening.")
    assert [s[1] for s in _speakers(text, "en")] == [
        "Daniel Price", "Grace Price", "Daniel Price", "Grace Price"]


def test_an_honorific_and_a_surname_is_a_person_not_a_plan_named_after_someone() -> None:
    named = "Kevin McKinley said the state would pay half the fees.\n\nMr. McKinley said the plan would help."
    assert _speakers(named, "en")[-1][1] == "Kevin McKinley"
    text = ("Under the McKinley plan, the state would pay half the fees, the governor's office said.\n\n"
            "Mr. McKinley said the plan would help poor families.")
    assert _speakers(text, "en")[-1][1] != "the McKinley plan"


@pytest.mark.parametrize(("text", "canonical"), [
    ('Senator Mark Whitfield said he expected a close race. "I take no vote for granted," Whitfield said. The '
     "Democrat added that turnout in the cities would decide it.", "Mark Whitfield"),
    ('"We will win Ohio," said Laura Benning, the party\'s nominee. The Republican said she would visit every '
     "county.", "Laura Benning"),
    ("Laura Benning said her campaign had raised more money than ever. The 45-year-old former prosecutor also said "
     "she would not debate again.", "Laura Benning"),
])
def test_the_party_or_an_age_with_its_description_refers_back_to_the_person_just_quoted(
        text: str, canonical: str) -> None:
    assert _speakers(text, "en")[-1][1] == canonical


def test_the_democrat_is_the_senator_but_the_democrats_plural_are_not() -> None:
    one = "Senator Mark Whitfield said he expected a close race. The Democrat said the cities would decide it."
    assert _speakers(one, "en")[-1][1] == "Mark Whitfield"
    many = "Senator Mark Whitfield said he expected a close race. The Democrats said they would hold the Senate."
    assert _speakers(many, "en")[-1][1] != "Mark Whitfield"


@pytest.mark.parametrize(("text", "speaker", "canonical"), [
    ("Senator Mark Whitfield said on Sunday that the governor had told him that the budget was empty.\n\n"
     '"Voters deserve answers, not slogans."', "Senator Mark Whitfield", "Mark Whitfield"),
    ("Helen Okafor said the union claimed that wages had fallen.\n\n\"That is simply not true, and they know it.\"",
     "Helen Okafor", "Helen Okafor"),
])
def test_a_quotation_paragraph_with_no_cue_goes_on_with_the_reporter_not_the_speaker_nested_in_his_words(
        text: str, speaker: str, canonical: str) -> None:
    assert _speakers(text, "en")[-1][:2] == (speaker, canonical)


def test_a_quotation_paragraph_with_no_cue_goes_on_with_a_plain_speaker_and_past_a_nested_one() -> None:
    plain = 'Tomas Reyes said the government had listened.\n\n"It took three years of protests to get here."'
    assert _speakers(plain, "en")[-1][:2] == ("Tomas Reyes", "Tomas Reyes")
    nested = ("Tomas Reyes said the mayor had told him that the channel would stay open.\n\n"
              '"It took three years of protests to get here."')
    assert _speakers(nested, "en")[-1][:2] == ("Tomas Reyes", "Tomas Reyes")


@pytest.mark.parametrize("text", [
    "One officer said the report had been unfair to the chief.",
    "An officer said the orders had come too late.",
    "A police officer said the road would stay closed until noon.",
])
def test_an_officer_not_named_is_anonymous(text: str) -> None:
    assert _speakers(text, "en")[-1][2] is True


def test_an_unnamed_officer_is_anonymous_and_a_named_one_is_not() -> None:
    assert _speakers("An officer at the scene said the road would stay closed.", "en")[-1][2] is True
    assert _speakers("Officer Dana Hill said the road would stay closed until noon.", "en")[-1][2] is False


def test_a_masculine_implicit_cue_after_a_womans_words_goes_on_with_the_man_who_spoke_before() -> None:
    text = ("قالت وزيرة المالية رنا الشامي إن الحكومة لا تملك موارد لزيادة الأجور.\n\n"
            "وقال رئيس اتحاد العمال محمود الدباغ إن العمال لن ينتظروا عاما آخر.\n\n"
            "وأضافت أن العجز في الموازنة كبير.\n\n"
            "وأضاف أن الاتحاد سيدعو إلى إضراب عام.")
    assert [s[1] for s in _speakers(text, "ar")] == [
        "رنا الشامي", "محمود الدباغ", "رنا الشامي",
        "محمود الدباغ"]


def test_a_masculine_implicit_cue_goes_back_to_a_man_only_when_the_speaker_is_a_woman() -> None:
    alone = ("قالت وزيرة الصحة سلمى الحسيني إن الوزارة لم تسجل إصابات جديدة.\n\n"
             "وأضاف أن الفرق الطبية فحصت مصادر المياه.")
    assert [s[1] for s in _speakers(alone, "ar")] == ["سلمى الحسيني"] * 2  # (no man before her)
    her_words = ("قال المتحدث باسم الحكومة سامي الخطيب إن الانتخابات ستجرى في موعدها.\n\n"
                 "وقالت النائبة ليلى حداد إن البرلمان سيناقش القضية.\n\n"
                 "وأضاف أن المعارضة تحاول إشعال الشارع.\n\n"
                 "وأضافت أن الكتل النيابية منقسمة.")
    assert [s[1] for s in _speakers(her_words, "ar")][2:] == ["سامي الخطيب",
                                                             "ليلى حداد"]
    his_words = ("قالت النائبة ليلى حداد إن البرلمان سيناقش القضية.\n\n"
                 "وقال المتحدث باسم الحكومة سامي الخطيب إن الانتخابات ستجرى في موعدها.\n\n"
                 "وأضاف أن المعارضة تحاول إشعال الشارع.")
    assert _speakers(his_words, "ar")[-1][1] == "سامي الخطيب"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tomas Reyes said the mayor had told him that the channel would stay open.", "the mayor"),
    ("Helen Okafor said the governor had warned that the budget was empty.", "the governor"),
    ("Amal Haddad said on Monday that the minister had admitted the prices were too high.", "the minister"),
])
def test_a_bare_title_inside_an_untitled_persons_words_is_someone_he_reports_not_him(
        text: str, speaker: str) -> None:
    assert _speakers(text, "en")[-1][:2] == (speaker, speaker)


def test_a_bare_title_outside_the_words_of_an_untitled_person_may_still_be_him() -> None:
    text = "Tomas Reyes said the channel would stay open.\n\nThe mayor said later that the work would start in May."
    assert _speakers(text, "en")[-1][1] == "Tomas Reyes"
    nested = "Tomas Reyes said the mayor had told him that the channel would stay open."
    assert _speakers(nested, "en")[-1][1] == "the mayor"


@pytest.mark.parametrize(("text", "canonical"), [
    ("قال مسؤول أمريكي لوكالة رويترز إن واشنطن سترسل مساعدات جديدة. وأضاف المسؤول الأمريكي أن الشحنة الأولى "
     "ستصل الأسبوع المقبل.", "مسؤول أمريكي"),
    ("قال مصدر أمني رفيع إن الهجوم أحبط. وقال مسؤول أمريكي إن واشنطن تراقب الوضع. وأكد المصدر الأمني أن التحقيق "
     "مستمر.", "مصدر أمني رفيع"),
])
def test_a_definite_unnamed_source_with_its_adjective_is_the_one_introduced_before(text: str, canonical: str) -> None:
    assert _speakers(text, "ar")[-1][1:] == (canonical, True)


def test_a_definite_unnamed_source_does_not_reach_past_a_named_official_nor_to_another_nationality() -> None:
    past = ("قال مسؤول أمريكي إن واشنطن سترسل مساعدات. وقال وزير الخارجية الأمريكي أنتوني بلينكن إن بلاده ملتزمة. "
            "وأضاف المسؤول الأمريكي أن الشحنة ستصل قريبا.")
    assert _speakers(past, "ar")[-1][1] != "مسؤول أمريكي"
    other = "قال مسؤول فرنسي إن باريس سترسل مساعدات. وأضاف المسؤول الأمريكي أن الشحنة ستصل قريبا."
    assert _speakers(other, "ar")[-1][1] != "مسؤول فرنسي"
    same = "قال مسؤول أمريكي إن واشنطن سترسل مساعدات. وأضاف المسؤول الأمريكي أن الشحنة ستصل قريبا."
    assert _speakers(same, "ar")[-1][1] == "مسؤول أمريكي"
