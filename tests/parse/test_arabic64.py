"""Arabic, round 64: sources and contents in unseen text — a masdar of importance ('أهمية', which ends like an
adjective) after 'في كلمته' opens the content, and 'للمرة الثانية' / 'لأول مرة' / 'هذا العام' between the
subject and the object are adverbs, no part of the source. Texts are written for these tests; none is copied
from a corpus."""

from __future__ import annotations

import pytest

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
