"""Arabic, round 61: constructions of unseen news — an opening verb of visiting or discussing and the object it
took, a dual verb after it, a feminine cue after a body named by a masculine noun, bare plural trades, and 'وقال
لها' inside a woman's reported words."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records

# --- 'وتفقد المحافظ المعبر، وأكد': the subject of a verb of visiting stops before what he visited -------------


@pytest.mark.parametrize(("text", "source"), [
    ("وتفقد المحافظ المعبر، وأكد أن الحركة طبيعية.", "المحافظ"),
    ("وزار وزير التعليم المدرسة الجديدة، وقال إن الدراسة ستبدأ الأحد.", "وزير التعليم"),
    ("وبحث المبعوث الملف مع قادة الفصائل، وأكد أن الاتفاق ممكن.", "المبعوث"),
    ("وناقش المدير المشروع مع ممثلي البنك، وقال إن التمويل مضمون.", "المدير"),
    ("وتفقد الوزير المستشفى الميداني، مؤكدا أن الإمدادات كافية.", "الوزير"),
    ("وتفقدت الوزيرة المدرسة، وأكدت أن الترميم انتهى.", "الوزيرة"),
    ("وزار السفير المصنع وأكد أن الإنتاج سيتضاعف.", "السفير"),
    ("وتفقد المحافظ المبنى المتضرر، وأكد أن السكان سينقلون.", "المحافظ"),
])
def test_a_visiting_verbs_subject_ends_before_its_definite_object(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("واستقبل الرئيس التونسي الوفد، وقال إن الزيارة مهمة.", "الرئيس التونسي"),
    ("وافتتح رئيس البلدية المعرض، وأشار إلى أن الإقبال كبير.", "رئيس البلدية"),
    ("وبحث الرئيس المنتخب الملف مع مستشاريه، وأكد أن الإصلاح أولوية.", "الرئيس المنتخب"),
    ("وزار الرئيس ماكرون المخيم، وأكد أن الوضع صعب.", "الرئيس ماكرون"),
])
def test_a_genitive_an_adjective_or_a_name_stays_with_the_subject(text: str, source: str) -> None:
    """Guards (the base does the same): what the rule above must not cut."""
    assert [a.source_text for a in arabic_records(text)] == [source]


# --- 'واستقبل الوزيران الوفد، وأكدا': a dual verb goes on with the dual the opening verb names ---------------


@pytest.mark.parametrize(("text", "source"), [
    ("واستقبل الوزيران الوفد التجاري، وأكدا أن الاستثمار سيتضاعف.", "الوزيران"),
    ("وناقش الخبيران الاقتصاديان التقرير، وأشارا إلى أن النمو ضعيف.", "الخبيران الاقتصاديان"),
    ("والتقى الطرفان في الدوحة، وأكدا أن الهدنة صامدة.", "الطرفان"),
])
def test_a_dual_verb_after_a_comma_takes_the_dual_subject(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


# --- 'وقال المستشفى … وأضافت': the nearest earlier speaker the feminine verb agrees with, else the body ------


def test_a_feminine_cue_after_a_masculine_body_goes_back_to_the_woman_before_it() -> None:
    found = arabic_records("وقالت الطبيبة إن الوباء انحسر. وقال المستشفى إن الأسرة متوفرة. "
                           "وأضافت أن اللقاحات وصلت.")
    assert [a.source_canonical for a in found] == ["الطبيبة", "المستشفى", "الطبيبة"]


def test_a_feminine_cue_after_a_masculine_body_goes_back_to_a_feminine_body_before_it() -> None:
    found = arabic_records("وقالت وزارة الصحة إن الوباء تراجع. وقال المستشفى إن الأسرة متوفرة. "
                           "وأضافت أن اللقاحات وصلت.")
    assert [a.source_canonical for a in found] == ["وزارة الصحة", "المستشفى", "وزارة الصحة"]


def test_a_feminine_cue_after_a_masculine_body_with_none_to_agree_with_stays_with_the_body() -> None:
    """A guard (the base does the same): with nobody a feminine verb agrees with, the body goes on."""
    found = arabic_records("وقال المركز في بيان إن الفحوص سلبية. وأضافت أن النتائج نهائية.")
    assert [a.source_canonical for a in found] == ["المركز", "المركز"]


# --- 'وقال صيادون': a bare plural of a trade is a group left unnamed --------------------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("وقال صيادون إن المياه ملوثة.", "صيادون"),
    ("بائعون قالوا إن السوق كاسدة.", "بائعون"),
    ("وقالت ممرضات إن الرواتب متأخرة.", "ممرضات"),
    ("وقال عمال في الميناء إن الإضراب مستمر.", "عمال في الميناء"),  # (arabic62: the place is the group's)
    ("وقال صياد إن البحر هائج.", "صياد"),
])
def test_a_bare_plural_trade_is_an_anonymous_group(text: str, source: str) -> None:
    found = arabic_records(text)
    assert [(a.source_text, a.anonymous, a.source_type) for a in found] == [(source, True, "anonymous")]


# --- 'وقالت المديرة إنها … وقال لها': the one told is not who speaks ------------------------------------------


def test_told_her_inside_her_reported_words_is_not_her_speaking() -> None:
    found = arabic_records("وقال الحارس إنه أغلق الباب. وقالت المديرة إنها اتصلت بالشرطة وقال لها إن الباب مغلق.")
    assert [(a.content.text, a.source_canonical) for a in found][-1] == ("إن الباب مغلق", "الحارس")


# --- 'وروت الممرضة أن …': telling what happened to oneself is a report, and 'وقال لها' in it is another's -------


@pytest.mark.parametrize(("text", "sources"), [
    ("وروى شاهد عيان أن الانفجار وقع قرب السوق.", ["شاهد عيان"]),
    ("وحكت السيدة أن الجنود دخلوا منزلها ليلا.", ["السيدة"]),
    ('وروت الممرضة أن الطبيب غضب وقال لها: "اخرجي من الغرفة".', ["الممرضة", "الطبيب"]),
])
def test_a_verb_of_telling_what_happened_reports(text: str, sources: list[str]) -> None:
    assert [a.source_text for a in arabic_records(text)] == sources
