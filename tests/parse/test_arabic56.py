"""Arabic, round 56: a report inside a time clause ('قبل أن يؤكد أن …'), what 'وذلك' adds after a reported
claim, claims of responsibility, and page furniture that is no body sentence."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records

# --- 'قبل أن يؤكد أن', 'بعد أن أعلن أن': the time clause's verb reports, for the main clause's subject ---------


@pytest.mark.parametrize(("text", "content", "source"), [
    ("غادر وزير المالية سامر الخطيب القاعة قبل أن يؤكد أن الميزانية ستعرض على البرلمان الأسبوع المقبل.",
     "أن الميزانية ستعرض على البرلمان الأسبوع المقبل", "وزير المالية سامر الخطيب"),
    ("وصل رئيس البلدية نادر الصباغ إلى الموقع بعد أن أكد أن أعمال الصيانة ستنتهي خلال شهر.",
     "أن أعمال الصيانة ستنتهي خلال شهر", "رئيس البلدية نادر الصباغ"),
    ("التقى السفير الكندي بالمسؤولين المحليين، قبل أن يعلن أن بلاده ستقدم منحة جديدة للمدارس.",
     "أن بلاده ستقدم منحة جديدة للمدارس", "السفير الكندي"),
    ("رفضت النقابة العرض قبل أن تعلن أن الإضراب سيستمر حتى نهاية الشهر.",
     "أن الإضراب سيستمر حتى نهاية الشهر", "النقابة"),
    ("غادرت الوزيرة ليلى حداد القاعة قبل أن تؤكد أن الميزانية ستعرض على البرلمان.",
     "أن الميزانية ستعرض على البرلمان", "الوزيرة ليلى حداد"),
    ("غادر وزير المالية سامر الخطيب القاعة بعدما أكد أن الميزانية ستعرض على البرلمان الأسبوع المقبل.",
     "أن الميزانية ستعرض على البرلمان الأسبوع المقبل", "وزير المالية سامر الخطيب"),
])
def test_a_report_in_a_time_clause_is_the_main_clause_subjects(text: str, content: str, source: str) -> None:
    assert [(a.content.text, a.source_text) for a in arabic_records(text)] == [(content, source)]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("التقت الوزيرة سلمى العمري بممثلي المزارعين قبل أن تعلن الحكومة أن الدعم سيرتفع العام المقبل.",
     "أن الدعم سيرتفع العام المقبل", "الحكومة"),
    ("ترأس المحافظ يوسف القاسم الاجتماع قبل أن يضيف: \"لن نسمح بأي تأخير في المشروع\".",
     "\"لن نسمح بأي تأخير في المشروع\"", "المحافظ يوسف القاسم"),
    ("أنهى المدير العام زيارته للمصنع بعد أن دعا إلى زيادة الإنتاج.", "زيادة الإنتاج", "المدير العام"),
])
def test_a_time_clause_report_with_its_own_subject_colon_or_introducer(text: str, content: str, source: str) -> None:
    assert [(a.content.text, a.source_text) for a in arabic_records(text)] == [(content, source)]


def test_a_time_clause_report_inside_anothers_content_is_the_reported_clauses_subjects() -> None:
    text = "وقال الوزير إن الشركة غادرت السوق بعد أن أعلنت أن خسائرها تضاعفت."
    inner = [a for a in arabic_records(text) if a.content.text == "أن خسائرها تضاعفت"]
    assert [a.source_text for a in inner] == ["الشركة"]


@pytest.mark.parametrize("text", [
    "هبطت الطائرة في المطار قبل أن يعلن قائد الطائرة حالة الطوارئ.",
    "غادر اللاعب الملعب بعد أن أكد الطبيب إصابته.",
    "تراجعت الأسعار بعد أن أعلنت الحكومة خطة الدعم الجديدة.",
])
def test_a_time_clause_verb_with_only_an_object_reports_nothing(text: str) -> None:
    assert not arabic_records(text)


# --- '، وذلك حرصا على …': the purpose or reason of the claim is still the speaker's; the time and place of the
# words ('، وذلك خلال مؤتمر صحفي', '، وذلك بعد يومين') are the writer's ----------------------------------------------


@pytest.mark.parametrize(("text", "content"), [
    ("أكد وزير الصحة أن المستشفيات ستعمل على مدار الساعة، وذلك حرصاً على سلامة المرضى.",
     "أن المستشفيات ستعمل على مدار الساعة، وذلك حرصاً على سلامة المرضى"),
    ("أوضح المحافظ أن الطرق ستغلق مؤقتا، وذلك لتسهيل أعمال الصيانة.",
     "أن الطرق ستغلق مؤقتا، وذلك لتسهيل أعمال الصيانة"),
    ("أكدت الشرطة أنها ستكثف دورياتها، وذلك بهدف الحد من السرقات.",
     "أنها ستكثف دورياتها، وذلك بهدف الحد من السرقات"),
    ("قال مدير المطار إن الرحلات ألغيت، وذلك بسبب العاصفة الرملية.",
     "إن الرحلات ألغيت، وذلك بسبب العاصفة الرملية"),
    ("أعلنت الجامعة أنها ستؤجل الامتحانات أسبوعا، وذلك سعيا لإتاحة وقت أطول للطلاب.",
     "أنها ستؤجل الامتحانات أسبوعا، وذلك سعيا لإتاحة وقت أطول للطلاب"),
])
def test_a_purpose_after_a_closing_wadhalik_stays_in_the_content(text: str, content: str) -> None:
    assert [a.content.text for a in arabic_records(text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("أعلنت الهيئة أن التسجيل سيغلق يوم الخميس، وذلك خلال مؤتمر صحفي عقدته في العاصمة.",
     "أن التسجيل سيغلق يوم الخميس"),
    ("قالت الشركة إنها ستخفض الأسعار، وذلك بعد يومين من احتجاجات المستهلكين.", "إنها ستخفض الأسعار"),
    ("أكد الرئيس أن بلاده لن تتراجع، وذلك وفق كلمة نشرها مكتبه مساء الأحد.", "أن بلاده لن تتراجع"),
])
def test_when_and_where_after_a_closing_wadhalik_end_the_content(text: str, content: str) -> None:
    assert [a.content.text for a in arabic_records(text)] == [content]
