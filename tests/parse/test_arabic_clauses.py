"""Arabic clauses around a cue: whose words a described outlet carried, where a subject ends before its verb's
object, and which clause subject a cue after a published picture or statement reports for."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(a.source_text, a.content.text, a.conduits) for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(
    ("text", "conduit"),
    [
        pytest.param("ونقلت القناة 14 عن ضابط كبير أن الدورية عادت سالمة.", "القناة 14", id="numbered-channel"),
        pytest.param("ونقل التلفزيون الرسمي عن مستشار الأمير أن الزيارة تأجلت.", "التلفزيون الرسمي",
                     id="state-television-relays"),
        pytest.param("ونقلت الإذاعة المحلية عن رئيس البلدية أن الطريق سيفتح غدا.", "الإذاعة المحلية",
                     id="local-radio-relays"),
        pytest.param("وقال رئيس البلدية للتلفزيون الرسمي إن الطريق سيفتح غدا.", "التلفزيون الرسمي",
                     id="told-state-television"),
    ],
)
def test_an_outlet_described_by_its_noun_and_an_adjective_or_number_is_a_conduit(text: str, conduit: str) -> None:
    [(source, _, conduits)] = _records(text)
    assert conduits == (conduit,)
    assert conduit not in source and source  # the speaker, not the channel


def test_the_ministrys_own_web_page_is_no_conduit() -> None:
    records = _records("ونشرت الهيئة على الموقع الإلكتروني للهيئة بيانا قالت فيه إن الرحلات ستستأنف.")
    assert all(conduits == () for _, _, conduits in records)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وبثت الشبكة لقطات تظهر أن السد تصدع.", "الشبكة", id="footage"),
        pytest.param("ونشرت البلدية صورا توضح أن الحديقة أغلقت.", "البلدية", id="pictures"),
        pytest.param("وأصدر النادي بيانا يؤكد أن اللاعب لم يصب.", "النادي", id="statement"),
    ],
)
def test_a_cue_after_a_published_picture_or_statement_reports_for_the_publisher(text: str, source: str) -> None:
    [(found, content, _)] = _records(text)
    assert found == source
    assert content.startswith("أن ")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("والتقى المحافظ بوفد من التجار في مكتبه، وقال إن الأسواق ستفتح.", "المحافظ",
                     id="met-a-delegation"),
        pytest.param("واجتمعت الوزيرة بممثلي المزارعين، وأكدت أن الدعم مستمر.", "الوزيرة", id="met-representatives"),
        pytest.param("واجتمع مدرب الفريق باباكار ندياي باللاعبين، وقال إن المعنويات عالية.",
                     "مدرب الفريق باباكار ندياي", id="a-name-opening-with-ba-stays"),
        pytest.param("والتقى الرئيس بوتين مع الصحفيين، وقال إن الاقتصاد ينمو.", "الرئيس بوتين",
                     id="a-known-name-opening-with-ba-stays"),
    ],
)
def test_a_prepositional_object_after_the_subject_is_no_part_of_it(text: str, source: str) -> None:
    assert _records(text)[0][0] == source


def test_a_title_and_its_genitive_opening_the_sentence_is_the_subject_of_a_later_said() -> None:
    records = _records("لكن رئيس الاتحاد رفض الاعتذار، وقال للصحفيين إن الحكم أخطأ.")
    assert [(s, c) for s, c, _ in records] == [("رئيس الاتحاد", "إن الحكم أخطأ")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وقالت الشرطة في جدة إن المتهم سلم نفسه.", "الشرطة في جدة", id="said"),
        pytest.param("ونفى الدفاع المدني في حلب الشائعات.", "الدفاع المدني في حلب", id="denied-object"),
    ],
)
def test_a_city_after_a_body_is_where_it_sits(text: str, source: str) -> None:
    assert _records(text)[0][0] == source


@pytest.mark.parametrize("joint", ["فيما", "بينما", "في حين"])
def test_a_masdar_object_ends_at_a_comma_before_another_clause(joint: str) -> None:
    records = _records(f"أعلنت الوزارة إغلاق ثلاثة مصانع، {joint} قال عمال إن الإغلاق مؤقت.")
    assert [(s, c) for s, c, _ in records] == [("الوزارة", "إغلاق ثلاثة مصانع"), ("عمال", "إن الإغلاق مؤقت")]


def test_a_masculine_nisba_word_after_a_feminine_body_opens_what_it_called_for() -> None:
    [(source, content, _)] = _records("وحثت البلدية الأهالي على ترشيد استهلاك المياه.")
    assert (source, content) == ("البلدية", "الأهالي على ترشيد استهلاك المياه")


def test_a_report_inside_another_reports_content_is_a_record_of_its_own() -> None:
    records = _records("وقال النائب العام إن الفحوص المخبرية أظهرت أن الوفاة طبيعية.")
    assert [(s, c) for s, c, _ in records] == [
        ("النائب العام", "إن الفحوص المخبرية أظهرت أن الوفاة طبيعية"), ("الفحوص المخبرية", "أن الوفاة طبيعية")]


@pytest.mark.parametrize(
    ("told", "conduits"),
    [("للمراسلين", ()), ("لوكالة رويترز", ("Reuters",)), ("لصحيفة الأيام", ("الأيام",))],
)
def test_whom_a_verb_told_before_a_participle_leaves_the_words_to_the_participle(
        told: str, conduits: tuple[str, ...]) -> None:
    text = f'وصرحت الحكمة {told} قائلة: "القرار كان صحيحا".'
    assert _records(text) == [("الحكمة", '"القرار كان صحيحا"', conduits)]


def test_results_that_show_their_object_report_it_as_a_document() -> None:
    result = parse("وأظهرت نتائج التحاليل ارتفاع نسبة السكر في العينات.", "ar")
    assert [(a.source_text, a.content.text, a.source_type) for a in result.attributions] == [
        ("نتائج التحاليل", "ارتفاع نسبة السكر في العينات", "document")]


@pytest.mark.parametrize("city", ["حمص", "عمان"])
def test_unnamed_officials_in_a_city_or_capital_keep_the_place(city: str) -> None:
    [(source, _, _)] = _records(f"وقال مسؤولون في {city} إن شبكة الكهرباء أصلحت.")
    assert source == f"مسؤولون في {city}"


def test_a_single_woman_observer_is_an_unnamed_source_with_where_she_comes_from() -> None:
    [record] = parse("وقالت مراقبة من بعثة الاتحاد الإفريقي إن الفرز تأخر.", "ar").attributions
    assert (record.source_text, record.anonymous) == ("مراقبة من بعثة الاتحاد الإفريقي", True)


def test_reporters_told_after_a_subject_with_an_adjective_are_no_part_of_it() -> None:
    assert _records('وصرحت اللجنة الأولمبية للمراسلين قائلة: "الملعب جاهز".') == [
        ("اللجنة الأولمبية", '"الملعب جاهز"', ())]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("وأفادت مصادر طبية بمقتل ثلاثة أشخاص في القصف.", "مصادر طبية", "بمقتل ثلاثة أشخاص في القصف"),
        ("وأكدت مصادر أمنية باعتقال منفذ الهجوم في العاصمة.", "مصادر أمنية", "باعتقال منفذ الهجوم في العاصمة"),
        ("وأكد شهود عيان بسقوط قذائف على الحي الشرقي.", "شهود عيان", "بسقوط قذائف على الحي الشرقي"),
        ("وأكد وزير الدفاع وقوع اشتباكات على الحدود.", "وزير الدفاع", "وقوع اشتباكات على الحدود"),
        ("وانتهى الاجتماع دون اتفاق، وأكد وزير الدفاع وقوع اشتباكات في الشمال.", "وزير الدفاع",
         "وقوع اشتباكات في الشمال"),
        ("ونفى وزير الخارجية المصري سامح شكري وجود خلافات مع السعودية.", "وزير الخارجية المصري سامح شكري",
         "وجود خلافات مع السعودية"),
        ("ونفى مصدر مطلع وجود أي مفاوضات سرية.", "مصدر مطلع", "وجود أي مفاوضات سرية"),
        ("ونفت مصادر عسكرية صحة الأنباء عن انسحاب الكتيبة.", "مصادر عسكرية", "صحة الأنباء عن انسحاب الكتيبة"),
        ("ونفى مسؤول حكومي صحة ما نشرته الصحف أمس.", "مسؤول حكومي", "صحة ما نشرته الصحف أمس"),
        ("ونفى مصدر مقرب صحة التسريبات.", "مصدر مقرب", "صحة التسريبات"),
    ],
)
def test_a_verbal_noun_of_an_event_after_the_subject_opens_the_content(text: str, source: str, content: str) -> None:
    assert [(a.source_text, a.content.text) for a in parse(text, "ar").attributions] == [(source, content)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وقال رئيس لجنة تقصي حقائق انفجار المرفأ إن التقرير جاهز.", "رئيس لجنة تقصي حقائق انفجار المرفأ"),
        ("وقال موظف طلب عدم ذكر اسمه إن المصنع أغلق.", "موظف طلب عدم ذكر اسمه"),
        ("وقال مسؤول بوزارة الصحة إن المستشفيات ممتلئة.", "مسؤول بوزارة الصحة"),
        ("وقال عضو بمجلس الشيوخ إن القانون سيمر.", "عضو بمجلس الشيوخ"),
        ("وقال مدير إدارة صحة البيئة إن المياه ملوثة.", "مدير إدارة صحة البيئة"),
    ],
)
def test_an_event_noun_in_a_genitive_or_an_affiliation_stays_in_the_subject(text: str, source: str) -> None:
    assert [a.source_text for a in parse(text, "ar").attributions] == [source]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("ونفى الرئيس التونسي قيس سعيد الاتهامات.", "الرئيس التونسي قيس سعيد", "الاتهامات"),
        ("وأعلن الرئيس الكيني وليام روتو الحداد الوطني.", "الرئيس الكيني وليام روتو", "الحداد الوطني"),
        ("وأكد الرئيس الفرنسي إيمانويل ماكرون دعم بلاده لأوكرانيا.", "الرئيس الفرنسي إيمانويل ماكرون",
         "دعم بلاده لأوكرانيا"),
        ("ونفى المتحدث العسكري أحمد المسماري الاتهامات.", "المتحدث العسكري أحمد المسماري", "الاتهامات"),
    ],
)
def test_a_two_word_name_after_a_title_ends_before_a_definite_object(text: str, source: str, content: str) -> None:
    assert [(a.source_text, a.content.text) for a in parse(text, "ar").attributions] == [(source, content)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وقال الأمين العام لحزب الله حسن نصر الله إن المقاومة جاهزة.", "الأمين العام لحزب الله حسن نصر الله"),
        ("وقال وزير الأوقاف محمد نور الدين إن المساجد ستفتح.", "وزير الأوقاف محمد نور الدين"),
        ("وقال الرئيس محمود عباس الاثنين إن المفاوضات متوقفة.", "الرئيس محمود عباس"),
        ("وقال الرئيس الموريتاني محمد ولد الشيخ إن الانتخابات نزيهة.", "الرئيس الموريتاني محمد ولد الشيخ"),
        ("نوه المحافظ بجهود فرق الإنقاذ.", "المحافظ"),
    ],
)
def test_a_theophoric_or_joined_name_end_or_a_day_is_no_object_after_a_title(text: str, source: str) -> None:
    assert [a.source_text for a in parse(text, "ar").attributions] == [source]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("وطالب المجلس الوطني الفلسطيني المجتمع الدولي بالتحرك.", "المجلس الوطني الفلسطيني",
         "المجتمع الدولي بالتحرك"),
        ("ودعا الاتحاد الأوروبي المجتمع الدولي إلى التدخل.", "الاتحاد الأوروبي", "المجتمع الدولي إلى التدخل"),
        ("ودعا الائتلاف الوطني المعارض السوري إلى وقف القصف.", "الائتلاف الوطني المعارض السوري", "وقف القصف"),
    ],
)
def test_a_noun_in_mim_with_its_own_adjective_after_a_nisba_is_the_object(text: str, source: str,
                                                                          content: str) -> None:
    assert [(a.source_text, a.content.text) for a in parse(text, "ar").attributions] == [(source, content)]


@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("وقال الوزير إن الوضع مستقر، لكنه أقر بوجود تحديات.",
         [("الوزير", "إن الوضع مستقر"), ("لكنه", "بوجود تحديات")]),
        ("لكن الوزير أقر بوجود أخطاء في التنفيذ.", [("الوزير", "بوجود أخطاء في التنفيذ")]),
    ],
)
def test_admitting_with_bi_after_a_written_subject_reports_and_bounds_the_clause_before(
        text: str, records: list[tuple[str, str]]) -> None:
    assert [(a.source_text, a.content.text) for a in parse(text, "ar").attributions] == records


@pytest.mark.parametrize("text", [
    "لكن البرلمان أقر بالإجماع قانون الموازنة.",
    "الحكومة أقرت بالأمس خطة جديدة.",
    "لكن المجلس أقر بريطانيا عضوا مراقبا.",
    "وكان البرلمان قد أقر بأغلبية كبيرة التعديلات.",
])
def test_passing_a_law_by_a_majority_or_on_a_day_reports_nothing(text: str) -> None:
    assert parse(text, "ar").attributions == ()


@pytest.mark.parametrize(("clause", "content"), [
    ("لكنها أكدت استمرار الاتصالات", "استمرار الاتصالات"),
    ("وأكدت وقوع الحادث", "وقوع الحادث"),
])
def test_an_event_noun_with_a_definite_genitive_after_a_later_cue_is_its_object(clause: str, content: str) -> None:
    records = parse(f"وقالت الوزارة إن المفاوضات متعثرة، {clause}.", "ar").attributions
    assert [a.content.text for a in records] == ["إن المفاوضات متعثرة", content]


def test_a_manner_adverb_with_bi_after_the_subject_is_no_part_of_it() -> None:
    [record] = parse("وتحدث الوزير بإسهاب عن الأزمة.", "ar").attributions
    assert (record.source_text, record.content.text) == ("الوزير", "عن الأزمة")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأعلنت رابطة أطباء فلسطين رفضها للقانون.", "رابطة أطباء فلسطين", "رفضها للقانون"),
    ("وطالبت نقابة عمال مصر بزيادة الأجور.", "نقابة عمال مصر", "بزيادة الأجور"),
    ("واتهمت منظمة حقوقية إسرائيل بارتكاب انتهاكات.", "منظمة حقوقية", "إسرائيل بارتكاب انتهاكات"),
])
def test_a_body_in_construct_with_a_country_keeps_the_country_in_its_name(text: str, source: str, content: str) -> None:
    assert [(a.source_text, a.content.text) for a in parse(text, "ar").attributions] == [(source, content)]


@pytest.mark.parametrize(("text", "content"), [
    ("ورأى الخبير أن القرار خطوة صحيحة، وهو ما تجاهلته الإدارة طويلا، بحسب تعبيره.",
     "أن القرار خطوة صحيحة، وهو ما تجاهلته الإدارة طويلا"),
    ("واعتبر النائب أن الميزانية غير عادلة، وهو ما رفضته الحكومة مرارا، على حد قوله.",
     "أن الميزانية غير عادلة، وهو ما رفضته الحكومة مرارا"),
    ("وقالت الجمعية إن الأسعار ارتفعت، وهو ما أرهق العائلات، وفق قولها.", "إن الأسعار ارتفعت، وهو ما أرهق العائلات"),
    ("وأكد المحامي أن موكله بريء، الأمر الذي تجاهلته النيابة، حسب قوله.",
     "أن موكله بريء، الأمر الذي تجاهلته النيابة"),
    ("وأوضحت المعلمة أن المناهج قديمة، مما يضعف الطلاب، على حد تعبيرها.", "أن المناهج قديمة، مما يضعف الطلاب"),
])
def test_a_closing_tag_of_the_speakers_own_words_keeps_the_remark_before_it_in_the_content(text: str,
                                                                                            content: str) -> None:
    [(_, said, _)] = _records(text)
    assert said == content


def test_without_the_tag_the_remark_after_a_clause_break_stays_the_writers() -> None:
    [(_, said, _)] = _records("وقالت الجمعية إن الأسعار ارتفعت، وهو ما أرهق العائلات.")
    assert said == "إن الأسعار ارتفعت"


@pytest.mark.parametrize(("text", "source"), [
    ("وأقر البرلمان قانونا ينص على أن التعليم إلزامي.", "قانونا"),
    ("وقدم السفير للوزير وثيقة تؤكد أن المستشفى ضروري.", "وثيقة"),
    ("وتسلم البرلمان تقريرا يؤكد أن العقود مخالفة.", "تقريرا"),
    ("وقدمت الوزارة تقريرا يؤكد أن الامتحانات في موعدها.", "تقريرا"),
    ("وناقش المجلس دراسة تشير إلى أن البطالة تراجعت.", "دراسة"),
])
def test_a_present_cue_after_a_document_the_clause_did_not_issue_reports_for_the_document(text: str,
                                                                                           source: str) -> None:
    [(found, content, _)] = _records(text)
    assert found == source
    assert content.startswith("أن ")


@pytest.mark.parametrize(("text", "source"), [
    ("وأصدر الاتحاد بيانا يؤكد أن المباراة ستقام.", "الاتحاد"),
    ("وقدمت الوزارة تقريرا تؤكد فيه أن الامتحانات في موعدها.", "الوزارة"),
])
def test_an_issued_document_or_one_the_speaker_asserts_in_keeps_the_clause_subject(text: str, source: str) -> None:
    [(found, _, _)] = _records(text)
    assert found == source


@pytest.mark.parametrize(("text", "source", "content"), [
    ('وأقر البرلمان بالأغلبية قانونا يقضي بـ"خفض الضرائب على الأسر الفقيرة".', "قانونا",
     '"خفض الضرائب على الأسر الفقيرة"'),
    ("وأقر البرلمان قانونا يقضي بأن التعليم إلزامي.", "قانونا", "بأن التعليم إلزامي"),
    ("ووقع الرئيس مرسوما يقضي بالإفراج عن المعتقلين.", "مرسوما", "بالإفراج عن المعتقلين"),
    ("واتخذت الحكومة قرارا يقضي بإغلاق المدارس.", "قرارا", "بإغلاق المدارس"),
    ("وأقر المجلس البلدي قانونا يقضي بمنع البناء قرب الشاطئ.", "قانونا", "بمنع البناء قرب الشاطئ"),
])
def test_a_law_or_decree_that_provides_for_something_is_its_source(text: str, source: str, content: str) -> None:
    [(found, said, _)] = _records(text)
    assert (found, said) == (source, content)


@pytest.mark.parametrize("text", [
    "وأصدرت المحكمة حكما غيابيا يقضي بسجن المتهم عشر سنوات.",
    "ويقضي اللاعب عطلته في الجبال.",
    "وقال المدرب إن الفريق يقضي أسبوعا في معسكر مغلق.",
])
def test_provides_for_reports_nothing_without_a_document_right_before_it(text: str) -> None:
    assert all(cue not in ("يقضي", "ويقضي") for cue in (a.cue.text for a in parse(text, "ar").attributions))


@pytest.mark.parametrize(("text", "content"), [
    ('ويعد حديث الوزير عن أن "الأزمة انتهت" تطورا مثيرا للاهتمام.', 'أن "الأزمة انتهت"'),
    ('ويمثل حديث المدرب عن أن "الفريق سيفوز باللقب" رهانا كبيرا على اللاعبين الشبان.',
     'أن "الفريق سيفوز باللقب"'),
    ('ويشكل حديث الرئيس عن أن "الاقتصاد تعافى" تحولا لافتا في خطابه.', 'أن "الاقتصاد تعافى"'),
    ('وأثار حديث الوزيرة عن أن "الضرائب سترتفع" قلقا كبيرا في الأسواق.', 'أن "الضرائب سترتفع"'),
    ('وأثار حديث النائب عن أن "البرلمان سيحل" غضبا واسعا لدى الكتل.', 'أن "البرلمان سيحل"'),
])
def test_a_verbal_nouns_quoted_content_ends_before_the_clauses_predicate(text: str, content: str) -> None:
    assert [c for _, c, _ in _records(text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("وبثت القناة تسجيلا زعمت أنه للقائد وهو يخطب في أنصاره، متوعدا بالانتقام من خصومه.",
     "أنه للقائد وهو يخطب في أنصاره، متوعدا بالانتقام من خصومه"),
    ("ونشرت الوزارة بيانا أكدت فيه أن الوزير التقى السفير، مشيدا بالعلاقات بين البلدين.",
     "أن الوزير التقى السفير، مشيدا بالعلاقات بين البلدين"),
    ("وذكرت الصحيفة أن اللاعب وقع عقدا جديدا، معربا عن سعادته بالبقاء.",
     "أن اللاعب وقع عقدا جديدا، معربا عن سعادته بالبقاء"),
    ("وأعلنت الشرطة أن المتهم سلم نفسه، معترفا بارتكاب السرقة.", "أن المتهم سلم نفسه، معترفا بارتكاب السرقة"),
    ("وأوضحت المنظمة أن المتطوع عاد إلى القرية، مؤكدا أن الأهالي بحاجة إلى الدواء.",
     "أن المتطوع عاد إلى القرية، مؤكدا أن الأهالي بحاجة إلى الدواء"),
])
def test_a_masculine_participle_after_a_feminine_reporter_belongs_to_the_reported_clause(text: str,
                                                                                         content: str) -> None:
    assert [said for _, said, _ in _records(text)] == [content]


def test_a_feminine_participle_after_a_feminine_reporter_is_hers() -> None:
    records = _records("وأكدت الوزيرة أن الخطة ناجحة، مشيرة إلى أن النتائج ظهرت.")
    assert [said for _, said, _ in records] == ["أن الخطة ناجحة", "أن النتائج ظهرت"]


@pytest.mark.parametrize(("text", "source"), [
    ("واعتمدت الحكومة خطة تؤكد أن الدعم سيستمر.", "خطة"),
    ("وعرضت الشركة رؤية تشير إلى أن الأرباح سترتفع.", "رؤية"),
    ("وتبنى المجلس البلدي مشروعا يؤكد أن الحدائق ضرورية.", "مشروعا"),
    ("وأطلقت الجمعية حملة تدعو إلى ترشيد المياه.", "حملة"),
    ("وناقش مجلس الوزراء مقترحات تؤكد أن الإصلاح ممكن.", "مقترحات"),
    ("ورفضت النقابة مبادرة تقول إن الأجور كافية.", "مبادرة"),
])
def test_a_present_cue_after_the_indefinite_object_of_a_verb_first_clause_reports_for_the_object(
        text: str, source: str) -> None:
    [(found, _, _)] = _records(text)
    assert found == source


@pytest.mark.parametrize(("text", "source"), [
    ("وكانت الوزيرة فاطمة تؤكد أن المدارس جاهزة.", "الوزيرة فاطمة"),
    ("وأصدر الاتحاد بيانا يؤكد أن المباراة ستقام.", "الاتحاد"),
])
def test_a_name_after_an_auxiliary_or_an_issued_statement_is_no_object_that_speaks(text: str, source: str) -> None:
    [(found, _, _)] = _records(text)
    assert found == source


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("وقتل ثلاثة أشخاص، حسب الشرطة المحلية التي رجحت أن عصابة نفذت الهجوم.", "الشرطة المحلية", "رجحت",
     "أن عصابة نفذت الهجوم"),
    ("وتأجلت المباراة، بحسب الاتحاد الذي أوضح أن الملعب غير جاهز.", "الاتحاد", "أوضح", "أن الملعب غير جاهز"),
    ("وانقطع التيار، حسب الشركة التي أكدت أن الإصلاح سيستغرق يومين.", "الشركة", "أكدت",
     "أن الإصلاح سيستغرق يومين"),
    ("وأغلقت المدارس، بحسب المحافظ الذي أوضح أن القرار مؤقت.", "المحافظ", "أوضح", "أن القرار مؤقت"),
    ("وارتفع عدد الضحايا، حسب الهيئة التي رجحت أن الحصيلة سترتفع.", "الهيئة", "رجحت", "أن الحصيلة سترتفع"),
])
def test_a_relative_clause_report_by_the_source_an_according_phrase_names_is_its_own_record(
        text: str, source: str, cue: str, content: str) -> None:
    records = [(a.source_text, a.cue.text, a.content.text) for a in parse(text, "ar").attributions]
    assert (source, cue, content) in records
    assert len(records) == 2  # (and the according-phrase's own)


def test_a_relative_describing_the_speaker_of_a_main_verb_still_reports_nothing() -> None:
    [(source, said, _)] = _records("وقال المسؤول الذي تحدث للإذاعة إن المفاوضات مستمرة.")
    assert (source, said) == ("المسؤول", "إن المفاوضات مستمرة")


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("وقتل ثلاثة أشخاص، حسب الشرطة المحلية التي رجحت في البداية مسؤولية عصابة عن الهجوم.", "الشرطة المحلية",
     "رجحت", "مسؤولية عصابة عن الهجوم"),
    ("وتوقف القطار، حسب الشركة التي نفت وقوع إصابات.", "الشركة", "نفت", "وقوع إصابات"),
    ("وارتفعت الأسعار، وفق الهيئة العامة للإحصاء التي توقعت استمرار الغلاء حتى الصيف.", "الهيئة العامة للإحصاء",
     "توقعت", "استمرار الغلاء حتى الصيف"),
    ("وتأجل الموسم، بحسب الرابطة التي أعلنت إلغاء المباريات المتبقية.", "الرابطة", "أعلنت",
     "إلغاء المباريات المتبقية"),
    ("وغرق القارب، حسب خفر السواحل الذي رجح وجود ناجين قبل أن يعلق البحث.", "خفر السواحل", "رجح", "وجود ناجين"),
])
def test_a_relative_verbs_object_after_an_according_phrase_is_what_its_named_source_reports(
        text: str, source: str, cue: str, content: str) -> None:
    records = [(a.source_text, a.cue.text, a.content.text) for a in parse(text, "ar").attributions]
    assert (source, cue, content) in records


def test_a_relative_verb_after_an_according_phrase_with_no_report_verb_adds_nothing() -> None:
    assert len(parse("وتأجل الموسم، بحسب الرابطة التي تضم عشرين ناديا.", "ar").attributions) == 1


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وفاز الحزب في الانتخابات، والذي ينسب إليه الناخبون تحسن الاقتصاد.", "الناخبون", "تحسن الاقتصاد"),
    ("وتنسب إليه الشرطة سرقة السيارة.", "الشرطة", "سرقة السيارة"),
    ("وتنسب إليها الصحف تصريحات مثيرة.", "الصحف", "تصريحات مثيرة"),
    ("وينسب إليه المؤرخون بناء القلعة.", "المؤرخون", "بناء القلعة"),
    ("وتنسب إليه المعارضة تزوير الانتخابات.", "المعارضة", "تزوير الانتخابات"),
])
def test_what_a_subject_ascribes_to_someone_is_its_report(text: str, source: str, content: str) -> None:
    records = [(a.source_text, a.content.text) for a in parse(text, "ar").attributions]
    assert (source, content) in records
