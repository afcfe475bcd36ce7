"""Arabic constructions of the fifty-seventh round: a coordinated cue verb whose gender agrees with a reported
clause's subject rather than the reporter, nominal (masdar) cues with a possessive agent and a that-clause, and a
narrator's 'فيما' clause after a report. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, str]]:
    """(source as written, cue, content) per record."""
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("ذكرت وكالة الأنباء الرسمية أن رئيس الوزراء استقبل السفير، ودعا إلى تعزيز التعاون بين البلدين.",
     "ودعا", "رئيس الوزراء"),
    ("أفادت الصحيفة أن الوزير زار المستشفى، وأكد أن الخدمات ستتحسن.", "وأكد", "الوزير"),
    ("وقال المتحدث إن الوزيرة افتتحت المدرسة، وأكدت أن التعليم أولوية.", "وأكدت", "الوزيرة"),
    ("وأعلنت القناة أن المدرب غادر الملعب، وقال إن الفريق يستحق الفوز.", "وقال", "المدرب"),
    ("وقال الناطق إن الشركة أغلقت المصنع، وأكدت أنها ستعوض العمال.", "وأكدت", "الشركة"),
])
def test_a_coordinated_cue_agreeing_with_the_reported_subject_takes_it_as_speaker(
        text: str, cue: str, source: str) -> None:
    assert next(r[0] for r in _records(text) if r[1] == cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("وقال المتحدث إن الوزير افتتح المدرسة، وأكد أن التعليم أولوية.", "وأكد", "المتحدث"),
    ("ذكرت الوكالة أن الحكومة أقرت الموازنة، وأكدت أن العجز سينخفض.", "وأكدت", "الوكالة"),
    ("أفادت الصحيفة أن المسؤولين اجتمعوا أمس، وأكد أن الاجتماع كان مثمرا.", "وأكد", "الصحيفة"),
])
def test_a_coordinated_cue_keeps_the_reporter_when_gender_does_not_decide(text: str, cue: str, source: str) -> None:
    assert next(r[0] for r in _records(text) if r[1] == cue) == source


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("ورفض المدير التعليق، مع تأكيده أن التحقيق ما زال جاريا.", "مع تأكيده", "المدير", "أن التحقيق ما زال جاريا"),
    ("وأنهى الرئيس زيارته، في إشارته إلى أن العلاقات ممتازة.", "في إشارته", "الرئيس", "أن العلاقات ممتازة"),
    ("وانتقدت النائبة الخطة، مع تأكيدها أن الموازنة لا تكفي.", "مع تأكيدها", "النائبة", "أن الموازنة لا تكفي"),
    ("واعتذر المنظمون عن التأخير، مع توضيحهم أن العطل كان فنيا.", "مع توضيحهم", "المنظمون",
     "أن العطل كان فنيا"),
])
def test_a_verbal_noun_with_a_possessive_pronoun_reports_for_the_clause_subject(
        text: str, cue: str, source: str, content: str) -> None:
    records = [(a.source_canonical, a.cue.text if a.cue else "", a.content.text)
               for a in parse(text, "ar").attributions]
    assert (source, cue, content) in records


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وفي رأي المحلل، فإن الأسواق ستتعافى قبل نهاية العام.", "المحلل", "فإن الأسواق ستتعافى قبل نهاية العام"),
    ("وبرأي الباحثة ليلى حسن، فإن الإصلاح يحتاج سنوات.", "الباحثة ليلى حسن", "فإن الإصلاح يحتاج سنوات"),
])
def test_an_opinion_opening_a_clause_is_an_according_phrase(text: str, source: str, content: str) -> None:
    assert _records(text)[0][0::2] == (source, content)


@pytest.mark.parametrize("text", [
    "لا أحد يشك في رأي الخبراء في هذه المسألة.",
    "وأخذ القاضي في اعتباره ظروف المتهم.",
    "وغادر الوفد القاعة في إشارة إلى رفضه المقترح.",
])
def test_an_opinion_or_a_gloss_inside_a_clause_reports_nothing(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("رحب وزير الخارجية أحمد سالم بقرار مجلس الأمن، وقال إنه خطوة في الاتجاه الصحيح.", "وزير الخارجية أحمد سالم"),
    ("أشادت الوزيرة هالة منصور بتضحيات الكوادر الطبية، وقالت إنها لن تنسى.", "الوزيرة هالة منصور"),
    ("ونوهت النائبة سعاد جابر بمبادرة الحكومة، وقالت إنها تأخرت كثيرا.", "النائبة سعاد جابر"),
])
def test_a_glued_b_object_in_construct_after_a_name_is_no_part_of_the_carried_subject(text: str, source: str) -> None:
    assert _records(text)[-1][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("رحب الخبير سامي حداد بجامعة القاهرة بالقرار، وقال إنه مهم.", "الخبير سامي حداد بجامعة القاهرة"),
    ("رحب الرئيس بشار الأسد بالمبادرة، وقال إنها إيجابية.", "الرئيس بشار الأسد"),
])
def test_an_affiliation_or_a_first_name_in_b_stays_in_the_subject(text: str, source: str) -> None:
    assert _records(text)[-1][0] == source


def test_a_feminine_coordinated_cue_takes_the_titled_woman_named_in_the_reported_clause() -> None:
    text = "وقال المتحدث باسم الرئاسة إن الوزيرة سعاد جابر زارت المخيمات، وأكدت أن المساعدات ستصل خلال أيام."
    assert next(r[0] for r in _records(text) if r[1] == "وأكدت") == "الوزيرة سعاد جابر"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("بعد تبني التنظيم، أمس، الهجوم على الحاجز، شددت السلطات الإجراءات الأمنية.", "التنظيم", "الهجوم على الحاجز"),
    ("وبعد تبني الجماعة المسلحة عملية التفجير في السوق، أغلقت الشرطة الطرق.", "الجماعة المسلحة",
     "عملية التفجير في السوق"),
    ("عقب تبني حركة الشباب الهجوم على القاعدة العسكرية، تعهد الرئيس بالرد.", "حركة الشباب",
     "الهجوم على القاعدة العسكرية"),
])
def test_claiming_an_attack_as_a_verbal_noun_after_a_time_preposition_is_a_claim(
        text: str, source: str, content: str) -> None:
    assert next(r for r in _records(text) if r[1] == "تبني")[0::2] == (source, content)


@pytest.mark.parametrize("text", [
    "فشل المجلس في تبني مشروع القرار.",
    "بعد تبني البرلمان الموازنة الجديدة، ارتفعت الأسهم.",
])
def test_adopting_a_plan_as_a_verbal_noun_claims_nothing(text: str) -> None:
    assert _records(text) == []
