"""Arabic news written for arabic50: a speaker who 'came back to stress' something ('وعاد الوزير ليؤكد أن …'), a
chief of analysts named in construct ('كبير محللي السوق في شركة …'), a correspondent or a report relaying someone
('وينقل المراسل عن …'), and a title word that is a family name after a first name ('إبراهيم الأمين')."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records as _all, one_arabic_record as _one

# --- 1. a verb of coming back, then the cue glued to the purposive 'لـ' -------------------------------------

@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("وعاد المدرب ليؤكد أن الفريق قادر على الفوز باللقب.", "المدرب",
                     "أن الفريق قادر على الفوز باللقب", id="came-back-to-stress"),
        pytest.param("وعادت الوزيرة لتنفي أن الحكومة تنوي بيع المصفاة.", "الوزيرة",
                     "أن الحكومة تنوي بيع المصفاة", id="feminine-denial"),
        pytest.param("ثم عاد رئيس البلدية ليشدد على أن المشروع سيكتمل قبل الصيف.", "رئيس البلدية",
                     "أن المشروع سيكتمل قبل الصيف", id="then-with-introducer"),
        pytest.param("وعاد المهاجم ليقول إنه باق في النادي.", "المهاجم", "إنه باق في النادي", id="to-say"),
    ],
)
def test_the_cue_after_a_verb_of_coming_back_reports_its_subject(text: str, source: str, content: str) -> None:
    found = _one(text)
    assert (found.source_text, found.content.text) == (source, content)


def test_the_subject_before_a_bare_present_cue_leaves_the_verb_of_coming_back_out() -> None:
    found = _one("وعاد المدرب يؤكد أن الفريق قادر على الفوز باللقب.")
    assert found.source_text == "المدرب"


def test_a_verb_of_coming_back_with_no_subject_names_no_one_in_the_sentence() -> None:
    found = _one("ثم عاد ليؤكد أن المحادثات مستمرة.")
    assert found.source_text == ""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وعاد المهاجم ليسجل الهدف الثاني.", id="purpose-no-cue"),
        pytest.param("وخرج اللاعب ليؤكد أن الفريق سيفوز.", id="another-verb-of-going"),
        pytest.param("ووصل الوزير ليتفقد المصنع الجديد.", id="inspecting"),
    ],
)
def test_only_a_cue_after_a_verb_of_coming_back_reports(text: str) -> None:
    assert not _all(text)  # (near misses: no report)
    assert _one("وعاد الوزير ليؤكد أن المصنع سيفتتح قريبا.").source_text == "الوزير"


# --- 2. 'كبير' and a construct plural of people before 'في' ------------------------------------------------

@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("قال كبير محللي الأسواق في مجموعة الخليج المالية سامر حداد إن النفط سيرتفع.",
                     "كبير محللي الأسواق في مجموعة الخليج المالية سامر حداد", id="analysts"),
        pytest.param("قالت كبيرة محللي العملات في بنك الشرق سارة خان إن الدولار سيتراجع.",
                     "كبيرة محللي العملات في بنك الشرق سارة خان", id="feminine"),
        pytest.param("قال كبير مراقبي الانتخابات في البعثة الأوروبية إن التصويت كان هادئا.",
                     "كبير مراقبي الانتخابات في البعثة الأوروبية", id="observers"),
    ],
)
def test_a_chief_of_a_construct_plural_keeps_where_he_works(text: str, source: str) -> None:
    assert _one(text).source_text == source


def test_a_chief_of_an_unlisted_plural_stops_before_the_place_a_listed_one_does_not() -> None:
    assert _one("قال كبير مدربي الفريق في المؤتمر الصحفي إن اللاعبين جاهزون.").source_text == "كبير مدربي الفريق"
    assert _one("قال كبير محللي الأسواق في مجموعة الخليج المالية إن النفط سيرتفع.").source_text \
        == "كبير محللي الأسواق في مجموعة الخليج المالية"


# --- 3. a correspondent or a report relaying someone ---------------------------------------------------------

def test_a_correspondent_relaying_someone_is_the_outlet_named_before() -> None:
    found = _all("قالت قناة الجزيرة إن القصف استمر طوال الليل.\n"
                 "وينقل المراسل عن سكان قولهم إن عشرات المنازل دمرت.")
    assert (found[-1].source_text, found[-1].conduits) == ("سكان", ("Al Jazeera",))


def test_a_report_relaying_someone_is_the_outlet_named_last() -> None:
    found = _all("ذكرت صحيفة الغارديان البريطانية أن المحادثات تعثرت.\n"
                 "وينقل التقرير عن دبلوماسي غربي قوله إن الطرفين لم يتفقا.")
    assert (found[-1].source_text, found[-1].conduits) == ("دبلوماسي غربي", ("The Guardian",))


def test_a_report_is_the_outlet_only_when_no_other_body_was_named_after_it() -> None:
    found = _all("ذكرت صحيفة الغارديان أن منظمة العفو الدولية أصدرت تقريرا جديدا.\n"
                 "وينقل التقرير عن ناجين قولهم إن السجناء تعرضوا للتعذيب.")
    assert (found[-1].source_text, found[-1].conduits) == ("ناجين", ())
    found = _all("ذكرت صحيفة الغارديان أن السجون مكتظة.\n"
                 "وينقل التقرير عن ناجين قولهم إن السجناء تعرضوا للتعذيب.")
    assert (found[-1].source_text, found[-1].conduits) == ("ناجين", ("The Guardian",))


# --- 4. a title word after a first name is the family name -------------------------------------------------

@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("وقال سليمان الأمين إن الحزب سيقاطع الانتخابات.", "person", id="family-name"),
        pytest.param("وقالت فاطمة الأمين إن الجمعية ستغلق.", "person", id="feminine-first-name"),
        pytest.param("وقال عمرو موسى الأمين العام للجامعة إن القمة ستعقد.", "official", id="full-name-then-office"),
        pytest.param("وقال وزير المالية محمد الأمين إن العجز تراجع.", "official", id="office-before-the-name"),
        pytest.param("وقال الأمين العام للحزب إن المؤتمر سيعقد.", "official", id="office-alone"),
    ],
)
def test_a_title_word_after_a_first_name_is_part_of_the_name(text: str, kind: str) -> None:
    assert _one(text).source_type == kind
    assert _one("وقال سليمان الأمين إن الحزب سيقاطع الانتخابات.").source_type == "person"
