"""Arabic news written for arabic47: a regional paper told, glued to 'لـ' ('صرح المدرب لهسبريس بأن'), a site's
name with its dotted suffix inside an 'according to' phrase ('تحدثت للعربية.نت'), an aside naming the medium
after a long title, a body 'affiliated to' another ('التابع للأمم المتحدة'), and a definite body named again
by its noun ('وأوضح البنك' after 'قرر البنك المركزي الأردني الإبقاء على …')."""

from __future__ import annotations

import pytest

from attribution.model import Attribution
from attribution.parse import parse


def _one(text: str) -> Attribution:
    found = parse(text, "ar").attributions
    assert len(found) == 1, [(a.source_text, a.content.text) for a in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "source", "outlet"),
    [
        pytest.param("وصرح حارس المرمى لهسبريس بأن الفريق جاهز للمباراة.", "حارس المرمى", "Hespress", id="hespress"),
        pytest.param("وقال مصدر في الشركة للأهرام إن الأسعار لن ترتفع.", "مصدر في الشركة", "Al-Ahram", id="ahram"),
        pytest.param("وأكد رئيس البلدية للشروق أن الأشغال ستنتهي قبل الصيف.", "رئيس البلدية", "Al-Shorouk",
                     id="shorouk"),
        pytest.param("وقال مدير المستشفى لليوم السابع إن الحالات مستقرة.", "مدير المستشفى", "Youm7", id="youm7"),
        pytest.param("وأوضح مسؤول في الأمانة للأهرام أن المشروع يكتمل العام المقبل.", "مسؤول في الأمانة",
                     "Al-Ahram", id="ahram-explained"),
    ],
)
def test_a_regional_outlet_glued_to_the_dative_is_the_conduit_not_part_of_the_source(
        text: str, source: str, outlet: str) -> None:
    found = _one(text)
    assert found.source is not None and found.source.text == source
    assert found.conduits == (outlet,)
    assert found.content.text.startswith(("أن", "إن", "بأن"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقالت اللاعبة للوطن إن المنتخب سيعود أقوى.", id="homeland-is-no-listed-outlet"),
        pytest.param("وقال المبعوث الخاص للشرق الأوسط إن المحادثات مستمرة.", id="middle-east-envoy"),
    ],
)
def test_only_listed_outlets_glued_to_the_dative_are_conduits(text: str) -> None:
    assert _one(text).conduits == ()  # a common word after 'لـ' ('للوطن', 'للشرق الأوسط') stays out of the list
    assert _one("وقال المدرب لهسبريس إن اللاعبين مرهقون.").conduits == ("Hespress",)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        pytest.param("وبحسب مصادر مطلعة تحدثت للعربية.نت، فإن الصفقة ستوقع الأسبوع المقبل.", "Al Arabiya",
                     id="arabiya-net"),
        pytest.param("ووفقا لمصادر دبلوماسية تحدثت للجزيرة.نت، فإن الوفد سيصل غدا.", "Al Jazeera", id="jazeera-net"),
    ],
)
def test_a_sites_dotted_suffix_does_not_end_an_according_phrase(text: str, outlet: str) -> None:
    found = _one(text)
    assert found.anonymous
    assert found.conduits == (outlet,)
    assert found.content.text.startswith("فإن")


def test_a_medium_aside_after_a_long_title_still_reaches_the_complementizer() -> None:
    found = _one("وقال نائب رئيس مجلس إدارة شركة النخيل للتطوير العقاري في منطقة الخليج وشمال أفريقيا، سامي "
                 "العتيبي، في مقابلة مع \"الاقتصادية\"، إن الشركة ستطرح أسهمها قريبا.")
    assert found.source is not None and found.source.text.startswith("نائب رئيس مجلس إدارة")
    assert found.source.text.endswith("سامي العتيبي")
    assert found.content.text.startswith("إن الشركة")


@pytest.mark.parametrize(
    ("text", "source", "canonical"),
    [
        pytest.param("حذرت منظمة الصحة العالمية التابعة للأمم المتحدة من أن الحصبة تعود للانتشار.",
                     "منظمة الصحة العالمية التابعة للأمم المتحدة", "World Health Organization", id="who"),
        pytest.param("حذر برنامج الأغذية العالمي التابع للأمم المتحدة من أن المخزون ينفد.",
                     "برنامج الأغذية العالمي التابع للأمم المتحدة", "World Food Programme", id="wfp"),
        pytest.param("حذرت الوكالة التابعة لوزارة الزراعة من أن الجراد يقترب.", "الوكالة التابعة لوزارة الزراعة",
                     "الوكالة التابعة لوزارة الزراعة", id="unregistered-body"),
    ],
)
def test_an_affiliated_adjective_after_a_body_stays_in_its_name(text: str, source: str, canonical: str) -> None:
    found = _one(text)
    assert found.source is not None and found.source.text == source
    assert found.source_canonical == canonical
    assert found.content.text.startswith("أن")


def test_only_an_adjective_with_its_dative_keeps_the_words_after_a_known_name_in_the_source() -> None:
    found = _one("حذرت منظمة الصحة العالمية التابعة للأمم المتحدة من انتشار الكوليرا.")
    assert found.source is not None and found.source.text == "منظمة الصحة العالمية التابعة للأمم المتحدة"
    found = _one("واتهمت روسيا المعارضة المسلحة بخرق الهدنة.")  # a definite object after a known name
    assert found.source is not None and found.source.text == "روسيا"
    assert found.content.text.startswith("المعارضة")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        pytest.param("قرر البنك المركزي التونسي الإبقاء على سعر الفائدة. وأوضح البنك أن التضخم يتراجع.",
                     "البنك المركزي التونسي", id="bank-then-masdar"),
        pytest.param("قررت الهيئة الوطنية الإبقاء على الرسوم. وقالت الهيئة إن الميزانية تكفي.", "الهيئة الوطنية",
                     id="authority-then-masdar"),
    ],
)
def test_a_body_named_again_by_its_noun_takes_the_name_without_the_object_after_it(text: str,
                                                                                   canonical: str) -> None:
    found = parse(text, "ar").attributions
    assert found[-1].source is not None and found[-1].source.text in ("البنك", "الهيئة")
    assert found[-1].source_canonical == canonical


def test_a_definite_body_keeps_its_adjectives_and_a_phrase_after_it_when_named_again() -> None:
    found = parse("قرر البنك المركزي الأردني الإبقاء على الفائدة. وأوضح البنك أن الاحتياطي كاف.", "ar").attributions
    assert found[-1].source_canonical == "البنك المركزي الأردني"
    found = parse("رحب التحالف بقيادة السعودية بالهدنة. وقال التحالف إن قواته ملتزمة.", "ar").attributions
    assert found[-1].source_canonical == "Saudi-led coalition"  # (a word after the noun, not definite: kept)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        pytest.param("وقال المحافظ في تصريح للجزيرة إن الطريق سيفتح غدا.", "Al Jazeera", id="jazeera"),
        pytest.param("وأكدت الوزيرة في حديث للعربية أن الخطة جاهزة.", "Al Arabiya", id="arabiya"),
        pytest.param("وقال النائب في تصريحات للأهرام إن المشروع سيناقش الأسبوع المقبل.", "Al-Ahram", id="ahram"),
    ],
)
def test_a_listed_outlet_glued_to_the_dative_after_the_occasion_is_the_conduit(text: str, outlet: str) -> None:
    found = _one(text)
    assert found.conduits == (outlet,)
    assert _one("وقال المحافظ في حديث لمراسلنا إن الطريق سيفتح غدا.").conduits == ()  # (our reporter: no name)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وقال رئيس بعثة البنك الدولي إلى الأردن كريم الحسيني إن القرض سيصرف على دفعتين.",
                     "رئيس بعثة البنك الدولي إلى الأردن كريم الحسيني", id="mission"),
        pytest.param("وقالت رئيسة وفد المفوضية الأوروبية إلى تونس إن المشاورات كانت مثمرة.",
                     "رئيسة وفد المفوضية الأوروبية إلى تونس", id="delegation"),
    ],
)
def test_where_a_mission_was_sent_stays_in_its_heads_mention(text: str, source: str) -> None:
    found = _one(text)
    assert found.source is not None and found.source.text == source
    assert found.content.text.startswith("إن")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("وأشار رئيس وفد المعارضة إلى أن الحوار متعثر.", "أن الحوار متعثر", id="pointed-out-that"),
        pytest.param("ودعا رئيس بعثة الهلال الأحمر إلى فتح المعابر.", "فتح المعابر", id="called-for"),
    ],
)
def test_a_verbs_own_ila_after_a_mission_head_still_opens_the_content(text: str, content: str) -> None:
    found = _one(text)
    assert found.content.text == content
    said = _one("وقال رئيس بعثة البنك الدولي إلى الأردن إن القرض سيصرف.")  # (no verb's 'إلى': where it went)
    assert said.source is not None and said.source.text == "رئيس بعثة البنك الدولي إلى الأردن"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("المدرب: \"لن نستسلم أبدا\"\n\nالرباط - خسر الفريق مباراته أمس.\n\nوقال المدرب للصحفيين: "
                     "\"لن نستسلم أبدا\".\n", "direct", id="headline-then-colon"),
        pytest.param("وزيرة الصحة: الوضع الوبائي \"تحت السيطرة\"\n\nعمان - سجلت المملكة إصابات جديدة.\n\n"
                     "وقالت الوزيرة إن الوضع الوبائي \"تحت السيطرة\".\n", "mixed", id="headline-then-fragment"),
    ],
)
def test_a_short_quotation_repeated_from_a_speakers_headline_is_still_quoted_speech(text: str, kind: str) -> None:
    found = parse(text, "ar").attributions
    assert [a.kind for a in found if a.cue is not None and a.cue.text.startswith("وقال")] == [kind]


def test_a_short_name_in_quotation_marks_repeated_without_a_colon_is_still_a_name() -> None:
    text = ("أطلق الجيش عملية \"درع الشمال\" فجر اليوم.\n\nوقال المتحدث العسكري إن عملية \"درع الشمال\" "
            "ستستمر أياما.\n")
    [found] = parse(text, "ar").attributions
    assert found.kind == "indirect"
    said = parse("الوزير: \"الخبز خط أحمر\"\n\nوقال الوزير: \"الخبز خط أحمر\".\n", "ar").attributions
    assert [a.kind for a in said] == ["direct"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وكان خبراء قد حذروا في وقت سابق من أن السد قد ينهار.", id="earlier"),
        pytest.param("وكان مزارعون قد حذروا أمس من أن المحصول سيتلف.", id="yesterday"),
        pytest.param("وكان سكان قد حذروا الأسبوع الماضي من أن المياه ملوثة.", id="last-week"),
    ],
)
def test_a_time_adverbial_after_a_plural_verb_is_no_part_of_what_was_warned(text: str) -> None:
    found = _one(text)
    assert found.content.text.startswith("أن")
    assert _one("وحثوا الحكومة على فتح المعابر.").content.text.startswith("الحكومة")  # (an object still is)
