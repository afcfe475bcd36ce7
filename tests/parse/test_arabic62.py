"""Arabic, round 62: sources and subjects. A company named by a word and a company word ('الخليج للتأمين') is one
name; 'والدها' is a parent, not 'and' + a noun; a title of two words ('ولي العهد') keeps its holder's name; 'وما ورد
في التقرير' is the report's; a spokesman 'باسمها' after an 'أما' topic speaks for the topic; a plural trade keeps
where it works; 'سليم' is a first name."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records, one_arabic_record

# --- 'وقالت الوطنية للتأمين إن': a known word and a company word are one company ---------------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("وقالت الوطنية للتأمين إن أرباحها ارتفعت هذا العام.", "الوطنية للتأمين"),
    ("وأعلنت المتحدة للاتصالات أنها ستوسع شبكتها في الجنوب.", "المتحدة للاتصالات"),
    ("وأكدت الشرقية للاتصالات أن شبكتها ستعود للعمل مساء اليوم.", "الشرقية للاتصالات"),
])
def test_a_word_and_a_company_word_are_one_companys_name(text: str, source: str) -> None:
    record = one_arabic_record(text)
    assert (record.source_text, record.anonymous) == (source, False)


def test_a_dative_after_the_subject_is_still_whom_it_was_told() -> None:
    """A guard (the base does the same): 'للصحفيين' is no company word, so whom she told."""
    assert one_arabic_record("وقالت الوزيرة للصحفيين إن الرحلات ستعود.").source_text == "الوزيرة"


# --- 'والدها': a parent, not the conjunction and 'الدها' ---------------------------------------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("وقالت والدته إن الطفل عاد إلى البيت سالما.", "والدته"),
    ("وذكرت الجارة أن والدتها اتصلت بالإسعاف وقالت إن الطفل بخير.", "والدتها"),
    ("وأوضح المعلم أن والدها حضر إلى المدرسة وقال إن ابنته مريضة.", "والدها"),
    ("وزار الوفد الولاية الشمالية، وقال واليها إن الطرق مغلقة منذ أيام.", "واليها"),
])
def test_a_parent_word_opening_with_waw_is_not_and_with_a_definite_noun(text: str, source: str) -> None:
    assert arabic_records(text)[-1].source_text == source


# --- 'واستقبل ولي العهد الأمير خالد الوفد': the two-word title keeps the holder's name ---------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("واستقبل ولي العهد الأمير ماجد الوفد الياباني، وأكد أن التعاون سيتوسع.", "ولي العهد الأمير ماجد"),
    ("واستقبل ولي العهد الأمير ماجد الوفد الياباني وأكد أن التعاون سيتوسع.", "ولي العهد الأمير ماجد"),
])
def test_a_two_word_title_keeps_its_holders_name_before_the_object(text: str, source: str) -> None:
    assert one_arabic_record(text).source_text == source


def test_a_two_word_title_keeps_a_name_with_bin_before_the_object() -> None:
    """A guard (the base does the same): 'ماجد بن مشعل' whole, the object after it."""
    text = "واستقبل ولي العهد الأمير ماجد بن مشعل الوفد الياباني، وأكد أن التعاون سيتوسع."
    assert one_arabic_record(text).source_text == "ولي العهد الأمير ماجد بن مشعل"


# --- 'وما ورد في التقرير أن …': the report, not 'وما' --------------------------------------------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("وما ورد في التقرير أن المصنع أغلق أبوابه منذ شهرين.", "التقرير"),
    ("وما جاء في الرسالة أن الموظفين لم يتقاضوا أجورهم.", "الرسالة"),
])
def test_what_a_document_holds_is_the_documents_not_what(text: str, source: str) -> None:
    assert one_arabic_record(text).source_text == source


# --- 'أما البلدية فقالت المتحدثة باسمها': the topic speaks through its spokeswoman --------------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("أما البلدية فقالت المتحدثة باسمها إن الحديقة ستفتح في الربيع.", "البلدية"),
    ("وأما الجيش فأكد المتحدث باسمه أن التدريبات انتهت.", "الجيش"),
    ("وأما الجيش فقد أكد المتحدث باسمه أن التدريبات انتهت.", "الجيش"),
])
def test_a_spokesman_on_its_behalf_after_a_topic_speaks_for_the_topic(text: str, source: str) -> None:
    assert one_arabic_record(text).source_text == source


def test_a_topic_that_denies_is_still_the_source() -> None:
    """A guard (the base does the same): 'أما الإدارة فقد نفت …' with no spokesman."""
    assert one_arabic_record("أما الإدارة فقد نفت وجود أي عجز في الميزانية.").source_text == "الإدارة"


# --- 'وقال عمال في المصنع': a plural trade and where it works ------------------------------------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("وقال بائعون في سوق الخضار إن الإقبال ضعيف.", "بائعون في سوق الخضار"),
    ("وقالت معلمات في المدرسة الابتدائية إن الرواتب تأخرت.", "معلمات في المدرسة الابتدائية"),
])
def test_a_sound_plural_of_a_trade_keeps_where_it_works(text: str, source: str) -> None:
    record = one_arabic_record(text)
    assert (record.source_text, record.anonymous) == (source, True)


@pytest.mark.parametrize(("text", "source"), [
    ("وقال عمال في مصنع النسيج إن أجورهم تأخرت.", "عمال في مصنع النسيج"),
    ("وقال صيادون من القرية الساحلية إن الأسماك قلت.", "صيادون من القرية الساحلية"),
    ("وأكد سائقون في المحطة أن الوقود نفد منذ الصباح.", "سائقون في المحطة"),
])
def test_a_plural_trade_keeps_where_it_works(text: str, source: str) -> None:
    record = one_arabic_record(text)
    assert (record.source_text, record.anonymous) == (source, True)


# --- 'المهندس سليم العطار': a first name before a surname; 'بشكل سليم' stays an adjective ---------------------------


def test_salim_before_a_surname_is_a_first_name_after_a_trade() -> None:
    record = one_arabic_record("وانتقد المهندس سليم النجار التصميم، وقال إنه قديم.")
    assert (record.source_text, record.source_canonical) == ("المهندس سليم النجار", "سليم النجار")


def test_salim_as_an_adjective_names_no_one() -> None:
    """A guard (the base does the same): 'بشكل سليم' inside the content is no name."""
    record = one_arabic_record("وأكد المهندس أن الجسر بني بشكل سليم الأسبوع الماضي.")
    assert (record.source_text, record.content.text) == ("المهندس", "أن الجسر بني بشكل سليم الأسبوع الماضي")
