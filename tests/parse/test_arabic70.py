"""Arabic cues and quotations: an outlet told, set off by commas after the subject ('، لرويترز،'), ends the
source and is its conduit; 'هكذا' or 'بهذه الكلمات' right after a quotation points back at it without a comma
('«…» هكذا قال الوزير'); a form of 'علق' that is the predicate of a clause a complementizer opens ('إن
الإضراب علق مؤقتا': was suspended) is no cue unless speech follows it (suspending_verbs.txt)."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.conduits)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source", "conduit"), [
    ("وقال رئيس البلدية، لرويترز، إن المياه ستعود إلى الأحياء مساء اليوم.", "رئيس البلدية", "Reuters"),
    ("وأكد قائد الشرطة، لبي بي سي، أن الطريق فتح من جديد.", "قائد الشرطة", "BBC"),
    ("وقالت مديرة المستشفى، لسكاي نيوز عربية، إن الجرحى في حالة مستقرة.", "مديرة المستشفى", "Sky News Arabia"),
    ("وأوضح المتحدث باسم الجامعة، للجزيرة نت، أن الامتحانات ستؤجل.", "المتحدث باسم الجامعة", "Al Jazeera"),
])
def test_an_outlet_set_off_by_commas_after_the_subject_is_its_conduit(text: str, source: str, conduit: str) -> None:
    [(src, _, conduits)] = _records(text)
    assert (src, conduits) == (source, (conduit,))


@pytest.mark.parametrize("text", [
    "«سنعيد بناء الجسر قبل الشتاء» هكذا قال المهندس.",
    "«سنعيد بناء الجسر قبل الشتاء» هكذا علق المهندس على الحادث.",
    "«سنعيد بناء الجسر قبل الشتاء» بهذه الكلمات ختم المهندس حديثه.",
])
def test_thus_right_after_a_quotation_points_back_at_it_without_a_comma(text: str) -> None:
    result = parse(text, "ar")
    assert [(a.kind, a.source_text, a.content.text) for a in result.attributions] \
        == [("direct", "المهندس", "«سنعيد بناء الجسر قبل الشتاء»")]


@pytest.mark.parametrize("text", [
    "إن الاعتصام علق مؤقتا حتى الخميس المقبل.",
    "وأعلنت الجمعية أن النشاط علق مؤقتا بسبب الأمطار.",
    "وذكر البيان أن البنك علق العمل بالقرار منذ يومين.",
])
def test_suspended_as_the_predicate_of_a_that_clause_is_no_cue(text: str) -> None:
    assert [cue for _, cue, _ in _records(text) if cue.endswith(("علق", "علقت"))] == []


@pytest.mark.parametrize("text", [
    "وذكرت الصحيفة أن المدير علق على الاستقالة بأنها مفاجئة.",
    "وذكرت الصحيفة أن المدير علق: «الاستقالة مفاجئة».",
])
def test_commented_with_speech_after_it_stays_a_cue(text: str) -> None:
    assert any(cue == "علق" and src == "المدير" for src, cue, _ in _records(text))
