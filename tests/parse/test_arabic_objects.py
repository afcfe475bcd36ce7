"""Arabic reports whose object, addressee or counted noun sits between the cue and its content: where the
source ends and what was said starts. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأعلنت هيئة شؤون الأسرى والمحررين الإفراج عن الأسير صباح اليوم.", "هيئة شؤون الأسرى والمحررين",
     "الإفراج عن الأسير صباح اليوم"),
    ("وأعلن اتحاد نقابات العمال الإضراب العام يوم الأحد المقبل.", "اتحاد نقابات العمال",
     "الإضراب العام يوم الأحد المقبل"),
    ("وأعلنت نقابة المعلمين الإضراب المفتوح في المدارس الحكومية.", "نقابة المعلمين",
     "الإضراب المفتوح في المدارس الحكومية"),
    ("وأكدت مديرية الأمن العام الاعتقال الفوري للمشتبه بهم.", "مديرية الأمن العام",
     "الاعتقال الفوري للمشتبه بهم"),
    ("وأعلن التحالف الانسحاب من المدينة خلال يومين.", "التحالف", "الانسحاب من المدينة خلال يومين"),
    ("وأعلنت الشركة الإضراب عن العمل.", "الشركة", "الإضراب عن العمل"),
    ("وأعلنت هيئة الدفاع الاستئناف على الحكم.", "هيئة الدفاع", "الاستئناف على الحكم"),
])
def test_a_definite_derived_masdar_after_the_body_opens_what_it_announced(text: str, source: str,
                                                                           content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source"), [("وأعلن الاتحاد الأوروبي أن العقوبات ستمدد.", "الاتحاد الأوروبي"),
                                             ("وقال الائتلاف الحاكم إن الحكومة باقية.", "الائتلاف الحاكم"),
                                             ("وأعلن حزب الاستقلال أن مرشحه سيخوض الانتخابات.", "حزب الاستقلال")])
def test_a_bodys_own_name_in_the_derived_form_is_still_the_source(text: str, source: str) -> None:
    assert _pairs(text)[0][0] == source
