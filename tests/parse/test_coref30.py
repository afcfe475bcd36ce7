"""Arabic speakers carried over by pronouns and subjectless cues agree in number and gender (coref30): a plural
pronoun ('لكنهم', 'إنهم') goes to the latest speaker named in the plural, not the one person quoted after them; a
plural cue ('وأضافوا') passes over a body or a document, which is never 'they'; a feminine pronoun ('وهي',
'لكنها') or cue ('وأضافت') passes over a document named by a masculine noun ('التقرير', 'بيان'). Texts are
written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import offsets_hold


def _source_of(text: str, content_start: str) -> str:
    """The canonical source of the one claim whose content opens with `content_start` in an Arabic text."""
    result = parse(text, "ar")
    assert offsets_hold(result)
    found = [a.source_canonical for a in result.attributions if a.content.text.startswith(content_start)]
    assert len(found) == 1, [(a.content.text, a.source_canonical) for a in result.attributions]
    return found[0]


@pytest.mark.parametrize(("text", "content", "group"), [
    pytest.param(
        "أفاد سكان في الحي بأن الماء انقطع. وقال محافظ المدينة علي منصور إن الإصلاح جار. لكنهم أكدوا أن "
        "الانقطاع مستمر منذ أسبوع.", "أن الانقطاع", "سكان في الحي", id="residents-then-governor"),
    pytest.param(
        "قال المزارعون إن المحصول تلف. وقال وزير الزراعة كمال الشريف إن التعويضات قادمة. لكنهم أكدوا أن "
        "الوعود تكررت دون نتيجة.", "أن الوعود", "المزارعون", id="farmers-then-minister"),
    pytest.param(
        "قال متظاهرون إن الشرطة أغلقت الساحة. وقال مدير الأمن فادي نصر إن الطرق مفتوحة. لكنهم أكدوا أن "
        "الحواجز ما زالت قائمة.", "أن الحواجز", "متظاهرون", id="protesters-then-security-chief"),
    pytest.param(
        "قال معلمون إن الرواتب تأخرت. وقال مدير التربية سامر يوسف إن المبالغ حولت. لكنهم أكدوا أن "
        "الحسابات فارغة.", "أن الحسابات", "معلمون", id="teachers-then-director"),
    pytest.param(
        "قال ركاب في المطار إن الرحلات ألغيت. وقال مدير المطار نبيل عواد إن الجدول عاد طبيعيا. لكنهم أكدوا أن "
        "الطائرات ما زالت متوقفة.", "أن الطائرات", "ركاب في المطار", id="passengers-a-broken-plural"),
    pytest.param(
        "أفاد نشطاء بأن المظاهرة فرقت بالقوة. وقال قائد الشرطة مروان سليم إن التجمع كان سلميا. وأضافوا أن "
        "ثلاثة منهم اعتقلوا.", "أن ثلاثة", "نشطاء", id="activists-then-police-chief"),
])
def test_plural_pronoun_goes_to_the_latest_group_not_one_man(text: str, content: str, group: str) -> None:
    assert _source_of(text, content) == group


@pytest.mark.parametrize(("text", "content", "group"), [
    pytest.param(
        "وقال مسؤولون أمنيون إن الهجوم أحبط. وذكر الجيش أن الوضع هادئ. وأوضحوا أن المهاجمين فروا.",
        "أن المهاجمين", "مسؤولون أمنيون", id="officials-then-army"),
    pytest.param(
        "قال شهود إن النار اشتعلت فجرا. وأعلن الدفاع المدني أن الحريق أخمد. وأضافوا أن الدخان غطى الحي.",
        "أن الدخان", "شهود", id="witnesses-then-civil-defence"),
    pytest.param(
        "قال صيادون إن المياه تلوثت. وأكد تقرير رسمي أن التلوث محدود. وأضافوا أن الأسماك نفقت بالآلاف.",
        "أن الأسماك", "صيادون", id="fishermen-then-report"),
])
def test_plural_cue_passes_over_a_body_or_document(text: str, content: str, group: str) -> None:
    assert _source_of(text, content) == group


@pytest.mark.parametrize(("text", "content", "woman"), [
    pytest.param(
        "قالت سلمى الخوري إن المعرض سيفتتح الشهر المقبل. وذكر التقرير أن التمويل غير كاف. وهي ترى أن الجمهور "
        "سيقبل عليه.", "أن الجمهور", "سلمى الخوري", id="she-after-report"),
    pytest.param(
        "قالت الوزيرة إن الميزانية أقرت. وأكد التقرير السنوي أن العجز تراجع. وهي تتوقع أن يستمر التحسن.",
        "أن يستمر", "الوزيرة", id="she-after-annual-report"),
    pytest.param(
        "قالت المهندسة رنا عيسى إن الجسر آمن. وأشار بيان إلى أن الصيانة تأخرت. لكنها أكدت أن العمل سيكتمل قريبا.",
        "أن العمل", "رنا عيسى", id="but-she-after-statement"),
])
def test_feminine_pronoun_never_goes_to_a_masculine_document(text: str, content: str, woman: str) -> None:
    assert _source_of(text, content) == woman


@pytest.mark.parametrize(("text", "content", "speaker"), [
    pytest.param(
        "قالت الوزيرة هالة السعيد إن النمو تحسن. وأشار التقرير إلى أن البطالة ارتفعت. وأضافت أن الحكومة ستطلق "
        "برامج جديدة.", "أن الحكومة", "هالة السعيد", id="minister-then-report"),
    pytest.param(
        "أعلنت الوزارة أن المدارس ستغلق. وأفاد تقرير صحفي بأن القرار مؤقت. وأوضحت أن التعليم سيستمر عن بعد.",
        "أن التعليم", "الوزارة", id="ministry-then-press-report"),
    pytest.param(
        "قالت الشرطة إن اللص اعتقل. وذكر محضر التحقيق أن المسروقات أعيدت. وأضافت أن شريكه ما زال فارا.",
        "أن شريكه", "الشرطة", id="police-then-record"),
])
def test_feminine_cue_passes_over_a_masculine_document(text: str, content: str, speaker: str) -> None:
    assert _source_of(text, content) == speaker


def test_feminine_cue_after_a_statement_of_a_feminine_body_stays_with_it() -> None:
    text = ("أكدت الحكومة أن الانتخابات ستجري في موعدها. وجاء في بيان للمعارضة أن الظروف غير مناسبة. وأضافت أن "
            "المراقبين مرحب بهم.")
    assert _source_of(text, "أن المراقبين") == "بيان للمعارضة"
