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
