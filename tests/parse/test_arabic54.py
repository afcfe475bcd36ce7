"""Arabic, round 54: a named envoy before his own verb, a king who is no minister, and the paper a writer wrote in."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import arabic_records

# --- a title, its country and the holder's name before his own verb: the whole subject of 'وقال' after it -------

@pytest.mark.parametrize(("text", "source"), [
    ("سفير مصر أسامة عبد الخالق رفض الاتهامات، وقال إن بلاده ملتزمة بالقانون الدولي.", "سفير مصر أسامة عبد الخالق"),
    ("وكان سفير مصر أسامة عبد الخالق رفض الاتهامات، وقال إن القاهرة تحترم تعهداتها.", "سفير مصر أسامة عبد الخالق"),
    ("وكان وزير خارجية تونس نبيل عمار انتقد البيان، وقال إن بلاده ترفض التدخل.", "وزير خارجية تونس نبيل عمار"),
    ("مندوب ليبيا محمد السني انتقد التقرير، وقال إن طرابلس لم تُستشر.", "مندوب ليبيا محمد السني"),
])
def test_a_title_its_country_and_a_name_before_the_first_verb_are_the_speaker_who_goes_on(text: str,
                                                                                          source: str) -> None:
    found = [a for a in arabic_records(text) if a.cue is not None and a.cue.text.startswith("و")]
    assert [a.source_text for a in found] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("مندوب إثيوبيا رفض الاتهامات، وقال إن بلاده لم تنتهك الاتفاق.", "مندوب إثيوبيا"),
    ("وكانت سفيرة الأردن لينا عناب انتقدت القرار، وقالت إن عمان تتابع الملف.", "سفيرة الأردن لينا عناب"),
    ("وكان مندوب الجزائر عمار بن جامع انتقد المشروع، وقال إن بلاده ستصوت ضده.", "مندوب الجزائر عمار بن جامع"),
])
def test_a_title_and_its_country_with_or_without_a_name_still_end_the_subject_there(text: str, source: str) -> None:
    found = [a for a in arabic_records(text) if a.cue is not None and a.cue.text.startswith("و")]
    assert [a.source_text for a in found] == [source]


# --- a king or a president of a country is not the minister of that country named before ----------------------

@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية الأردني أيمن الصفدي إن الوضع خطير. وأكد الملك الأردني أن المملكة لن تقبل التهجير.",
    "وقال وزير الخارجية الأردني أيمن الصفدي إن المعابر مغلقة. وشدد العاهل الأردني على رفض التهجير.",
    "وقال وزير الدفاع الفرنسي سيباستيان لوكورنو إن الجيش جاهز. وأضاف الرئيس الفرنسي أن باريس لن تتراجع.",
    "وقال وزير النفط العراقي حيان عبد الغني إن الإنتاج مستقر. وأكد الرئيس العراقي أن الدستور يحمي الجميع.",
])
def test_another_title_with_the_same_country_adjective_is_someone_else(text: str) -> None:
    first, second = arabic_records(text)
    assert second.source_canonical != first.source_canonical


@pytest.mark.parametrize(("text", "canonical"), [
    ("وقال وزير الخارجية الإيراني عباس عراقجي إن الوضع خطير. وأضاف الوزير الإيراني أن بلاده لن تتراجع.",
     "Abbas Araghchi"),
    ("وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس ستدعم الهدنة. وأضاف الرئيس الفرنسي أن أوروبا موحدة.",
     "Emmanuel Macron"),
])
def test_the_same_title_with_the_same_country_adjective_is_still_him(text: str, canonical: str) -> None:
    assert [a.source_canonical for a in arabic_records(text)] == [canonical, canonical]


# --- 'كتب الصحفي فلان في صحيفة …': the writer is the source, the paper he wrote in its conduit ----------------

@pytest.mark.parametrize(("text", "source", "conduit"), [
    ("وكتب الصحفي عماد الدين حسين في صحيفة \"الشروق\" أن الحكومة أخطأت في حساباتها.", "الصحفي عماد الدين حسين",
     "Al-Shorouk"),
    ("كتب الكاتب سامر يوسف في صحيفة النهار اللبنانية أن الانتخابات ستؤجل.", "الكاتب سامر يوسف", "Annahar"),
    ("وكتب المحلل السياسي فهد العتيبي في موقع \"إيلاف\" أن الرياض تراجعت عن شروطها.",
     "المحلل السياسي فهد العتيبي", "Elaph"),
    ("ويكتب الصحفي توماس فريدمان في صحيفة نيويورك تايمز أن واشنطن تخسر نفوذها.", "الصحفي توماس فريدمان",
     "The New York Times"),
    ("وكتب الكاتب جهاد الخازن في جريدة \"الحياة\" أن الحرب ستطول.", "الكاتب جهاد الخازن", "Al-Hayat"),
])
def test_the_paper_a_writer_wrote_in_is_a_conduit_not_part_of_him(text: str, source: str, conduit: str) -> None:
    (claim,) = arabic_records(text)
    assert (claim.source_text, claim.conduits) == (source, (conduit,))


@pytest.mark.parametrize(("text", "source"), [
    ("وقال الكاتب سامر يوسف في صحيفة النهار إن الانتخابات ستؤجل.", "الكاتب سامر يوسف في صحيفة النهار"),
    ("وكتب رئيس التحرير في صحيفة الأهرام أن مصر لن تتنازل.", "رئيس التحرير في صحيفة الأهرام"),
])
def test_with_no_verb_of_writing_or_no_name_the_paper_stays_in_the_title(text: str, source: str) -> None:
    (claim,) = arabic_records(text)
    assert claim.source_text == source
    assert parse(text, "ar").attributions[0].source_text == source
