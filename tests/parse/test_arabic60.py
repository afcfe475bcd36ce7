"""Arabic, round 60: a quotation the article named a work with earlier is the speaker's word again right after a
complementizer carrying its subject ('بأنه "…"'); a report a relative clause makes ('المادة التي نصت على أن …')
ends before ', وما ورد في' a second such relative report joined to the same outer object."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records

# --- 'ووصفه بأنه "الطاغية"' after the play "الطاغية": what he called him, quoted, not the play's name -------------


@pytest.mark.parametrize(("text", "content"), [
    ('وعرض المسرح الوطني مسرحية "الطاغية" الشهر الماضي. وانتقد الكاتب الحاكم في مقاله ووصفه بأنه "الطاغية" '
     "أمام القراء.", 'بأنه "الطاغية" أمام القراء'),
    ('وأطلقت الشركة منتجها "النجمة" في الربيع. وقالت المديرة إنها "النجمة" التي ستغير السوق.',
     'إنها "النجمة" التي ستغير السوق'),
    ('وأهدى المغني ألبوم "الجوهرة" للاعب. ووصف المدرب مرارا اللاعب بأنه "الجوهرة"، في إشارة إلى مهارته.',
     'اللاعب بأنه "الجوهرة"'),
])
def test_a_repeated_quotation_after_a_complementizer_with_its_subject_is_the_speakers_word(text: str,
                                                                                          content: str) -> None:
    [record] = arabic_records(text)
    assert (record.kind, record.content.text) == ("mixed", content)


@pytest.mark.parametrize("text", [
    'ونشرت الفرقة ألبوم "الطريق" العام الماضي. وقال المغني إن ألبوم "الطريق" سجل في القاهرة.',
    'وصدر كتاب "الحقيقة الغائبة" العام الماضي. وقال الناقد إن الرواية تكشف "الحقيقة الغائبة" عن الحرب.',
])
def test_a_repeated_title_after_a_bare_complementizer_or_a_verb_still_names_the_work(text: str) -> None:
    [record] = arabic_records(text)
    assert record.kind == "indirect"


# --- 'المادة (12) التي نصت على أن «…»، وما ورد في المادة (14) التي نصت …': each article says its own -------------


@pytest.mark.parametrize(("text", "first", "second"), [
    ('وأكدت الوزارة ضرورة احترام المادة (12) التي نصت على أن "يقدم المرشح شهادة حسن سيرة وسلوك"، وما ورد في '
     'المادة (14) التي نصت على أن "تنشر أسماء الفائزين في الصحف الرسمية".',
     'أن "يقدم المرشح شهادة حسن سيرة وسلوك"', 'أن "تنشر أسماء الفائزين في الصحف الرسمية"'),
    ("وأكدت الوزارة ضرورة احترام المادة (12) التي نصت على أن المرشح يقدم شهادة حسن سيرة وسلوك، وما ورد في "
     "المادة (14) التي نصت على أن أسماء الفائزين تنشر في الصحف الرسمية.",
     "أن المرشح يقدم شهادة حسن سيرة وسلوك", "أن أسماء الفائزين تنشر في الصحف الرسمية"),
    ('وتضمن التعميم ضرورة تطبيق المادة (7) التي نصت على أن "تغلق المحلات عند منتصف الليل"، وما ورد في المادة '
     '(9) التي نصت على أن "تمنع الضوضاء بعد العاشرة".',
     'أن "تغلق المحلات عند منتصف الليل"', 'أن "تمنع الضوضاء بعد العاشرة"'),
])
def test_a_relative_report_ends_before_a_second_relative_report_after_wa_ma(text: str, first: str,
                                                                            second: str) -> None:
    contents = [a.content.text for a in arabic_records(text)]
    assert first in contents
    assert second in contents


def test_each_relative_report_keeps_its_own_article_as_source() -> None:
    text = ('وتضمن التعميم ضرورة تطبيق المادة (7) التي نصت على أن "تغلق المحلات عند منتصف الليل"، وما ورد في المادة '
            '(9) التي نصت على أن "تمنع الضوضاء بعد العاشرة".')
    assert [(a.source_text, a.content.text) for a in arabic_records(text)][1:] == [
        ("المادة (7)", 'أن "تغلق المحلات عند منتصف الليل"'), ("المادة (9)", 'أن "تمنع الضوضاء بعد العاشرة"')]


def test_a_circular_is_a_document_whose_object_reports_both_articles() -> None:
    text = ('وتضمن التعميم ضرورة تطبيق المادة (7) التي نصت على أن "تغلق المحلات عند منتصف الليل"، وما ورد في المادة '
            '(9) التي نصت على أن "تمنع الضوضاء بعد العاشرة".')
    first = arabic_records(text)[0]
    assert (first.source_text, first.source_type, first.content.text.endswith('بعد العاشرة"')) \
        == ("التعميم", "document", True)


def test_a_relative_report_goes_on_past_wa_ma_without_a_second_report() -> None:
    text = "وقال المحامي إن المادة التي نصت على أن التعويض واجب، وما تلاها من مواد، تحمي موكله."
    assert next(a.content.text for a in arabic_records(text)) \
        == "إن المادة التي نصت على أن التعويض واجب، وما تلاها من مواد، تحمي موكله"
