"""Arabic documents, passive announcements, outlets that did not name a source and a body's step it described.
Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, str, str]]:
    return [(a.source.text if a.source else "", a.source_canonical, a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "issuer"), [
    ("وأجرت جامعة الملك سعود دراسة عن عادات القراءة. وقال الوزير خالد العمري إن المدارس ستتغير. "
     "وخلصت الدراسة إلى أن الطلاب يقرأون أقل من ساعة يوميا.", "جامعة الملك سعود"),
    ("ونشر أمس تقرير صادر عن البنك الدولي حول النمو. وقال الوزير سامي الحداد إن الاقتصاد قوي. "
     "وأظهر التقرير أن النمو تباطأ في الربع الأخير.", "World Bank"),
    ("ونشرت دراسة أجرتها جامعة القاهرة أمس. وقال الطبيب منير سعيد إن النتائج مهمة. "
     "وأكدت الدراسة أن النوم يحمي القلب.", "جامعة القاهرة"),
    ("وأصدرت منظمة العفو الدولية تقريرا مطولا. وقال المحامي رامي حسن إن السجون مكتظة. "
     "وذكر التقرير أن مئات المعتقلين بلا محاكمة.", "Amnesty International"),
    ("وفي دراسة لمعهد الأبحاث البحرية عن الشعاب المرجانية، قالت الباحثة ليلى نصار إن العينات جمعت صيفا. "
     "وبينت الدراسة أن نصف الشعاب فقد لونه.", "معهد الأبحاث البحرية"),
    ("وأعدت وزارة الزراعة تقريرا عن موسم القمح. وقال المزارع حسين داود إن الأمطار تأخرت. "
     "وتوقع التقرير أن ينخفض المحصول بنسبة الخمس.", "وزارة الزراعة"),
])
def test_a_document_subject_resolves_to_the_body_that_issued_it_not_the_last_speaker(text: str, issuer: str) -> None:
    *_, (source, canonical, _, _) = _records(text)
    assert source.startswith("ال") and canonical == issuer


@pytest.mark.parametrize("text", [
    "وقال الوزير خالد سالم في تقرير قدمه إلى البرلمان إن العجز تراجع. وأشار التقرير إلى أن الديون ارتفعت.",
    "وقدم الوزير خالد سالم أمام البرلمان تقريرا عن العجز. وأشار التقرير إلى أن الديون ارتفعت.",
])
def test_a_body_the_document_went_to_did_not_issue_it(text: str) -> None:
    assert [r[1] for r in _records(text)][-1] != "البرلمان"


def test_a_statement_a_speaker_gave_is_still_his() -> None:
    text = "وقال الرئيس في بيان إن البلاد بخير. وأضاف البيان أن الانتخابات ستجرى في موعدها."
    assert [r[1] for r in _records(text)] == ["الرئيس", "الرئيس"]


@pytest.mark.parametrize(("text", "source", "conduits"), [
    ("وقالت جهات لم تسمها وكالة الأنباء الأردنية إن الحدود ستفتح غدا.", "جهات لم تسمها", ("Petra",)),
    ("وقالت مصادر لم تسمها رويترز إن الشركة ستبيع فرعها.", "مصادر لم تسمها", ("Reuters",)),
    ("وذكرت مصادر لم تسمها قناة الجزيرة أن الاجتماع أرجئ.", "مصادر لم تسمها", ("Al Jazeera",)),
    ("وقال مسؤول لم تسمه الصحيفة إن الصفقة ألغيت.", "مسؤول لم تسمه", ()),
    ("وأفادت مصادر لم تسمها الوكالة بأن السفينة غرقت.", "مصادر لم تسمها", ()),
])
def test_the_outlet_that_did_not_name_a_source_is_its_conduit(text: str, source: str,
                                                              conduits: tuple[str, ...]) -> None:
    [record] = parse(text, "ar").attributions
    assert (record.source_text, record.anonymous, record.conduits) == (source, True, conduits)


@pytest.mark.parametrize(("text", "source"), [
    ("وقال مصدر لم تسمه في وزارة المالية إن الرواتب تأخرت.", "مصدر لم تسمه في وزارة المالية"),
    ("وأفادت جهات لم تسمها بأن المفاوضات توقفت.", "جهات لم تسمها"),
    ("وأكد دبلوماسي لم يذكر اسمه لوكالة فرانس برس أن المحادثات توقفت.", "دبلوماسي لم يذكر اسمه"),
])
def test_an_unnamed_source_keeps_its_marker_and_where_it_works(text: str, source: str) -> None:
    [record] = parse(text, "ar").attributions
    assert (record.source_text, record.anonymous) == (source, True)


@pytest.mark.parametrize(("text", "body"), [
    ("وقال الوزير سامي إن الوضع هادئ. وأغلقت الوزارة ثلاثة مصانع، في خطوة قالت إنها تهدف إلى حماية البيئة.",
     "الوزارة"),
    ("وقال الوزير سامي إن الوضع هادئ. وفرضت الحكومة ضريبة جديدة على السكر في خطوة قالت إنها ستحسن الصحة العامة.",
     "الحكومة"),
    ("وقال سامي إن الوضع هادئ. وعلقت شركة طيران الخليج رحلاتها إلى المدينة في إجراء قالت إنه مؤقت.",
     "شركة طيران الخليج"),
    ("وقال سامي إن الوضع هادئ. ورفع البنك المركزي سعر الفائدة في قرار قال إنه يهدف إلى كبح التضخم.",
     "البنك المركزي"),
    ("وقالت المعلمة هدى إن الطلاب عادوا. وأطلقت منظمة الصحة العالمية حملة تطعيم، في مبادرة قالت إنها ستصل "
     "إلى مليون طفل.", "World Health Organization"),
])
def test_a_cue_describing_a_bodys_step_has_no_written_source_and_carries_the_body(text: str, body: str) -> None:
    *_, (source, canonical, _, content) = _records(text)
    assert (source, canonical) == ("", body) and content.startswith("إن")


def test_a_side_with_a_possessive_before_the_verb_keeps_the_subject_before_it() -> None:
    text = "والنقابات من جهتها ترى أن الأجور متدنية."
    assert [r[0] for r in _records(text)] == ["النقابات"]


def test_a_participle_after_a_quoted_adverbial_keeps_the_speaker() -> None:
    text = ("بغداد (رويترز) - قال الوزير سامي العلي إن حكومته تتابع الملف «عن كثب»، مضيفا أن الحل "
            "قريب.")
    assert [r[1] for r in _records(text)] == ["سامي العلي", "سامي العلي"]


@pytest.mark.parametrize("text", [
    "وكانت الهدنة قد أعلنت قبل أسبوع في المدينة.",
    "وأعلن عن الاتفاق في العاصمة مساء أمس.",
    "وقد أعلنت النتائج مساء الأحد في مؤتمر صحفي.",
    "وكان قد أعلن عن وقف إطلاق النار في الجنوب قبل يومين.",
    "وكان الاتفاق قد أعلن أمس في القاهرة.",
    "وكانت أسماء الفائزين قد أعلنت خلال حفل في الرياض.",
])
def test_a_passive_announcement_is_an_event_not_a_claim(text: str) -> None:
    assert parse(text, "ar").attributions == ()


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأعلن أن المدارس ستغلق غدا بسبب العاصفة.", "", "أن المدارس ستغلق غدا بسبب العاصفة"),
    ("وكانت الحكومة قد أعلنت عن خطة جديدة للإسكان.", "الحكومة", "عن خطة جديدة للإسكان"),
    ("وكانت الحكومة قد أعلنت في بيان أن الخطة جاهزة.", "الحكومة", "أن الخطة جاهزة"),
    ("وقال الوزير إن الوضع هادئ، وأعلن عن خطة جديدة.", "", "عن خطة جديدة"),
])
def test_an_announcement_with_its_content_still_reports(text: str, source: str, content: str) -> None:
    *_, (found, _, _, what) = _records(text)
    assert (found, what) == (source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("واتهم الجيش المتمردين بشن هجوم على القرية.", "الجيش", "المتمردين بشن هجوم على القرية"),
    ("وطالب النائب الحكومة بسن قانون جديد للإيجارات.", "النائب", "الحكومة بسن قانون جديد للإيجارات"),
    ("وطالبت النقابة الوزارة بحل الأزمة فورا.", "النقابة", "الوزارة بحل الأزمة فورا"),
    ("واتهمت المعارضة الشرطة بصد المتظاهرين بالقوة.", "المعارضة", "الشرطة بصد المتظاهرين بالقوة"),
    ("وطالب المزارعون الوزارة بمد قنوات الري إلى الحقول.", "المزارعون", "الوزارة بمد قنوات الري إلى الحقول"),
])
def test_a_three_letter_word_glued_to_the_preposition_is_a_verbal_noun(text: str, source: str, content: str) -> None:
    assert [(r[0], r[3]) for r in _records(text)] == [(source, content)]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("واتهم الوزير جورج بوش بالكذب.", "الوزير جورج بوش", "بالكذب"),
    ("وطالب رئيس البرلمان نبيه بري بتشكيل حكومة.", "رئيس البرلمان نبيه بري", "بتشكيل حكومة"),
    ("وطالب الرئيس بوش بوقف القتال.", "الرئيس بوش", "بوقف القتال"),
    ("وطمأن وزير المالية المستثمرين بأن السوق مستقرة.", "وزير المالية", "بأن السوق مستقرة"),
])
def test_a_three_letter_name_or_grammar_word_with_the_preposition_letter_is_no_verbal_noun(
        text: str, source: str, content: str) -> None:
    assert [(r[0], r[3]) for r in _records(text)] == [(source, content)]


@pytest.mark.parametrize(("text", "source"), [
    ("ومن جهته قال الوزير إن الخطة جاهزة.", "الوزير"),
    ("ومن جانبها قالت المديرة إن المدرسة ستفتح.", "المديرة"),
    ("وبدوره قال رئيس النادي إن المدرب باق.", "رئيس النادي"),
    ("وفي المقابل قال النائب إن القانون ظالم.", "النائب"),
    ("وفي السياق ذاته قال مصدر أمني إن الطريق مغلق.", "مصدر أمني"),
])
def test_an_opening_aside_glued_to_and_is_not_the_subject_before_the_verb(text: str, source: str) -> None:
    assert [r[0] for r in _records(text)] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("وقال مسؤول لم يكشف عن هويته إن الوفد غادر.", "مسؤول لم يكشف عن هويته"),
    ("وأكد موظفون لم يكشفوا عن أسمائهم أن الرواتب تأخرت.", "موظفون لم يكشفوا عن أسمائهم"),
    ("وقال المسؤول رافضا كشف هويته إن الطائرة سقطت.", "المسؤول"),
])
def test_a_negated_phrase_that_leaves_the_source_unnamed_stays_whole_in_it(text: str, source: str) -> None:
    assert [r[0] for r in _records(text)] == [source]


def test_the_unnamed_source_with_its_whole_phrase_is_still_the_one_named_again() -> None:
    text = "وقال مسؤول أمني لم يكشف عن هويته إن الوفد غادر. وأضاف المسؤول أن الحدود مغلقة."
    assert [r[1] for r in _records(text)] == ["مسؤول أمني لم يكشف عن هويته"] * 2
