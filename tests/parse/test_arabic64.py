"""Arabic, round 64: sources and contents in unseen text — a masdar of importance ('أهمية', which ends like an
adjective) after 'في كلمته' opens the content, and 'للمرة الثانية' / 'لأول مرة' / 'هذا العام' between the
subject and the object are adverbs, no part of the source. Texts are written for these tests; none is copied
from a corpus."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse.resolve import Resolver
from tests.parse.conftest import arabic_records

# --- 'وأكد الوزير في كلمته أهمية الحوار': 'أهمية' is the object's head, not an adjective of the occasion ----


@pytest.mark.parametrize(("text", "content"), [
    ("وأكدت المديرة في كلمتها أهمية التدريب المهني.", "أهمية التدريب المهني"),
    ("وأكد العميد في كلمته أهمية الالتزام بالمواعيد.", "أهمية الالتزام بالمواعيد"),
    ("وأكد المحافظ في كلمته أهمية صيانة الطرق.", "أهمية صيانة الطرق"),
])
def test_a_stance_masdar_after_the_occasion_opens_the_content(text: str, content: str) -> None:
    assert [a.content.text for a in arabic_records(text)] == [content]


# --- 'أعلن البنك للمرة الثانية هذا العام رفع …': how often and when are adverbs between subject and object ----


@pytest.mark.parametrize(("text", "source", "content"), [
    ("أعلنت الهيئة العامة للطيران للمرة الثالثة هذا الشهر تأجيل الرحلات.", "الهيئة العامة للطيران",
     "تأجيل الرحلات"),
    ("وأكدت النقابة للمرة الأولى أن الأجور لم تصرف.", "النقابة", "أن الأجور لم تصرف"),
    ("وأعلن النادي لأول مرة أنه سيبيع ملعبه.", "النادي", "أنه سيبيع ملعبه"),
])
def test_how_often_between_subject_and_object_is_no_part_of_the_source(text: str, source: str,
                                                                         content: str) -> None:
    assert [(a.source_text, a.content.text) for a in arabic_records(text)] == [(source, content)]


# --- 'المحاسب', 'الممرضة': common trades before a name leave the name as the canonical -----------------------


@pytest.mark.parametrize(("text", "canonical"), [
    ("وقال المحاسب طارق العزي إن الدفاتر مكتملة.", "طارق العزي"),
    ("وقالت الممرضة نجوى الفاسي إن الأسرة ممتلئة.", "نجوى الفاسي"),
    ("وقال السائق نادر قاسم إن الطريق مغلقة.", "نادر قاسم"),
    ("وقال المقاول ياسر البنا إن العمل سينتهي في الربيع.", "ياسر البنا"),
])
def test_a_trade_before_a_name_leaves_the_name_as_canonical(text: str, canonical: str) -> None:
    assert [a.source_canonical for a in arabic_records(text)] == [canonical]


# --- 'هالة سعيد': the first name, a woman's, decides though the second is also a man's name -------------------


@pytest.mark.parametrize(("mention", "gender"), [
    ("هالة سعيد", "f"),
    ("الباحثة سلمى حسن", "f"),
    ("مديرة المكتبة رنا محمود", "f"),
    ("كريم فاطمة", "m"),
])
def test_an_arabic_first_name_decides_the_mention_s_gender(mention: str, gender: str) -> None:
    resolver = Resolver("نص قصير.", lexicon_for("ar"), None)
    assert resolver._mention_gender(mention) == gender


def test_a_first_name_after_a_kinship_word_decides_nothing() -> None:
    """Guard (the base does the same): in 'والد هالة سعيد' (her father) no first name leads the mention."""
    resolver = Resolver("نص قصير.", lexicon_for("ar"), None)
    assert resolver._mention_gender("والد هالة سعيد") == ""


# --- 'واستقبل الوزير سامي الحداد وفد الغرفة، وأكد': an indefinite object in construct after the name -----------


@pytest.mark.parametrize(("text", "source"), [
    ("واستقبل وزير الصحة عادل الشامي وفد نقابة الأطباء، وأكد أن المستشفيات جاهزة.", "وزير الصحة عادل الشامي"),
    ("واستقبل محافظ المدينة رامي يوسف الخطيب وفد التجار، وقال إن الأسواق ستفتح.",
     "محافظ المدينة رامي يوسف الخطيب"),
    ("وزار رئيس الجامعة فادي العمري مختبر الكيمياء، وقال إن الأجهزة قديمة.", "رئيس الجامعة فادي العمري"),
])
def test_an_indefinite_object_after_the_name_is_no_part_of_the_source(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


# --- 'وأصدرت المحكمة قرارها الذي نص على أن …': the possessed document before the relative speaks -------------


@pytest.mark.parametrize(("text", "source"), [
    ("وأصدرت اللجنة قرارها الذي نص على أن الانتخابات ستعاد.", "قرارها"),
    ("ونشر المرصد تقريره الذي يؤكد أن التلوث زاد.", "تقريره"),
])
def test_a_possessed_document_before_a_relative_is_the_source(text: str, source: str) -> None:
    found = arabic_records(text)
    assert [(a.source_text, a.source_type) for a in found] == [(source, "document")]
