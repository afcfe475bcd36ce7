"""Arabic news written for arabic49: an according-phrase set inside a clause by commas, a body 'affiliated to'
another before the thing a verb of describing describes, 'the first one in charge of …', a speaker's own
first-person words with no quotation marks, a name in scare quotes opening a sentence, and a report an outlet
wrote ('تقرير لوكالة …')."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records as _all, one_arabic_record as _one

# --- 1. an according-phrase inside a clause ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("أما وزير المالية فقد أمر، بحسب بيان لوزارته، بتجميد الحسابات المشبوهة.", "بيان لوزارته",
                     "وزير المالية فقد أمر، بحسب بيان لوزارته، بتجميد الحسابات المشبوهة", id="amma-fa-qad"),
        pytest.param("ارتفع معدل التضخم، وفقا لبيانات البنك المركزي، إلى 12 في المئة خلال الشهر الماضي.",
                     "بيانات البنك المركزي",
                     "ارتفع معدل التضخم، وفقا لبيانات البنك المركزي، إلى 12 في المئة خلال الشهر الماضي",
                     id="figure-after-the-phrase"),
        pytest.param("تراجعت صادرات القمح، حسب مصادر في الوزارة، بنحو الثلث.", "مصادر في الوزارة",
                     "تراجعت صادرات القمح، حسب مصادر في الوزارة، بنحو الثلث", id="by-how-much"),
    ],
)
def test_an_according_phrase_inside_a_clause_reports_the_whole_clause_around_it(
        text: str, source: str, content: str) -> None:
    found = _one(text)
    assert (found.source_text, found.content.text) == (source, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قتل 20 شخصا، بحسب وزارة الصحة، فيما أصيب العشرات.", id="while-opens-another-clause"),
        pytest.param("قتل 20 شخصا، بحسب وزارة الصحة، وأصيب العشرات.", id="and-opens-another-clause"),
        pytest.param("أغلقت الشركة مصنعها، حسب مصادر مطلعة، الذي افتتح قبل عامين.", id="relative-clause"),
    ],
)
def test_a_new_clause_after_the_phrase_is_not_reported_by_it(text: str) -> None:
    first = _all(text)[0]
    assert first.content.text.startswith(("قتل 20 شخصا", "أغلقت الشركة مصنعها"))
    assert "،" not in first.content.text


def test_a_leading_according_phrase_still_reports_what_follows_its_comma() -> None:
    found = _one("بحسب مصادر مطلعة، فإن الشركة ستغلق مصنعها.")
    assert found.content.text == "فإن الشركة ستغلق مصنعها"


# --- 2. a body affiliated to another, then the thing described --------------------------------------------

@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("ووصف المكتب الإعلامي التابع للحكومة الهجوم بأنه جريمة حرب.", "المكتب الإعلامي التابع للحكومة",
                     "الهجوم بأنه جريمة حرب", id="media-office"),
        pytest.param("ووصف المجلس البلدي التابع للمحافظة القرار بأنه غير مدروس.", "المجلس البلدي التابع للمحافظة",
                     "القرار بأنه غير مدروس", id="council"),
        pytest.param("ووصف الفريق الطبي التابع للمستشفى الحادث بأنه مؤسف.", "الفريق الطبي التابع للمستشفى",
                     "الحادث بأنه مؤسف", id="medical-team"),
        pytest.param("ووصفت اللجنة التابعة للبرلمان التقرير بأنه منحاز.", "اللجنة التابعة للبرلمان",
                     "التقرير بأنه منحاز", id="feminine-committee"),
    ],
)
def test_the_thing_described_after_an_affiliated_body_is_the_object_not_the_source(
        text: str, source: str, content: str) -> None:
    found = _one(text)
    assert (found.source_text, found.content.text) == (source, content)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("ووصف المكتب الإعلامي التابع للحكومة المصرية بأنه مستقل.",
                     "المكتب الإعلامي التابع للحكومة المصرية", id="nisba-is-the-bodys-adjective"),
        pytest.param("ووصف المكتب الإعلامي التابع للحكومة بأنه الجهة الوحيدة المخولة.",
                     "المكتب الإعلامي التابع للحكومة", id="no-object"),
    ],
)
def test_an_affiliated_body_with_no_object_after_it_stays_whole(text: str, source: str) -> None:
    found = _one(text)
    assert found.source_text == source and found.content.text.startswith("بأنه")


# --- 3. the first one in charge of … ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وقال المسؤول الأول عن الكرة الجزائرية إن المنتخب سيلعب مباراتين وديتين.",
                     "المسؤول الأول عن الكرة الجزائرية", id="football"),
        pytest.param("وقال المسؤول الأول عن قطاع الصحة في الولاية إن المستشفيات جاهزة.",
                     "المسؤول الأول عن قطاع الصحة في الولاية", id="construct-after-an"),
        pytest.param("وأكدت المسؤولة الأولى في الوزارة أن الملف أغلق.", "المسؤولة الأولى في الوزارة",
                     id="feminine-fi"),
    ],
)
def test_the_first_one_in_charge_of_something_is_one_named_office(text: str, source: str) -> None:
    found = _one(text)
    assert found.source_text == source
    assert not found.anonymous


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال المسؤول الأول إن الوضع تحت السيطرة.", id="no-complement"),
        pytest.param("وقال المسؤول الأول في مؤتمر صحفي إن الوضع تحت السيطرة.", id="occasion"),
    ],
)
def test_the_first_official_with_nothing_he_is_in_charge_of_stays_unnamed(text: str) -> None:
    found = _one(text)
    assert found.source_text == "المسؤول الأول" and found.anonymous


# --- 4. the speaker's own first-person words --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("وقال الوزير قلنا لهم إن الاتفاق لن يوقع قبل الانتخابات.", "الوزير",
                     "قلنا لهم إن الاتفاق لن يوقع قبل الانتخابات", id="we-told-them"),
        pytest.param("وأكد رئيس الوزراء أكدنا للشركاء أن الإصلاحات ستستمر.", "رئيس الوزراء",
                     "أكدنا للشركاء أن الإصلاحات ستستمر", id="we-assured"),
        pytest.param("وقال مدير الميناء طالبنا الوزارة بأن توفر رافعات جديدة.", "مدير الميناء",
                     "طالبنا الوزارة بأن توفر رافعات جديدة", id="we-asked"),
    ],
)
def test_a_first_person_verb_after_the_subject_opens_the_speakers_words(
        text: str, source: str, content: str) -> None:
    found = _one(text)
    assert (found.source_text, found.content.text) == (source, content)


def test_a_plain_subject_before_the_complementizer_is_unchanged() -> None:
    found = _one("وقالت المتحدثة باسم البلدية إن الأشغال ستنتهي.")
    assert (found.source_text, found.content.text) == ("المتحدثة باسم البلدية", "إن الأشغال ستنتهي")


# --- 5. a name in scare quotes opening the sentence -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("«أوبك» تخفض الإنتاج، بحسب مصادر مطلعة.", "«أوبك» تخفض الإنتاج", id="guillemets"),
        pytest.param("\"أرامكو\" تعلن أرباحا قياسية، وفقا لبيان الشركة.", "\"أرامكو\" تعلن أرباحا قياسية",
                     id="straight-quotes"),
        pytest.param("\"سامسونغ\" ترفع أسعار هواتفها، بحسب مصادر في السوق.", "\"سامسونغ\" ترفع أسعار هواتفها",
                     id="company"),
    ],
)
def test_a_scare_quoted_name_opening_the_sentence_keeps_its_opening_mark(text: str, content: str) -> None:
    assert _all(text)[0].content.text == content


# --- 6. a report an outlet wrote --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وذكر تقرير لوكالة رويترز أن الشركة تدرس بيع أصولها.", "تقرير لوكالة رويترز", id="reuters"),
        pytest.param("وكشف تحقيق لصحيفة الغارديان أن الشركة تهربت من الضرائب.", "تحقيق لصحيفة الغارديان",
                     id="guardian-investigation"),
        pytest.param("وبحسب تقرير لوكالة بلومبرغ، فإن البنك سيرفع الفائدة.", "تقرير لوكالة بلومبرغ",
                     id="according-to-a-report"),
        pytest.param("ارتفعت الأسعار، بحسب تقرير لصحيفة الرياض.", "تقرير لصحيفة الرياض", id="trailing"),
    ],
)
def test_a_report_an_outlet_wrote_is_the_source_and_the_outlet_no_conduit(text: str, source: str) -> None:
    found = _one(text)
    assert found.source_text == source and found.conduits == ()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وقال الوزير لوكالة رويترز إن الشركة تدرس بيع أصولها.", "الوزير", id="told-the-agency"),
        pytest.param("وقال مصدر لصحيفة الرياض إن الأسعار سترتفع.", "مصدر", id="told-the-paper"),
    ],
)
def test_an_outlet_a_speaker_told_is_still_the_conduit(text: str, source: str) -> None:
    found = _one(text)
    assert found.source_text == source and len(found.conduits) == 1
