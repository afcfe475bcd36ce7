"""Arabic news written for arabic52 (sports press conferences, central banks, courts and police, health
ministries, Maghreb and Gulf wire copy, TV and radio interviews): a long subject between a verb of coming back
and its cue glued to 'لـ' ('وعاد رئيس لجنة الطاقة في البرلمان ليؤكد أن …'), a speaker's own first-person verb
right before the complementizer ('وقال رئيس النقابة أبلغناهم أن …'), 'المفوضية' as a body, an interview named
by its medium ('وفي حوار مع صحيفة …،'), and 'المدرب' back to the coach first called 'المدير الفني'."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records as _all, one_arabic_record as _one

# --- 1. 'وعاد X … ليؤكد': a long subject between the verb of coming back and the cue -------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وعاد رئيس لجنة المالية في مجلس الأمة ليؤكد أن الموازنة لن تتأخر.",
                     "رئيس لجنة المالية في مجلس الأمة", id="committee-head-in-parliament"),
        pytest.param("وعادت رئيسة اتحاد المصارف العربية في بيروت لتشدد على أن الودائع آمنة.",
                     "رئيسة اتحاد المصارف العربية في بيروت", id="feminine-with-seat"),
        pytest.param("ثم عاد المتحدث باسم وزارة الخارجية الإيرانية ليؤكد أن طهران لن تتراجع.",
                     "المتحدث باسم وزارة الخارجية الإيرانية", id="spokesman-of-a-ministry"),
        pytest.param("وعاد رئيس نادي الرجاء البيضاوي عزيز البدراوي ليؤكد أن المدرب باق.",
                     "رئيس نادي الرجاء البيضاوي عزيز البدراوي", id="club-president-and-name"),
        pytest.param("ويعود الأمين العام لحزب الاستقلال المغربي ليقول إن التحالف متماسك.",
                     "الأمين العام لحزب الاستقلال المغربي", id="present-tense"),
    ],
)
def test_a_long_subject_before_the_cue_glued_to_the_purposive_lam_speaks(text: str, source: str) -> None:
    assert _one(text).source_text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وعادت مديرة المنظمة في جنيف لتحذر من أن المخزون ينفد.", "مديرة المنظمة في جنيف",
                     id="city-after-in"),
        pytest.param("ثم عادت مديرة صندوق النقد الدولي في واشنطن لتحذر من أن الديون تتفاقم.",
                     "مديرة صندوق النقد الدولي في واشنطن", id="capital-after-in"),
    ],
)
def test_a_place_closing_that_subject_is_no_noun_the_cue_describes(text: str, source: str) -> None:
    assert _one(text).source_text == source  # (not 'في خطوة قالت إنها …': the speaker carried over)


def test_coming_back_to_show_something_with_no_complementizer_reports_nothing() -> None:
    assert not _all("وعاد اللاعبون إلى الملعب بعد الاستراحة ليؤكدوا تفوقهم.")  # (a near miss)


# --- 2. 'وقال X أبلغناهم أن …': the speaker's own first-person verb opens the content ---------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("وقال نقيب المحامين أبلغناهم أن المحاكم ستغلق الأحد.",
                     "أبلغناهم أن المحاكم ستغلق الأحد", id="we-informed-them"),
        pytest.param("وقالت الوزيرة أكدنا أن الدعم سيستمر حتى نهاية العام.",
                     "أكدنا أن الدعم سيستمر حتى نهاية العام", id="we-stressed"),
        pytest.param("وقال رئيس البلدية أبلغناه بأن الطريق سيفتح غدا.",
                     "أبلغناه بأن الطريق سيفتح غدا", id="we-informed-him-with-bi"),
        pytest.param("وقال نقيب الأطباء أعلنا أن الإضراب سيبدأ الاثنين.",
                     "أعلنا أن الإضراب سيبدأ الاثنين", id="we-announced"),
        pytest.param("وقال رئيس اتحاد الشغل أخبرناهم أن الحوار متوقف.",
                     "أخبرناهم أن الحوار متوقف", id="we-told-them"),
    ],
)
def test_a_first_person_verb_right_before_the_complementizer_opens_the_content(text: str, content: str) -> None:
    assert _one(text).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("وقال المتحدث باسم الاتحاد حذرنا من أن الأسعار سترتفع.",
                     "حذرنا من أن الأسعار سترتفع", id="we-warned-of"),
        pytest.param("وأضاف رئيس الرابطة نحن أبلغنا الوزارة أن المدارس غير جاهزة.",
                     "نحن أبلغنا الوزارة أن المدارس غير جاهزة", id="pronoun-first"),
    ],
)
def test_a_first_person_opener_with_words_before_the_complementizer_keeps_them(text: str, content: str) -> None:
    assert _one(text).content.text == content  # (as before: the complementizer does not follow it right away)


def test_a_first_person_form_that_is_also_a_cue_keeps_one_record_from_the_complementizer() -> None:
    found = _one("وقال مدير الشركة أخبرتهم بأن المصنع سيغلق أبوابه.")  # ('she told them' too)
    assert (found.source_text, found.content.text) == ("مدير الشركة", "بأن المصنع سيغلق أبوابه")


# --- 3. 'المفوضية' is a body, not the spokeswoman named with it ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical", "source_type"),
    [
        pytest.param("قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن ألف شخص عبروا الحدود. وأوضحت"
                     " المتحدثة باسم المفوضية رولا أمين أن معظمهم أطفال. وطالبت المفوضية المانحين بالتحرك.",
                     "UNHCR", "organization", id="after-its-spokeswoman"),
        pytest.param("أعلنت مفوضية الانتخابات أن نسبة المشاركة بلغت 40 في المئة. وقال عضو المفوضية حسن الربيعي"
                     " إن الفرز مستمر. وأكدت المفوضية أن النتائج ستعلن الخميس.",
                     "مفوضية الانتخابات", "organization", id="after-a-member"),
    ],
)
def test_the_commission_alone_refers_back_to_the_body(text: str, canonical: str, source_type: str) -> None:
    last = _all(text)[-1]
    assert (last.source_canonical, last.source_type) == (canonical, source_type)


# --- 4. an interview named by its medium: the outlet is the conduit ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "conduits"),
    [
        pytest.param('وفي حوار مع صحيفة "الشرق الأوسط"، كشف الوزير أن الحكومة ستطرح سندات.',
                     ("Asharq Al-Awsat",), id="fronted-paper"),
        pytest.param("وفي حوار مع قناة الجزيرة، أكد رئيس الحزب أن الانتخابات ستجرى في موعدها.",
                     ("Al Jazeera",), id="fronted-channel"),
        pytest.param("وفي حوار مع وكالة رويترز، قال محافظ البنك إن التضخم سيتراجع.",
                     ("Reuters",), id="fronted-agency"),
    ],
)
def test_an_opening_interview_with_a_named_outlet_gives_its_conduit(text: str, conduits: tuple[str, ...]) -> None:
    assert _one(text).conduits == conduits


def test_a_television_interview_is_no_part_of_the_speaker() -> None:
    assert _one("وقال الوزير في حوار تلفزيوني إن الحكومة ستطرح سندات.").source_text == "الوزير"


def test_a_dialogue_inside_the_content_is_no_interview() -> None:
    found = _one("وأكد الوزير أن الحكومة ستدخل في حوار مع النقابات الأسبوع المقبل.")
    assert found.content.text == "أن الحكومة ستدخل في حوار مع النقابات الأسبوع المقبل"


# --- 5. 'المدرب' back to the coach first written as 'المدير الفني' ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        pytest.param("أكد المدير الفني لنادي الهلال جورجي جيسوس أن فريقه جاهز. وقال قائد الفريق سالم الدوسري"
                     " إن اللاعبين متحمسون. وأوضح المدرب أن المدافع مصاب.",
                     "جورجي جيسوس", id="after-another-speaker"),
        pytest.param("قال المدير الفني للزمالك جوزيه غوميز إن فريقه جاهز. وأضاف المدرب البرتغالي أن الحارس مصاب.",
                     "جوزيه غوميز", id="with-origin"),
        pytest.param("صرح المدير الفني للنادي الأهلي بأن الفريق جاهز. وأضاف المدرب أن المباراة صعبة.",
                     "المدير الفني للنادي الأهلي", id="club-without-name"),
    ],
)
def test_the_coach_refers_back_to_the_technical_director(text: str, canonical: str) -> None:
    assert _all(text)[-1].source_canonical == canonical


def test_a_coach_of_another_origin_is_not_the_technical_director() -> None:
    last = _all("قال المدير الفني الإيطالي للفريق ماوريتسيو ساري إن فريقه جاهز. وأضاف المدرب الفرنسي أن"
                " المدافع مصاب.")[-1]
    assert last.source_canonical == "المدرب الفرنسي"


# --- 6. 'الكاتب' back to the writer first called 'الصحفي' -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        pytest.param('كتب الصحفي جهاد الخازن في صحيفة "الحياة" أن الهدنة هشة. ويتساءل الكاتب: "من يضمن الاتفاق؟".',
                     "جهاد الخازن", id="asks-after-journalist"),  # (the paper he wrote in: a conduit)
        pytest.param("قال الصحافي اللبناني سمير قصير إن الإصلاح ممكن. ويرى الكاتب أن الطائفية عائق.",
                     "سمير قصير", id="sees-after-journalist"),  # (names30: a nisba opening it goes)
        pytest.param("وكتبت الصحفية رشا عزب أن الأسعار ترتفع. وتقول الكاتبة إن الرواتب لا تكفي.",
                     "رشا عزب", id="feminine"),
    ],
)
def test_the_writer_refers_back_to_the_journalist(text: str, canonical: str) -> None:
    assert _all(text)[-1].source_canonical == canonical


# --- 7. 'الوزارة' back to the body named only after 'باسم' in its spokesman's mention ---------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        pytest.param("قال المتحدث باسم وزارة الصحة الأردنية أحمد الكيلاني إن المستشفيات جاهزة. ونصحت الوزارة"
                     " المواطنين بارتداء الكمامات.", "وزارة الصحة الأردنية", id="ministry-and-its-genitive"),
        pytest.param("قالت المتحدثة باسم الحكومة الألمانية كريستيانه هوفمان إن الخطة جاهزة. وأكدت الحكومة أن"
                     " الضرائب لن ترتفع.", "الحكومة الألمانية", id="definite-body"),
        pytest.param("ووصف الناطق باسم الحكومة الليبية المعترف بها دوليا الهجوم بأنه خطير. وقالت الحكومة إن"
                     " الهدنة انهارت.", "الحكومة الليبية", id="without-the-clause-about-it"),
    ],
)
def test_the_body_alone_refers_back_to_the_body_its_spokesman_spoke_for(text: str, canonical: str) -> None:
    assert _all(text)[-1].source_canonical == canonical


def test_another_body_is_not_the_one_the_spokesman_spoke_for() -> None:
    last = _all("قال المتحدث باسم الجيش السوداني نبيل عبد الله إن القوات تقدمت. وقالت الحكومة إن المفاوضات"
                " متوقفة.")[-1]
    assert last.source_canonical == "الحكومة"  # (a near miss)
