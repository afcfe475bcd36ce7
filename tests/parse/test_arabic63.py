"""Arabic, round 63: content edges, source types and carry-over — an occasion and an audience between a verb and
its object, a 'في الوقت الذي' frame closed by its comma, a name after a possessed description, an owner as an
unnamed source, bare 'نص … على', and 'وقال لها' inside a woman's reported words."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records

# --- 'نفى السائق خلال آخر جلسة له أمام القاضي كل المخالفات': where and before whom he said it is no object ----


@pytest.mark.parametrize(("text", "content"), [
    ("نفى السائق خلال آخر جلسة له أمام القاضي كل المخالفات.", "كل المخالفات"),
    ("ونفى اللاعب خلال حديثه مع الصحفيين أمس الأنباء عن انتقاله.", "الأنباء عن انتقاله"),
    ("ونفى المقاول خلال جلسة الاستماع جميع الاتهامات.", "جميع الاتهامات"),
    ("وأكد الوزير خلال كلمته أهمية الحوار.", "أهمية الحوار"),
    ("ونفى النائب في كلمته أمام البرلمان وجود أي عجز.", "وجود أي عجز"),
    ("وأكدت الوزيرة في كلمة لها أمام المؤتمر الدولي أهمية التعاون.", "أهمية التعاون"),
])
def test_an_occasion_and_its_audience_before_the_object_are_not_content(text: str, content: str) -> None:
    assert [a.content.text for a in arabic_records(text)] == [content]


def test_a_report_issued_after_in_stays_the_callers_case() -> None:
    """Guard (the base does the same): 'في تقرير صدر أمس من أن' is no occasion skipped by the rule above."""
    found = arabic_records("وحذرت الهيئة في تقرير صدر أمس من أن الجفاف سيطول.")
    assert [a.content.text for a in found] == ["أن الجفاف سيطول"]


# --- 'في الوقت الذي قالت فيه …، ارتفعت …': the frame's comma closes what was said ----------------------------


@pytest.mark.parametrize(("text", "content"), [
    ("في الوقت الذي أكد فيه المدير أن المخزون كاف، نفدت الأدوية من الصيدليات.", "أن المخزون كاف"),
    ("وفي الوقت الذي يقول فيه المسؤولون إن الطرق آمنة، يشكو السائقون من الحفر.", "إن الطرق آمنة"),
])
def test_a_while_frame_ends_at_its_comma(text: str, content: str) -> None:
    assert [a.content.text for a in arabic_records(text)] == [content]


# --- 'دفاعه، المحامي فريد العلمي': the name after a possessed description is who it is -----------------------


@pytest.mark.parametrize(("text", "canonical"), [
    ("وقال دفاعه، المحامي فريد العلمي، إن الحكم قاس.", "فريد العلمي"),
    ("وقال دفاعه، فريد العلمي، إن الحكم قاس.", "فريد العلمي"),
    ("وقالت وكيلتها، المحامية هند الصافي، إن الاستئناف جاهز.", "هند الصافي"),
    ("وقال صاحب المخبز، سالم العطار، إن الطحين نفد.", "سالم العطار"),
])
def test_the_name_after_a_possessed_description_is_the_canonical(text: str, canonical: str) -> None:
    assert [a.source_canonical for a in arabic_records(text)] == [canonical]


# --- 'صاحب المطعم': an owner named by what he owns is unnamed, and no later title goes back to him ----------------


def test_an_owner_is_an_unnamed_source() -> None:
    found = arabic_records("وقالت صاحبة المشغل إن الطلبات تراجعت.")
    assert [(a.source_type, a.anonymous) for a in found] == [("anonymous", True)]


def test_a_later_title_is_not_the_owner() -> None:
    found = arabic_records("وقال صاحب المطعم إن الزبائن قلوا. وقال المحافظ إن البلدية ستدعم التجار.")
    assert [a.source_canonical for a in found] == ["صاحب المطعم", "المحافظ"]


# --- bare 'نص … على': a text that provides for something reports; the noun 'text' does not ---------------------


@pytest.mark.parametrize(("text", "source"), [
    ("ونص الاتفاق على أن تنسحب القوات خلال شهر.", "الاتفاق"),
    ("نص الدستور على أن الرئيس يُنتخب مباشرة.", "الدستور"),
    ("كما نص القانون الجديد على أن الغرامة تتضاعف.", "القانون الجديد"),
])
def test_bare_nassa_with_ala_reports(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


@pytest.mark.parametrize("text", [
    "ونشرت المجلة نص الرسالة التي وصلتها.",
    "وقرأ المذيع نص البيان على الهواء.",
    "ونص الرسالة منشور على الموقع.",
    'ونشرت صحيفة "الأيام" نص الوثائق على موقعها.',
])
def test_the_noun_nass_reports_nothing(text: str) -> None:
    """Guards (the base does the same, having no bare 'نص' cue): what the new cue must not catch."""
    assert not arabic_records(text)


# --- 'وقالت … إنها … وقال لها': the man her words named told her; with none, not she --------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("وقالت المعلمة إنها اتصلت بالمدير وقال لها إن الدرس ألغي.", "المدير"),
    ("وقالت الطالبة إنها راجعت الموظف في المكتب وقال لها إن الملف ناقص.", "الموظف"),
])
def test_told_her_is_the_man_her_words_named(text: str, source: str) -> None:
    assert [(a.source_text, a.source_canonical) for a in arabic_records(text)][-1] == (source, source)


def test_told_her_with_no_man_named_is_not_her() -> None:
    found = arabic_records("وقالت سارة الأحمد إنها ذهبت إلى العيادة وقال لها إن حالتها جيدة.")
    assert [a.source_canonical for a in found] == ["سارة الأحمد", ""]


def test_told_her_after_a_glued_preposition_is_the_guard_she_called() -> None:
    found = arabic_records("وقالت إحدى الممرضات إنها اتصلت بالحارس وقال لها إن البوابة مغلقة.")
    assert [(a.source_text, a.source_canonical) for a in found][-1] == ("الحارس", "الحارس")


def test_a_name_then_who_she_is_keeps_the_name() -> None:
    found = arabic_records("وقالت ريم الحداد، وهي صاحبة مكتبة صغيرة، إن المبيعات تراجعت.")
    assert [a.source_canonical for a in found] == ["ريم الحداد"]
