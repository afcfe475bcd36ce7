"""Arabic, round 56: a report inside a time clause ('قبل أن يؤكد أن …'), what 'وذلك' adds after a reported
claim, claims of responsibility, and page furniture that is no body sentence."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse.segment import is_furniture
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


# --- a furniture word opening a sentence of the story ('شارك في الاجتماع وزير …') drops no body sentence ----------


@pytest.mark.parametrize("line", [
    "شارك في الاجتماع وزير الاقتصاد خالد المنصوري، وقال إن بلاده ستضاعف استثماراتها في المنطقة.",
    "المزيد من الوفود وصل إلى القاعة، وقالت المتحدثة باسم المؤتمر إن العدد تجاوز التوقعات.",
    "تعليقات الوزير على الخطة أثارت جدلا واسعا بين النواب في جلسة الأحد.",
    "Comments from residents filled the first hour, and the mayor said the plan would protect libraries.",
])
def test_a_body_sentence_opening_with_a_furniture_word_is_no_furniture(line: str) -> None:
    lang = "en" if line.isascii() else "ar"
    assert not is_furniture(line, lexicon_for(lang))


@pytest.mark.parametrize("line", [
    "شارك",
    "شارك على فيسبوك تويتر واتساب",
    "المزيد",
    "تعليقات (3)",
    "تابعوا تغطيتنا المباشرة: الوزير يقول إن الأسعار ستنخفض في الأسابيع المقبلة بعد الاتفاق.",
    "للمزيد اضغط هنا",
])
def test_a_row_of_buttons_or_a_labelled_prompt_is_still_furniture(line: str) -> None:
    assert is_furniture(line, lexicon_for("ar"))


def test_a_speaker_after_a_furniture_word_sentence_is_found() -> None:
    text = ("انطلقت في العاصمة أعمال المؤتمر الاقتصادي الإقليمي بحضور ممثلين عن عشرين دولة.\n\n"
            "شارك في الاجتماع وزير الاقتصاد خالد المنصوري، وقال إن بلاده ستضاعف استثماراتها في المنطقة.\n\n"
            "شارك\n")
    assert [(a.content.text, a.source_text) for a in arabic_records(text)] == [
        ("إن بلاده ستضاعف استثماراتها في المنطقة", "وزير الاقتصاد خالد المنصوري")]


# --- 'وشارك في الاجتماع وزير …': where he took part comes before the opening verb's subject ----------------------


@pytest.mark.parametrize(("text", "source"), [
    ("وشارك في الاجتماع وزير الاقتصاد خالد المنصوري وقال إن بلاده ستضاعف استثماراتها في المنطقة.",
     "وزير الاقتصاد خالد المنصوري"),
    ("وتحدث في الجلسة رئيس الغرفة التجارية سعيد البدري فقال إن القطاع الخاص مستعد للمساهمة.",
     "رئيس الغرفة التجارية سعيد البدري"),
    ("وحضر في الافتتاح وزير الثقافة سامي الحلو وقال إن الوزارة تدعم المشروع بالكامل.",
     "وزير الثقافة سامي الحلو"),
    ("شارك في الاجتماع رئيس هيئة الموانئ سليم الحداد، وقال إن خسائر الميناء تجاوزت مليوني دولار يوميا.",
     "رئيس هيئة الموانئ سليم الحداد"),
])
def test_a_place_phrase_between_the_opening_verb_and_its_titled_subject(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


# --- '، أما X فـ…': a present or future after the 'فـ' goes on with the speaker's second point; a past verb, a
# cue or 'فقد' is the writer's next event --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "content"), [
    ("وأضاف الوزير أن المرحلة الأولى من المشروع انتهت، أما المرحلة الثانية فتبدأ في الربيع.",
     "أن المرحلة الأولى من المشروع انتهت، أما المرحلة الثانية فتبدأ في الربيع"),
    ("وأكدت الوزيرة أن المدارس ستفتح أبوابها الأحد، أما الجامعات فستبقى مغلقة حتى إشعار آخر.",
     "أن المدارس ستفتح أبوابها الأحد، أما الجامعات فستبقى مغلقة حتى إشعار آخر"),
    ("وأوضح المتحدث أن الرواتب صرفت بالكامل، أما المكافآت فسيتم صرفها الشهر المقبل.",
     "أن الرواتب صرفت بالكامل، أما المكافآت فسيتم صرفها الشهر المقبل"),
    ("وقال المدير إن الطريق الساحلي مفتوح، أما الطريق الجبلي فلا يزال مغلقا بسبب الثلوج.",
     "إن الطريق الساحلي مفتوح، أما الطريق الجبلي فلا يزال مغلقا بسبب الثلوج"),
])
def test_amma_with_a_present_or_future_goes_on_with_the_speakers_second_point(text: str, content: str) -> None:
    assert [a.content.text for a in arabic_records(text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("وقال المتحدث إن الحكومة ستخفض الضرائب، أما المعارضة فرفضت الخطة.", "إن الحكومة ستخفض الضرائب"),
    ("وقال المدير إن الفريق الأول جاهز، أما اللاعبون المصابون فقد عادوا إلى التدريب.", "إن الفريق الأول جاهز"),
    ("وقال الوزير إن الأسعار ستنخفض، أما النقابات فتراجعت عن الإضراب.", "إن الأسعار ستنخفض"),
    ("وقال المحافظ إن الوضع تحت السيطرة، أما المعارضة فانتقدت تأخر الاستجابة.", "إن الوضع تحت السيطرة"),
])
def test_amma_with_a_past_verb_is_the_writers_next_event(text: str, content: str) -> None:
    assert [a.content.text for a in arabic_records(text)][:1] == [content]


@pytest.mark.parametrize(("text", "second", "source"), [
    ("وقال الوزير إن الأسعار ستنخفض، أما رئيس الوزراء فقال إن ذلك سابق لأوانه.", "إن ذلك سابق لأوانه",
     "رئيس الوزراء"),
    ("وقالت النقابة إن الإضراب مستمر، أما الشركة فأكدت أن المفاوضات متواصلة.", "أن المفاوضات متواصلة", "الشركة"),
])
def test_amma_with_its_own_cue_mid_sentence_is_the_topics_report(text: str, second: str, source: str) -> None:
    assert [(a.content.text, a.source_text) for a in arabic_records(text)][1:] == [(second, source)]


def test_amma_after_a_report_nested_in_anothers_content_ends_the_nested_one() -> None:
    text = "وقالت الطبيبة إن الفحص الأولي يشير إلى أن الوفاة طبيعية، أما الفحص النهائي فيصدر لاحقا."
    nested = [a for a in arabic_records(text) if a.cue is not None and a.cue.text == "يشير"]
    assert [a.content.text for a in nested] == ["أن الوفاة طبيعية"]


# --- 'تبنى تنظيم … الهجوم': a claim of responsibility, the attack its content; adopting a decision is none ----------


@pytest.mark.parametrize(("text", "content", "source"), [
    ("وتبنت جماعة مسلحة مجهولة الهجوم على القافلة في بيان نشرته على الإنترنت.", "الهجوم على القافلة",
     "جماعة مسلحة مجهولة"),
    ("وتبنت حركة الشباب الهجوم الذي استهدف فندقا في العاصمة.", "الهجوم الذي استهدف فندقا في العاصمة",
     "حركة الشباب"),
    ("وتبنى التنظيم عملية الطعن التي وقعت مساء الجمعة.", "عملية الطعن التي وقعت مساء الجمعة", "التنظيم"),
])
def test_a_claim_of_an_attack_is_reported_by_the_group(text: str, content: str, source: str) -> None:
    assert [(a.kind, a.content.text, a.source_text) for a in arabic_records(text)] == [("indirect", content, source)]


@pytest.mark.parametrize("text", [
    "وتبنى مجلس الوزراء قرارا بخفض أسعار الوقود.",
    "تبنت الحكومة خطة جديدة لدعم الصادرات.",
    "وتبنى البرلمان مشروع قانون لمكافحة الهجمات الإلكترونية.",
    "وتبنت الوزارة نهجا جديدا في التعامل مع المسؤولية الاجتماعية للشركات.",
])
def test_adopting_a_decision_or_a_plan_reports_nothing(text: str) -> None:
    assert not arabic_records(text)


# --- '، في حين' and a present verb with no cue: the speaker's contrast goes on; a past verb or a cue ends it -------


@pytest.mark.parametrize(("text", "content"), [
    ("وبحسب الوكالة، فإن الصادرات ارتفعت بنسبة خمسة في المئة، في حين تبقى الواردات عند مستواها السابق.",
     "فإن الصادرات ارتفعت بنسبة خمسة في المئة، في حين تبقى الواردات عند مستواها السابق"),
    ("وقال الوزير إن الإنتاج ارتفع، في حين لا يزال الطلب ضعيفا في الأسواق الخارجية.",
     "إن الإنتاج ارتفع، في حين لا يزال الطلب ضعيفا في الأسواق الخارجية"),
])
def test_a_present_contrast_after_fi_hin_goes_on_with_the_speaker(text: str, content: str) -> None:
    assert [a.content.text for a in arabic_records(text)] == [content]


@pytest.mark.parametrize("text", [
    "وقال الوزير إن الإنتاج ارتفع، في حين نفت النقابة ذلك.",
    "وقال الوزير إن الإنتاج ارتفع، في حين يقول منتقدوه إن الأرقام مبالغ فيها.",
    "وقال الوزير إن الإنتاج ارتفع، في حين تراجعت الأسعار بشكل حاد.",
])
def test_a_past_or_reported_contrast_after_fi_hin_ends_the_content(text: str) -> None:
    assert arabic_records(text)[0].content.text == "إن الإنتاج ارتفع"


def test_adopting_as_a_verbal_noun_after_a_preposition_reports_no_claim() -> None:
    text = "أخفق البرلمان أمس في تبني قانون جديد بشأن وقف إطلاق النار على الحدود الشمالية."
    assert not arabic_records(text)


def test_a_ceasefire_is_no_attack_after_adopting() -> None:
    text = "وتبنت الجمعية العامة نصا بشأن وقف إطلاق النار في الإقليم."
    assert not arabic_records(text)
