"""Arabic, round 59: the subject an opening verb gives a participle cue after a comma ends where the verb's
complement starts: an object with a glued pronoun, 'على' or 'إلى', or an object followed by a state ('غاضبا')."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records

# --- 'وغادر اللاعب الملعب غاضبا، مؤكدا': the title alone speaks, not what he left nor how ----------------------


@pytest.mark.parametrize(("text", "source"), [
    ("وغادر اللاعب الملعب غاضبا، مؤكدا أن الحكم ظلم فريقه.", "اللاعب"),
    ("وغادر المتحدث الرسمي المؤتمر غاضبا، مشيرا إلى أن الأسئلة استفزازية.", "المتحدث الرسمي"),
    ("وغادر المتحدث الرسمي غاضبا، مؤكدا أن الأسئلة استفزازية.", "المتحدث الرسمي"),
    ("واختتم المبعوث جولته في المنطقة، مشددا على أن الحل السياسي ممكن.", "المبعوث"),
    ("ورد المتحدث على الانتقادات، قائلا إن الحكومة ستواصل الإصلاحات.", "المتحدث"),
    ("وعاد الرئيس المصري إلى القاهرة، مؤكدا أن الزيارة ناجحة.", "الرئيس المصري"),
])
def test_the_subject_before_a_participle_stops_at_the_verbs_complement(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("ورد الوزير علي الحسن على الانتقادات، قائلا إن الخطة ناجحة.", "الوزير علي الحسن"),
    ("وغادر الوزير محمد خالد القاعة غاضبا، مؤكدا أن الجلسة انتهت.", "الوزير محمد خالد"),
    ("وزار المبعوث الأممي المخيم، مؤكدا أن الوضع صعب.", "المبعوث الأممي"),
    ("ودخل الوزير القاعة مبتسما، مؤكدا أن الاتفاق قريب.", "الوزير"),
    ("وأنهى المدرب حديثه للصحفيين، مشيرا إلى أن الفريق جاهز.", "المدرب"),
])
def test_a_name_or_adjective_after_the_title_stays_and_a_cut_object_stays_cut(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


# --- 'بحسب ما نقل عن مصدر': the one the words were relayed from, without 'عن' ---------------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("والقرار نهائي، بحسب ما نقل عن مسؤول في الوزارة.", "مسؤول في الوزارة"),
    ("وبحسب ما نقل عن المتحدث باسم الجيش، فإن القوات انسحبت.", "المتحدث باسم الجيش"),
    ("والأسعار سترتفع، بحسب ما نقلته عن مصادر مطلعة.", "مصادر مطلعة"),
    ("والمعبر سيفتح غدا، وفقا لما نقل عن محافظ المدينة.", "محافظ المدينة"),
])
def test_a_relayed_according_phrase_names_the_source_after_an(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


# --- 'وناقش الوزير ونظيره القطري الملفات، وأكدا': a dual verb goes on with the two the opening verb names -------


@pytest.mark.parametrize(("text", "source"), [
    ("وناقش الوزير ونظيره القطري الملفات المشتركة، وأكدا أن التنسيق مستمر.", "الوزير ونظيره القطري"),
    ("والتقى وزير الخارجية أحمد سالم ونظيره التركي في أنقرة، وأكدا أن العلاقات متينة.",
     "وزير الخارجية أحمد سالم ونظيره التركي"),
    ("وبحث وزير الداخلية المصري سامح العطار ونظيره الأردني خالد المومني الملف في عمان، وأكدا أن الحل سياسي.",
     "وزير الداخلية المصري سامح العطار ونظيره الأردني خالد المومني"),
    ("واستقبل الملك ونظيره الإسباني الوفد في القصر، وأكدا أن الشراكة قوية.", "الملك ونظيره الإسباني"),
])
def test_a_dual_verb_after_a_comma_takes_the_subject_and_his_counterpart(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


def test_a_plural_verb_after_a_comma_still_takes_a_plural_subject() -> None:
    assert [a.source_text for a in arabic_records("وزار نواب الحزب المخيم، وقالوا إن الوضع صعب.")] == ["نواب الحزب"]
